import { describe, expect, it } from 'vitest';
import { yearsParser } from '../../../../src/recognizers/date/parsers/years';
import { g, parsed, parsedTexts } from '../context';

const REF = '2023-06-05';

describe('years in words', () => {
  it('«سال» + a year written out', () => {
    expect(parsed(yearsParser, 'در سال دوهزار و پنج رخ داد', REF)[0]).toMatchObject({
      text: 'سال دوهزار و پنج',
      value: { calendar: 'gregorian', granularity: 'year', gregorian: '2005', start: '2005-01-01', end: '2005-12-31' },
    });
    expect(parsed(yearsParser, 'سال هزار و سیصد و پنجاه و هفت', REF)[0]?.value).toMatchObject({ calendar: 'jalali', jalali: '1357', start: g(1357, 1, 1) });
  });
  it('a year in words before its era', () => {
    expect(parsed(yearsParser, 'در هزار و سیصد و شصت و چهار هجری شمسی', REF)[0]).toMatchObject({
      text: 'هزار و سیصد و شصت و چهار هجری شمسی',
      value: { jalali: '1364' },
    });
  });
  it('an ordinal or a small count after «سال» is no year', () => {
    expect(parsed(yearsParser, 'در سال اول دانشگاه', REF)).toEqual([]);
    expect(parsed(yearsParser, 'سال بیست و پنج نفر', REF)).toEqual([]);
  });
});

describe('eras', () => {
  it('years before Christ are astronomical years', () => {
    expect(parsed(yearsParser, 'در ۷۷۶ قبل از میلاد', REF)[0]).toMatchObject({
      text: '۷۷۶ قبل از میلاد',
      value: { calendar: 'gregorian', gregorian: '-0775', start: '-0775-01-01', end: '-0775-12-31' },
    });
    expect(parsed(yearsParser, 'سال ۱۲۰ ق.م', REF)[0]).toMatchObject({ text: 'سال ۱۲۰ ق.م', value: { gregorian: '-0119' } });
    expect(parsed(yearsParser, 'سال ۵۰ پیش از میلاد', REF)[0]?.value).toMatchObject({ gregorian: '-0049' });
  });
  it('«هجری» alone is the lunar Hijri year', () => {
    expect(parsed(yearsParser, 'در سال ۲۰۱ هجری', REF)[0]).toMatchObject({ text: 'سال ۲۰۱ هجری', value: { calendar: 'hijri', hijri: '0201' } });
  });
});

describe('years named by an event or a thing', () => {
  it.each([
    ['بازی‌های المپیک ۲۰۲۰ توکیو', '۲۰۲۰', 'gregorian', '2020'],
    ['مسابقات قهرمانی آسیا 2014 بود', '2014', 'gregorian', '2014'],
    ['در انتخابات ۹۶ شرکت کرد', '۹۶', 'jalali', '1396'],
    ['انتخابات ریاست جمهوری ۱۴۰۰', '۱۴۰۰', 'jalali', '1400'],
    ['او متولد ۱۳۷۰ است', '۱۳۷۰', 'jalali', '1370'],
    ['لایحه بودجه ۱۴۰۲ را', '۱۴۰۲', 'jalali', '1402'],
  ])('%s', (text, span, calendar, year) => {
    const [d] = parsed(yearsParser, text, REF);
    expect(d?.text).toBe(span);
    expect(d?.value).toMatchObject({ calendar, granularity: 'year', [calendar]: year });
  });
  it.each(['المپیک ۲۰ نفر', 'بودجه ۱۲۳ میلیارد', 'المپیک ۲۰۲۰ نفر', 'خیابان جمهوری ۱۲', 'یورو ۱۵۰۰ تومن بود', 'نتیجه انتخابات ۵۰ ۵۰ شد'])('but not «%s»', (text) => {
    expect(parsedTexts(yearsParser, text, REF)).toEqual([]);
  });
});

describe('decades and centuries', () => {
  it('in digits and words', () => {
    expect(parsed(yearsParser, 'دهه هفتاد', REF)[0]?.value).toMatchObject({ granularity: 'decade', start: g(1370, 1, 1) });
    expect(parsed(yearsParser, 'قرن ۲۱ام', REF)[0]).toMatchObject({ text: 'قرن ۲۱ام', value: { granularity: 'century', start: '2001-01-01' } });
  });
  it('«دهه اول» is a part of a month, no decade', () => {
    expect(parsed(yearsParser, 'دهه اول محرم', REF)).toEqual([]);
  });
});
