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
