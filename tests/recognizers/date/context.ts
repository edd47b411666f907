/** Test adapter: builds a RecognizerContext from the library's own normalizer and tokenizer. */
import { dictionaryKey, normalizeWithMap } from '../../../src/normalize/index';
import { tokenizeNormalized } from '../../../src/tokenize/index';
import type { RecognizerContext } from '../../../src/recognizers/types';
import { recognizeDates } from '../../../src/recognizers/date/index';
import type { DateValue } from '../../../src/types';

export function contextOf(input: string, referenceDate = '2023-06-05'): RecognizerContext {
  const normalized = normalizeWithMap(input);
  const text = normalized.text;
  const tokens = tokenizeNormalized(text).map((t) => {
    const slice = text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text: slice, kind: t.kind, key: dictionaryKey(slice) };
  });
  return { text, tokens, referenceDate: new Date(`${referenceDate}T12:00:00Z`) };
}

export interface FoundDate {
  text: string;
  value: DateValue;
  confidence: number;
}

/** The dates found in `input`, as normalized-text slices with their values. */
export function dates(input: string, referenceDate?: string): FoundDate[] {
  const ctx = contextOf(input, referenceDate);
  return recognizeDates(ctx).map((c) => ({
    text: ctx.text.slice(c.start, c.end),
    value: c.value as DateValue,
    confidence: c.confidence,
  }));
}

/** The single date found in `input`; throws when there is not exactly one. */
export function only(input: string, referenceDate?: string): FoundDate {
  const found = dates(input, referenceDate);
  if (found.length !== 1) throw new Error(`expected one date in «${input}», got ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0] as FoundDate;
}
