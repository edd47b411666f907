import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryKey, normalize, normalizeWithMap } from '../../src/normalize/index';
import { tokenize, tokenizeNormalized, sentences } from '../../src/tokenize/index';
import { actionTableFor } from '../../src/normalize/char-tables';
import { resolveNormalizeOptions } from '../../src/normalize/options';
import { findProtectedSpans } from '../../src/normalize/protected-spans';
import type { NormalizeOptions } from '../../src/normalize/options';
import { NO_STEP } from '../helpers/normalize-options';
import { anyOptions, OPTION_SETS, persianText, runs } from './arbitraries';

/** Whether `at` lies in one of the flattened `[start, end)` pairs. */
function insideProtected(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if ((spans[k] ?? 0) <= at && at < (spans[k + 1] ?? 0)) return true;
  return false;
}

/**
 * `NORMALIZE_RUNS=1000000 npx vitest run tests/normalize/properties.test.ts --testTimeout=0` runs each property on
 * a million generated cases (the idempotence property each under every documented option set); CI runs fewer.
 */
describe('idempotence on the cases the million-case runs found', () => {
  it.each<[string, string, NormalizeOptions | undefined]>([
    // «ها» glued to a number then ZWNJ before «می»: the ZWNJ after «ا» goes, so the word is «هامی», no number ending
    ['COVID-19ها\u200c\u200cمی ', 'COVID-19 هامی', undefined],
    ['۱۹ها\u200cمی', '۱۹ هامی', undefined],
    // «''» typed for a quote with ZWNJ between its apostrophes (they go: nothing joins to an apostrophe)
    ["می '\u200c\u200c&#39;ا", 'می «ا', {}],
    // a run of ZWNJ after «ا» goes whole: the word after the dot is «اا» as written, and takes a space after the dot
    ['می .ا\u200c\u200cا', 'می. اا', undefined],
    // ZWNJ kept as typed: «ی» before ZWNJ + hamza mark is no ezafe standing alone (the mark would read as one next time)
    ['خانه\u200cی\u200c\u0654', 'خانه\u200cی\u200c\u0654', { ...NO_STEP, ezafe: 'omit' }],
    // «می»/«بی» stay apart from a letter's name («یو»), which then takes its plural glued: the stem decides again
    ['می یو ها', 'می یوها', undefined],
    ['بی یو ها', 'بی یوها', undefined],
  ])('%j', (input, expected, options) => {
    const once = normalize(input, options);
    expect(once).toBe(expected);
    expect(normalize(once, options)).toBe(once);
  });
});

describe('normalization properties', () => {
  it('is idempotent under every documented option set', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        for (const [name, options] of OPTION_SETS) {
          const once = normalize(s, options);
          expect(normalize(once, options), name).toBe(once);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('is idempotent under any combination of options', () => {
    fc.assert(
      fc.property(persianText, anyOptions, (s, options) => {
        const once = normalize(s, options);
        expect(normalize(once, options)).toBe(once);
      }),
      { numRuns: runs(2000) },
    );
  });

  it.each(OPTION_SETS)('maps every span to an ordered span of the original, each unit after the one before (%s)', (_name, options) => {
    fc.assert(
      fc.property(persianText, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithMap(s, options);
        const start = a % (n.text.length + 1);
        const end = start + (b % (n.text.length - start + 1));
        const [os, oe] = n.toOriginalSpan(start, end);
        expect(0 <= os && os <= oe && oe <= s.length).toBe(true);
        // units map in order: what came from later in the input never maps before what came from earlier
        let last = 0;
        for (let k = 0; k < n.text.length; k++) {
          const [from] = n.toOriginalSpan(k, k + 1);
          expect(from).toBeGreaterThanOrEqual(last);
          last = from;
        }
      }),
      { numRuns: runs(150) },
    );
  });


  it.each(OPTION_SETS)('maps word tokens back to original text that normalizes to the same word (%s)', (_name, options) => {
    /** Without the spaces and ZWNJ a word's neighbours decide about (its affix joins). */
    const letters = (text: string): string => text.replace(/[\s\u200c]+/g, '');
    fc.assert(
      fc.property(persianText, (s) => {
        const n = normalizeWithMap(s, options);
        const protectedSpans = findProtectedSpans(s, actionTableFor(resolveNormalizeOptions(options)).vanishing);
        for (const t of tokenizeNormalized(n.text)) {
          if (t.kind !== 'word') continue;
          const [os, oe] = n.toOriginalSpan(t.start, t.end);
          // Ligatures (﷽, ﷺ) expand one character into several words; URLs and e-mail addresses are copied as they
          // are, letters and all, and the tokenizer may cut one into several tokens.
          if (/[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s.slice(os, oe)) || insideProtected(protectedSpans, os)) continue;
          const word = n.text.slice(t.start, t.end);
          // A word's original slice normalizes to it (modulo joins with its neighbours' affixes).
          expect(letters(normalize(s.slice(os, oe), options))).toBe(letters(word));
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('never splits a surrogate pair in a mapped span', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        const n = normalizeWithMap(s);
        for (let k = 0; k < n.text.length; k++) {
          const [os, oe] = n.toOriginalSpan(k, k + 1);
          const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
          const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
          if (oe > os) {
            expect(isLow(s.charCodeAt(os)) && isHigh(s.charCodeAt(os - 1))).toBe(false);
            expect(isHigh(s.charCodeAt(oe - 1)) && isLow(s.charCodeAt(oe))).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tokenization properties', () => {
  it('gives tokens whose text is the exact input slice, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        let lastEnd = 0;
        for (const t of tokenize(s)) {
          expect(t.text).toBe(s.slice(t.start, t.end));
          expect(t.start).toBeGreaterThanOrEqual(lastEnd);
          expect(t.end).toBeGreaterThan(t.start);
          lastEnd = t.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives sentences that are exact, ordered slices', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        let lastEnd = 0;
        for (const x of sentences(s)) {
          expect(x.text).toBe(s.slice(x.start, x.end));
          expect(x.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = x.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('robustness', () => {
  const nasty = [
    '\ud800',
    '\udc00a\ud800',
    '\u0000\u0001\u001f\u007f',
    '\u200c'.repeat(1 << 20),
    'ـ'.repeat(1 << 20),
    ' '.repeat(100000),
    '&'.repeat(10000),
    "'39؛".repeat(10000),
  ];
  it.each(nasty.map((s, i) => [i, s] as const))('handles nasty input %i without throwing', (_i, s) => {
    expect(() => normalize(s)).not.toThrow();
    expect(() => tokenize(s)).not.toThrow();
    expect(() => sentences(s)).not.toThrow();
  });

  it('rejects non-string input with a TypeError naming the type', () => {
    expect(() => normalize(5 as unknown as string)).toThrow(new TypeError('persian-ner: normalize expects a string, got number'));
    expect(() => tokenize(null as unknown as string)).toThrow(new TypeError('persian-ner: tokenize expects a string, got null'));
    expect(() => sentences({} as unknown as string)).toThrow(new TypeError('persian-ner: sentences expects a string, got object'));
    expect(() => normalizeWithMap(undefined as unknown as string)).toThrow(TypeError);
    expect(() => dictionaryKey(1 as unknown as string)).toThrow(TypeError);
  });
});
