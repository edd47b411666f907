/**
 * The year of a date written without one («۲۸ اسفند», «مهرماه», «عید فطر»), in the manner of chrono's
 * `forwardDate`: of the occurrences in the year before, the year of and the year after the reference date, the
 * nearest one (`'nearest'`, the default), the latest that has begun by the reference day (`'past'`), or the
 * first that has not ended before it (`'future'`). A written weekday («دوشنبه ۲۸ اسفند») picks, among those, an
 * occurrence on that weekday; when none falls on it the date is kept and marked `weekdayMismatch`.
 */
import type { Calendar, ImpliedDates } from '../../types';
import { weekdayOf } from './calendar';
import type { DayRange } from './resolve';
import type { DateView } from './view';

export interface ImpliedYear {
  y: number;
  range: DayRange;
  weekdayMismatch: boolean;
}

/** Days from the reference day to the range (0 when it holds the reference day). */
function distance(range: DayRange, ref: number): number {
  return ref < range.start ? range.start - ref : ref > range.end ? ref - range.end : 0;
}

function allowed(range: DayRange, ref: number, implied: ImpliedDates): boolean {
  if (implied === 'past') return range.start <= ref;
  if (implied === 'future') return range.end >= ref;
  return true;
}

/**
 * The year in `calendar` of a date written without one: `rangeIn(y)` is its range of days in year `y` (`null`
 * when it does not exist that year, such as 30 Esfand of a common year). `null` when no year around the
 * reference has it.
 */
export function impliedYear(
  view: DateView,
  calendar: Calendar,
  rangeIn: (y: number) => DayRange | null,
  weekday?: number,
  preference: ImpliedDates = view.implied,
): ImpliedYear | null {
  const refY = view.refYear(calendar);
  if (!Number.isFinite(refY)) return null;
  const ref = view.refDay;
  let best: ImpliedYear | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let y = refY - 1; y <= refY + 1; y++) {
    const range = rangeIn(y);
    if (!range) continue;
    // a written weekday outweighs any distance within three years; the preference outweighs both
    const mismatch = weekday !== undefined && (range.start !== range.end || weekdayOf(range.start) !== weekday);
    const score = (allowed(range, ref, preference) ? 0 : 1e7) + (mismatch ? 1e6 : 0) + distance(range, ref) * 2 + (range.start > ref ? 1 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = { y, range, weekdayMismatch: mismatch };
    }
  }
  return best;
}
