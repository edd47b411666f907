import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../../src/index';

/** Date expressions of every family, some of them past the years jalaali-js converts (−61 … 3177). */
const PHRASES = [
  'امروز', 'سال گذشته', 'مهرماه', '۲۸ اسفند', 'دوشنبه ۲۸ اسفند', 'عید فطر', 'نوروز', 'تابستان امسال', 'سه‌ماهه اول',
  'نیمه دوم سال', 'دهه ۶۰', 'قرن ۲۱', '۱۰ روز پیش', 'صد سال قبل', '۱ ژانویه ۹۹۹۹', '۳۰ اسفند ۳۱۷۷', '۱۰ تا ۱۵ مهر ۳۱۷۸',
  'سال ۹۹۹۹ میلادی', '۷۷۶ قبل از میلاد', '۱۴۰۲/۰۳/۱۵', 'از ۲۷ اسفند ۱۳۹۴ تاکنون', 'سال‌های ۲۰۰۵ تا ۲۰۱۴',
];

describe('dates far from the calendars’ ranges', () => {
  it('never throw, whatever the reference date, and keep valid offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.subarray(PHRASES, { minLength: 1 }), (year, month, phrases) => {
        const referenceDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
        const text = phrases.join(' و ');
        for (const e of extractEntities(text, { referenceDate, types: ['DATE'] })) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('resolve what the calendars can, and leave the rest unresolved', () => {
    const [d] = extractEntities('۱ ژانویه ۹۹۹۹', { referenceDate: '9999-12-31' });
    expect(d?.value).toMatchObject({ calendar: 'gregorian', gregorian: '9999-01-01', start: '9999-01-01' });
    expect((d?.value as { jalali?: string }).jalali).toBeUndefined();
    expect(extractEntities('سال ۳۱۷۸ شمسی', { referenceDate: '2024-01-01' })[0]?.value).toEqual({ calendar: 'jalali', granularity: 'year', jalali: '3178' });
  });
});

// issue 14: the inputs that threw, the edges of jalaali-js's range, and the years 0–99
describe('dates at the edges of the calendars', () => {
  const dateOf = (text: string, referenceDate = '2024-01-15'): Record<string, unknown> | undefined =>
    extractEntities(text, { referenceDate }).find((e) => e.type === 'DATE')?.value as Record<string, unknown> | undefined;

  it.each([
    ['۱ ژانویه ۹۹۹۹', 'gregorian', '9999-01-01'],
    ['در ۱ ژانویه سال ۴۰۰', 'gregorian', '0400-01-01'],
    ['۱۵ رمضان ۵۰۰۰', 'hijri', '5000-09-15'],
    ['۱ محرم ۹۹۹۹', 'hijri', '9999-01-01'],
  ] as const)('«%s» is a date in its own calendar, without a Solar Hijri one it cannot have', (text, calendar, own) => {
    const value = dateOf(text);
    expect(value).toMatchObject({ calendar, granularity: 'day', [calendar]: own });
    expect(value?.jalali).toBeUndefined();
  });

  it('the first day jalaali-js converts has all three calendars, the day before it none but its own', () => {
    expect(dateOf('۲۰ مارس ۰۵۶۰')).toMatchObject({ start: '0560-03-20', jalali: '-0061-01-01', gregorian: '0560-03-20' });
    expect(dateOf('۱۹ مارس ۰۵۶۰')?.jalali).toBeUndefined();
    expect(dateOf('۱۹ مارس ۳۷۹۹')).toMatchObject({ jalali: '3177-12-29', gregorian: '3799-03-19' });
    expect(dateOf('۲۰ مارس ۳۷۹۹')?.jalali).toBeUndefined();
  });

  it('years 0–99 are what they say: «۱ ژانویه ۰۰۵۰» is the year 50, not 1950; 29 February 0004 exists, 1900 has none', () => {
    expect(dateOf('۱ ژانویه ۰۰۵۰')).toMatchObject({ calendar: 'gregorian', gregorian: '0050-01-01', start: '0050-01-01' });
    expect(dateOf('۲۹ فوریه ۰۰۰۴')).toMatchObject({ gregorian: '0004-02-29' });
    expect(dateOf('۲۹ فوریه ۱۹۰۰')).toBeUndefined();
  });

  it('relative dates that leave the range do not throw', () => {
    for (const referenceDate of ['3799-03-01', '0560-04-01', '9999-12-31', '0001-01-01']) {
      expect(() => extractEntities('۹۹۹ روز دیگر، ۹۹۹ روز پیش، سال آینده، ماه گذشته و ۹۰۰ سال پیش', { referenceDate })).not.toThrow();
    }
  });
});
