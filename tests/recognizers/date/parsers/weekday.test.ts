import { describe, expect, it } from 'vitest';
import { weekdayParser } from '../../../../src/recognizers/date/parsers/weekday';
import { dates, parsed, parsedTexts } from '../context';

const REF = '2023-06-05'; // a Monday

describe('weekdays', () => {
  it('an ezafe written apart before the direction: «جمعه ی آینده»', () => {
    expect(parsed(weekdayParser, 'روز جمعه ی آینده', REF)[0]).toMatchObject({ text: 'روز جمعه ی آینده', value: { start: '2023-06-09', weekday: 6 } });
  });
  it('a part of the day is left to times: «یکشنبه شب» is the date «یکشنبه»', () => {
    expect(parsedTexts(weekdayParser, 'یکشنبه شب میزبان بود', REF)).toEqual(['یکشنبه']);
    expect(parsedTexts(weekdayParser, 'بعد از ظهر پنجشنبه', REF)).toEqual(['پنجشنبه']);
  });
  it('a clock time before the date is not swallowed: «ساعت ۱۰ صبح روز دوشنبه»', () => {
    expect(dates('ساعت ۱۰ صبح روز دوشنبه', REF).map((d) => d.text)).toEqual(['روز دوشنبه']);
  });
  it('the Friday prayer is no date', () => {
    for (const text of ['امام جمعه', 'نماز جمعه', 'اقامه نماز عبادی سیاسی جمعه']) expect(parsed(weekdayParser, text, REF)).toEqual([]);
  });
  it('a preposition glued to the weekday', () => {
    expect(dates('دردوشنبه گذشته', REF)[0]).toMatchObject({ text: 'دوشنبه گذشته', value: { start: '2023-05-29' } });
  });
});
