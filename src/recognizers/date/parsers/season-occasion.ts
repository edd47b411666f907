/**
 * Seasons, parts of the year and occasions.
 *
 * - Seasons: «تابستان ۱۴۰۲», «پاییز امسال», «زمستان گذشته», «بهار سال آینده», «فصل بهار ۱۴۰۳», «تابستان 1903».
 *   A season is three Solar Hijri months (بهار = فروردین … خرداد); with a Gregorian year it is the season that
 *   begins in that year (زمستان ۲۰۲۲: Dey 1401 … Esfand 1401). A bare season is a word (بهار is also a name).
 * - Quarters: «سه‌ماهه اول» … «سه‌ماهه چهارم» of the current Solar Hijri year (before «سال ۱۴۰۲» or «امسال», the
 *   modifiers refiner takes them).
 * - Occasions: «نوروز ۱۴۰۴», «شب یلدا», «عید فطر», «عید قربان», «عاشورا», «اربعین حسینی», «دهه فجر», «کریسمس»,
 *   resolved in the year written (in any calendar: «عید فطر ۱۴۰۳» is the Eid al-Fitr of Solar Hijri 1403), in the
 *   year a relative word names (امسال، سال گذشته), or around the reference date (see {@link impliedYear}). Lunar
 *   occasions go through the lunar Hijri calendar (Umm al-Qura); a four-digit year nearer the reference's lunar
 *   year than its solar one is a lunar year (عاشورای ۱۴۴۵).
 */
import type { Calendar } from '../../../types';
import { dictionaryKey } from '../../../normalize/index';
import { dayIn, dayOf, monthRange, yearRange, type DayRange, type Resolution } from '../resolve';
import { impliedYear } from '../implied';
import type { Occasion } from '../lexicon';
import { DateMatch, type DateView } from '../view';
import type { DateParser } from './parser';
import { DIRECTION_OFFSET, directionAfter } from './relative';
import { calendarOfYear, yearOf } from './years';

/** A year written after a season or an occasion. */
interface WrittenYear {
  /** `null`: a four-digit number whose calendar the caller decides (a lunar occasion). */
  calendar: Calendar | null;
  y: number;
  last: number;
  relative: boolean;
  /** A direction right after the word (زمستان گذشته), resolved by the caller. */
  direction?: number;
}

/** The year after token `last`: «۱۴۰۲», «سال ۱۴۰۲», «۹۸», «امسال», «سال گذشته», «گذشته», with an era. */
function writtenYear(view: DateView, last: number): WrittenYear | null {
  const yearTok = view.keyIs(last + 1, 'سال') && view.joinable(last) ? last + 1 : last;
  const n = view.numberAfter(yearTok + 1);
  if (n !== null) {
    const digits = view.digits(yearTok + 1);
    const era = view.eraAfter(yearTok + 1);
    // two or four digits (۹۸، ۱۴۰۲), three with an era; «تابستان ۷» is no year
    if (digits !== 2 && digits !== 4 && !(digits === 3 && era)) return null;
    if (digits === 4 && !era && calendarOfYear(n) === null) return null;
    const year = yearOf(view, n, digits, era);
    if (!year) return null;
    const open = digits === 4 && !era && year.calendar === 'jalali' && n >= 1400;
    return { calendar: open ? null : year.calendar, y: year.y, last: era ? era.last : yearTok + 1, relative: false };
  }
  const jalali = view.refYear('jalali');
  if (!Number.isFinite(jalali)) return null; // a reference outside the Solar Hijri years jalaali-js converts
  if (yearTok > last) {
    const dir = directionAfter(view, yearTok);
    const offset = dir ? DIRECTION_OFFSET[dir.entry.dir] : null;
    return dir && offset !== null ? { calendar: 'jalali', y: jalali + offset, last: dir.last, relative: true } : null;
  }
  const rel = view.nextIs(last + 1, 'yearRel');
  if (rel) return { calendar: 'jalali', y: jalali + rel.entry.offset, last: rel.last, relative: true };
  const dir = directionAfter(view, last);
  const offset = dir ? DIRECTION_OFFSET[dir.entry.dir] : null;
  return dir && offset !== null ? { calendar: 'jalali', y: jalali, last: dir.last, relative: true, direction: offset } : null;
}

