import { describe, expect, it } from 'vitest';
import { toGregorian, toJalaali, jalaaliMonthLength } from 'jalaali-js';
import { dates, g, only } from './context';

const REF = '2023-06-05'; // = 1402-03-15 (a Monday)

describe('day + month + year (Solar Hijri)', () => {
  it.each([
    ['۱۵ خرداد ۱۴۰۲', '۱۵ خرداد ۱۴۰۲', 1402, 3, 15],
    ['15 خرداد 1402', '15 خرداد 1402', 1402, 3, 15],
    ['پانزدهم خرداد ماه سال ۱۴۰۲', 'پانزدهم خرداد ماه سال ۱۴۰۲', 1402, 3, 15],
    ['بیست و پنجم اسفند ۱۳۹۹', 'بیست و پنجم اسفند ۱۳۹۹', 1399, 12, 25],
    ['۱۲ فروردین ۵۸', '۱۲ فروردین ۵۸', 1358, 1, 12],
    ['در ۲ مهرماه ۱۴۰۱ آغاز شد', '۲ مهرماه ۱۴۰۱', 1401, 7, 2],
    ['۲ مهر ماه ۱۴۰۱', '۲ مهر ماه ۱۴۰۱', 1401, 7, 2],
    ['جمعه سی ام اسفند ۱۳۸۷', 'جمعه سی ام اسفند ۱۳۸۷', 1387, 12, 30],
    ['۱۵ خرداد ۱۴۰۲ ه.ش', '۱۵ خرداد ۱۴۰۲ ه.ش', 1402, 3, 15],
    ['۱۵ خرداد ۱۴۰۲ هجری شمسی', '۱۵ خرداد ۱۴۰۲ هجری شمسی', 1402, 3, 15],
    ['۱۵ حمل ۱۴۰۲', '۱۵ حمل ۱۴۰۲', 1402, 1, 15],
  ])('%s', (input, span, jy, jm, jd) => {
    const d = only(input, REF);
    expect(d.text).toBe(span);
    expect(d.value.calendar).toBe('jalali');
    expect(d.value.granularity).toBe('day');
    expect(d.value.jalali).toBe(`${jy}-${String(jm).padStart(2, '0')}-${String(jd).padStart(2, '0')}`);
    expect(d.value.start).toBe(g(jy, jm, jd));
    expect(d.value.end).toBe(g(jy, jm, jd));
    expect(d.value.relative).toBeUndefined();
  });

  it('keeps the weekday and «روز» in the span', () => {
    const d = only('سه‌شنبه ۲ آبان ۱۴۰۲', REF);
    expect(d.text).toBe('سه‌شنبه ۲ آبان ۱۴۰۲');
    expect(d.value.weekday).toBe(3);
    expect(d.value.start).toBe(g(1402, 8, 2));
    expect(only('روز ۱۵ام خرداد', REF).value.start).toBe(g(1402, 3, 15));
  });

  it('takes the reference year for a day and month without a year', () => {
    const d = only('۱۵ام خرداد', REF);
    expect(d.value.start).toBe(g(1402, 3, 15));
    expect(d.value.relative).toBe(true);
  });

  it('works whatever the digits and the joiner', () => {
    for (const text of ['١٥ خرداد ١٤٠٢', '۱۵ خرداد‌ماه ۱۴۰۲', '۱۵ خردادماه ۱۴۰۲']) {
      expect(only(text, REF).value.jalali).toBe('1402-03-15');
    }
  });

  it('rejects days that do not exist', () => {
    expect(dates('۳۲ خرداد ۱۴۰۲', REF).every((d) => d.value.granularity !== 'day')).toBe(true);
    // 1402 is a common year: Esfand has 29 days; 1403 is leap.
    expect(jalaaliMonthLength(1402, 12)).toBe(29);
    expect(dates('۳۰ اسفند ۱۴۰۲', REF).some((d) => d.value.granularity === 'day')).toBe(false);
    expect(only('۳۰ اسفند ۱۴۰۳', REF).value.start).toBe(g(1403, 12, 30));
  });
});

