import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dictionaryKey } from '../../src/normalize/index';
import { isNumberKey, parseDigits, parseNumberKeys, parseNumberWords, toLatinDigits } from '../../src/numbers/index';

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

  it('reads a cardinal glued to the multiplier after it', () => {
    expect(parseNumberWords(words('دوهزار و پنج'))).toEqual({ value: 2005, ordinal: false, consumed: 3 });
    expect(parseNumberWords(words('یکهزار و سیصد و نود و چهار'))).toEqual({ value: 1394, ordinal: false, consumed: 7 });
    expect(parseNumberWords(['صدهزار'])).toEqual({ value: 100_000, ordinal: false, consumed: 1 });
    expect(parseNumberWords(['سیهزارم'])).toBeNull();
  });

  it('reads dictionary keys as they are (parseNumberKeys, isNumberKey)', () => {
    const keys = words('بیست‌و‌یکم اسفند').map(dictionaryKey);
    expect(parseNumberKeys(keys)).toEqual({ value: 21, ordinal: true, consumed: 1 });
    expect(parseNumberKeys(words('سی ام').map(dictionaryKey))).toEqual({ value: 30, ordinal: true, consumed: 2 });
    expect(isNumberKey(dictionaryKey('سی‌ام'))).toBe(true);
    expect(isNumberKey('کتاب')).toBe(false);
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
