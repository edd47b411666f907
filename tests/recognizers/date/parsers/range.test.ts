import { describe, expect, it } from 'vitest';
import { rangeParser } from '../../../../src/recognizers/date/parsers/range';
import { dates, g, only, parsed } from '../context';

const REF = '2023-06-05'; // 1402-03-15

describe('ranges are one DATE covering both ends', () => {
  it.each([
    ['۱۰ تا ۱۵ مهر ۱۴۰۳', 'day-range', g(1403, 7, 10), g(1403, 7, 15), { jalali: '1403-07-10/1403-07-15' }],
    ['از ۲۴ تا ۲۶ شهریور ۱۴۰۱', 'day-range', g(1401, 6, 24), g(1401, 6, 26), {}],
    ['بیست و دوم تا بیست و پنجم آبان ۱۴۰۰', 'day-range', g(1400, 8, 22), g(1400, 8, 25), {}],
    ['از ۱۰ مهر تا ۵ آبان ۱۴۰۳', 'day-range', g(1403, 7, 10), g(1403, 8, 5), {}],
    ['از مهر تا آذر ۱۴۰۱', 'month-range', g(1401, 7, 1), g(1401, 9, 30), { jalali: '1401-07/1401-09' }],
    ['مهر - آبان ۱۴۰۲', 'month-range', g(1402, 7, 1), g(1402, 8, 30), {}],
    ['از سال ۱۹۰۸ تا سال ۱۹۲۸', 'year-range', '1908-01-01', '1928-12-31', { gregorian: '1908/1928' }],
    ['سال ۱۳۹۲ تا ۱۳۹۴', 'year-range', g(1392, 1, 1), g(1394, 12, 29), {}],
    ['سال ۹۲ تا ۹۴', 'year-range', g(1392, 1, 1), g(1394, 12, 29), {}],
    ['سال ۱۳۹۶-۱۳۹۵', 'year-range', g(1395, 1, 1), g(1396, 12, 29), {}],
    ['سال‌های ۲۰۰۵ تا ۲۰۱۴', 'year-range', '2005-01-01', '2014-12-31', {}],
    ['دهه‌های ۶۰ تا ۸۰', 'decade-range', g(1360, 1, 1), g(1389, 12, 29), {}],
  ])('%s', (text, granularity, start, end, more) => {
    const d = only(`گفت ${text} برگزار شد`, REF);
    expect(d.text).toBe(text);
    expect(d.value).toMatchObject({ granularity, start, end, ...more });
  });

  it('an end without its year is the first after the start, not the nearest to the reference on its own', () => {
    // from 2024-01-15 the nearest September is 2023's, before the nearest April (2024's): the range is April to
    // September 2024
    expect(only('از آوریل تا سپتامبر', '2024-01-15').value).toMatchObject({ granularity: 'month-range', gregorian: '2024-04/2024-09' });
    expect(only('از اکتبر تا فوریه', REF).value).toMatchObject({ granularity: 'month-range', gregorian: '2023-10/2024-02' });
    expect(only('از ۲۰ اسفند تا ۵ فروردین', REF).value).toMatchObject({ granularity: 'day-range', jalali: '1401-12-20/1402-01-05' });
  });

  it('«از … تاکنون» runs to the reference day', () => {
    expect(only('از ۲۷ اسفند ۱۳۹۴ تاکنون', REF).value).toMatchObject({ start: g(1394, 12, 27), end: REF, relative: true });
    expect(only('از سال ۱۴۰۰ تا کنون', REF).value).toMatchObject({ granularity: 'year-range', end: REF });
  });

  it('the parser finds ends that are no date alone', () => {
    // without a year: the nearest Azar (1401's ended 166 days before the reference, 1402's begins 170 days after)
    expect(parsed(rangeParser, 'از مهر تا آذر', REF)[0]?.value).toMatchObject({ granularity: 'month-range', jalali: '1401-07/1401-09' });
    expect(parsed(rangeParser, 'سال‌های ۲۰۰۵ تا ۲۰۱۴', REF)[0]?.text).toBe('سال‌های ۲۰۰۵ تا ۲۰۱۴');
  });

  it('not ranges', () => {
    // a relative day and a written one joined by a dash name one day
    expect(dates('از امروز - ۲۸ فروردین ماه', REF).map((d) => d.text)).toEqual(['امروز', '۲۸ فروردین ماه']);
    // the first end after the second
    expect(dates('۱۵ تا ۱۰ مهر ۱۴۰۲', REF).map((d) => d.text)).toEqual(['۱۰ مهر ۱۴۰۲']);
    // a count before a counted expression
    expect(dates('۵ تا ۱۰ روز پیش', REF).map((d) => d.text)).toEqual(['۱۰ روز پیش']);
    expect(dates('از مهر تا تهران', REF)).toEqual([]);
    expect(dates('نتیجه ۲ - ۱ شد', REF)).toEqual([]);
  });
});