describe('month + year', () => {
  it('resolves a Solar Hijri month to its Gregorian range', () => {
    const d = only('خرداد ۱۴۰۲', REF);
    expect(d.value).toMatchObject({ calendar: 'jalali', granularity: 'month', jalali: '1402-03', start: '2023-05-22', end: '2023-06-21' });
  });
  it('Gregorian months in Persian spellings', () => {
    expect(only('۵ ژوئن ۲۰۲۳', REF).value).toMatchObject({ calendar: 'gregorian', gregorian: '2023-06-05', jalali: '1402-03-15' });
    expect(only('ژانویهٔ ۲۰۲۰', REF).value).toMatchObject({ gregorian: '2020-01', start: '2020-01-01', end: '2020-01-31' });
    expect(only('۳ یولیو ۲۰۱۴', REF).value.gregorian).toBe('2014-07-03');
    expect(only('۱۰ جولای ۲۰۱۹', REF).value.gregorian).toBe('2019-07-10');
    expect(only('۲۳ می ۲۰۱۶', REF).value.gregorian).toBe('2016-05-23');
    expect(only('۲۳ مه ۲۰۱۶', REF).value.gregorian).toBe('2016-05-23');
    expect(only('اکتبر ۹۸', REF).value.gregorian).toBe('1998-10');
    expect(only('اکتبر ۱۵', REF).value.gregorian).toBe('2015-10');
  });
  it('lunar Hijri months through Umm al-Qura', () => {
    const d = only('اول رمضان ۱۴۴۴', REF);
    expect(d.value).toMatchObject({ calendar: 'hijri', hijri: '1444-09-01', gregorian: '2023-03-23' });
    expect(only('۱۰ محرم ۱۴۴۵ ه.ق', REF).value.gregorian).toBe('2023-07-28');
    expect(only('ماه مبارک رمضان', REF).value).toMatchObject({ calendar: 'hijri', granularity: 'month', hijri: '1444-09' });
    // without a year: the nearest 12 Rabi' al-awwal (1445's, 2023-09-27; 1444's was 2022-10-08)
    expect(only('۱۲ ربیع‌الاول', REF).value.hijri).toBe('1445-03-12');
    expect(only('۱۲ ربیع الاول ۱۴۴۵', REF).value.hijri).toBe('1445-03-12');
    expect(only('۵ ذی‌الحجه ۱۴۴۴', REF).value.hijri).toBe('1444-12-05');
  });
});

describe('numeric dates', () => {
  it.each([
    ['۱۴۰۲/۰۳/۱۵', 'jalali', '2023-06-05'],
    ['1402-3-15', 'jalali', '2023-06-05'],
    ['2023-06-05', 'gregorian', '2023-06-05'],
    ['۲۰۲۳/۰۶/۰۵', 'gregorian', '2023-06-05'],
    ['15/3/1402', 'jalali', '2023-06-05'],
    ['١٤٠٢/٠٣/١٥', 'jalali', '2023-06-05'],
    ['13/2/95', 'jalali', g(1395, 2, 13)],
  ])('%s', (text, calendar, day) => {
    const d = only(`تاریخ ${text} است`, REF);
    expect(d.value).toMatchObject({ calendar, granularity: 'day', start: day, end: day });
  });
  it('rejects invalid numeric dates', () => {
    for (const text of ['۱۴۰۲/۱۳/۰۱', '۱۴۰۲/۰۱/۳۲', '۱۴۰۲/۱۲/۳۰', '2023-02-29', '1700/01/01']) {
      expect(dates(`تاریخ ${text} است`, REF)).toEqual([]);
    }
  });
});

