import { describe, expect, it } from 'vitest';
import { seasonOccasionParser } from '../../../../src/recognizers/date/parsers/season-occasion';
import { dates, g, only, parsed } from '../context';

const REF = '2023-06-05'; // 1402-03-15, spring

/** The Gregorian day of a lunar Hijri date, straight from the platform's Umm al-Qura calendar. */
function hijriDay(y: number, m: number, d: number): string {
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const approx = Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.53) * 86_400_000;
  for (let t = approx - 40 * 86_400_000; t < approx + 40 * 86_400_000; t += 86_400_000) {
    const parts = Object.fromEntries(format.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (Number.parseInt(parts.year ?? '', 10) === y && Number(parts.month) === m && Number(parts.day) === d) return new Date(t).toISOString().slice(0, 10);
  }
  throw new Error('not found');
}

describe('seasons', () => {
  it.each([
    ['تابستان ۱۴۰۲', 'summer', g(1402, 4, 1), g(1402, 6, 31)],
    ['پاییز امسال', 'autumn', g(1402, 7, 1), g(1402, 9, 30)],
    ['زمستان گذشته', 'winter', g(1401, 10, 1), g(1401, 12, 29)],
    ['بهار آینده', 'spring', g(1403, 1, 1), g(1403, 3, 31)],
    ['بهار ۹۸', 'spring', g(1398, 1, 1), g(1398, 3, 31)],
    ['فصل بهار ۱۴۰۳', 'spring', g(1403, 1, 1), g(1403, 3, 31)],
    ['تابستان 1903', 'summer', g(1282, 4, 1), g(1282, 6, 31)],
  ])('%s', (text, season, start, end) => {
    const [d] = parsed(seasonOccasionParser, text, REF);
    expect(d?.text).toBe(text);
    expect(d?.value).toMatchObject({ granularity: 'season', season, start, end });
  });
  it('a modifier narrows a season', () => {
    expect(only('اواخر تابستان ۱۴۰۲', REF).value).toMatchObject({ granularity: 'season', end: g(1402, 6, 31) });
  });
  it.each(['بهار گفت', 'بهار عربی', 'تابستان گرم بود', 'یک بعد از ظهر تابستان ۷ ساعته'])('a bare season is a word: %s', (text) => {
    expect(dates(text, REF)).toEqual([]);
  });
  it('a season before a three-digit number is rather a name and a number (a newspaper and its print run)', () => {
    expect(parsed(seasonOccasionParser, 'روزنامه بهار ۱۷۷ م. تیراژ', REF)).toEqual([]);
  });
});

describe('quarters and runs of months', () => {
  it.each([
    ['سه‌ماهه اول', g(1402, 1, 1), g(1402, 3, 31)],
    ['سه ماهه دوم 2016', '2016-04-01', '2016-06-30'],
    ['سه‌ماهه چهارم سال ۱۴۰۱', g(1401, 10, 1), g(1401, 12, 29)],
    ['۹ ماهه سال جاری', g(1402, 1, 1), g(1402, 9, 30)],
    ['سه ماه پایانی سال گذشته', g(1401, 10, 1), g(1401, 12, 29)],
  ])('%s', (text, start, end) => {
    expect(only(text, REF)).toMatchObject({ text, value: { start, end } });
  });
});

describe('occasions', () => {
  it('solar ones in the year written or the nearest', () => {
    expect(only('نوروز ۱۴۰۴', REF).value).toMatchObject({ granularity: 'day', jalali: '1404-01-01', start: g(1404, 1, 1) });
    expect(only('شب یلدا', REF).value).toMatchObject({ jalali: '1401-09-30', relative: true });
    expect(only('دهه فجر ۱۴۰۲', REF).value).toMatchObject({ granularity: 'day-range', start: g(1402, 11, 12), end: g(1402, 11, 22) });
    expect(only('کریسمس ۲۰۲۳', REF).value).toMatchObject({ calendar: 'gregorian', start: '2023-12-25' });
  });
  it('lunar ones through the lunar Hijri calendar', () => {
    expect(only('عید فطر', REF).value).toMatchObject({ calendar: 'hijri', hijri: '1444-10-01', start: hijriDay(1444, 10, 1), relative: true });
    // Eid al-Adha in Solar Hijri 1402, Ashura of lunar 1445, Arbaeen of this Solar Hijri year
    expect(only('عید قربان ۱۴۰۲', REF).value).toMatchObject({ hijri: '1444-12-10', start: hijriDay(1444, 12, 10) });
    expect(only('عاشورای ۱۴۴۵', REF).value).toMatchObject({ hijri: '1445-01-10', start: hijriDay(1445, 1, 10) });
    expect(only('اربعین امسال', REF).value).toMatchObject({ hijri: '1445-02-20', start: hijriDay(1445, 2, 20) });
    expect(only('عید سعید فطر ۲۰۲۴', REF).value.start).toBe(hijriDay(1445, 10, 1));
  });
  it('«۲۲ بهمن» is a day', () => {
    expect(only('راهپیمایی ۲۲ بهمن ۱۴۰۱', REF).value).toMatchObject({ granularity: 'day', jalali: '1401-11-22' });
  });
  it.each(['یلدا گفت', 'مراسم اربعین شهید', 'از تحریف واقعه عاشورا', 'در صحرای عاشورا', 'فرهنگ نوروز'])('not dates: %s', (text) => {
    expect(dates(text, REF)).toEqual([]);
  });
});
