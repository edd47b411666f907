/**
 * The modifiers refiner: a month, season, year, week, decade or century preceded by a modifier is narrowed to the
 * part it names, and the modifier joins the span. «اوایل/ابتدای/آغاز» is the first third, «اواسط/میانه/نیمه» the
 * middle one, «اواخر/انتهای/پایان» the last one (for a month, the Persian «دهه»s: days 1–10, 11–20, 21–end);
 * «نیمه اول/دوم» are halves (of a month: days 1–15 and 16–end; of a year: its first and last six months);
 * «دهه اول/دوم/سوم» of a month are its thirds; «سه‌ماهه اول … چهارم» of a year are its quarters, «۹ ماهه (نخست)»
 * and «سه ماه پایانی» its first and last months; «اول» before a year or week is its beginning (اول امسال).
 */
import type { Modifier } from '../lexicon';
import { monthRange, narrow, type DayRange, type Resolution } from '../resolve';
import type { DateMatch, DateView } from '../view';

/** What stands before a date: a modifier (with the half, third, quarter or months it names) and where it starts. */
export interface ModifierBefore {
  start: number;
  modifier: Modifier | 'half-of' | 'third-of' | 'quarter-of' | 'first-months' | 'last-months' | 'start';
  /** 1-based: which half, third or quarter; or how many months. */
  part: number;
  /** A noun that also names parts of other things (پایان، آغاز، ابتدای، انتهای، میانه، اول): not alone before «سال». */
  loose: boolean;
}

/** Ordinals after «نیمه», «دهه», «سه‌ماهه» (dictionary keys). */
const ORDINALS: Readonly<Record<string, number>> = { اول: 1, نخست: 1, یکم: 1, دوم: 2, سوم: 3, چهارم: 4 };
/** «سه ماه پایانی»: the last months. */
const LAST_WORDS: ReadonlySet<string> = new Set(['پایانی', 'اخر']);
/** Modifier words that also name parts of things other than periods. */
const LOOSE_MODIFIERS: ReadonlySet<string> = new Set(['پایان', 'اغاز', 'ابتدای', 'انتهای', 'میانه']);

/** A count of months ending at token k: «سه‌ماهه», «۹ ماهه», «سه ماه» (with `plainMonth`). */
function monthsCount(view: DateView, k: number, plainMonth: boolean): { first: number; count: number } | null {
  const quarter = view.endingAt(k, 'quarter');
  if (quarter) return { first: quarter.start, count: 3 };
  const key = view.key(k);
  if (!(key === 'ماهه' || (plainMonth && key === 'ماه')) || k === 0 || !view.joinable(k - 1)) return null;
  const n = view.num(k - 1);
  if (n !== null) return n >= 1 && n <= 12 ? { first: k - 1, count: n } : null;
  const words = view.numberWordsEndingAt(k - 1);
  return words && !words.ordinal && words.value >= 1 && words.value <= 12 ? { first: words.first, count: words.value } : null;
}

/** The modifier ending right before token `first`, or `null`. */
export function modifierBefore(view: DateView, first: number): ModifierBefore | null {
  const k = first - 1;
  if (k < 0 || !view.joinable(k) || view.isGlued(first)) return null;
  const key = view.key(k);
  const ordinal = ORDINALS[key];
  const lastWord = LAST_WORDS.has(key);
  // every modifier, and the last word of «سه ماهه», is a date word: most words before a date are none
  if (ordinal === undefined && !lastWord && view.trigger(k) === undefined) return null;
  // «سه‌ماهه اول», «۹ ماهه نخست», «سه ماه پایانی», «۱۱ ماهه»: quarters and runs of months of a year
  const counted = ordinal !== undefined || lastWord ? (k > 0 && view.joinable(k - 1) ? monthsCount(view, k - 1, true) : null) : monthsCount(view, k, false);
  if (counted) {
    const { first: start, count } = counted;
    if (lastWord) return { start, modifier: 'last-months', part: count, loose: false };
    if (ordinal === undefined || (ordinal === 1 && count !== 3)) return { start, modifier: 'first-months', part: count, loose: false };
    return count === 3 ? { start, modifier: 'quarter-of', part: ordinal, loose: false } : null;
  }
  if (ordinal !== undefined) {
    if (k > 0 && view.joinable(k - 1)) {
      const half = view.endingAt(k - 1, 'modifier');
      if (half?.entry.modifier === 'half' && ordinal <= 2) return { start: half.start, modifier: 'half-of', part: ordinal, loose: false };
      const decade = view.endingAt(k - 1, 'decade');
      if (decade && ordinal <= 3) return { start: decade.start, modifier: 'third-of', part: ordinal, loose: false };
    }
    return ordinal === 1 && key === 'اول' ? { start: k, modifier: 'start', part: 1, loose: true } : null;
  }
  const mod = view.endingAt(k, 'modifier');
  return mod ? { start: mod.start, modifier: mod.entry.modifier, part: 0, loose: LOOSE_MODIFIERS.has(key) } : null;
}

/** Months `from` … `to` of year `y` in the resolution's calendar. */
function monthsOf(r: Resolution, from: number, to: number): DayRange | null {
  if (r.y === undefined) return null;
  const a = monthRange(r.calendar, r.y, from);
  const b = monthRange(r.calendar, r.y, to);
  return a && b ? { start: a.start, end: b.end } : null;
}

const THIRDS: readonly Modifier[] = ['early', 'mid', 'late'];

/** The part of `r`'s range the modifier names, or `null` when it does not apply to this granularity. */
function narrowed(r: Resolution, range: DayRange, m: ModifierBefore): DayRange | null {
  const g = r.granularity;
  switch (m.modifier) {
    case 'half-of':
      return g === 'year' ? monthsOf(r, m.part * 6 - 5, m.part * 6) : narrow(range, 'half', g, m.part === 1 ? 1 : 2);
    case 'third-of':
      return g === 'month' ? narrow(range, THIRDS[m.part - 1] ?? 'early', g) : null;
    case 'quarter-of':
      return g === 'year' ? monthsOf(r, m.part * 3 - 2, m.part * 3) : null;
    case 'first-months':
      return g === 'year' ? monthsOf(r, 1, m.part) : null;
    case 'last-months':
      return g === 'year' ? monthsOf(r, 13 - m.part, 12) : null;
    case 'start':
      return g === 'year' || g === 'week' ? narrow(range, 'early', g) : null;
    default:
      return narrow(range, m.modifier === 'half' ? 'mid' : m.modifier, g);
  }
}

/** `match` narrowed by the modifier before it, which joins its span (a day is left as it is). */
export function withModifier(view: DateView, match: DateMatch): DateMatch {
  const r = match.resolution;
  if (r.granularity === 'day' || !r.range) return match;
  const m = modifierBefore(view, match.first);
  if (!m) return match;
  const range = narrowed(r, r.range, m);
  if (!range) return match;
  r.range = range;
  match.first = m.start;
  return match;
}
