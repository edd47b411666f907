import { describe, expect, it } from 'vitest';
import { relativeParser } from '../../../../src/recognizers/date/parsers/relative';
import { dates, g, only, parsed } from '../context';

const REF = '2023-06-05'; // 1402-03-15, a Monday

describe('relative days', () => {
  it('a weekday after «امروز», apart or glued, is checked against the day', () => {
    expect(parsed(relativeParser, 'امروزدوشنبه', REF)[0]?.value).toMatchObject({ start: REF, weekday: 2 });
    expect(parsed(relativeParser, 'امروزدوشنبه', REF)[0]?.value.weekdayMismatch).toBeUndefined();
    expect(parsed(relativeParser, 'امروز سه‌شنبه', REF)[0]?.value).toMatchObject({ start: REF, weekday: 3, weekdayMismatch: true });
  });
  it('«تا به امروز» (so far) is an idiom, not the day', () => {
    expect(parsed(relativeParser, 'تا به امروز ۷۵ هزار نفر', REF)).toEqual([]);
    expect(parsed(relativeParser, 'امروز رفت', REF)).toHaveLength(1);
  });
});

describe('counted expressions', () => {
  it.each([
    ['صد سال قبل', 'year', '1302'],
    ['نیم‌قرن پیش', 'year', '1352'],
    ['نیم قرن پیش', 'year', '1352'],
    ['دو دهه پیش', 'year', '1382'],
    ['یک قرن قبل', 'year', '1302'],
  ])('%s', (text, granularity, jalali) => {
    expect(parsed(relativeParser, text, REF)[0]).toMatchObject({ text, value: { granularity, jalali, relative: true } });
  });
  it('a period up to the reference day, the count glued or not', () => {
    expect(parsed(relativeParser, 'در یکسال گذشته', REF)[0]).toMatchObject({ text: 'یکسال گذشته', value: { start: g(1401, 3, 15), end: REF } });
    expect(parsed(relativeParser, 'سه روز اخیر', REF)[0]?.value).toMatchObject({ start: '2023-06-02', end: REF });
    expect(parsed(relativeParser, 'سه ماهه گذشته', REF)[0]?.value).toMatchObject({ start: g(1401, 12, 15), end: REF });
  });
  it('«این ماهی» is a fish, not «this month»', () => {
    expect(dates('بدن این ماهی را شکافت', REF)).toEqual([]);
    expect(only('این ماه', REF).value.jalali).toBe('1402-03');
  });
  it('an ezafe written apart: «هفته ی قبل»', () => {
    expect(parsed(relativeParser, 'هفته ی قبل', REF)[0]).toMatchObject({ text: 'هفته ی قبل', value: { granularity: 'week', start: '2023-05-27' } });
  });
  it.each(['چند روز پیش', 'چند سال آینده', 'یک روز پیش از مراسم', 'دو روز بعد از دیدار', 'به مدت دو سال دیگر'])('not dates: %s', (text) => {
    expect(parsed(relativeParser, text, REF)).toEqual([]);
  });
});

describe('parts of the current year, month or week', () => {
  it('«نیمه دوم سال», «اواخر ماه»', () => {
    expect(only('نیمه دوم سال', REF)).toMatchObject({ text: 'نیمه دوم سال', value: { jalali: '1402', start: g(1402, 7, 1), end: g(1402, 12, 29), relative: true } });
    expect(only('اواخر ماه', REF).value).toMatchObject({ jalali: '1402-03', start: g(1402, 3, 21), end: g(1402, 3, 31) });
  });
  it('not after nouns that name the part of anything («پایان سال تحصیلی»), nor before a number', () => {
    expect(dates('پایان سال تحصیلی', REF)).toEqual([]);
    expect(dates('در آغاز سال نو', REF)).toEqual([]);
    expect(dates('اوایل سال اول', REF)).toEqual([]);
  });
});
