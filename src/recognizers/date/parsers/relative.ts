/**
 * Dates relative to the reference day: «امروز», «دیروز», «فردا» (with a weekday after them: «امروز دوشنبه»,
 * «امروزدوشنبه»), «امسال», «پارسال», «سال/ماه/هفته/روز + گذشته/آینده/قبل/بعد/جاری», «این/همین + هفته/ماه/سال»,
 * and counted expressions «سه روز پیش», «۱۰ سال قبل», «دو هفته بعد», «صد سال قبل», «نیم‌قرن پیش», «یکسال گذشته».
 *
 * Conventions: «ماه»/«سال»/«هفته» are Solar Hijri months/years and Saturday–Friday weeks, unless «میلادی» follows.
 * «N … پیش|قبل» is the day/week/month/year N units before the reference; «N … گذشته|اخیر» the period from N units
 * before up to the reference day; «N … آینده» from the reference day to N units later; «N … دیگر» the point N units
 * later; «N … بعد» needs an anchor and stays unresolved. A decade counts 10 years, a century 100, «نیم» a half.
 * Not dates: «چند روز پیش» (no count to resolve), «یک روز پیش از مراسم» (before an event, not the reference),
 * «به مدت دو سال دیگر» (a duration).
 */
import type { Calendar } from '../../../types';
import { isNumberKey } from '../../../numbers/index';
import { dayToJalali, weekdayOf } from '../calendar';
import type { Direction, Unit } from '../lexicon';
import { monthRange, shiftDayByMonths, shiftMonth, yearRange, type DayRange, type Resolution } from '../resolve';
import { modifierBefore } from '../refiners/modifiers';
import { DateMatch, type DateView, type FoundKind } from '../view';
import type { DateParser } from './parser';

/** The year (or month, week) a direction points to: −1, +1, 0, or `null` for «اخیر» (recent: no single period). */
export const DIRECTION_OFFSET: Readonly<Record<Direction, number | null>> = {
  past: -1, ago: -1, future: 1, later: 1, after: 1, current: 0, recent: null,
};

/** Months in one unit, for shifting by months; days and weeks shift by days. */
const MONTHS_IN: Readonly<Partial<Record<Unit, number>>> = { month: 1, year: 12, decade: 120, century: 1200 };

/** Words before a count that make it a duration, not a date: «به مدت دو سال دیگر». */
const DURATION_BEFORE: ReadonlySet<string> = new Set(['مدت']);

/**
 * The direction word after token `k`, skipping an ezafe «ی» written apart («هفته ی قبل»). «پیش/قبل/بعد» followed
 * by «از» (before/after something) is relative to that thing, not to the reference: no direction then.
 */
export function directionAfter(view: DateView, k: number): FoundKind<'dir'> | null {
  let j = k + 1;
  if (view.keyIs(j, 'ی') && view.joinable(k)) j++;
  const dir = view.nextIs(j, 'dir');
  if (!dir) return null;
  if ((dir.entry.dir === 'ago' || dir.entry.dir === 'after') && view.keyIs(dir.last + 1, 'از') && view.joinable(dir.last)) return null;
  return dir;
}

/** Whether «میلادی» follows token k (the units are then Gregorian). */
function gregorianAfter(view: DateView, k: number): FoundKind<'era'> | null {
  const era = view.nextIs(k + 1, 'era');
  return era && era.entry.calendar === 'gregorian' && !era.entry.beforeChrist ? era : null;
}

/** The period `offset` units from the reference (0 = the current one). */
function shiftedPeriod(view: DateView, unit: Unit, offset: number, calendar: Calendar): Resolution | null {
  const ref = view.refDay;
  if (unit === 'day') {
    const day = ref + offset;
    return { calendar: 'jalali', granularity: 'day', range: { start: day, end: day }, relative: true };
  }
  if (unit === 'week') {
    const weekStart = ref - weekdayOf(ref) + 7 * offset;
    return { calendar: 'jalali', granularity: 'week', range: { start: weekStart, end: weekStart + 6 }, relative: true };
  }
  const refY = view.refYear(calendar);
  if (!Number.isFinite(refY)) return null;
  if (unit === 'month') {
    const target = shiftMonth(refY, view.refMonth(calendar), offset);
    const range = monthRange(calendar, target.y, target.m);
    return range ? { calendar, granularity: 'month', y: target.y, m: target.m, range, relative: true } : null;
  }
  if (unit !== 'year') return null;
  const range = yearRange(calendar, refY + offset);
  return range ? { calendar, granularity: 'year', y: refY + offset, range, relative: true } : null;
}

