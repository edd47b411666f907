/**
 * Numeric dates: ۱۴۰۲/۰۳/۱۵، 2023-06-05، 15/3/1402، ۱۲.۱۱.۱۳۷۵ as one token, and written with spaces or
 * backslashes over several tokens («۲۳ . ۸ . ۱۳۹۵», «11 \ 11 \ 1370»). The year is the four-digit end (or a
 * two-digit end that cannot be a day); 1800–2200 is Gregorian, 1100–1599 Solar Hijri (lunar Hijri with «ه.ق»).
 */
import type { Calendar } from '../../../types';
import { parseDigits } from '../../../numbers/index';
import { dayOf } from '../resolve';
import { DateMatch, type DateView } from '../view';
import type { DateParser } from './parser';

/** Separators of numeric dates (dictionary keys of their tokens); both separators of a date are the same. */
const SEPARATORS: ReadonlySet<string> = new Set(['/', '-', '.', '\\']);

/** A numeric date in one token's key (digits of a dictionary key are Persian). */
const ONE_TOKEN = /^([۰-۹]{1,4})([/.\-\\])([۰-۹]{1,2})\2([۰-۹]{1,4})$/;

/** The three numbers of a numeric date, as written, and its last token. */
interface Fields {
  a: string;
  b: string;
  c: string;
  last: number;
  /** Written with spaces between numbers and separators. */
  spaced: boolean;
}

/** Tokens i and i+1 are adjacent, or (with `spaces`) apart by spaces only. */
function gapOk(view: DateView, i: number, spaces: boolean): boolean {
  const a = view.tokens[i];
  const b = view.tokens[i + 1];
  if (!a || !b) return false;
  return b.start === a.end || (spaces && view.joinable(i));
}

/** «n sep n sep n» over five tokens from i, with or without spaces around the separators. */
function fieldsOverTokens(view: DateView, i: number): Fields | null {
  let spaced = false;
  for (let k = i; k < i + 4; k++) {
    if (gapOk(view, k, false)) continue;
    if (!gapOk(view, k, true)) return null;
    spaced = true;
  }
  const sep = view.key(i + 1);
  if (!SEPARATORS.has(sep) || view.key(i + 3) !== sep) return null;
  if (view.num(i) === null || view.num(i + 2) === null || view.num(i + 4) === null) return null;
  return { a: view.key(i), b: view.key(i + 2), c: view.key(i + 4), last: i + 4, spaced };
}

function fieldsAt(view: DateView, i: number): Fields | null {
  const token = view.tokens[i];
  if (!token) return null;
  if (token.kind === 'date') {
    const m = ONE_TOKEN.exec(token.key);
    return m ? { a: m[1] ?? '', b: m[3] ?? '', c: m[4] ?? '', last: i, spaced: false } : null;
  }
  return fieldsOverTokens(view, i);
}

/** A number or a separator right before token i (or, for a spaced date, before it with spaces): a longer run. */
function continuesBefore(view: DateView, i: number, spaced: boolean): boolean {
  if (i === 0 || !gapOk(view, i - 1, spaced)) return false;
  const key = view.key(i - 1);
  return view.num(i - 1) !== null || SEPARATORS.has(key) || view.tokens[i - 1]?.kind === 'date';
}

/** A separator and a number right after token `last`: a longer run (a phone number, a code). */
function continuesAfter(view: DateView, last: number, spaced: boolean): boolean {
  if (!gapOk(view, last, spaced)) return false;
  const next = view.key(last + 1);
  if (view.num(last + 1) !== null) return true;
  return (next === '/' || next === '-' || next === '\\') && view.num(last + 2) !== null;
}

interface Ymd3 {
  y: number;
  m: number;
  d: number;
  yearDigits: number;
}

/** Which field is the year: the four-digit one, or a two-digit end that cannot be a day. */
function orderOf(f: Fields): Ymd3 | null {
  const na = parseDigits(f.a) ?? 0;
  const nb = parseDigits(f.b) ?? 0;
  const nc = parseDigits(f.c) ?? 0;
  if (f.a.length === 4) return { y: na, m: nb, d: nc, yearDigits: 4 };
  if (f.c.length === 4) return { y: nc, m: nb, d: na, yearDigits: 4 };
  if (f.a.length === 2 && f.c.length <= 2 && na > 31) return { y: na, m: nb, d: nc, yearDigits: 2 };
  if (f.c.length === 2 && f.a.length <= 2 && nc > 31) return { y: nc, m: nb, d: na, yearDigits: 2 };
  return null;
}

function parseNumeric(view: DateView, i: number): DateMatch | null {
  const f = fieldsAt(view, i);
  if (!f || continuesBefore(view, i, f.spaced) || continuesAfter(view, f.last, f.spaced)) return null;
  const order = orderOf(f);
  if (!order) return null;
  let { y, m, d } = order;
  let calendar: Calendar;
  if (order.yearDigits === 2) {
    calendar = 'jalali';
    y = view.expandTwoDigitYear('jalali', y);
  } else if (y >= 1800 && y <= 2200) calendar = 'gregorian';
  else if (y >= (f.a.length === 4 ? 1100 : 1300) && y <= 1599) calendar = 'jalali';
  else return null;
  const era = view.eraAfter(f.last);
  if (era && era.calendar !== calendar) {
    if (era.calendar === 'hijri' && order.yearDigits === 4 && y < 1600) calendar = 'hijri';
    else return null;
  }
  // Day-first Gregorian dates with the month second may be month-first (US order) when the day is > 12.
  if (calendar === 'gregorian' && f.c.length === 4 && m > 12 && d <= 12) [m, d] = [d, m];
  const day = dayOf(calendar, y, m, d);
  if (day === null) return null; // month 13, day 32, Esfand 30 in a common year …
  return new DateMatch(i, era ? era.last : f.last, { calendar, granularity: 'day', y, m, d, range: { start: day, end: day } }, 0.95, era?.endOffset ?? -1);
}

export const numericParser: DateParser = {
  name: 'numeric',
  anchors: ['number'],
  accepts(view, i) {
    // one token, or a separator and a number right after (with or without spaces)
    return view.tokens[i]?.kind === 'date' || (SEPARATORS.has(view.key(i + 1)) && view.num(i + 2) !== null);
  },
  parse: (view, i) => parseNumeric(view, i),
};
