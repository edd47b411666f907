// Hostile input for property tests (shared by tests/robustness and tests/fuzz) and the invariants
// every result must keep whatever the input.
import fc from 'fast-check';
import { expect } from 'vitest';

/** Fragments that have broken text pipelines before: each is a class of trouble, named. */
export const HOSTILE_FRAGMENTS: Readonly<Record<string, readonly string[]>> = {
  empty: [''],
  loneSurrogates: ['\ud800', '\udfff', '\udc00\ud800', 'ا\ud83d', '\ude00ب'],
  controls: ['\u0000', '\u0001\u0002', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\ufeff', '\ufffe', '\uffff'],
  zwnj: ['\u200c', '\u200c\u200c\u200c', 'می\u200c\u200cرود', '\u200c\u200d\u200c'],
  kashida: ['ـ', 'ـــــ', 'تـــهـــران', 'ـ۱ـ'],
  bidi: ['\u202b', '\u202e', '\u202a\u202c', '\u2066\u2069', '\u200e', '\u200f', '\u061c', 'ایران\u202eiran\u202c'],
  emoji: ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇮🇷', '1️⃣', '🏳️‍🌈'],
  arabicUrdu: ['كيف حالك', 'يوسف', 'ۃ', 'ہے', 'ں', 'ي', 'ك', 'ة', 'أ إ ؤ', '٠١٢٣٤٥٦٧٨٩'],
  latin: ['Tehran', 'Dr. Smith', 'e.g.', 'https://example.com/a?b=c&d=ایران', 'user@example.com', '#ایران', '@user'],
  html: ['<b>تهران</b>', '&amp;', '&#1578;', '&#x62A;', '&nbsp;', '<script>alert(1)</script>', '<', '&', '&;'],
  presentationForms: ['ﺍ', 'ﺑﻪ', 'ﷲ', 'ﻻ', 'ﯾ', 'ﮐ', 'ﷺ'],
  combining: ['\u064b', '\u0651\u064e', 'ب\u0670', 'e\u0301', '\u0301\u0301\u0301', 'ِ'],
  persian: [
    'آقای',
    'دکتر محمد مهدی آخوندزاده',
    'جمهوری اسلامی ایران',
    'ایران',
    'دریای خزر',
    '۱۵ خرداد ۱۴۰۲',
    '۱۴۰۲/۰۳/۱۵',
    'سال گذشته',
    'دوشنبه',
    'وزارت امور خارجه',
    'قرن بیستم',
    '۱۲',
    '«',
    '»',
    '،',
    '؛',
    '؟',
    '.',
    '…',
  ],
  whitespace: [' ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\u3000', '\u202f'],
  // what broke extraction before (issue 14): dates beyond the calendars' range, two-digit years, glued numbers
  datesOutOfRange: ['۱ ژانویه ۹۹۹۹', '۱۵ رمضان ۵۰۰۰', 'در ۱ ژانویه سال ۴۰۰', '۱ محرم ۹۹۹۹', '۱ ژانویه ۰۰۵۰', '۲۹ فوریه ۰۰۰۰', '۹۹۹ سال پیش', 'یکویکویکوالف اسفند'],
};

const ALL_FRAGMENTS = Object.values(HOSTILE_FRAGMENTS).flat();

/** Any string at all: lone surrogates and controls included (fast-check's `binary` unit). */
export const anyString = fc.string({ unit: 'binary', maxLength: 60 });

/** A string built from hostile fragments, Persian text and arbitrary code points, mixed. */
export const hostileString = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ALL_FRAGMENTS) }, { weight: 1, arbitrary: anyString }), {
    maxLength: 30,
  })
  .chain((parts) => fc.constantFrom(parts.join(''), parts.join(' ')));

/** Spans that are sorted, disjoint, non-empty and whose `text` is exactly the input slice. */
export function expectExactSortedDisjoint(
  input: string,
  spans: ReadonlyArray<{ text: string; start: number; end: number }>,
): void {
  let previousEnd = 0;
  for (const span of spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(input.length);
    expect(span.text).toBe(input.slice(span.start, span.end));
    previousEnd = span.end;
  }
}

/** Entities keep the public contract: exact, sorted, disjoint, confidence in [0, 1], strings where promised. */
export function expectValidEntities(
  input: string,
  entities: ReadonlyArray<{ text: string; start: number; end: number; confidence: number; normalized: string; source: string; type: string }>,
): void {
  expectExactSortedDisjoint(input, entities);
  for (const e of entities) {
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(typeof e.normalized).toBe('string');
    expect(typeof e.source).toBe('string');
    expect(e.type.length).toBeGreaterThan(0);
  }
}
