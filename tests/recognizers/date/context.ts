/** Test adapter: builds a RecognizerContext from the library's own normalizer and tokenizer. */
import { dictionaryKey, normalizeWithMap } from '../../../src/normalize/index';
import { tokenizeNormalized } from '../../../src/tokenize/index';
import type { RecognizerContext, TextToken } from '../../../src/recognizers/types';
import { DateScanner } from '../../../src/recognizers/date/index';
import type { DateValue } from '../../../src/types';

export function contextOf(input: string, referenceDate = '2023-06-05'): RecognizerContext<TextToken> & { toOriginalSpan(start: number, end: number): [number, number] } {
  const normalized = normalizeWithMap(input);
  const text = normalized.text;
  const tokens = tokenizeNormalized(text).map((t) => {
    const slice = text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text: slice, kind: t.kind, key: dictionaryKey(slice) };
  });
  return {
    text,
    tokens,
    referenceDate: new Date(`${referenceDate}T12:00:00Z`),
    toOriginalSpan: (start, end) => normalized.toOriginalSpan(start, end),
  };
}

export interface FoundDate {
  /** The span in the ORIGINAL input. */
  text: string;
  start: number;
  end: number;
  value: DateValue;
  confidence: number;
}

/** The dates found in `input`, as normalized-text slices with their values. */
export function dates(input: string, referenceDate?: string): FoundDate[] {
  const ctx = contextOf(input, referenceDate);
  return new DateScanner().scan(ctx).map((c) => {
    const [start, end] = ctx.toOriginalSpan(c.start, c.end);
    return { text: input.slice(start, end), start, end, value: c.value as DateValue,
    confidence: c.confidence };
  });
}

/** The single date found in `input`; throws when there is not exactly one. */
export function only(input: string, referenceDate?: string): FoundDate {
  const found = dates(input, referenceDate);
  if (found.length !== 1) throw new Error(`expected one date in «${input}», got ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0] as FoundDate;
}
