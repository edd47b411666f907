import { describe, expect, it } from 'vitest';
import { numericParser } from '../../../../src/recognizers/date/parsers/numeric';
import { g, parsed, parsedTexts } from '../context';

const REF = '2023-06-05';

describe('numeric dates', () => {
  it.each([
    ['۱۴۰۲/۰۳/۱۵', 'jalali', g(1402, 3, 15)],
    ['2023-06-05', 'gregorian', '2023-06-05'],
    ['15/3/1402', 'jalali', g(1402, 3, 15)],
    ['۱۲.۱۱.۱۳۷۵', 'jalali', g(1375, 11, 12)],
  ])('one token: %s', (text, calendar, day) => {
    const [d] = parsed(numericParser, `در تاریخ ${text} رفت`, REF);
    expect(d?.text).toBe(text);
    expect(d?.value).toMatchObject({ calendar, granularity: 'day', start: day, end: day });
  });

  it.each([
    ['۲۳ . ۸ . ۱۳۹۵', g(1395, 8, 23)],
    ['11 \\ 11 \\ 1370', g(1370, 11, 11)],
    ['12 / 12 / 1370', g(1370, 12, 12)],
    ['10\\10\\1370', g(1370, 10, 10)],
    ['۱۳ / ۲ / ۹۵', g(1395, 2, 13)],
  ])('with spaces or backslashes: %s', (text, day) => {
    const [d] = parsed(numericParser, `به صورت ${text} نوشت`, REF);
    expect(d?.text).toBe(text);
    expect(d?.value).toMatchObject({ calendar: 'jalali', start: day });
  });

  it('takes the era after the date into the span and the calendar', () => {
    expect(parsedTexts(numericParser, 'یا 11 \\ 11 \\ 1370 هجری شمسی نوشت', REF)).toEqual(['11 \\ 11 \\ 1370 هجری شمسی']);
    expect(parsed(numericParser, '1100/09/09 قمری', REF)[0]?.value).toMatchObject({ calendar: 'hijri', hijri: '1100-09-09' });
  });

  it.each([
    'تلفن ۰۹۱۲-۱۲۳-۴۵۶۷',
    'نسبت ۱ / ۲ / ۳ است',
    'نتیجه ۳ - ۲ - ۱ شد',
    'کد ۱۲/۱۴۰۲/۰۳/۱۵ است',
    'کد ۱۴۰۲/۰۳/۱۵/۱۲ است',
    'تاریخ ۱۴۰۲/۱۳/۰۱ است',
    'عدد ۳۰۹۳ / ۵۱۸ است',
  ])('not dates: %s', (text) => {
    expect(parsed(numericParser, text, REF)).toEqual([]);
  });
});
