/**
 * A month name of any of the three calendars with what is around it: the day before it (۱۵، ۱۵ام، پانزدهم، بیست و
 * پنجم، سی ام), a weekday and «روز/تاریخ» before that, «ماه» (and «مبارک») before or after it, the year after it
 * in digits or words (۱۴۰۲، ۵۸، سال ۱۴۰۲، یک هزار و سیصد و نود و چهار), an era, or a relative year (امسال، سال
 * گذشته، گذشته، آینده، جاری).
 *
 * Evidence: a month name alone is often a word (مهر kindness, the agency «مهر», بهمن avalanche, مه fog): it is a
 * date only with a day, a year, «ماه», an era or a modifier (اوایل مهر). Afghan month names (حمل، میزان …), «مه»
 * and «می» and the lunar months need stronger evidence: a day in digits or an ordinal, a year in digits, «ماه».
 *
 * Without a year the date is placed around the reference date (see {@link impliedYear}); «اسفندماه گذشته» is the
 * most recent Esfand before the reference month, «مهر آینده» the next Mehr.
 */
import type { Calendar } from '../../../types';
import { weekdayOf } from '../calendar';
import { impliedYear } from '../implied';
import type { Entry } from '../lexicon';
import { dayOf, monthRange, type Resolution } from '../resolve';
import { modifierBefore } from '../refiners/modifiers';
import { DateMatch, type DateView } from '../view';
import type { DateParser } from './parser';
import { DIRECTION_OFFSET, directionAfter } from './relative';
import { dictionaryKey } from '../../../normalize/index';
import { isNumberKey, parseDigits } from '../../../numbers/index';

export type MonthEntry = Extract<Entry, { kind: 'month' }>;

/** Words after «N می» that show «می» is the month, not the verb prefix of a verb written apart (۵ می شود). */
const AFTER_MAY_OK: ReadonlySet<string> = new Set(
  ['در', 'و', 'که', 'به', 'از', 'تا', 'سال', 'امسال', 'گذشته', 'آینده', 'میلادی', 'جاری', 'با', 'برای'].map(dictionaryKey),
);

/** A day-of-month ordinal glued to its digits: «۱۵ام». */
const GLUED_ORDINAL = /^([۰-۹]{1,2})ام$/;

/** The day before a month name. */
interface Day {
  first: number;
  value: number;
  /** Written in digits. */
  digits: boolean;
  ordinal: boolean;
}

const isDayOfMonth = (n: number): boolean => n >= 1 && n <= 31;

/** The day number right before token `i`: «۱۵», «۱۵ام», «۲۵ ام», «پانزدهم», «بیست و پنجم», «سی ام». */
function dayBefore(view: DateView, i: number): Day | null {
  const k = i - 1;
  const n = view.num(k);
  if (n !== null) {
    if (view.digits(k) > 2 || !isDayOfMonth(n)) return null;
    // Not the end of a longer numeric expression (۱۲:۳۰، ۱/۵، ۳.۵).
    const before = view.tokens[k - 1];
    if (before && before.end === view.tokens[k]?.start && /[:/.\-٫,]$/.test(before.key)) return null;
    return { first: k, value: n, digits: true, ordinal: false };
  }
  const key = view.key(k);
  const glued = GLUED_ORDINAL.exec(key);
  if (glued?.[1]) {
    const value = parseDigits(glued[1]) ?? 0;
    return isDayOfMonth(value) ? { first: k, value, digits: true, ordinal: true } : null;
  }
  if (key === 'ام' && k > 0 && view.joinable(k - 1)) {
    const m = view.num(k - 1);
    if (m !== null && isDayOfMonth(m)) return { first: k - 1, value: m, digits: true, ordinal: true };
  }
  const words = view.numberWordsEndingAt(k);
  if (!words || !isDayOfMonth(words.value)) return null;
  // «نیمه دوم مهر», «دهه اول محرم», «سه‌ماهه اول»: a part of the month, not its day
  if (words.ordinal && modifierBefore(view, words.last + 1)?.start === words.first - 1) return null;
  return { first: words.first, value: words.value, digits: false, ordinal: words.ordinal };
}

