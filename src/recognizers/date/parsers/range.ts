/**
 * Ranges, as one DATE whose start and end cover both ends: «۱۰ تا ۱۵ مهر ۱۴۰۳», «از ۲۴ تا ۲۶ شهریور», «از مهر تا
 * آذر», «مهر - آبان ۱۴۰۲», «از ۱۰ مهر تا ۵ آبان ۱۴۰۳», «از سال ۱۹۰۸ تا سال ۱۹۲۸», «سال ۱۳۹۲ تا ۱۳۹۴», «سال‌های
 * ۲۰۰۵ تا ۲۰۱۴», «دهه‌های ۶۰ تا ۸۰», «از ۲۷ اسفند ۱۳۹۴ تاکنون». «از» before the first end joins the span.
 *
 * Two parts: a parser for ends that are no date on their own (a bare month name before another: «مهر تا آذر»; the
 * plural «سال‌های» before two numbers), and a refiner, in the manner of chrono's MergeDateRangeRefiner, that joins
 * dates found apart when a connector stands between them, completing an end written short (a bare day before a
 * day and month, a bare year after a year, a bare month after a month) from the other end.
 */
import type { Calendar } from '../../../types';
import { dayOf, monthRange, yearRange, yearsRange, type Resolution } from '../resolve';
import { DateMatch, type DateView } from '../view';
import { parseMonth } from './day-month-year';
import type { DateParser } from './parser';
import { yearOf } from './years';

/** Words and dashes between the two ends (dictionary keys). */
const CONNECTORS: ReadonlySet<string> = new Set(['تا', 'الی', 'لغایت', '-', '–', '—']);
/** «تاکنون», «تا کنون», «تا حالا», «تا به حال»: the range runs up to the reference day. */
const UNTIL_NOW: ReadonlyArray<readonly string[]> = [['تاکنون'], ['تا', 'کنون'], ['تا', 'حالا'], ['تابحال'], ['تا', 'به', 'حال']];

/** Whether token `k` is a connector with only spaces around it. */
function connectorAt(view: DateView, k: number): boolean {
  return CONNECTORS.has(view.key(k)) && view.joinable(k - 1) && view.joinable(k);
}

/** A dash (not a word): years may be written in either order around it («۱۳۹۶-۱۳۹۵»). */
const isDash = (view: DateView, k: number): boolean => view.key(k) === '-' || view.key(k) === '–' || view.key(k) === '—';

/** Two years in the order they cover, for a dash between them. */
function ordered(view: DateView, k: number, a: number, b: number): [number, number] {
  return isDash(view, k) && b < a ? [b, a] : [a, b];
}

/** «از» right before token `first`: it joins the span of a range. */
function fromBefore(view: DateView, first: number): number {
  return first > 0 && view.keyIs(first - 1, 'از') && view.joinable(first - 1) ? first - 1 : first;
}

/** A range over `a` … `b` (resolutions), its span from token `first` to `last`. */
function rangeMatch(first: number, last: number, a: Resolution, b: Resolution, confidence: number, endOffset = -1): DateMatch | null {
  if (!a.range || !b.range || a.range.start > b.range.end) return null;
  const resolution: Resolution = { calendar: a.calendar, granularity: a.granularity, range: { start: a.range.start, end: b.range.end }, ends: [a, b] };
  if (a.relative || b.relative) resolution.relative = true;
  return new DateMatch(first, last, resolution, confidence, endOffset);
}

// ---- the parser: ends that are no date on their own ----

/** «سال‌های ۲۰۰۵ تا ۲۰۱۴», «سال‌های ۹۲ تا ۹۴», «دهه‌های ۶۰ تا ۸۰». */
function plural(view: DateView, i: number, unit: 'year' | 'decade'): DateMatch | null {
  const a = view.numberAfter(i + 1);
  if (a === null || !connectorAt(view, i + 2)) return null;
  const b = view.num(i + 3);
  if (b === null) return null;
  const era = view.eraAfter(i + 3);
  const first = yearOf(view, a, view.digits(i + 1), era);
  const second = yearOf(view, b, view.digits(i + 3), era);
  if (!first || !second || first.calendar !== second.calendar) return null;
  const [fromY, toY] = ordered(view, i + 2, first.y, second.y);
  const from = { calendar: first.calendar, y: fromY };
  const to = { calendar: first.calendar, y: toY };
  const calendar: Calendar = from.calendar;
  const last = era ? era.last : i + 3;
  if (unit === 'decade') {
    // «دهه‌های ۶۰ تا ۸۰»: two-digit decades of the century the calendar reads them in
    if (a % 10 !== 0 || b % 10 !== 0 || view.digits(i + 1) !== 2) return null;
    const base = calendar === 'gregorian' ? 1900 : 1300;
    const aRange = yearsRange(calendar, base + a, base + a + 9);
    const bRange = yearsRange(calendar, base + b, base + b + 9);
    if (!aRange || !bRange) return null;
    return rangeMatch(fromBefore(view, i), last, { calendar, granularity: 'decade', range: aRange }, { calendar, granularity: 'decade', range: bRange }, 0.85, era?.endOffset);
  }
  const aRange = yearRange(calendar, from.y);
  const bRange = yearRange(calendar, to.y);
  if (!aRange || !bRange) return null;
  return rangeMatch(fromBefore(view, i), last, { calendar, granularity: 'year', y: from.y, range: aRange }, { calendar, granularity: 'year', y: to.y, range: bRange }, 0.85, era?.endOffset);
}

