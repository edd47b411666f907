import { describe, expect, it } from 'vitest';
import { dayMonthYearParser } from '../../../../src/recognizers/date/parsers/day-month-year';
import { dates, g, only, parsed, parsedTexts } from '../context';


describe('a day and month without a year', () => {
  // 2024-03-20 is 1 Farvardin 1403, a Wednesday; 2024-03-18 (28 Esfand 1402) was a Monday.
  const REF = '2024-03-20';
  it('is the occurrence nearest the reference date', () => {
    expect(only('دوشنبه ۲۸ اسفند', REF).value).toMatchObject({ jalali: '1402-12-28', start: '2024-03-18', weekday: 2, relative: true });
    expect(only('دوشنبه ۲۸ اسفند', REF).value.weekdayMismatch).toBeUndefined();
    expect(only('۲۵ اسفند', REF).value.jalali).toBe('1402-12-25');
    expect(only('۵ فروردین', REF).value.jalali).toBe('1403-01-05');
  });
  it('prefers the past or the future when asked', () => {
    expect(only('۲۸ اسفند', REF, 'future').value.jalali).toBe('1403-12-28');
    expect(only('۵ فروردین', REF, 'past').value.jalali).toBe('1402-01-05');
    expect(only('مهرماه', REF, 'future').value.jalali).toBe('1403-07');
  });
  it('takes the year in which the written weekday falls on it', () => {
    // 28 Esfand 1403 (2025-03-18) is a Tuesday: further away, but the weekday says so
    expect(only('سه‌شنبه ۲۸ اسفند', REF).value).toMatchObject({ jalali: '1403-12-28', start: '2025-03-18', weekday: 3 });
  });
  it('keeps a date whose written weekday matches no year, and says so', () => {
    expect(only('جمعه ۲۸ اسفند', REF).value).toMatchObject({ jalali: '1402-12-28', weekday: 6, weekdayMismatch: true });
  });
});

describe('a written weekday that does not match the written date', () => {
  it('is kept as written, marked', () => {
    const d = only('سه‌شنبه ۲۸ اسفند ۱۴۰۲', '2024-03-20');
    expect(d.value).toMatchObject({ jalali: '1402-12-28', weekday: 3, weekdayMismatch: true });
    expect(only('دوشنبه ۲۸ اسفند ۱۴۰۲', '2024-03-20').value.weekdayMismatch).toBeUndefined();
  });
});

describe('halves and thirds of a month', () => {
  const REF = '2023-06-05';
  it('«نیمه اول/دوم» are days 1–15 and 16–end, not a day «دوم»', () => {
    expect(only('نیمه دوم مهرماه ۱۴۰۲', REF)).toMatchObject({ text: 'نیمه دوم مهرماه ۱۴۰۲', value: { granularity: 'month', jalali: '1402-07', start: g(1402, 7, 16), end: g(1402, 7, 30) } });
    expect(only('نیمه اول خرداد', REF).value).toMatchObject({ start: g(1402, 3, 1), end: g(1402, 3, 15) });
  });
  it('«دهه اول/دوم/سوم» are days 1–10, 11–20, 21–end', () => {
    expect(only('دهه سوم خرداد ۱۴۰۲', REF).value).toMatchObject({ start: g(1402, 3, 21), end: g(1402, 3, 31) });
    expect(only('دهه اول محرم ۱۴۴۵', REF).value).toMatchObject({ calendar: 'hijri', start: '2023-07-19', end: '2023-07-28' });
  });
  it('a modifier is evidence for a month name without «ماه»', () => {
    expect(only('اوایل مهر', REF)).toMatchObject({ text: 'اوایل مهر', value: { jalali: '1402-07', start: g(1402, 7, 1), end: g(1402, 7, 10) } });
    expect(only('اواخر رمضان', REF).value).toMatchObject({ calendar: 'hijri', granularity: 'month' });
  });
});

describe('forms', () => {
  const REF = '2023-06-05';
  it('a year written in words after the month', () => {
    expect(only('مصوب هجدهم اسفندماه یک هزار و سیصد و نود و چهار مجلس', REF)).toMatchObject({
      text: 'هجدهم اسفندماه یک هزار و سیصد و نود و چهار',
      value: { jalali: '1394-12-18' },
    });
  });
  it('a preposition glued to the month («درژوئن») stays out of the span', () => {
    const d = only('او درژوئن ۱۹۹۱ رفت', REF);
    expect(d.text).toBe('ژوئن ۱۹۹۱');
    expect(d.value).toMatchObject({ calendar: 'gregorian', gregorian: '1991-06' });
  });
  it('digits glued to the month', () => {
    expect(only('تیم ملی ۱۴مهر۹۲ برد', REF).value.jalali).toBe('1392-07-14');
    expect(only('25ژانویه 1992', REF).value.gregorian).toBe('1992-01-25');
  });
  it('bare Gregorian months with evidence', () => {
    expect(only('مارس ۲۰۲۳', REF).value).toMatchObject({ gregorian: '2023-03', start: '2023-03-01', end: '2023-03-31' });
    expect(only('در ماه مارس', REF).text).toBe('ماه مارس');
  });
  it('month names that are no other word are dates alone; the others need evidence', () => {
    expect(parsedTexts(dayMonthYearParser, 'باید تا اردیبهشت تسویه شود', REF)).toEqual(['اردیبهشت']);
    expect(parsedTexts(dayMonthYearParser, 'در سپتامبر آغاز شد', REF)).toEqual(['سپتامبر']);
    for (const text of ['به گزارش مهر', 'آذر گفت', 'سقوط بهمن', 'مه غلیظ', 'از صفر پیش رفت', 'حمل و نقل']) {
      expect(parsed(dayMonthYearParser, text, REF)).toEqual([]);
    }
  });
  it('a range of the nearest year when a year is missing', () => {
    expect(dates('در فروردین', REF)[0]?.value).toMatchObject({ jalali: '1402-01', relative: true });
  });
});
