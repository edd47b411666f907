/**
 * Turning parsed date parts into {@link DateValue}s: ranges of Gregorian days for months, years, weeks, decades
 * and centuries of the three calendars, relative shifts against the reference day, and the narrowing modifiers.
 */
import type { Calendar, DateGranularity, DateValue } from '../../types';
import {
  dayToGregorian,
  dayToHijri,
  dayToJalali,
  gregorianMonthLength,
  gregorianToDay,
  hijriMonthLength,
  hijriToDay,
  isSupportedDay,
  jalaaliMonthLength,
  jalaliToDay,
  type Ymd,
} from './calendar';
import type { Modifier } from './lexicon';

/** An inclusive range of day numbers. */
export interface DayRange {
  start: number;
  end: number;
}

/** The date in `calendar` of a day number (`null` when the platform cannot compute Hijri dates). */
export function dayIn(calendar: Calendar, day: number): Ymd | null {
  if (calendar === 'jalali') return dayToJalali(day);
  if (calendar === 'gregorian') return dayToGregorian(day);
  return dayToHijri(day);
}

/** Day number of a date in `calendar`, or `null` when the date does not exist. */
export function dayOf(calendar: Calendar, y: number, m: number, d: number): number | null {
  const length = monthLength(calendar, y, m);
  if (length === null || m < 1 || m > 12 || d < 1 || d > length) return null;
  if (calendar === 'jalali') return jalaliToDay(y, m, d);
  if (calendar === 'gregorian') return gregorianToDay(y, m, d);
  return hijriToDay(y, m, d);
}

export function monthLength(calendar: Calendar, y: number, m: number): number | null {
  if (m < 1 || m > 12) return null;
  if (calendar === 'jalali') return y >= -61 && y <= 3177 ? jalaaliMonthLength(y, m) : null;
  if (calendar === 'gregorian') return gregorianMonthLength(y, m);
  return hijriMonthLength(y, m);
}

export function monthRange(calendar: Calendar, y: number, m: number): DayRange | null {
  const start = dayOf(calendar, y, m, 1);
  const length = monthLength(calendar, y, m);
  if (start === null || length === null) return null;
  return { start, end: start + length - 1 };
}

export function yearRange(calendar: Calendar, y: number): DayRange | null {
  const start = dayOf(calendar, y, 1, 1);
  const next = dayOf(calendar, y + 1, 1, 1);
  if (start === null || next === null) return null;
  return { start, end: next - 1 };
}

/** Years `first` … `last` inclusive. */
export function yearsRange(calendar: Calendar, first: number, last: number): DayRange | null {
  const a = yearRange(calendar, first);
  const b = yearRange(calendar, last);
  return a && b ? { start: a.start, end: b.end } : null;
}