/** Left of a day number: «روز»/«تاریخ», a weekday (with «روز»), «امروز/دیروز/فردا», «روز گذشته». */
function dayPrefix(view: DateView, first: number): { first: number; weekday?: number } {
  let k = first - 1;
  const result: { first: number; weekday?: number } = { first };
  const ok = (q: number): boolean => q >= 0 && view.joinable(q);
  if (ok(k) && (view.keyIs(k, 'روز') || view.keyIs(k, 'تاریخ'))) result.first = k--;
  if (ok(k)) {
    const wd = view.endingAt(k, 'weekday');
    if (wd) {
      result.weekday = wd.entry.weekday;
      result.first = wd.start;
      k = wd.start - 1;
      if (ok(k) && view.keyIs(k, 'روز')) result.first = k--;
    }
  }
  if (ok(k)) {
    const rel = view.endingAt(k, 'dayRel');
    if (rel) result.first = rel.start;
    else if (k >= 1 && view.keyIs(k, 'گذشته') && view.keyIs(k - 1, 'روز') && view.joinable(k - 1)) result.first = k - 1;
  }
  return result;
}

/** The year to the right of a month name, and how it was written. */
interface Year {
  y: number;
  last: number;
  /** Written as a number (digits or words), not relative. */
  explicit: boolean;
  /** Four digits, words, or after «سال»: evidence even for an ambiguous month. */
  strong: boolean;
  relative: boolean;
  /** The number as written (for years before Christ). */
  written: number;
}

function yearAfter(view: DateView, month: MonthEntry, last: number): Year | null {
  const calendar = month.calendar;
  const yearTok = view.keyIs(last + 1, 'سال') && view.joinable(last) ? last + 1 : last;
  const n = view.numberAfter(yearTok + 1);
  const digits = view.digits(yearTok + 1);
  if (n !== null && (digits === 2 || digits === 4 || (digits === 3 && yearTok > last))) {
    const y = digits === 2 ? view.expandTwoDigitYear(calendar, n) : n;
    // «میزان ۸۰ درصد»: a two-digit number after an ambiguous month name is no evidence; «سال» or four digits are.
    return { y, last: yearTok + 1, explicit: true, strong: digits === 4 || yearTok > last, relative: false, written: n };
  }
  if (n === null) {
    const words = view.numberWordsAt(yearTok + 1);
    if (words && !words.ordinal && words.value >= 1000 && words.value < 3000) {
      return { y: words.value, last: words.last, explicit: true, strong: true, relative: false, written: words.value };
    }
  }
  const refY = view.refYear(calendar);
  if (yearTok > last) {
    const dir = directionAfter(view, yearTok);
    const offset = dir ? DIRECTION_OFFSET[dir.entry.dir] : null;
    return dir && offset !== null ? { y: refY + offset, last: dir.last, explicit: false, strong: true, relative: true, written: 0 } : null;
  }
  const rel = view.nextIs(last + 1, 'yearRel');
  if (rel) return { y: refY + rel.entry.offset, last: rel.last, explicit: false, strong: true, relative: true, written: 0 };
  const dir = directionAfter(view, last);
  if (!dir || dir.entry.dir === 'recent') return null;
  // «اسفندماه گذشته» = the most recent Esfand before the reference month; «آبان ماه جاری» = this year's.
  // A direction alone is no strong evidence: «صفر پیش» is «zero before».
  const refM = view.refMonth(calendar);
  const d = dir.entry.dir;
  const y = d === 'current' ? refY : d === 'past' || d === 'ago' ? (month.month < refM ? refY : refY - 1) : month.month > refM ? refY : refY + 1;
  return { y, last: dir.last, explicit: false, strong: false, relative: true, written: 0 };
}

/**
 * The date anchored at month name `i`. With `evidenceGiven` (the other end of a range, «از مهر تا آذر»), a bare
 * month name needs nothing more.
 */
