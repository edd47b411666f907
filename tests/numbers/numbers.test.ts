import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dictionaryKey } from '../../src/normalize/index';
import { isNumberKey, isNumberWord, multiplierOf, NUMBER_WORDS, parseAmount, parseDigits, parseNumberKeys, parseNumberWords, parseNumeral, toLatinDigits } from '../../src/numbers/index';
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

  it('lets a larger multiplier take everything before it', () => {
    expect(parseNumberWords(words('سه هزار و پانصد میلیارد'))?.value).toBe(3_500e9);
    expect(parseNumberWords(words('هزار میلیارد'))?.value).toBe(1e12);
    expect(parseNumberWords(words('دو میلیارد و سیصد میلیون'))?.value).toBe(2_300e6);
    expect(parseNumberWords(words('یک میلیون و دویست و پنجاه هزار'))?.value).toBe(1_250_000);
    // a multiplier that is neither larger than all before it nor smaller than the last one ends the number
    expect(parseNumberWords(words('دو هزار سه هزار'))).toEqual({ value: 2000, ordinal: false, consumed: 2 });
    expect(parseNumberWords(words('دو هزار و سه میلیون و چهار میلیون'))).toEqual({ value: 2_003_000_004, ordinal: false, consumed: 7 });
  });

  it('reads no numerals: digits are not words', () => {
    expect(parseNumberWords(['۵۰۰', 'هزار'])).toBeNull();
  });
});

describe('parseNumeral', () => {
  it.each([
    ['۵۰۰', 500],
    ['٢٠٢٣', 2023],
    ['۲۳٬۰۷۸', 23_078],
    ['1,500,000', 1_500_000],
    ['۱٫۵', 1.5],
    ['2.25', 2.25],
    ['۱٬۵۰۰٫۲۵', 1500.25],
    ['۰٫۱', 0.1],
  ])('%s → %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['', '۱٬۵', '۱۲۳۴٬۵۶۷', '۱٬۰۰۰۰', '٫۵', '۵٫', '۱٫۲٫۳', '۱۲a', '۱۴۰۲/۰۳/۱۵', '۱۳:۲۲'])('refuses «%s»', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['۵۰ میلیارد', 50e9, 2],
    ['دو میلیون', 2e6, 2],
    ['۱٫۵ میلیون', 1.5e6, 2],
    ['۲۰ هزار', 20_000, 2],
    ['۳ هزار و ۵۰۰ میلیارد', 3_500e9, 5],
    ['۳۳۳ میلیارد و ۵۰۰ میلیون', 333_500e6, 5],
    ['۳۷ هزار میلیارد', 37e12, 3],
    ['یک و نیم میلیون', 1.5e6, 4],
    ['دو میلیون و نیم', 2.5e6, 4],
    ['نیم', 0.5, 1],
    ['۲۳٬۰۷۸', 23_078, 1],
    ['بیست و پنج', 25, 3],
  ])('%s → %d', (text, value, consumed) => {
    expect(parseAmount(words(text))).toEqual({ value, ordinal: false, consumed });
  });

  it('stops where the amount stops', () => {
    expect(parseAmount(words('۵۰ میلیارد ریال'))).toEqual({ value: 50e9, ordinal: false, consumed: 2 });
    expect(parseAmount(words('۲۰۰ و ۳۰۰ هزار'))).toEqual({ value: 200, ordinal: false, consumed: 1 });
    expect(parseAmount(words('۱۰ ۲۰'))).toEqual({ value: 10, ordinal: false, consumed: 1 });
    expect(parseAmount(words('بیست و پنجم'))).toEqual({ value: 20, ordinal: false, consumed: 1 });
    expect(parseAmount(words('یک و نیم و نیم'))).toEqual({ value: 1.5, ordinal: false, consumed: 3 });
    expect(parseAmount(words('دلار'))).toBeNull();
    expect(parseAmount(words('و ۵'))).toBeNull();
  });

  it('reads any integer written in Persian digits', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), (n) => {
        const persian = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
        expect(parseAmount([persian])?.value).toBe(n);
      }),
    );
  });
});

describe('multiplierOf', () => {
  it('knows the multipliers and nothing else', () => {
    expect(multiplierOf('میلیارد')).toBe(1e9);
    expect(multiplierOf('ملیون')).toBe(1e6);
    expect(multiplierOf('تریلیون')).toBe(1e12);
    expect(multiplierOf('صد')).toBeUndefined();
    expect(multiplierOf('هزارم')).toBeUndefined();
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

  it('still split into their number words, up to twenty-four of them', () => {
    expect(isNumberWord(`${'یکو'.repeat(23)}یک`)).toBe(true);
    expect(isNumberWord(`${'یکو'.repeat(24)}یک`)).toBe(false);
    expect(isNumberWord('بیستودوهزار')).toBe(true);
    expect(isNumberWord(`${'یکو'.repeat(5000)}الف`)).toBe(false);
    expect(parseNumberWords(['بیستوپنجم'])).toEqual({ value: 25, ordinal: true, consumed: 1 });
    expect(parseNumberWords(['صدوبیستوپنج'])).toEqual({ value: 125, ordinal: false, consumed: 1 });
  });
});
