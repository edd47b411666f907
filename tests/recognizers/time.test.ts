import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import { entity, found } from './helpers';

const times = (text: string): string[] => found(text, ['TIME']);
const timeValue = (text: string, span: string) => entity(text, span)?.value;

describe('TIME: clock times', () => {
  it.each([
    ['جلسه ساعت ۹ صبح شروع می‌شود', 'ساعت ۹ صبح', { hour: 9, minute: 0, period: 'morning' }],
    ['قطار ساعت ۲۱:۴۵ حرکت کرد', 'ساعت ۲۱:۴۵', { hour: 21, minute: 45 }],
    ['پرواز در ۰۶:۱۵:۳۰ نشست', '۰۶:۱۵:۳۰', { hour: 6, minute: 15, second: 30 }],
    ['مسابقه ساعت ۱۷ و ۴۵ دقیقه آغاز شد', 'ساعت ۱۷ و ۴۵ دقیقه', { hour: 17, minute: 45 }],
    ['نشست ساعت ۸ و ۲۰ دقیقه و ۱۰ ثانیه تمام شد', 'ساعت ۸ و ۲۰ دقیقه و ۱۰ ثانیه', { hour: 8, minute: 20, second: 10 }],
    ['ساعت هشت و نیم صبح رسیدیم', 'ساعت هشت و نیم صبح', { hour: 8, minute: 30, period: 'morning' }],
    ['ساعت سه و ربع بعدازظهر', 'ساعت سه و ربع بعدازظهر', { hour: 15, minute: 15, period: 'afternoon' }],
    ['ساعت ۹ و ۳۰ باز است', 'ساعت ۹ و ۳۰', { hour: 9, minute: 30 }],
    ['یک ربع به هفت رسید', 'یک ربع به هفت', { hour: 6, minute: 45 }],
    ['سه ربع به دو', 'سه ربع به دو', { hour: 1, minute: 15 }],
    ['ساعت ده دقیقه به نه شب بود', 'ساعت ده دقیقه به نه شب', { hour: 20, minute: 50, period: 'night' }],
    ['ساعت ۱۰ شب برگشت', 'ساعت ۱۰ شب', { hour: 22, minute: 0, period: 'night' }],
    ['ساعت ۱۲ شب تعطیل شد', 'ساعت ۱۲ شب', { hour: 0, minute: 0, period: 'night' }],
    ['ساعت ۲ بامداد زلزله آمد', 'ساعت ۲ بامداد', { hour: 2, minute: 0, period: 'morning' }],
    ['ساعت یک بعد از ظهر', 'ساعت یک بعد از ظهر', { hour: 13, minute: 0, period: 'afternoon' }],
    ['ساعت ۱۲ ظهر', 'ساعت ۱۲ ظهر', { hour: 12, minute: 0, period: 'noon' }],
    ['ساعت ۶ عصر', 'ساعت ۶ عصر', { hour: 18, minute: 0, period: 'afternoon' }],
    ['ساعت ۸ به وقت محلی', 'ساعت ۸ به وقت محلی', { hour: 8, minute: 0 }],
    ['فروشگاه‌ها از ۱۰ صبح باز هستند', '۱۰ صبح', { hour: 10, minute: 0, period: 'morning' }],
    ['درها در نیمه‌شب بسته می‌شود', 'نیمه‌شب', { hour: 0, minute: 0, period: 'midnight' }],
    ['تا نیمه شب بیدار ماند', 'نیمه شب', { hour: 0, minute: 0, period: 'midnight' }],
  ])('%s → %s', (text, span, value) => {
    expect(times(text)).toEqual([`TIME:${span}`]);
    expect(timeValue(text, span)).toEqual(value);
  });

  it('reads an hour written alone as written, on the 24-hour clock', () => {
    expect(timeValue('ساعت ۸ رسید', 'ساعت ۸')).toEqual({ hour: 8, minute: 0 });
    expect(timeValue('ساعت ۲۴ تمام شد', 'ساعت ۲۴')).toEqual({ hour: 0, minute: 0 });
  });

  it('takes no count of hours, no hour out of range and no bare number before the night', () => {
    expect(times('سفر سه ساعت طول کشید')).toEqual([]);
    expect(times('در ۲۴ ساعت گذشته باران آمد')).toEqual([]);
    expect(times('نیم ساعت صبر کرد')).toEqual([]);
    expect(times('ساعت ۲۵ وجود ندارد')).toEqual([]);
    expect(times('ساعت ۹۹:۱۰ نیست')).toEqual([]);
    expect(times('ساعت کاری ادارات کم شد')).toEqual([]);
    expect(times('یک ساعت مچی خرید')).toEqual([]);
    expect(times('۱۰ شب در هتل ماندند')).toEqual([]);
    expect(times('۵ دقیقه به پایان بازی')).toEqual([]);
    expect(times('ربع قرن گذشت')).toEqual([]);
    expect(times('هر ساعت ۱۰ نفر وارد شدند')).toEqual([]);
  });

  it('reads a clock after a date that ends in a year', () => {
    expect(found('پنجشنبه ۲۷ خرداد ۱۳۹۵ ساعت ۸ صبح')).toEqual(['DATE:پنجشنبه ۲۷ خرداد ۱۳۹۵', 'TIME:ساعت ۸ صبح']);
  });

  it('keeps a lone «و N» without «دقیقه» out unless it has two digits', () => {
    expect(times('ساعت ۸ و ۵ نفر آمدند')).toEqual(['TIME:ساعت ۸']);
  });
});