export function parseMonth(view: DateView, i: number, month: MonthEntry, length: number, evidenceGiven = false): DateMatch | null {
  const calendar: Calendar = month.calendar;
  let last = i + length - 1;
  let withMah = month.withMah;
  if (!withMah && length === 1 && view.nextIs(last + 1, 'unit')?.entry.unit === 'month') {
    // «مهر ماه» is found joined by the lexicon; this covers «ماه» kept apart by the tokenizer.
    withMah = true;
    last++;
  }
  // ---- the year and the era, to the right ----
  const year = yearAfter(view, month, last);
  if (year) last = year.last;
  const era = view.eraAfter(last);
  if (era) {
    if (era.calendar !== calendar && !year) return null;
    last = era.last;
  }
  // ---- to the left: «ماه (مبارک)», the day number, weekday, «روز» ----
  let first = i;
  let mahPrefix = false;
  let day: Day | null = null;
  if (i > 0 && view.joinable(i - 1) && !view.isGlued(i)) {
    const blessed = view.phraseAt(i - 1)?.entry.kind === 'blessed';
    const mahIndex = blessed ? i - 2 : i - 1;
    if (mahIndex >= 0 && view.keyIs(mahIndex, 'ماه') && (!blessed || view.joinable(mahIndex))) {
      mahPrefix = true;
      first = mahIndex;
    } else {
      day = dayBefore(view, i);
      if (day) first = day.first;
    }
  }
  // ---- evidence (see the module comment and the negative tests) ----
  const hasDay = day !== null;
  const strongDay = day !== null && (day.digits || day.ordinal);
  const modifier = !hasDay && !month.strict && modifierBefore(view, first) !== null;
  if (evidenceGiven && !month.strict) {
    // a range's other end is the evidence
  } else if (month.strict || (calendar === 'hijri' && !modifier)) {
    if (!(strongDay || year?.strong || mahPrefix || (calendar === 'hijri' && (era !== null || hasDay)))) return null;
  } else if (!(hasDay || year || withMah || month.standalone || mahPrefix || era || modifier)) return null;
  if (month.ambiguous && hasDay && !strongDay && !withMah && !year) return null;
  // «۵ می شود»: «می» is the verb prefix when a verb-like word follows a day with no year.
  if (month.strict && calendar === 'gregorian' && month.month === 5 && !year?.explicit) {
    const after = last + 1;
    if (view.tokens[after] && view.joinable(last) && view.num(after) === null && !AFTER_MAY_OK.has(view.key(after)) && !view.phraseAt(after)) return null;
  }
  // ---- resolve ----
  let weekday: number | undefined;
  if (day) {
    const prefix = dayPrefix(view, first);
    first = prefix.first;
    weekday = prefix.weekday;
  }
  const resolution = resolveMonth(view, calendar, month.month, day?.value ?? null, year, era?.beforeChrist ?? false, weekday);
  if (!resolution) return null;
  return new DateMatch(first, last, resolution, hasDay || year?.explicit ? 0.95 : 0.85, era?.endOffset ?? -1);
}

/** The day or month resolved: in the year written, or in the year {@link impliedYear} chooses. */
function resolveMonth(view: DateView, calendar: Calendar, m: number, d: number | null, year: Year | null, beforeChrist: boolean, weekday: number | undefined): Resolution | null {
  const granularity = d === null ? 'month' : 'day';
  if (!year) {
    const rangeIn = d === null ? (y: number) => monthRange(calendar, y, m) : (y: number) => single(dayOf(calendar, y, m, d));
    const implied = impliedYear(view, calendar, rangeIn, weekday);
    if (!implied) return null;
    const r: Resolution = { calendar, granularity, y: implied.y, m, range: implied.range, relative: true, impliedYear: true };
    if (d !== null) r.d = d;
    if (weekday !== undefined) r.weekday = weekday;
    if (implied.weekdayMismatch) r.weekdayMismatch = true;
    return r;
  }
  const y = beforeChrist && year.explicit ? 1 - year.written : year.y;
  if (!Number.isFinite(y)) return null;
  const range = d === null ? monthRange(calendar, y, m) : single(dayOf(calendar, y, m, d));
  if (d !== null && !range) return null; // ۳۲ خرداد، ۳۰ اسفند of a common year
  const r: Resolution = { calendar, granularity, y, m, ...(range ? { range } : {}) };
  if (d !== null) r.d = d;
  if (year.relative) r.relative = true;
  if (weekday !== undefined) {
    r.weekday = weekday;
    if (range && weekdayOf(range.start) !== weekday) r.weekdayMismatch = true;
  }
  return r;
}

const single = (day: number | null): { start: number; end: number } | null => (day === null ? null : { start: day, end: day });

/** Token k could be evidence beside a month name: a number, a number word, «ام», or a date word (ماه، سال، اوایل …). */
function mayBeEvidence(view: DateView, k: number): boolean {
  const key = view.key(k);
  return view.num(k) !== null || key === 'ام' || view.trigger(k) !== undefined || isNumberKey(key) || GLUED_ORDINAL.test(key);
}

export const dayMonthYearParser: DateParser = {
  name: 'day-month-year',
  anchors: ['month'],
  accepts(view, i, found) {
    const entry = found?.entry;
    if (entry?.kind !== 'month') return false;
    if (entry.withMah || entry.standalone) return true;
    const last = i + (found?.length ?? 1) - 1;
    // a month name that is also a word, with no number or date word beside it, is that word
    return (i > 0 && view.joinable(i - 1) && mayBeEvidence(view, i - 1)) || (view.joinable(last) && mayBeEvidence(view, last + 1)) || view.eraAfter(last) !== null;
  },
  parse(view, i, found) {
    const entry = found?.entry;
    return entry?.kind === 'month' && found ? parseMonth(view, i, entry, found.length) : null;
  },
};