/** Month `m` of year `y` shifted by `delta` months. */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The same day `delta` months later (clamped to the month's length), in `calendar`. */
export function shiftDayByMonths(calendar: Calendar, day: number, delta: number): number | null {
  const date = dayIn(calendar, day);
  if (!date) return null;
  const target = shiftMonth(date.y, date.m, delta);
  const length = monthLength(calendar, target.y, target.m);
  if (length === null) return null;
  return dayOf(calendar, target.y, target.m, Math.min(date.d, length));
}

/**
 * Narrows a range. «اوایل/ابتدای/آغاز» = the first third, «اواسط/میانه/نیمه» = the middle third, «اواخر/انتهای/
 * پایان» = the last third; for a month the thirds are the Persian «دهه»s: days 1–10, 11–20, 21–end. «نیمه اول/
 * نخست» and «نیمه دوم» are the halves.
 */
export function narrow(range: DayRange, modifier: Modifier, granularity: DateGranularity, half?: 1 | 2): DayRange {
  const length = range.end - range.start + 1;
  if (modifier === 'half' && half) {
    const mid = range.start + Math.floor(length / 2);
    return half === 1 ? { start: range.start, end: mid - 1 } : { start: mid, end: range.end };
  }
  const third = modifier === 'early' ? 0 : modifier === 'late' ? 2 : 1;
  if (granularity === 'month') {
    const starts = [0, 10, 20];
    const from = range.start + (starts[third] ?? 0);
    const to = third === 2 ? range.end : range.start + (starts[third + 1] ?? length) - 1;
    return { start: from, end: to };
  }
  const size = Math.floor(length / 3);
  if (third === 0) return { start: range.start, end: range.start + size - 1 };
  if (third === 1) return { start: range.start + size, end: range.end - size };
  return { start: range.end - size + 1, end: range.end };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Most days remembered written out; past it the memory starts over. An archive of news spans thousands of
 * distinct days (a year's worth of daily dates is 365, a decade 3,650): below that, the memory would start over
 * again and again. A remembered day costs about 200 bytes, so this bounds it near 3 MB.
 */
const MAX_REMEMBERED_DAYS = 16_384;

/** `compute(day)`, remembered: news repeats the same few dates (today, yesterday, this week). */
function rememberedByDay<T>(compute: (day: number) => T): (day: number) => T {
  const memory = new Map<number, T>();
  return (day) => {
    let value = memory.get(day);
    if (value === undefined) {
      value = compute(day);
      if (memory.size >= MAX_REMEMBERED_DAYS) memory.clear();
      memory.set(day, value);
    }
    return value;
  };
}

export const isoDay = rememberedByDay((day: number): string => {
  const g = dayToGregorian(day);
  return `${pad(g.y, 4)}-${pad(g.m)}-${pad(g.d)}`;
});

/** One supported day in all three calendars, as a {@link DateValue} writes it. */
const dayInCalendars = rememberedByDay((day: number): { jalali: string; gregorian: string; hijri: string | null } => {
  const h = dayToHijri(day);
  return { jalali: formatYmd(dayToJalali(day)!), gregorian: isoDay(day), hijri: h ? formatYmd(h) : null };
});

function formatYmd(parts: { y: number; m?: number | undefined; d?: number | undefined }): string {
  // the Solar Hijri years before 1 (Gregorian 560–621) are written as ISO 8601 writes years before 0: «-0061»
  let out = parts.y < 0 ? `-${pad(-parts.y, 4)}` : pad(parts.y, 4);
  if (parts.m !== undefined) out += `-${pad(parts.m)}`;
  if (parts.m !== undefined && parts.d !== undefined) out += `-${pad(parts.d)}`;
  return out;
}

/** What a parse found, before it becomes a {@link DateValue}. */
export interface Resolution {
  calendar: Calendar;
  granularity: DateGranularity;
  /** The date in its own calendar, as far as known (y, y-m or y-m-d). */
  y?: number;
  m?: number;
  d?: number;
  range?: DayRange;
  relative?: boolean;
  weekday?: number;
}

/**
 * The public value: a single day fills all three calendars, a month or year fills its own calendar. A range that
 * leaves the supported days (see `SUPPORTED_DAYS`) is not converted: the date keeps only what its own calendar says.
 */
export function toDateValue(r: Resolution): DateValue {
  const value: DateValue = { calendar: r.calendar, granularity: r.granularity };
  const range = r.range && isSupportedDay(r.range.start) && isSupportedDay(r.range.end) ? r.range : undefined;
  if (range) {
    value.start = isoDay(range.start);
    value.end = isoDay(range.end);
  }
  if (r.granularity === 'day' && range && range.start === range.end) {
    const day = dayInCalendars(range.start);
    value.jalali = day.jalali;
    value.gregorian = day.gregorian;
    if (day.hijri !== null) value.hijri = day.hijri;
  } else if (r.y !== undefined && (r.granularity === 'month' || r.granularity === 'year' || r.granularity === 'day')) {
    const own = formatYmd({ y: r.y, m: r.m, d: r.granularity === 'day' ? r.d : undefined });
    value[r.calendar] = own;
  }
  if (r.relative) value.relative = true;
  if (r.weekday !== undefined) value.weekday = r.weekday;
  return value;
}
