/**
 * Years, decades and centuries: «سال ۱۴۰۳», «۱۴۰۲ شمسی», «سال ۹۵», «سال ۲۶۰ هجری قمری», years in words («سال
 * دوهزار و پنج», «هزار و سیصد و پنجاه و هفت هجری شمسی»), years before Christ («۷۷۶ قبل از میلاد», «سال ۱۲۰ ق.م»),
 * «دهه ۶۰», «دهه ۱۹۹۰», «دهه هفتاد», «قرن بیستم», «سده نوزدهم», «قرن ۲۱».
 *
 * Conventions: 1000–1500 is Solar Hijri and 1800–2200 Gregorian unless an era says otherwise (1400–1460 could be
 * lunar Hijri: Persian text is read as Solar Hijri unless «قمری/ه.ق» says so); two-digit years are 13xx/14xx Solar
 * Hijri; «هجری» alone is lunar Hijri. A bare number is never a year (prices, codes): it needs «سال» or an era.
 * Years before Christ are astronomical years (776 BC is −775).
 */
import type { Calendar, DateUnit } from '../../../types';
import { isNumberKey } from '../../../numbers/index';
import { dictionaryKey } from '../../../normalize/index';
import { YEAR_NAMERS } from '../lexicon';
import { yearRange, yearsRange } from '../resolve';
import { DateMatch, type DateView, type Era } from '../view';
import type { DateParser } from './parser';

/** Calendar of a four-digit year with no other clue; `null` when it is not a plausible year. */
export function calendarOfYear(y: number): Calendar | null {
  if (y >= 1000 && y <= 1500) return 'jalali';
  if (y >= 1800 && y <= 2200) return 'gregorian';
  return null;
}

/**
 * The year `n` written with `digits` digits (or in words), with the era after it: its calendar and full year, or
 * `null` when it is not a plausible year.
 */
export function yearOf(view: DateView, n: number, digits: number, era: Era | null): { calendar: Calendar; y: number } | null {
  if (n <= 0 || digits > 4) return null;
  if (era?.beforeChrist) return { calendar: 'gregorian', y: 1 - n };
  if (digits <= 2) {
    const calendar = era?.calendar ?? 'jalali';
    return { calendar, y: view.expandTwoDigitYear(calendar, n) };
  }
  const calendar = era?.calendar ?? (digits === 4 ? calendarOfYear(n) : null);
  return calendar ? { calendar, y: n } : null;
}

/** A year match over tokens `first` … `last` (the era, when there is one, extends it). */
export function yearMatch(view: DateView, first: number, last: number, n: number, digits: number, era: Era | null, confidence: number): DateMatch | null {
  const year = yearOf(view, n, digits, era);
  if (!year) return null;
  const range = yearRange(year.calendar, year.y);
  return new DateMatch(first, era ? era.last : last, { calendar: year.calendar, granularity: 'year', y: year.y, ...(range ? { range } : {}) }, confidence, era?.endOffset ?? -1);
}

/** «سال» + a number in digits or words (+ era): «سال ۱۴۰۳», «سال 2007 میلادی», «سال دوهزار و پنج». */
function yearAfterSal(view: DateView, i: number): DateMatch | null {
  const n = view.numberAfter(i + 1);
  if (n !== null) {
    const era = view.eraAfter(i + 1);
    // a three-digit year needs its era (سال ۲۶۰ هجری), else «سال ۱۵۰» is as likely a count
    if (view.digits(i + 1) === 3 && !era) return null;
    return yearMatch(view, i, i + 1, n, view.digits(i + 1), era, 0.9);
  }
  const words = view.numberWordsAt(i + 1);
  if (!words || words.ordinal) return null;
  const era = view.eraAfter(words.last);
  // in words, a year is written in full (هزار و سیصد و …) or with its era
  if (words.value < 1000 && !era) return null;
  return yearMatch(view, i, words.last, words.value, String(words.value).length, era, 0.85);
}

/** A number in digits right before an era: «۱۴۰۲ شمسی», «۷۷۶ قبل از میلاد», «260 ه.ق». */
function yearBeforeEra(view: DateView, i: number): DateMatch | null {
  const n = view.num(i);
  const era = view.eraAfter(i);
  if (n === null || !era) return null;
  return yearMatch(view, i, i, n, view.digits(i), era, 0.9);
}

/** The word or two before token i name a year by it: «المپیک ۲۰۲۰», «انتخابات ریاست جمهوری ۹۶», «متولد ۱۳۷۰». */
function namedBefore(view: DateView, i: number, digits: number): boolean {
  const namers = digits === 2 ? YEAR_NAMERS.twoDigits : digits === 4 ? YEAR_NAMERS.fourDigits : null;
  if (!namers || i === 0 || !view.joinable(i - 1)) return false;
  const last = view.key(i - 1);
  return namers.has(last) || (YEAR_NAMERS.lastOfTwo.has(last) && i > 1 && view.joinable(i - 2) && namers.has(view.key(i - 2) + last));
}