// ---- seasons ----

/** Season `s` (1 = spring) of Solar Hijri year `y`. */
function seasonRange(y: number, s: number): DayRange | null {
  const a = monthRange('jalali', y, s * 3 - 2);
  const b = monthRange('jalali', y, s * 3);
  return a && b ? { start: a.start, end: b.end } : null;
}

function parseSeason(view: DateView, i: number, season: number, length: number): DateMatch | null {
  const year = writtenYear(view, i + length - 1);
  // a season of a three-digit year is rather a name and a number (the newspaper «بهار» and its print run)
  if (!year || (!year.relative && year.y < 1000 && year.y >= 100)) return null;
  const calendar: Calendar = year.calendar ?? 'jalali';
  // the Solar Hijri year of the season: a Gregorian year's season is the one that begins in it
  let jy = calendar === 'gregorian' ? year.y - 621 : year.y;
  if (calendar === 'hijri') return null;
  if (year.direction !== undefined && year.direction !== 0) {
    // «زمستان گذشته»: the latest winter before the current season; «بهار آینده»: the next spring
    const current = Math.ceil(view.refMonth('jalali') / 3);
    jy += year.direction < 0 ? (season < current ? 0 : -1) : season > current ? 0 : 1;
  }
  const range = seasonRange(jy, season);
  const resolution: Resolution = { calendar, granularity: 'season', y: year.y, season, ...(range ? { range } : {}) };
  if (calendar === 'jalali') resolution.y = jy;
  if (year.relative) resolution.relative = true;
  const first = i > 0 && view.joinable(i - 1) && view.keyIs(i - 1, 'فصل') ? i - 1 : i;
  return new DateMatch(first, year.last, resolution, 0.9);
}

// ---- quarters ----

const QUARTER_ORDINALS: Readonly<Record<string, number>> = { اول: 1, نخست: 1, دوم: 2, سوم: 3, چهارم: 4 };

/** «سه‌ماهه اول»: of the year after it («سه ماهه دوم 2016», «سال جاری») or of the current Solar Hijri year. */
function parseQuarter(view: DateView, i: number, length: number): DateMatch | null {
  const ordinalAt = i + length;
  const quarter = QUARTER_ORDINALS[view.key(ordinalAt)];
  if (quarter === undefined || !view.joinable(ordinalAt - 1)) return null;
  const year = writtenYear(view, ordinalAt);
  if (year && (year.calendar === 'hijri' || year.direction !== undefined)) return null;
  const calendar: Calendar = year?.calendar ?? 'jalali';
  const y = year ? year.y : view.refYear('jalali');
  if (!Number.isFinite(y)) return null;
  const a = monthRange(calendar, y, quarter * 3 - 2);
  const b = monthRange(calendar, y, quarter * 3);
  if (!a || !b) return null;
  const resolution: Resolution = { calendar, granularity: 'year', y, range: { start: a.start, end: b.end } };
  if (!year || year.relative) resolution.relative = true;
  return new DateMatch(i, year ? year.last : ordinalAt, resolution, 0.8);
}

// ---- occasions ----

/** Day numbers of an occasion in year `y` of its own calendar. */
function occasionIn(o: Occasion, y: number): DayRange | null {
  const day = dayOf(o.calendar, y, o.month, o.day);
  return day === null ? null : { start: day, end: day + o.days - 1 };
}

/** The first occurrence of an occasion inside year `y` of `calendar` (another calendar than its own). */
function occasionInYearOf(o: Occasion, calendar: Calendar, y: number): { y: number; range: DayRange } | null {
  if (calendar === o.calendar) {
    const range = occasionIn(o, y);
    return range ? { y, range } : null;
  }
  const year = yearRange(calendar, y);
  const start = year ? dayIn(o.calendar, year.start) : null;
  if (!year || !start) return null;
  for (let oy = start.y; oy <= start.y + 1; oy++) {
    const range = occasionIn(o, oy);
    if (range && range.start >= year.start && range.start <= year.end) return { y: oy, range };
  }
  return null;
}

