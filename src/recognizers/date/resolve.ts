/**
 * Turning parsed date parts into {@link DateValue}s: ranges of Gregorian days for months, years, weeks, decades
 * and centuries of the three calendars, relative shifts against the reference day, and the narrowing modifiers.
 */
import type { Calendar, DateGranularity, DateUnit, DateValue, Season } from '../../types';
import {
  dayToGregorian,
  dayToHijri,
  dayToJalali,
  gregorianMonthLength,
  gregorianToDay,
  hijriMonthLength,
  hijriToDay,
  isJalaliYearSupported,
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

/** The date in `calendar` of a day number (`null` outside the Solar Hijri years jalaali-js converts, or when the platform cannot compute Hijri dates). */
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
  if (calendar === 'jalali') return isJalaliYearSupported(y) ? jalaaliMonthLength(y, m) : null;
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
    // a month's halves are days 1–15 and 16–end, as Persian reckons «نیمه اول/دوم» of a month
    const mid = range.start + (granularity === 'month' ? 15 : Math.floor(length / 2));
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
/** A year as ISO 8601 writes it: four digits, a sign before years before 1 (776 BC = year −775 = `-0775`). */
const padYear = (y: number): string => (y < 0 ? `-${pad(-y, 4)}` : pad(y, 4));

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
  return `${padYear(g.y)}-${pad(g.m)}-${pad(g.d)}`;
});

/** One day in all three calendars, as a {@link DateValue} writes it. */
const dayInCalendars = rememberedByDay((day: number): { jalali: string | null; gregorian: string; hijri: string | null } => {
  const j = dayToJalali(day);
  const h = dayToHijri(day);
  return { jalali: j ? formatYmd(j) : null, gregorian: isoDay(day), hijri: h ? formatYmd(h) : null };
});

function formatYmd(parts: { y: number; m?: number | undefined; d?: number | undefined }): string {
  let out = padYear(parts.y);
  if (parts.m !== undefined) out += `-${pad(parts.m)}`;
  if (parts.m !== undefined && parts.d !== undefined) out += `-${pad(parts.d)}`;
  return out;
}

/** What a parse found, before it becomes a {@link DateValue}. */
export interface Resolution {
  calendar: Calendar;
  granularity: DateUnit;
  /** The date in its own calendar, as far as known (y, y-m or y-m-d). */
  y?: number;
  m?: number;
  d?: number;
  range?: DayRange;
  relative?: boolean;
  weekday?: number;
  weekdayMismatch?: boolean;
  /** 1 = spring … 4 = winter, for a season. */
  season?: number;
  /** The year was not written but chosen around the reference date (a range may give it the year of its other end). */
  impliedYear?: boolean;
  /** For a range: its two ends. */
  ends?: readonly [Resolution, Resolution];
}

const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];

/** The date in its own calendar as far as known: `1402-03-15`, `1402-03`, `1402`, or undefined. */
function ownDate(r: Resolution): string | undefined {
  if (r.y === undefined) return undefined;
  if (r.granularity === 'day') return formatYmd({ y: r.y, m: r.m, d: r.d });
  if (r.granularity === 'month') return formatYmd({ y: r.y, m: r.m });
  if (r.granularity === 'year' || r.granularity === 'season') return formatYmd({ y: r.y });
  return undefined;
}

/** A single day's three calendars, or a range's ends written `a/b` (ISO 8601 interval). */
function fillCalendars(value: DateValue, r: Resolution): void {
  const ends = r.ends;
  if (ends) {
    const [a, b] = ends;
    if (a.granularity === 'day' && b.granularity === 'day' && a.range && b.range && a.range.start === a.range.end && b.range.start === b.range.end) {
      const from = dayInCalendars(a.range.start);
      const to = dayInCalendars(b.range.start);
      if (from.jalali && to.jalali) value.jalali = `${from.jalali}/${to.jalali}`;
      value.gregorian = `${from.gregorian}/${to.gregorian}`;
      if (from.hijri && to.hijri) value.hijri = `${from.hijri}/${to.hijri}`;
      return;
    }
    const from = ownDate(a);
    const to = ownDate(b);
    if (from && to && a.calendar === b.calendar) value[a.calendar] = `${from}/${to}`;
    return;
  }
  if (r.granularity === 'day' && r.range && r.range.start === r.range.end) {
    const day = dayInCalendars(r.range.start);
    if (day.jalali !== null) value.jalali = day.jalali;
    value.gregorian = day.gregorian;
    if (day.hijri !== null) value.hijri = day.hijri;
    return;
  }
  const own = ownDate(r);
  if (own !== undefined) value[r.calendar] = own;
}

/** The public value: a single day fills all three calendars, a month or year fills its own calendar. */
export function toDateValue(r: Resolution): DateValue {
  const granularity: DateGranularity = r.ends ? `${r.ends[0].granularity}-range` : r.granularity;
  const value: DateValue = { calendar: r.calendar, granularity };
  if (r.range) {
    value.start = isoDay(r.range.start);
    value.end = isoDay(r.range.end);
  }
  fillCalendars(value, r);
  if (r.relative) value.relative = true;
  if (r.weekday !== undefined) value.weekday = r.weekday;
  if (r.weekdayMismatch) value.weekdayMismatch = true;
  if (r.season !== undefined) value.season = SEASONS[r.season - 1];
  return value;
}