/** Words after a number that make it a count or an amount, not a year: «بودجه ۱۲۰۰ میلیارد», «المپیک ۲۰۲۰ نفر». */
const COUNTED_AFTER: ReadonlySet<string> = new Set(
  ['نفر', 'تن', 'عدد', 'درصد', 'هزار', 'میلیون', 'میلیارد', 'دلار', 'یورو', 'ریال', 'تومان', 'تومن', 'مدال', 'امتیاز', 'ورزشکار', 'رای', 'کرسی'].map(dictionaryKey),
);

/** A bare number after a word that names a year by it. */
function namedYear(view: DateView, i: number): DateMatch | null {
  const n = view.num(i);
  const digits = view.digits(i);
  if (n === null || !namedBefore(view, i, digits)) return null;
  // not a count (۲۰۲۰ نفر), the day or the amount of a date or a period (۱۵ خرداد، ۱۲ روز), nor a score (۵۰ ۵۰)
  if (view.joinable(i)) {
    const kind = view.phraseAt(i + 1)?.entry.kind;
    if (kind === 'month' || kind === 'unit' || COUNTED_AFTER.has(view.key(i + 1)) || view.num(i + 1) !== null) return null;
  }
  if (digits === 4 && calendarOfYear(n) === null) return null;
  return yearMatch(view, i, i, n, digits, null, 0.8);
}

/** A number in words right before an era word: «هزار و سیصد و شصت و چهار هجری شمسی». */
function wordsBeforeEra(view: DateView, i: number): DateMatch | null {
  const words = view.numberWordsEndingAt(i - 1);
  if (!words || words.ordinal || words.value < 100 || !view.joinable(i - 1)) return null;
  const era = view.eraAfter(i - 1);
  return era ? yearMatch(view, words.first, i - 1, words.value, String(words.value).length, era, 0.85) : null;
}

/** «دهه ۶۰», «دهه ۱۹۹۰», «دهه هفتاد», «قرن بیستم», «سده نوزدهم», «قرن ۲۱(ام)». */
function decadeOrCentury(view: DateView, i: number, kind: 'decade' | 'century'): DateMatch | null {
  let n: number | null = view.numberAfter(i + 1);
  let digits = 0;
  let last = i;
  if (n !== null) {
    digits = view.digits(i + 1);
    last = i + 1;
    if (kind === 'century' && view.keyIs(i + 2, 'ام') && view.joinable(i + 1)) last = i + 2;
  } else {
    const words = view.numberWordsAt(i + 1);
    if (words && (kind === 'century' ? words.ordinal : !words.ordinal)) {
      n = words.value;
      last = words.last;
      digits = String(n).length;
    }
  }
  if (n === null || n <= 0) return null;
  const era = view.eraAfter(last);
  let calendar: Calendar;
  let firstYear: number;
  let granularity: DateUnit;
  if (kind === 'decade') {
    if (n % 10 !== 0) return null;
    if (digits <= 2 && n < 100) {
      calendar = era?.calendar ?? 'jalali';
      firstYear = (calendar === 'gregorian' ? 1900 : 1300) + n;
    } else if (digits === 4) {
      const c = era?.calendar ?? calendarOfYear(n);
      if (!c) return null;
      calendar = c;
      firstYear = n;
    } else return null;
    granularity = 'decade';
  } else {
    if (n > 30) return null;
    // «قرن بیستم» is the Gregorian 20th century; Solar Hijri centuries are the 14th/15th.
    calendar = era?.calendar ?? (n >= 16 ? 'gregorian' : 'jalali');
    firstYear = (n - 1) * 100 + 1;
    granularity = 'century';
  }
  const range = yearsRange(calendar, firstYear, firstYear + (kind === 'decade' ? 9 : 99));
  if (!range) return null;
  return new DateMatch(i, era ? era.last : last, { calendar, granularity, range }, 0.85, era?.endOffset ?? -1);
}

export const yearsParser: DateParser = {
  name: 'years',
  anchors: ['unit', 'number', 'era', 'decade', 'century'],
  accepts(view, i, found) {
    if (found === null) return view.eraAfter(i) !== null || namedBefore(view, i, view.digits(i));
    const kind = found.entry.kind;
    if (kind === 'era') return i > 0 && isNumberKey(view.key(i - 1));
    if (kind === 'unit' && found.entry.unit !== 'year') return false;
    return view.num(i + 1) !== null || isNumberKey(view.key(i + 1));
  },
  parse(view, i, found) {
    if (found === null) return yearBeforeEra(view, i) ?? namedYear(view, i);
    const kind = found.entry.kind;
    if (kind === 'unit') return yearAfterSal(view, i);
    if (kind === 'era') return wordsBeforeEra(view, i);
    if (kind === 'decade' || kind === 'century') return decadeOrCentury(view, i, kind);
    return null;
  },
};
