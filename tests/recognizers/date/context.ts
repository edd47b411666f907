/** Test adapter: builds a RecognizerContext from the library's own normalizer and tokenizer. */
import { toGregorian } from 'jalaali-js';
import { dictionaryKey, normalizeWithMap } from '../../../src/normalize/index';
import { tokenizeNormalized } from '../../../src/tokenize/index';
import type { RecognizerContext, TextToken } from '../../../src/recognizers/types';
import { DateScanner } from '../../../src/recognizers/date/index';
import type { DateParser } from '../../../src/recognizers/date/parsers/parser';
import { endOf } from '../../../src/recognizers/date/refiners/overlaps';
import { toDateValue } from '../../../src/recognizers/date/resolve';
import { DateView } from '../../../src/recognizers/date/view';
import type { DateValue, ImpliedDates } from '../../../src/types';

export function contextOf(
  input: string,
  referenceDate = '2023-06-05',
  impliedDates?: ImpliedDates,
): RecognizerContext<TextToken> & { toOriginalSpan(start: number, end: number): [number, number] } {
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
    ...(impliedDates ? { impliedDates } : {}),
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
export function dates(input: string, referenceDate?: string, impliedDates?: ImpliedDates): FoundDate[] {
  const ctx = contextOf(input, referenceDate, impliedDates);
  return new DateScanner().scan(ctx).map((c) => {
    const [start, end] = ctx.toOriginalSpan(c.start, c.end);
    return { text: input.slice(start, end), start, end, value: c.value as DateValue,
    confidence: c.confidence };
  });
}

/** The single date found in `input`; throws when there is not exactly one. */
export function only(input: string, referenceDate?: string, impliedDates?: ImpliedDates): FoundDate {
  const found = dates(input, referenceDate, impliedDates);
  if (found.length !== 1) throw new Error(`expected one date in «${input}», got ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0] as FoundDate;
}

/**
 * The dates one parser alone finds in `input`: it runs at each of its anchors (as the scanner would), without the
 * other parsers and without the refiners. For the tests of one family.
 */
export function parsed(parser: DateParser, input: string, referenceDate?: string, impliedDates?: ImpliedDates): FoundDate[] {
  const ctx = contextOf(input, referenceDate, impliedDates);
  const view = new DateView();
  view.begin(ctx);
  const out: FoundDate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const digits = /^[۰-۹]/.test(ctx.tokens[i]!.key);
    const found = digits ? null : view.phraseAt(i);
    const anchor = digits ? 'number' : found?.entry.kind;
    if (anchor === undefined || !parser.anchors.includes(anchor)) continue;
    if (parser.accepts && !parser.accepts(view, i, found)) continue;
    const m = parser.parse(view, i, found);
    if (!m) continue;
    const [start, end] = ctx.toOriginalSpan(view.start(m.first), endOf(view, m));
    out.push({ text: input.slice(start, end), start, end, value: toDateValue(m.resolution), confidence: m.confidence });
  }
  view.release();
  return out;
}

/** The texts of {@link parsed}. */
export function parsedTexts(parser: DateParser, input: string, referenceDate?: string): string[] {
  return parsed(parser, input, referenceDate).map((d) => d.text);
}

/** ISO Gregorian day of a Solar Hijri date, through jalaali-js (the expected values of the tests). */
export function g(jy: number, jm: number, jd: number): string {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`;
}
