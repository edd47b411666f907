/**
 * Calendar arithmetic on "day numbers" (days since 1970-01-01, UTC). Solar Hijri through jalaali-js, lunar Hijri
 * through the platform's Umm al-Qura calendar (`Intl.DateTimeFormat('en-u-ca-islamic-umalqura')`), Gregorian through
 * `Date.UTC`. No hand-rolled month tables.
 */
import { isLeapJalaaliYear, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of a Gregorian date (years 0–99 and before Christ too: `Date.UTC` would read 0–99 as 1900–1999). */
export function gregorianToDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Gregorian date of a day number. */
export function dayToGregorian(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The reference date's calendar day in UTC. */
export function referenceDay(reference: Date): number {
  return Math.floor(reference.getTime() / MS_PER_DAY);
}

/** 0 = شنبه (Saturday) … 6 = جمعه (Friday). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (5 in the Saturday-first numbering).
  return (((day + 5) % 7) + 7) % 7;
}

export function gregorianMonthLength(y: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, 0);
  return date.getUTCDate();
}

export function isValidGregorian(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= gregorianMonthLength(y, m);
}

/** The Solar Hijri years jalaali-js can convert: outside them a date stays unresolved, and nothing throws. */
const FIRST_JALALI_YEAR = -61;
const LAST_JALALI_YEAR = 3177;

export function isJalaliYearSupported(y: number): boolean {
  return y >= FIRST_JALALI_YEAR && y <= LAST_JALALI_YEAR;
}

export function isValidJalali(y: number, m: number, d: number): boolean {
  return isJalaliYearSupported(y) && m >= 1 && m <= 12 && d >= 1 && d <= jalaaliMonthLength(y, m);
}

/** Day number of a Solar Hijri date (the year within jalaali-js's range, see {@link isJalaliYearSupported}). */
export function jalaliToDay(y: number, m: number, d: number): number {
  const g = toGregorian(y, m, d);
  return gregorianToDay(g.gy, g.gm, g.gd);
}

/** The first and last day numbers jalaali-js can convert (1 Farvardin −61 … the last day of 3177). */
let jalaliDays: { first: number; last: number } | undefined;

/** The Solar Hijri date of a day number, or `null` outside the years jalaali-js converts. */
export function dayToJalali(day: number): Ymd | null {
  jalaliDays ??= { first: jalaliToDay(FIRST_JALALI_YEAR, 1, 1), last: jalaliToDay(LAST_JALALI_YEAR, 12, jalaaliMonthLength(LAST_JALALI_YEAR, 12)) };
  if (!(day >= jalaliDays.first && day <= jalaliDays.last)) return null;
  const g = dayToGregorian(day);
  const j = toJalaali(g.y, g.m, g.d);
  return { y: j.jy, m: j.jm, d: j.jd };
}

export { isLeapJalaaliYear, jalaaliMonthLength };

// ---- lunar Hijri (Umm al-Qura) ----

let hijriFormat: Intl.DateTimeFormat | null | undefined;

function hijriFormatter(): Intl.DateTimeFormat | null {
  if (hijriFormat === undefined) {
    try {
      hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      hijriFormat = null; // a platform without ICU calendars: Hijri dates stay unresolved
    }
  }
  return hijriFormat;
}

/** The Umm al-Qura date of a day number from Intl, or `null` when the platform has no such calendar. */
function formatHijri(day: number): Ymd | null {
  const format = hijriFormatter();
  // beyond ±100 million days a Date is invalid, and formatting it would throw
  if (!format || !(Math.abs(day) < 1e8)) return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const part of format.formatToParts(new Date(day * MS_PER_DAY))) {
    if (part.type === 'year') y = Number.parseInt(part.value, 10);
    else if (part.type === 'month') m = Number.parseInt(part.value, 10);
    else if (part.type === 'day') d = Number.parseInt(part.value, 10);
  }
  return y > 0 && m > 0 && d > 0 ? { y, m, d } : null;
}

/** A lunar month as a range of day numbers. */
interface HijriMonth {
  y: number;
  m: number;
  start: number;
  length: number;
}

/** Day number of 1 Muharram 1 AH (622-07-16) and the mean lunar month, to index months by day. */
const HIJRI_EPOCH_DAY = -492_148;
const MEAN_LUNAR_MONTH = 29.530588;
const monthIndexOf = (day: number): number => Math.floor((day - HIJRI_EPOCH_DAY) / MEAN_LUNAR_MONTH);

/** Lunar months found so far, by approximate month index: Intl is asked twice per month, not once per day. */
const hijriMonths = new Map<number, HijriMonth>();

/** The Umm al-Qura date of a day number, or `null` when the platform has no such calendar. */
export function dayToHijri(day: number): Ymd | null {
  const index = monthIndexOf(day);
  for (const i of [index, index - 1, index + 1]) {
    const month = hijriMonths.get(i);
    if (month && day >= month.start && day < month.start + month.length) return { y: month.y, m: month.m, d: day - month.start + 1 };
  }
  const h = formatHijri(day);
  if (!h) return null;
  const start = day - (h.d - 1);
  const thirtieth = formatHijri(start + 29);
  const length = thirtieth && thirtieth.m === h.m ? 30 : 29;
  if (hijriMonths.size > 20_000) hijriMonths.clear();
  hijriMonths.set(monthIndexOf(start + 14), { y: h.y, m: h.m, start, length });
  return h;
}

const hijriMonthStartCache = new Map<number, number | null>();

/** Day number of the first day of a lunar Hijri month, or `null` when it cannot be computed. */
function hijriMonthStart(y: number, m: number): number | null {
  const key = y * 12 + m;
  const cached = hijriMonthStartCache.get(key);
  if (cached !== undefined) return cached;
  // Estimate from the mean lunar month (1 Muharram 1 AH ≈ 622-07-16 = day -492148), then walk to the month.
  let day = Math.round(-492_148 + ((y - 1) * 12 + (m - 1)) * 29.530588);
  let result: number | null = null;
  for (let step = 0; step < 20; step++) {
    const h = dayToHijri(day);
    if (!h) break;
    const monthGap = (y - h.y) * 12 + (m - h.m);
    if (monthGap === 0) {
      result = day - (h.d - 1);
      break;
    }
    day += monthGap * 29 + (monthGap > 0 ? 1 : -1) * 5;
  }
  hijriMonthStartCache.set(key, result);
  return result;
}

/** Number of days in a lunar Hijri month, or `null`. */
export function hijriMonthLength(y: number, m: number): number | null {
  const first = hijriMonthStart(y, m);
  if (first === null) return null;
  const last = dayToHijri(first + 29);
  if (!last) return null;
  return last.m === m ? 30 : 29;
}

/** Day number of a lunar Hijri date, or `null` when it does not exist (30 in a 29-day month) or cannot be computed. */
export function hijriToDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  const first = hijriMonthStart(y, m);
  const length = hijriMonthLength(y, m);
  if (first === null || length === null || d > length) return null;
  return first + d - 1;
}