describe('years, decades, centuries', () => {
  it.each([
    ['سال ۱۴۰۳', 'jalali', 'year', g(1403, 1, 1), g(1403, 12, 30)],
    ['سال 2007', 'gregorian', 'year', '2007-01-01', '2007-12-31'],
    ['سال ۲۰۱۹ میلادی', 'gregorian', 'year', '2019-01-01', '2019-12-31'],
    ['۱۴۰۲ شمسی', 'jalali', 'year', g(1402, 1, 1), g(1402, 12, 29)],
    ['سال ۹۵', 'jalali', 'year', g(1395, 1, 1), g(1395, 12, 30)],
    ['دهه ۶۰', 'jalali', 'decade', g(1360, 1, 1), 'checked below'],
    ['دهه ۱۹۹۰', 'gregorian', 'decade', '1990-01-01', '1999-12-31'],
    ['قرن بیستم', 'gregorian', 'century', '1901-01-01', '2000-12-31'],
    ['سده نوزدهم', 'gregorian', 'century', '1801-01-01', '1900-12-31'],
    ['قرن ۲۱', 'gregorian', 'century', '2001-01-01', '2100-12-31'],
  ])('%s', (text, calendar, granularity, start, end) => {
    const d = only(`در ${text} رخ داد`, REF);
    expect(d.text).toBe(text);
    expect(d.value.calendar).toBe(calendar);
    expect(d.value.granularity).toBe(granularity);
    expect(d.value.start).toBe(start);
    if (granularity !== 'decade' || calendar !== 'jalali') expect(d.value.end).toBe(end);
  });
  it('the Jalali 1360s end on the last day of 1369', () => {
    const d = only('دهه شصت', REF);
    const firstOf1370 = toGregorian(1370, 1, 1);
    const end = new Date(Date.UTC(firstOf1370.gy, firstOf1370.gm - 1, firstOf1370.gd - 1)).toISOString().slice(0, 10);
    expect(d.value.end).toBe(end);
  });
  it('reads «سال 260 هجری قمری» as a lunar Hijri year', () => {
    expect(only('سال ۲۶۰ هجری قمری', REF).value).toMatchObject({ calendar: 'hijri', granularity: 'year' });
  });
  it('a bare number is not a year', () => {
    for (const text of ['۱۴۰۲ تومان', 'کد پستی ۱۴۰۲۳۴۵۶۷۸', 'شماره ۰۹۱۲۱۴۰۲۱۵۱', 'جمعیت ۱۴۰۲ نفر', 'سال ۱۷۰۰ را', '۱۵ سال سابقه']) {
      expect(dates(text, REF)).toEqual([]);
    }
  });
});

describe('weekdays', () => {
  it.each(['سه‌شنبه', 'سه شنبه', 'سهشنبه'])('bare «%s» is unresolved with its weekday', (text) => {
    const d = only(`جلسه ${text} برگزار شد`, REF);
    expect(d.text).toBe(text);
    expect(d.value).toEqual({ calendar: 'jalali', granularity: 'day', weekday: 3 });
  });
  it('«روز» belongs in the span', () => {
    expect(only('روز دوشنبه', REF).text).toBe('روز دوشنبه');
    expect(only('روز پنج‌شنبه', REF).value.weekday).toBe(5);
    expect(only('پنجشنبه', REF).value.weekday).toBe(5);
  });
  it('resolves against the reference week', () => {
    // REF 2023-06-05 is a Monday.
    expect(only('دوشنبه گذشته', REF).value).toMatchObject({ start: '2023-05-29', relative: true, weekday: 2 });
    expect(only('شنبه گذشته', REF).value.start).toBe('2023-06-03');
    expect(only('چهارشنبه آینده', REF).value.start).toBe('2023-06-07');
    expect(only('دوشنبه هفته آینده', REF).value.start).toBe('2023-06-12');
    expect(only('شنبه هفته گذشته', REF).value.start).toBe('2023-05-27');
  });
  it('the Friday prayer is not a date', () => {
    expect(dates('امام جمعه تهران', REF)).toEqual([]);
    expect(dates('نماز جمعه', REF)).toEqual([]);
  });
});

