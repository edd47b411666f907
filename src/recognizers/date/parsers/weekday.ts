/**
 * Weekdays: «دوشنبه», «روز سه‌شنبه», «دوشنبه گذشته», «چهارشنبه آینده», «شنبه هفته گذشته», «جمعه ی آینده». A bare
 * weekday stays unresolved (its value says which weekday); a direction or «هفته …» after it resolves it against
 * the reference week (Saturday–Friday). A part of the day beside it («یکشنبه شب») is left to times. A weekday before
 * a day and month («دوشنبه ۲۸ اسفند») belongs to that date (see the day-month-year parser).
 */
import { dictionaryKey } from '../../../normalize/index';
import { weekdayOf } from '../calendar';
import type { Resolution } from '../resolve';
import { DateMatch, type DateView } from '../view';
import type { DateParser } from './parser';
import { DIRECTION_OFFSET, directionAfter } from './relative';

/** Words before «جمعه» that make it the Friday prayer, not a date (امام جمعه، نماز جمعه، نماز عبادی سیاسی جمعه). */
const FRIDAY_PRAYER_BEFORE: ReadonlySet<string> = new Set(['امام', 'نماز', 'خطیب', 'خطبه', 'خطبه‌های', 'ائمه', 'امام‌جمعه', 'سیاسی'].map(dictionaryKey));

const FRIDAY = 6;

function parseWeekday(view: DateView, i: number, weekday: number, length: number): DateMatch | null {
  if (weekday === FRIDAY && i > 0 && FRIDAY_PRAYER_BEFORE.has(view.key(i - 1))) return null;
  let last = i + length - 1;
  let first = i;
  const resolution: Resolution = { calendar: 'jalali', granularity: 'day', weekday };
  const ref = view.refDay;
  const today = weekdayOf(ref);
  const dir = directionAfter(view, last);
  const week = dir ? null : view.nextIs(last + 1, 'unit');
  if (dir && dir.entry.dir !== 'recent' && dir.entry.dir !== 'current') {
    const past = dir.entry.dir === 'past' || dir.entry.dir === 'ago';
    const delta = past ? (today - weekday + 7) % 7 || 7 : (weekday - today + 7) % 7 || 7;
    const day = past ? ref - delta : ref + delta;
    resolution.range = { start: day, end: day };
    resolution.relative = true;
    last = dir.last;
  } else if (week && week.entry.unit === 'week') {
    // «شنبه هفته آینده»: the weekday of the week the direction names
    const weekDir = directionAfter(view, week.last);
    const offset = weekDir ? DIRECTION_OFFSET[weekDir.entry.dir] : null;
    if (weekDir && offset !== null) {
      const day = ref - today + 7 * offset + weekday;
      resolution.range = { start: day, end: day };
      resolution.relative = true;
      last = weekDir.last;
    }
  }
  // «روز دوشنبه»: «روز» belongs to the span.
  if (!view.isGlued(i) && first > 0 && view.joinable(first - 1) && view.keyIs(first - 1, 'روز')) first--;
  return new DateMatch(first, last, resolution, resolution.range ? 0.85 : 0.7);
}

export const weekdayParser: DateParser = {
  name: 'weekday',
  anchors: ['weekday'],
  parse(view, i, found) {
    const entry = found?.entry;
    return entry?.kind === 'weekday' && found ? parseWeekday(view, i, entry.weekday, found.length) : null;
  },
};
