import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isNumberWord, NUMBER_WORDS, parseDigits, parseNumberWords, toLatinDigits } from '../../src/numbers/index';
import { describeGrowth, MAX_GROWTH, measureGrowth, repeatedTo } from '../robustness/growth';

const words = (s: string): string[] => s.split(' ');

describe('parseNumberWords', () => {
  it.each([
    ['یک', 1, false],
    ['بیست و پنج', 25, false],
    ['سیصد و شصت و پنج', 365, false],
    ['یک صد', 100, false],
    ['دو هزار و بیست و یک', 2021, false],
    ['نهصد و نود و نه هزار و نهصد و نود و نه', 999_999, false],
    ['سه میلیون', 3_000_000, false],
    ['اول', 1, true],
    ['نخست', 1, true],
    ['یکم', 1, true],
    ['دوم', 2, true],
    ['سوم', 3, true],
    ['بیستم', 20, true],
    ['بیست و یکم', 21, true],
    ['بیست‌ویکم', 21, true],
    ['بیستویکم', 21, true],
    ['سی‌ام', 30, true],
    ['سی ام', 30, true],
    ['سیام', 30, true],
    ['پانزدهم', 15, true],
    ['هیجدهم', 18, true],
  ])('%s → %d', (text, value, ordinal) => {
    const w = words(text);
    expect(parseNumberWords(w)).toEqual({ value, ordinal, consumed: w.length });
  });

  it('stops at the first word that is not part of the number', () => {
    expect(parseNumberWords(words('بیست و پنجم اسفند'))).toEqual({ value: 25, ordinal: true, consumed: 3 });
    expect(parseNumberWords(words('سه روز پیش'))).toEqual({ value: 3, ordinal: false, consumed: 1 });
    // A dangling «و» is not consumed.
    expect(parseNumberWords(words('بیست و کتاب'))).toEqual({ value: 20, ordinal: false, consumed: 1 });
  });

  it('rejects non-numbers and wrong place order', () => {
    expect(parseNumberWords(words('کتاب'))).toBeNull();
    expect(parseNumberWords(['سهم'])).toBeNull(); // «share», not «third»
    expect(parseNumberWords(words('پنج و بیست'))).toEqual({ value: 5, ordinal: false, consumed: 1 });
    expect(parseNumberWords(words('دو سه'))).toEqual({ value: 2, ordinal: false, consumed: 1 });
  });
});

describe('digits', () => {
  it('reads Persian, Arabic-Indic and Latin digits', () => {
    expect(parseDigits('۱۴۰۲')).toBe(1402);
    expect(parseDigits('٢٠٢٣')).toBe(2023);
    expect(parseDigits('2023')).toBe(2023);
    expect(parseDigits('۱۴a')).toBeNull();
    expect(toLatinDigits('۱۴۰۲/٠٣/15')).toBe('1402/03/15');
  });

  it('round-trips any number through Persian digits', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), (n) => {
        const persian = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
        expect(parseDigits(persian)).toBe(n);
      }),
    );
  });
});

describe('words glued with «و» of any length', () => {
  it('are read in time linear in their length, whether they are numbers or not', async () => {
    for (const tail of ['', 'الف']) {
      const growth = await measureGrowth((word) => isNumberWord(word), (size) => repeatedTo('یکو', size, `یک${tail}`));
      expect(growth.ratios.every((r) => r <= MAX_GROWTH), describeGrowth(`یکو… + یک${tail}`, growth)).toBe(true);
    }
  });

  it('split without going back: no number word begins with another one followed by «و»', () => {
    for (const a of NUMBER_WORDS) expect(NUMBER_WORDS.filter((b) => b.startsWith(`${a}و`))).toEqual([]);
  });

  it('still split into their number words, up to sixteen of them', () => {
    expect(isNumberWord(`${'یکو'.repeat(15)}یک`)).toBe(true);
    expect(isNumberWord(`${'یکو'.repeat(16)}یک`)).toBe(false);
    expect(isNumberWord(`${'یکو'.repeat(5000)}الف`)).toBe(false);
    expect(parseNumberWords(['بیستوپنجم'])).toEqual({ value: 25, ordinal: true, consumed: 1 });
    expect(parseNumberWords(['صدوبیستوپنج'])).toEqual({ value: 125, ordinal: false, consumed: 1 });
  });
});