/** The day, Saturday–Friday week, Solar Hijri month or year containing `day` (decades and centuries: the year). */
function periodContaining(unit: Unit, day: number): Resolution | null {
  if (unit === 'day') return { calendar: 'jalali', granularity: 'day', range: { start: day, end: day } };
  if (unit === 'week') {
    const start = day - weekdayOf(day);
    return { calendar: 'jalali', granularity: 'week', range: { start, end: start + 6 } };
  }
  const j = dayToJalali(day);
  if (!j) return null;
  if (unit === 'month') {
    const range = monthRange('jalali', j.y, j.m);
    return range ? { calendar: 'jalali', granularity: 'month', y: j.y, m: j.m, range } : null;
  }
  const range = yearRange('jalali', j.y);
  return range ? { calendar: 'jalali', granularity: 'year', y: j.y, range } : null;
}

/** «تا به امروز» (to this day, so far): an idiom, not the day. */
function toThisDay(view: DateView, i: number): boolean {
  return i > 1 && view.keyIs(i - 1, 'به') && view.keyIs(i - 2, 'تا') && view.joinable(i - 1) && view.joinable(i - 2);
}

/** «امروز», «دیروز», «فردا» …, with a weekday after it or glued to it (امروز دوشنبه، امروزدوشنبه). */
function dayRelative(view: DateView, i: number, offset: number, length: number, gluedWeekday: number | undefined): DateMatch | null {
  if (offset === 0 && toThisDay(view, i)) return null;
  let last = i + length - 1;
  const day = view.refDay + offset;
  const resolution: Resolution = { calendar: 'jalali', granularity: 'day', range: { start: day, end: day }, relative: true };
  let weekday = gluedWeekday;
  const written = weekday === undefined ? view.nextIs(last + 1, 'weekday') : null;
  if (written) {
    weekday = written.entry.weekday;
    last = written.last;
  }
  if (weekday !== undefined) {
    resolution.weekday = weekday;
    if (weekdayOf(day) !== weekday) resolution.weekdayMismatch = true;
  }
  return new DateMatch(i, last, resolution, 0.9);
}

/** «امسال», «پارسال» (+ «میلادی»). */
function yearRelative(view: DateView, i: number, offset: number, length: number): DateMatch | null {
  let last = i + length - 1;
  const gregorian = gregorianAfter(view, last);
  if (gregorian) last = gregorian.last;
  const resolution = shiftedPeriod(view, 'year', offset, gregorian ? 'gregorian' : 'jalali');
  return resolution ? new DateMatch(i, last, resolution, 0.9) : null;
}

/** The count before token i: digits, number words, «نیم», or «چند» (few: `value` null). */
function countBefore(view: DateView, i: number): { first: number; value: number | null } | null {
  const k = i - 1;
  if (k < 0 || !view.joinable(k)) return null;
  const n = view.num(k);
  if (n !== null) return n > 0 && n < 1000 ? { first: k, value: n } : null;
  if (view.keyIs(k, 'نیم')) return { first: k, value: 0.5 };
  const f = view.phraseAt(k);
  if (f && f.entry.kind === 'few' && f.length === 1) return { first: k, value: null };
  const words = view.numberWordsEndingAt(k);
  if (words && !words.ordinal && words.value > 0) return { first: words.first, value: words.value };
  return null;
}