/** A bare month name before a connector and another month: «از مهر تا آذر», «مهر - آبان ۱۴۰۲». */
function monthToMonth(view: DateView, i: number): DateMatch | null {
  const left = view.phraseAt(i)?.entry;
  if (left?.kind !== 'month' || left.strict || !connectorAt(view, i + 1)) return null;
  const right = view.phraseAt(i + 2);
  if (right?.entry.kind !== 'month' || right.entry.calendar !== left.calendar) return null;
  const b = parseMonth(view, i + 2, right.entry, right.length, true);
  const end = b?.resolution;
  if (!b || !end || end.granularity !== 'month' || end.y === undefined || end.m === undefined) return null;
  // the first month is in the year of the second, or the year before when it comes later in the year
  const y = left.month <= end.m ? end.y : end.y - 1;
  const range = monthRange(left.calendar, y, left.month);
  if (!range) return null;
  const start: Resolution = { calendar: left.calendar, granularity: 'month', y, m: left.month, range };
  if (end.relative) start.relative = true;
  return rangeMatch(fromBefore(view, i), b.last, start, end, 0.85, b.endOffset);
}

export const rangeParser: DateParser = {
  name: 'range',
  anchors: ['plural', 'month'],
  accepts(view, i, found) {
    return found?.entry.kind === 'plural' ? view.num(i + 1) !== null : CONNECTORS.has(view.key(i + (found?.length ?? 1)));
  },
  parse(view, i, found) {
    const entry = found?.entry;
    if (entry?.kind === 'plural') return plural(view, i, entry.unit);
    if (entry?.kind === 'month' && found?.length === 1) return monthToMonth(view, i);
    return null;
  },
};

// ---- the refiner: dates found apart, joined ----

/** The first end completed from the second: a bare day number ending at token `k`, before «تا ۱۵ مهر ۱۴۰۳». */
function bareDayBefore(view: DateView, k: number, b: Resolution): { first: number; start: Resolution } | null {
  if (b.granularity !== 'day' || b.y === undefined || b.m === undefined || b.d === undefined || b.ends) return null;
  let n = view.num(k);
  let first = k;
  if (n !== null && view.digits(k) > 2) return null;
  if (n === null) {
    const words = view.numberWordsEndingAt(k);
    if (!words) return null;
    n = words.value;
    first = words.first;
  }
  if (n < 1 || n >= b.d) return null;
  const day = dayOf(b.calendar, b.y, b.m, n);
  if (day === null) return null;
  const start: Resolution = { calendar: b.calendar, granularity: 'day', y: b.y, m: b.m, d: n, range: { start: day, end: day } };
  if (b.relative) start.relative = true;
  return { first, start };
}

/** The other end completed from a year: a bare year after «سال ۱۳۹۲ تا» (or before it, after a dash: «۱۳۹۶-۱۳۹۵»). */
function bareYearAfter(view: DateView, k: number, a: Resolution): Resolution | null {
  if (a.granularity !== 'year' || a.y === undefined || a.ends) return null;
  const n = view.num(k);
  const digits = view.digits(k);
  if (n === null || (digits !== 2 && digits !== 4)) return null;
  const y = digits === 2 ? Math.floor(a.y / 100) * 100 + n : n;
  const range = yearRange(a.calendar, y);
  return range && y !== a.y && (y > a.y || isDash(view, k - 1)) ? { calendar: a.calendar, granularity: 'year', y, range } : null;
}

/** A first end whose year was implied, moved into the year of the second (or the year before). */
function inYearOf(a: Resolution, b: Resolution): Resolution {
  if (!a.impliedYear || b.impliedYear || b.y === undefined || a.m === undefined || b.calendar !== a.calendar) return a;
  return withYear(a, a.m <= (b.m ?? 12) ? b.y : b.y - 1, b.relative === true);
}

/**
 * The end `b` of a range whose two ends have no year («از آوریل تا سپتامبر»): the first such month or day from the
 * start `a` on, not the one nearest the reference date on its own (which may fall before the start).
 */
