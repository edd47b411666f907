import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryKey, normalize, normalizeWithMap } from '../../src/normalize/index';
import { tokenize, tokenizeNormalized, sentences } from '../../src/tokenize/index';
import { persianText } from './arbitraries';

describe('normalization properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('maps every span to an ordered span of the original', () => {
    fc.assert(
      fc.property(persianText, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithMap(s);
        const start = a % (n.text.length + 1);
        const end = start + (b % (n.text.length - start + 1));
        const [os, oe] = n.toOriginalSpan(start, end);
        expect(0 <= os && os <= oe && oe <= s.length).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps word tokens back to original text that normalizes to the same word', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        const n = normalizeWithMap(s);
        for (const t of tokenizeNormalized(n.text)) {
          if (t.kind !== 'word') continue;
          const [os, oe] = n.toOriginalSpan(t.start, t.end);
          // Ligatures (﷽, ﷺ) expand one character into several words.
          if (/[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s.slice(os, oe))) continue;
          const word = n.text.slice(t.start, t.end);
          // A word's original slice normalizes to it (modulo joins with its neighbours' affixes).
          expect(dictionaryKey(s.slice(os, oe))).toBe(dictionaryKey(word));
        }
      }),
      { numRuns: 1500 },
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