/** «N unit dir»: the point or the period N units from the reference (see the module comment). */
function counted(view: DateView, first: number, n: number | null, unit: Unit, dir: Direction, last: number): DateMatch | null {
  // «چند»: no count to resolve; «جاری» after a count is no date of its own
  if (n === null || dir === 'current') return null;
  if (first > 0 && DURATION_BEFORE.has(view.key(first - 1))) return null;
  const granularity = unit === 'decade' || unit === 'century' ? 'year' : unit;
  const unresolved = new DateMatch(first, last, { calendar: 'jalali', granularity }, 0.75);
  if (dir === 'after') return unresolved;
  const ref = view.refDay;
  const months = MONTHS_IN[unit];
  const shift = (k: number): number | null => {
    if (months === undefined) {
      const days = (unit === 'week' ? 7 : 1) * k;
      return Number.isInteger(days) ? ref + days : null;
    }
    return Number.isInteger(months * k) ? shiftDayByMonths('jalali', ref, months * k) : null;
  };
  if (dir === 'ago' || dir === 'later') {
    const day = shift(dir === 'ago' ? -n : n);
    const point = day === null ? null : periodContaining(unit, day);
    return point ? new DateMatch(first, last, { ...point, relative: true }, 0.75) : null;
  }
  const other = shift(dir === 'future' ? n : -n);
  if (other === null) return null;
  const range: DayRange = dir === 'future' ? { start: ref, end: other } : { start: other, end: ref };
  return new DateMatch(first, last, { calendar: 'jalali', granularity, range, relative: true }, 0.75);
}

/** «سال/ماه/هفته/روز + direction», «این/همین + unit», and counted «N unit direction». */
function unitRelative(view: DateView, i: number, unit: Unit): DateMatch | null {
  const dir = directionAfter(view, i);
  const count = countBefore(view, i);
  if (count) return dir ? counted(view, count.first, count.value, unit, dir.entry.dir, dir.last) : null;
  if (unit === 'decade' || unit === 'century') return null;
  const thisBefore = view.previousIs(i, 'this');
  let offset: number | null = null;
  let last = i;
  if (dir) {
    offset = unit === 'day' && dir.entry.dir === 'after' ? null : DIRECTION_OFFSET[dir.entry.dir];
    if (offset === null) return null;
    if (unit === 'day' && offset === 0) return null; // «روز جاری» is rare and vague
    last = dir.last;
  } else if (thisBefore && unit !== 'day') {
    offset = 0;
  } else if (unit !== 'day' && modifierBefore(view, i)?.loose === false && !followedByNumber(view, i)) {
    // «نیمه دوم سال», «اواخر ماه»: of the current year, month or week (the modifiers refiner narrows it)
    offset = 0;
  } else return null;
  const first = thisBefore && !dir ? thisBefore.start : i;
  const gregorian = gregorianAfter(view, last);
  if (gregorian) last = gregorian.last;
  const resolution = shiftedPeriod(view, unit, offset, gregorian ? 'gregorian' : 'jalali');
  if (!resolution) return null;
  // A weekday may follow a relative day: «روز گذشته چهارشنبه».
  if (unit === 'day') {
    const wd = view.nextIs(last + 1, 'weekday');
    if (wd) {
      resolution.weekday = wd.entry.weekday;
      last = wd.last;
    }
  }
  return new DateMatch(first, last, resolution, 0.85);
}

/** A number in digits or words after token i («سال ۱۴۰۲», «سال اول»): the unit is no period of its own. */
function followedByNumber(view: DateView, i: number): boolean {
  return view.joinable(i) && (view.num(i + 1) !== null || isNumberKey(view.key(i + 1)));
}

export const relativeParser: DateParser = {
  name: 'relative',
  anchors: ['dayRel', 'yearRel', 'unit', 'count', 'decade', 'century'],
  accepts(view, i, found) {
    const entry = found?.entry;
    if (!entry) return false;
    if (entry.kind === 'unit' || entry.kind === 'decade' || entry.kind === 'century') {
      // a direction after it (counted or not), or «این/همین» or a modifier before it
      if (directionAfter(view, i) !== null) return true;
      return entry.kind === 'unit' && (view.phraseAt(i - 1)?.entry.kind === 'this' || modifierBefore(view, i)?.loose === false);
    }
    return entry.kind !== 'count' || directionAfter(view, i) !== null;
  },
  parse(view, i, found) {
    const entry = found?.entry;
    if (!entry || !found) return null;
    switch (entry.kind) {
      case 'dayRel':
        return dayRelative(view, i, entry.offset, found.length, entry.weekday);
      case 'yearRel':
        return yearRelative(view, i, entry.offset, found.length);
      case 'unit':
        return unitRelative(view, i, entry.unit);
      case 'decade':
      case 'century':
        return unitRelative(view, i, entry.kind);
      case 'count': {
        const dir = directionAfter(view, i);
        return dir ? counted(view, i, entry.count, entry.unit, dir.entry.dir, dir.last) : null;
      }
      default:
        return null;
    }
  },
};