function endAfter(a: Resolution, b: Resolution): Resolution {
  if (!a.impliedYear || !b.impliedYear || a.y === undefined || a.m === undefined || b.m === undefined || b.calendar !== a.calendar) return b;
  const later = b.m > a.m || (b.m === a.m && (b.d ?? 31) >= (a.d ?? 1));
  return withYear(b, later ? a.y : a.y + 1, a.relative === true || b.relative === true);
}

/** `r` (a month or a day whose year was implied) in year `y`, its year no longer implied; `r` when it cannot be. */
function withYear(r: Resolution, y: number, relative: boolean): Resolution {
  let range = null;
  if (r.granularity === 'day' && r.m !== undefined && r.d !== undefined) {
    const day = dayOf(r.calendar, y, r.m, r.d);
    range = day === null ? null : { start: day, end: day };
  } else if (r.granularity === 'month' && r.m !== undefined) range = monthRange(r.calendar, y, r.m);
  if (!range) return r;
  const moved: Resolution = { ...r, y, range };
  delete moved.impliedYear;
  delete moved.weekdayMismatch;
  if (!relative) delete moved.relative;
  return moved;
}

/**
 * A dash between a relative date and a written one names one date twice, it is no range: «امروز - ۲۸ فروردین»,
 * «فردا - سه‌شنبه».
 */
function apposition(view: DateView, c: number, a: DateMatch, b: DateMatch): boolean {
  if (!isDash(view, c)) return false;
  const relativeDay = (r: Resolution): boolean => r.granularity === 'day' && r.relative === true && r.d === undefined;
  const writtenDay = (r: Resolution): boolean => r.d !== undefined || (r.weekday !== undefined && !r.range);
  const [x, y] = [a.resolution, b.resolution];
  return (relativeDay(x) && writtenDay(y)) || (writtenDay(x) && relativeDay(y)) || (x.range?.start === y.range?.start && x.range?.end === y.range?.end);
}

/** How many tokens of «تاکنون» and its variants start at token k (0: none). */
function untilNowAt(view: DateView, k: number): number {
  for (const words of UNTIL_NOW) {
    let n = 0;
    while (n < words.length && view.keyIs(k + n, words[n] ?? '') && view.joinable(k + n - 1)) n++;
    if (n === words.length) return n;
  }
  return 0;
}

/**
 * Joins dates with a connector between them into ranges, and completes ends written short. `matches` are in
 * order and disjoint; so is the result.
 */
export function mergeRanges(view: DateView, matches: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    let m = matches[k]!;
    const next = matches[k + 1];
    const c = m.last + 1;
    if (m.resolution.range && !m.resolution.ends) {
      if (next && next.first === c + 1 && connectorAt(view, c) && next.resolution.range && !next.resolution.ends && !apposition(view, c, m, next)) {
        // «از سال ۱۹۰۸ تا سال ۱۹۲۸», «از ۱۰ مهر تا ۵ آبان ۱۴۰۳»
        const merged = rangeMatch(
          fromBefore(view, m.first),
          next.last,
          inYearOf(m.resolution, next.resolution),
          endAfter(m.resolution, next.resolution),
          Math.max(m.confidence, next.confidence),
          next.endOffset,
        );
        if (merged) {
          out.push(merged);
          k++;
          continue;
        }
      }
      const previous = out[out.length - 1];
      const bare = m.first - 2;
      if (bare >= 0 && connectorAt(view, m.first - 1) && (!previous || previous.last < bare)) {
        // «۱۰ تا ۱۵ مهر ۱۴۰۳»
        const left = bareDayBefore(view, bare, m.resolution);
        const merged = left && (!previous || previous.last < left.first) && rangeMatch(fromBefore(view, left.first), m.last, left.start, m.resolution, m.confidence, m.endOffset);
        if (merged) m = merged;
      }
      if (m.resolution.granularity === 'year' && !m.resolution.ends && connectorAt(view, c) && (!next || next.first > c + 1)) {
        // «سال ۱۳۹۲ تا ۱۳۹۴»
        const end = bareYearAfter(view, c + 1, m.resolution);
        const [a, b] = end && end.y !== undefined && end.y < (m.resolution.y ?? 0) ? [end, m.resolution] : [m.resolution, end];
        const merged = a && b && rangeMatch(fromBefore(view, m.first), c + 1, a, b, m.confidence);
        if (merged) m = merged;
      }
      const from = fromBefore(view, m.first);
      const until = from < m.first && !m.resolution.ends ? untilNowAt(view, m.last + 1) : 0;
      if (until > 0 && (!next || next.first > m.last + until)) {
        // «از ۲۷ اسفند ۱۳۹۴ تاکنون»
        const today: Resolution = { calendar: 'jalali', granularity: 'day', range: { start: view.refDay, end: view.refDay }, relative: true };
        const merged = rangeMatch(from, m.last + until, m.resolution, today, m.confidence);
        if (merged) m = merged;
      }
    }
    out.push(m);
  }
  return out;
}
