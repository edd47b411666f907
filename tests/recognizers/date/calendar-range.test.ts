// Dates at and beyond the edges of what the calendars convert: nothing throws, years 0–99 are not 1900–1999,
// and a date outside the supported days comes back without the fields that would need converting it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/index';
import { SUPPORTED_DAYS } from '../../../src/recognizers/date/calendar';
import type { DateValue } from '../../../src/types';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persian = (n: number, width = 1): string => String(n).padStart(width, '0').replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);

function dateOf(text: string, referenceDate = '2024-01-15'): DateValue | undefined {
  const dates = extractEntities(text, { referenceDate }).filter((e) => e.type === 'DATE');
  return dates[0]?.value as DateValue | undefined;
}

describe('dates outside the supported days', () => {
  it('the supported days are those of the Solar Hijri years -61 … 3177 (what jalaali-js converts)', () => {
    expect(SUPPORTED_DAYS).toEqual({ first: '0560-03-20', last: '3799-03-19' });
  });

  it.each([
    ['۱ ژانویه ۹۹۹۹', 'gregorian', '9999-01-01'],
    ['در ۱ ژانویه سال ۴۰۰', 'gregorian', '0400-01-01'],
    ['۱۵ رمضان ۵۰۰۰', 'hijri', '5000-09-15'],
    ['۱ محرم ۹۹۹۹', 'hijri', '9999-01-01'],
  ] as const)('«%s» is a date without start, end or other calendars', (text, calendar, own) => {
    const value = dateOf(text);
    expect(value).toEqual({ calendar, granularity: 'day', [calendar]: own });
  });

  it('a month or year out of range keeps its own calendar only', () => {
    expect(dateOf('ژانویه ۹۹۹۹')).toEqual({ calendar: 'gregorian', granularity: 'month', gregorian: '9999-01' });
    expect(dateOf('سال ۹۹۹۹ میلادی')).toEqual({ calendar: 'gregorian', granularity: 'year', gregorian: '9999' });
  });

  it('the first and last supported days are resolved in all three calendars', () => {
    expect(dateOf('۲۰ مارس ۰۵۶۰')).toMatchObject({ start: '0560-03-20', end: '0560-03-20', jalali: '-0061-01-01' });
    expect(dateOf('۱۹ مارس ۰۵۶۰')).toEqual({ calendar: 'gregorian', granularity: 'day', gregorian: '0560-03-19' });
    expect(dateOf('۱۹ مارس ۳۷۹۹')).toMatchObject({ start: '3799-03-19', end: '3799-03-19', gregorian: '3799-03-19' });
    expect(dateOf('۲۰ مارس ۳۷۹۹')).toEqual({ calendar: 'gregorian', granularity: 'day', gregorian: '3799-03-20' });
  });

  it('relative dates that leave the range lose their resolved fields, and do not throw', () => {
    expect(dateOf('۹۹۹ روز دیگر', '3799-03-01')).toEqual({ calendar: 'jalali', granularity: 'day', relative: true });
    expect(dateOf('۹۹۹ روز پیش', '0560-04-01')).toEqual({ calendar: 'jalali', granularity: 'day', relative: true });
    expect(() => extractEntities('سال آینده و ماه آینده و ۹۰۰ سال پیش', { referenceDate: '3799-03-19' })).not.toThrow();
    expect(() => extractEntities('سال گذشته و ۹۰۰ سال پیش', { referenceDate: '0560-03-20' })).not.toThrow();
  });

  it('a reference date outside the supported days is refused as an invalid option, naming the range', () => {
    for (const referenceDate of ['9999-12-31', '0001-01-01', '3799-03-20', new Date(Date.UTC(200, 0, 1))]) {
      expect(() => extractEntities('امروز', { referenceDate })).toThrowError(/referenceDate.*0560-03-20.*3799-03-19/);
    }
    expect(() => extractEntities('امروز', { referenceDate: '3799-03-19' })).not.toThrow();
  });

  it('day, month and year of any size, in any calendar, never throw (property)', () => {
    const months = ['ژانویه', 'دسامبر', 'فروردین', 'اسفند', 'محرم', 'ذی‌الحجه', 'رمضان'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...months), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('', ' میلادی', ' شمسی', ' قمری'), (d, month, y, era) => {
        const text = `${persian(d)} ${month} ${persian(y, 4)}${era}`;
        for (const e of extractEntities(text, { referenceDate: '2024-01-15' })) expect(e.text).toBe(text.slice(e.start, e.end));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Gregorian years 0–99', () => {
  it('«۱ ژانویه ۰۰۵۰» is the year 50, not 1950', () => {
    expect(dateOf('۱ ژانویه ۰۰۵۰')).toEqual({ calendar: 'gregorian', granularity: 'day', gregorian: '0050-01-01' });
  });

  it('the Gregorian calendar of the years 0–99 is that of 400 years later: year 0 was a leap year, and 29 February 0004 exists', () => {
    // outside the supported days these keep their own calendar only, but they are valid days (not dropped)
    expect(dateOf('۲۹ فوریه ۰۰۰۴')).toEqual({ calendar: 'gregorian', granularity: 'day', gregorian: '0004-02-29' });
    expect(dateOf('۲۹ فوریه ۱۹۰۰')).toBeUndefined();
  });
});
