/**
 * The fast paths of normalization (reused scratch buffers, the compact offset map, one-call string decoding,
 * code-unit affix decisions, the key fast path) must give exactly what the plain definitions give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryKey, normalize, normalizeWithMap } from '../../src/normalize/index';
import { foldKey } from '../../src/normalize/dictionary-key';
import { MappedBuilder, unitsToString } from '../../src/normalize/offset-map';
import { shouldJoinUnits, shouldJoinWords } from '../../src/normalize/zwnj';
import { persianText } from './arbitraries';

const unitsOf = (s: string): Uint16Array => Uint16Array.from({ length: s.length }, (_, k) => s.charCodeAt(k));

/** Every unit's span, read front to back: the reference the random-order reads are compared with. */
function unitSpans(n: ReturnType<typeof normalizeWithMap>): Array<[number, number]> {
  return Array.from({ length: n.text.length }, (_, k) => n.toOriginalSpan(k, k + 1));
}

describe('long texts', () => {
  const paragraph = 'كتاب هاي اين مرد را مي خواند و   دیروز ۱۲٫۵ درصد «سلام» گفت?\u200f ';
  const long = paragraph.repeat(60);

  it('normalize a long text like the same text in pieces (line by line)', () => {
    const lines = Array.from({ length: 40 }, (_, k) => `${k} ${paragraph}`);
    expect(normalize(lines.join('\n'))).toBe(lines.map((line) => normalize(line)).join('\n'));
  });

  it('keep lone surrogates and a kept BOM when the output is long', () => {
    const text = `\uFEFF${'ا\uD800ب \uDC00'.repeat(200)}`;
    const out = normalize(text, { controls: false });
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.split('\uD800').length - 1).toBe(200);
    expect(out.split('\uDC00').length - 1).toBe(200);
    expect(out).not.toContain('\uFFFD');
  });

  it('keep their offset map after later calls reuse the working buffers', () => {
    const first = normalizeWithMap(long);
    const before = unitSpans(first);
    normalizeWithMap('ي'.repeat(5000));
    normalizeWithMap('كتاب ها');
    expect(unitSpans(first)).toEqual(before);
  });

  it('answer offset lookups in any order alike', () => {
    const n = normalizeWithMap(long);
    const forward = unitSpans(n);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: n.text.length - 1 }), { minLength: 1, maxLength: 50 }), (positions) => {
        for (const k of positions) expect(n.toOriginalSpan(k, k + 1)).toEqual(forward[k]);
      }),
    );
  });
});

describe('offset map', () => {
  it('maps each unit to its own span, whatever was dropped, inserted or merged', () => {
    fc.assert(
      fc.property(persianText, (s) => {
        const n = normalizeWithMap(s);
        let previousStart = 0;
        for (let k = 0; k < n.text.length; k++) {
          const [start, end] = n.toOriginalSpan(k, k + 1);
          expect(start).toBeGreaterThanOrEqual(previousStart);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(s.length);
          previousStart = start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads NaN bounds as an empty span at 0', () => {
    const n = normalizeWithMap('سلام دنیا');
    expect(n.toOriginalSpan(Number.NaN, 3)).toEqual([0, 0]);
    expect(n.toOriginalSpan(Number.NaN, Number.NaN)).toEqual([0, 0]);
  });
});

describe('unitsToString', () => {
  it('gives back the code units, short or long, well-formed or not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 600 }), (codes) => {
        const builder = new MappedBuilder(4);
        for (const c of codes) builder.push(c, 0, 1);
        expect(builder.toString()).toBe(String.fromCharCode(...codes));
        expect(unitsToString(builder.units, 0, builder.length)).toBe(String.fromCharCode(...codes));
      }),
      { numRuns: 300 },
    );
  });
});

describe('affix decisions on code units', () => {
  const cases: Array<[string, string, boolean]> = [
    ['کتاب', 'ها', true],
    ['آن', 'ها', true],
    ['این', 'های', true],
    ['که', 'ها', false],
    ['خانه', 'ای', true],
    ['کتاب', 'ای', false],
    ['زندگی', 'شان', true],
    ['کتاب', 'شان', false],
    ['می', 'روم', true],
    ['نمی', 'دانند', true],
    ['می', 'که', false],
    ['می', 'ناب', false],
    ['بزرگ', 'ترین', true],
    ['رفته', 'اند', true],
    ['', 'ها', false],
  ];
  it.each(cases)('%s + %s → %s', (first, second, joined) => {
    expect(shouldJoinWords(first, second)).toBe(joined);
  });

  it('decide the same inside larger buffers', () => {
    for (const [first, second, joined] of cases) {
      const a = unitsOf(`xx${first}y`);
      const b = unitsOf(`z${second}`);
      expect(shouldJoinUnits(a, 2, 2 + first.length, b, 1, 1 + second.length)).toBe(joined);
    }
  });
});

describe('dictionary keys', () => {
  it('come back unchanged for text that is already a key', () => {
    expect(dictionaryKey('تهران')).toBe('تهران');
    expect(foldKey('ایران', normalize)).toBe('ایران');
  });

  it('still fold, drop and normalize where needed', () => {
    expect(dictionaryKey('آمریکا')).toBe('امریکا');
    expect(dictionaryKey('علی‌اف')).toBe('علیاف');
    expect(dictionaryKey('UN')).toBe('un');
    expect(dictionaryKey('a\u0000b')).toBe('ab');
    expect(dictionaryKey('ﻻ')).toBe(dictionaryKey('لا'));
  });
});