describe('relative expressions', () => {
  const day = (text: string): string | undefined => only(text, REF).value.start;
  it('days', () => {
    expect(day('امروز')).toBe('2023-06-05');
    expect(day('دیروز')).toBe('2023-06-04');
    expect(day('فردا')).toBe('2023-06-06');
    expect(day('پریروز')).toBe('2023-06-03');
    expect(day('پس‌فردا')).toBe('2023-06-07');
    expect(day('امشب')).toBe('2023-06-05');
    expect(day('دیشب')).toBe('2023-06-04');
    expect(only('امروز', REF).value).toMatchObject({ relative: true, jalali: '1402-03-15', gregorian: '2023-06-05' });
  });
  it('years, months and weeks are Solar Hijri unless «میلادی»', () => {
    expect(only('امسال', REF).value).toMatchObject({ jalali: '1402', granularity: 'year', start: g(1402, 1, 1), relative: true });
    expect(only('پارسال', REF).value.jalali).toBe('1401');
    for (const [text, jy] of [['سال گذشته', 1401], ['سال قبل', 1401], ['سال آینده', 1403], ['سال بعد', 1403], ['سال جاری', 1402]] as const) {
      expect(only(text, REF).value.jalali).toBe(String(jy));
    }
    expect(only('سال گذشته میلادی', REF).value).toMatchObject({ calendar: 'gregorian', gregorian: '2022' });
    expect(only('ماه گذشته', REF).value).toMatchObject({ jalali: '1402-02', start: g(1402, 2, 1), end: g(1402, 2, 31) });
    expect(only('ماه آینده', REF).value.jalali).toBe('1402-04');
    expect(only('ماه جاری', REF).value.jalali).toBe('1402-03');
    expect(only('این ماه', REF).value.jalali).toBe('1402-03');
    expect(only('این هفته', REF).value).toMatchObject({ granularity: 'week', start: '2023-06-03', end: '2023-06-09' });
    expect(only('همین هفته', REF).value.start).toBe('2023-06-03');
    expect(only('هفته گذشته', REF).value.start).toBe('2023-05-27');
    expect(only('هفته بعد', REF).value.start).toBe('2023-06-10');
  });
  it('counted expressions', () => {
    expect(only('سه روز پیش', REF).value).toMatchObject({ start: '2023-06-02', end: '2023-06-02', relative: true });
    expect(only('۱۰ سال پیش', REF).value).toMatchObject({ granularity: 'year', jalali: '1392' });
    expect(only('دو هفته قبل', REF).value).toMatchObject({ granularity: 'week', start: '2023-05-20', end: '2023-05-26' });
    // Needs an anchor: kept, unresolved.
    expect(only('دو هفته بعد', REF).value).toEqual({ calendar: 'jalali', granularity: 'week' });
    // No count to resolve, before an event rather than the reference, a duration: no dates.
    expect(dates('چند روز پیش', REF)).toEqual([]);
    expect(dates('یک روز پیش از مراسم', REF)).toEqual([]);
    expect(dates('به مدت دو سال دیگر', REF)).toEqual([]);
  });
  it('months relative to the reference', () => {
    expect(only('آذرماه امسال', REF).value).toMatchObject({ jalali: '1402-09', relative: true });
    // Reference is Khordad 1402: the most recent Esfand is 1401's, the next Mehr is 1402's.
    expect(only('اسفندماه گذشته', REF).value.jalali).toBe('1401-12');
    expect(only('اردیبهشت گذشته', REF).value.jalali).toBe('1402-02');
    expect(only('خرداد گذشته', REF).value.jalali).toBe('1401-03');
    expect(only('مهر آینده', REF).value.jalali).toBe('1402-07');
    expect(only('اکتبر سال گذشته', REF).value).toMatchObject({ calendar: 'gregorian', gregorian: '2022-10' });
    expect(only('اسفند ماه سال گذشته', REF).value.jalali).toBe('1401-12');
  });
  it('modifiers narrow the range and stay in the span', () => {
    const late = only('اواخر اسفندماه گذشته', REF);
    expect(late.text).toBe('اواخر اسفندماه گذشته');
    expect(late.value).toMatchObject({ jalali: '1401-12', start: g(1401, 12, 21), end: g(1401, 12, 29) });
    expect(only('اوایل خرداد ۱۴۰۲', REF).value).toMatchObject({ start: g(1402, 3, 1), end: g(1402, 3, 10) });
    expect(only('اواسط خرداد ۱۴۰۲', REF).value).toMatchObject({ start: g(1402, 3, 11), end: g(1402, 3, 20) });
    expect(only('پایان سال ۱۴۰۲', REF).value.end).toBe(g(1402, 12, 29));
    expect(only('نیمه اول سال ۱۴۰۲', REF).value.start).toBe(g(1402, 1, 1));
  });
});