describe('TIME: ranges', () => {
  it.each([
    ['نمایشگاه از ساعت ۱۷ تا ۱۹ باز است', 'از ساعت ۱۷ تا ۱۹', { hour: 17, minute: 0, end: { hour: 19, minute: 0 } }],
    ['از ساعت ۱۰ صبح الی ۲۰ باز است', 'از ساعت ۱۰ صبح الی ۲۰', { hour: 10, minute: 0, period: 'morning', end: { hour: 20, minute: 0 } }],
    ['جشنواره از ۹ صبح تا ۱۲ شب برپاست', 'از ۹ صبح تا ۱۲ شب', { hour: 9, minute: 0, period: 'morning', end: { hour: 0, minute: 0, period: 'night' } }],
    ['از ساعت ۸:۳۰ تا ساعت ۱۱ کار می‌کنیم', 'از ساعت ۸:۳۰ تا ساعت ۱۱', { hour: 8, minute: 30, end: { hour: 11, minute: 0 } }],
    ['ساعت ۹ و ۳۰ تا ۱۴ باز است', 'ساعت ۹ و ۳۰ تا ۱۴', { hour: 9, minute: 30, end: { hour: 14, minute: 0 } }],
  ])('%s: one TIME from «از» to the end, the end in the value', (text, span, value) => {
    expect(times(text)).toEqual([`TIME:${span}`]);
    expect(timeValue(text, span)).toEqual(value);
  });

  it('takes no count after «تا» for the end of a range', () => {
    expect(times('ساعت ۸ تا ۱۰ نفر آمدند')).toEqual(['TIME:ساعت ۸']);
    expect(times('از ساعت ۸ تا ۵ سال دیگر')).toEqual(['TIME:ساعت ۸']);
    expect(times('از ساعت ۸ تا پایان روز')).toEqual(['TIME:ساعت ۸']);
  });
});

describe('TIME: parts of a day', () => {
  it.each([
    ['صبح امروز جلسه بود', 'صبح امروز', 'morning'],
    ['امروز صبح جلسه بود', 'امروز صبح', 'morning'],
    ['دوشنبه شب برگشت', 'دوشنبه شب', 'night'],
    ['فردا شب می‌رسد', 'فردا شب', 'night'],
    ['امشب باران می‌بارد', 'امشب', 'night'],
    ['بعد از ظهر پنجشنبه اعلام شد', 'بعد از ظهر پنجشنبه', 'afternoon'],
    ['پیش از ظهر دیروز گفت', 'پیش از ظهر دیروز', 'morning'],
    ['عصر روز سه‌شنبه رسید', 'عصر روز سه‌شنبه', 'afternoon'],
  ])('%s → one TIME %s, holding its day', (text, span, period) => {
    expect(found(text)).toEqual([`TIME:${span}`]);
    const value = timeValue(text, span) as { period: string; date: { granularity: string } };
    expect(value.period).toBe(period);
    expect(value.date.granularity).toBe('day');
  });

  it('resolves the day it is tied to', () => {
    const [time] = extractEntities('صبح دیروز آمد', { referenceDate: '2024-01-15' });
    expect(time).toMatchObject({ type: 'TIME', text: 'صبح دیروز', value: { period: 'morning', date: { start: '2024-01-14', end: '2024-01-14', relative: true } } });
  });

  it('leaves the eve of a day a DATE, and a part of the day alone nothing', () => {
    expect(found('شب جمعه آمد')).toEqual(['DATE:شب جمعه']);
    expect(found('صبح زود بیدار شد')).toEqual([]);
    expect(found('نماز ظهر خوانده شد')).toEqual([]);
  });

  it('takes the day right after a clock time into one TIME holding its date', () => {
    expect(found('جلسه ساعت ۱۰ صبح روز دوشنبه برگزار شد')).toEqual(['TIME:ساعت ۱۰ صبح روز دوشنبه']);
    const [time] = extractEntities('ساعت ۱۷ روز دوشنبه ۲۸ اسفند ۱۴۰۲', { referenceDate: '2024-03-01' });
    expect(time?.value).toMatchObject({ hour: 17, minute: 0, date: { granularity: 'day', start: '2024-03-18' } });
    // a day before the clock, or apart from it, stays a DATE of its own
    expect(found('روز دوشنبه ساعت ۱۰ صبح')).toEqual(['DATE:روز دوشنبه', 'TIME:ساعت ۱۰ صبح']);
    expect(found('ساعت ۱۰ صبح و روز دوشنبه')).toEqual(['TIME:ساعت ۱۰ صبح', 'DATE:روز دوشنبه']);
    expect(found('ساعت ۷ صبح امروز رسید')).toEqual(['TIME:ساعت ۷ صبح امروز']);
    expect(found('ساعت ۱۸ امروز')).toEqual(['TIME:ساعت ۱۸ امروز']);
  });

  it('ties parts of days with TIME asked for alone, and with the built-in DATE type replaced', () => {
    expect(found('صبح امروز آمد و روز دوشنبه رفت', ['TIME'])).toEqual(['TIME:صبح امروز']);
  });
});