/** The calendar of a four-digit year after a lunar occasion: the one whose reference year is nearer. */
function nearerCalendar(view: DateView, y: number): Calendar {
  const lunar = view.refYear('hijri');
  return Number.isFinite(lunar) && Math.abs(y - lunar) < Math.abs(y - view.refYear('jalali')) ? 'hijri' : 'jalali';
}

/** Words before an occasion that make it the event or its culture, not its day: «واقعه عاشورا», «فرهنگ نوروز». */
const EVENT_BEFORE: ReadonlySet<string> = new Set(
  ['واقعه', 'حادثه', 'قیام', 'نهضت', 'فرهنگ', 'حماسه', 'مکتب', 'پیام', 'درس', 'فلسفه', 'صحرای', 'صحنه', 'روایت'].map(dictionaryKey),
);

function parseOccasion(view: DateView, i: number, o: Occasion, length: number): DateMatch | null {
  if (i > 0 && view.joinable(i - 1) && EVENT_BEFORE.has(view.key(i - 1))) return null;
  const year = writtenYear(view, i + length - 1);
  if (o.needsEvidence && !year) return null;
  let found: { y: number; range: DayRange } | null;
  let relative = false;
  let last = i + length - 1;
  if (year) {
    const calendar = year.calendar ?? (o.calendar === 'hijri' ? nearerCalendar(view, year.y) : calendarOfYear(year.y) ?? 'jalali');
    if (year.direction !== undefined) {
      // «عید فطر گذشته», «نوروز آینده»: the occurrence before or after the reference day
      found = impliedYear(view, o.calendar, (y) => occasionIn(o, y), undefined, year.direction < 0 ? 'past' : year.direction > 0 ? 'future' : 'nearest');
    } else found = occasionInYearOf(o, calendar, year.y);
    relative = year.relative;
    last = year.last;
  } else {
    found = impliedYear(view, o.calendar, (y) => occasionIn(o, y));
    relative = true;
  }
  if (!found) return null;
  const { range } = found;
  const resolution: Resolution = { calendar: o.calendar, granularity: 'day', y: found.y, m: o.month, d: o.day, range };
  if (range.end > range.start) {
    const end: Resolution = { calendar: o.calendar, granularity: 'day', range: { start: range.end, end: range.end } };
    resolution.ends = [{ calendar: o.calendar, granularity: 'day', range: { start: range.start, end: range.start } }, end];
  }
  if (relative) resolution.relative = true;
  const first = i > 0 && view.joinable(i - 1) && view.keyIs(i - 1, 'روز') ? i - 1 : i;
  return new DateMatch(first, last, resolution, 0.9);
}

/** Whether a year can follow token `last`: a number, «سال», «امسال», a direction. */
function mayHaveYearAfter(view: DateView, last: number): boolean {
  if (!view.joinable(last)) return false;
  const kind = view.phraseAt(last + 1)?.entry.kind;
  return view.num(last + 1) !== null || kind === 'unit' || kind === 'yearRel' || kind === 'dir';
}

export const seasonOccasionParser: DateParser = {
  name: 'season-occasion',
  anchors: ['season', 'occasion', 'quarter'],
  accepts(view, i, found) {
    const entry = found?.entry;
    if (entry?.kind === 'season' || (entry?.kind === 'occasion' && entry.occasion.needsEvidence)) return mayHaveYearAfter(view, i + (found?.length ?? 1) - 1);
    return true;
  },
  parse(view, i, found) {
    const entry = found?.entry;
    if (!entry || !found) return null;
    if (entry.kind === 'season') return parseSeason(view, i, entry.season, found.length);
    if (entry.kind === 'occasion') return parseOccasion(view, i, entry.occasion, found.length);
    if (entry.kind === 'quarter') return parseQuarter(view, i, found.length);
    return null;
  },
};