describe('not dates: month names as ordinary words', () => {
  it.each([
    'مهر مادر به فرزند',
    'بهمن محمدی گفت',
    'سقوط بهمن در جاده',
    'تیر خلاص را زد',
    'آزمایش دی‌ان‌ای',
    'اسفند دود کردن',
    'مه غلیظ شهر را پوشاند',
    'استان آذربایجان',
    'مهرداد گفت',
    'آقای شهریور گفت',
    'به گزارش خبرگزاری مهر',
    'او می رود',
    'میزان ۸۰ درصد',
    'رجب طیب اردوغان',
    'ماه‌ها گذشت',
    'سه تیر شلیک شد',
    'تعداد آنها ۵ می شود',
  ])('%s', (text) => {
    expect(dates(text, REF)).toEqual([]);
  });
  it('but a month name with evidence is a date', () => {
    // without a year, the nearest 22 Bahman: 1401's (four months before the reference), not 1402's (eight after)
    expect(only('۲۲ بهمن', REF).value.jalali).toBe('1401-11-22');
    expect(only('دوم خرداد', REF).value.jalali).toBe('1402-03-02');
    expect(only('مهرماه', REF).value.jalali).toBe('1402-07');
    expect(only('ماه مارس', REF).value.gregorian).toBe('2023-03');
  });
});

it('uses the UTC calendar date of the reference', () => {
  const d = only('امروز', '2023-06-05');
  const j = toJalaali(2023, 6, 5);
  expect(d.value.jalali).toBe(`${j.jy}-0${j.jm}-${j.jd}`);
});

describe('the README’s date examples come out as written', () => {
  it('each of them', async () => {
    const { extractEntities } = await import('../../../src/index');
    const text = 'الهام علی‌اف، رییس جمهوری آذربایجان، روز دوشنبه در باکو با نماینده ایران دیدار کرد.';
    expect(extractEntities(text, { referenceDate: '2024-01-15' }).find((e) => e.type === 'DATE')).toMatchObject({
      text: 'روز دوشنبه', start: 37, end: 47, value: { calendar: 'jalali', granularity: 'day', weekday: 2 },
    });
    expect(extractEntities('اواخر اسفندماه گذشته', { referenceDate: '2010-11-01' })[0]?.value).toEqual({
      calendar: 'jalali', granularity: 'month', jalali: '1388-12', start: '2010-03-12', end: '2010-03-20', relative: true,
    });
    expect(extractEntities('از ۱۰ تا ۱۵ مهر ۱۴۰۳')[0]?.value).toEqual({
      calendar: 'jalali', granularity: 'day-range', jalali: '1403-07-10/1403-07-15', gregorian: '2024-10-01/2024-10-06',
      hijri: '1446-03-28/1446-04-03', start: '2024-10-01', end: '2024-10-06',
    });
    expect(extractEntities('دوشنبه ۲۸ اسفند', { referenceDate: '2024-03-20' })[0]?.value).toEqual({
      calendar: 'jalali', granularity: 'day', jalali: '1402-12-28', gregorian: '2024-03-18', hijri: '1445-09-08',
      start: '2024-03-18', end: '2024-03-18', relative: true, weekday: 2,
    });
  });
});
