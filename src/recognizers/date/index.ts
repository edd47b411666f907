/**
 * The DATE recognizer: Solar Hijri, Gregorian and lunar Hijri dates written with month names, numeric dates,
 * years, decades and centuries, weekdays and relative expressions, each resolved to a {@link DateValue}.
 *
 * How it works (one pass, cheap): every token's key (its dictionary key, see {@link dateKey}); a token is a trigger when
 * its key (or the key of 2–3 tokens joined, for «سه شنبه», «ربیع الاول») is in the date {@link LEXICON}, or when
 * it is made of digits. Around each trigger a small parser extends to the left (day number, weekday, «روز»,
 * modifiers) and to the right (ماه, year, direction, era). Overlapping matches keep the longest.
 *
 * Conventions (documented choices):
 * - The reference day is `referenceDate`'s calendar date in UTC.
 * - «ماه»/«سال»/«هفته» in relative expressions are Solar Hijri months/years and Saturday–Friday weeks, unless
 *   «میلادی» follows (then Gregorian).
 * - A day-and-month or a month without a year takes the reference date's year in that month's calendar.
 * - «X گذشته» after a month name (اسفندماه گذشته) is the most recent such month before the reference month;
 *   «X آینده» the next one.
 * - Counted expressions: «N روز/هفته/ماه/سال پیش|قبل» is the day/week/month/year N units before the reference;
 *   «N … گذشته|اخیر» the period from N units before up to the reference day; «N … آینده» from the reference day to
 *   N units later; «N … دیگر» the point N units later; «N … بعد» needs an anchor and stays unresolved, as does «چند».
 * - Years: 1000–1500 are Solar Hijri (1400–1460 could be lunar Hijri: we read Persian text as Solar Hijri unless
 *   «قمری/ه.ق» says otherwise), 1800–2200 Gregorian; two-digit years are 13xx Solar Hijri (14xx when that is not
 *   after next year) and 19xx/20xx Gregorian (20xx when not more than 10 years after the reference year).
 * - A bare number is never a date (prices, codes, phone numbers); a year needs «سال», a month or an era marker.
 */
import type { Calendar, DateGranularity } from '../../types';
import { candidate, NO_CONTEXT, type Candidate, type DateToken, type RecognizerContext, type TextToken } from '../types';
import { isNumberWord, parseNumberWords } from '../../numbers/index';
import { dayToGregorian, dayToHijri, dayToJalali, referenceDay, weekdayOf, type Ymd } from './calendar';
import { asciiDigits, dateKey, LEXICON, LEXICON_PREFIXES, MAX_PHRASE_TOKENS, TRIGGERS, type Trigger, type Direction, type Entry, type Modifier, type Unit } from './lexicon';
import {
  dayOf,
  monthRange,
  narrow,
  shiftDayByMonths,
  shiftMonth,
  toDateValue,
  yearRange,
  yearsRange,
  type DayRange,
  type Resolution,
} from './resolve';

export { dateKey } from './lexicon';

interface ViewToken {
  start: number;
  end: number;
  key: string;
  /** Value when the token is only digits (any script). */
  num: number | null;
  /** Number of digits when `num` is set. */
  digits: number;
}

interface Match {
  first: number;
  /** Index of the last token, inclusive. */
  last: number;
  /** End offset when it reaches past the last token (an era abbreviation such as «ه.ش.»). */
  endOffset?: number;
  resolution: Resolution;
  confidence: number;
}

/** A phrase found in the lexicon: its entry and how many tokens it spans. */
interface Found {
  entry: Entry;
  length: number;
}

/** Era abbreviations written with dots (ه.ش، هـ.ش، ه‍.ش، ه.ق، م.), read from the text right after a year. */
const ERA_ABBREVIATION = /[ \u00a0\u200c]*(?:ه[\u200d\u0640]*[ \u200c]*(?:\.[ \u200c]*)?([شق])(?![\p{L}\p{N}])\.?|(م)\.(?![\p{L}\p{N}]))/uy;

/** Whether an {@link ERA_ABBREVIATION} can start at `at`: after spaces or ZWNJ, it starts with «ه» or «م». */
function mayOpenEraAbbreviation(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x200c)) k++;
  const c = text.charCodeAt(k);
  return c === 0x647 /* ه */ || c === 0x645 /* م */;
}

/** A digit of any script (ASCII, Persian, Arabic-Indic) or «/» «-», and with `orDot` «.» too (NaN: false). */
function isDigitOrSeparator(c: number, orDot: boolean): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669) || c === 0x2f || c === 0x2d || (orDot && c === 0x2e);
}

/** Words after «جمعه» that make it the Friday prayer, not a date (امام جمعه، نماز جمعه). */
const FRIDAY_PRAYER_BEFORE = new Set(['امام', 'نماز', 'خطیب', 'خطبه', 'خطبههای', 'ایمه', 'ائمه', 'امامجمعه'].map(dateKey));

/** Words after «N می» that show «می» is the verb prefix of a verb written with a space (۵ می شود). */
const AFTER_MAY_OK = new Set(['در', 'و', 'که', 'به', 'از', 'تا', 'سال', 'امسال', 'گذشته', 'آینده', 'میلادی', 'جاری', 'با', 'برای'].map(dateKey));

/** Parts of the day (صبح، شامگاه …) next to a weekday or «امروز» belong to the date span (PEYMA tags «ظهر امروز», «پنجشنبه شب»). */
const DAY_PARTS_IN_SPAN = true;

const DIR_YEAR_OFFSET: Readonly<Record<Direction, number | null>> = {
  past: -1, ago: -1, future: 1, later: 1, after: 1, current: 0, recent: null,
};

/** A dictionary key's first unit is a digit (dictionary keys write every digit in Persian). */
function startsWithDigit(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x06f0 && c <= 0x06f9;
}

/** The date parser's view of a token: its key with ASCII digits and, for a number, its value (written into `view`). */
function fillView(view: ViewToken, token: TextToken): ViewToken {
  const key = token.key || dateKey(token.text);
  // the value of a key made only of digits (a dictionary key writes them in Persian), up to 8 of them
  let value = 0;
  let digits = 0;
  while (digits < key.length) {
    const c = key.charCodeAt(digits);
    if (c < 0x06f0 || c > 0x06f9) break;
    value = value * 10 + (c - 0x06f0);
    digits++;
  }
  const isNumber = digits > 0 && digits === key.length && digits <= 8;
  view.start = token.start;
  view.end = token.end;
  view.key = digits > 0 ? asciiDigits(key) : key;
  view.num = isNumber ? value : null;
  view.digits = isNumber ? digits : 0;
  return view;
}

/** Whether each match starts after the last token of the one before. */
function disjointInOrder(matches: readonly Match[]): boolean {
  for (let k = 1; k < matches.length; k++) if (matches[k]!.first <= matches[k - 1]!.last) return false;
  return true;
}

/** A view to fill: views are made once and refilled block after block. */
const blankView = (): ViewToken => ({ start: 0, end: 0, key: '', num: null, digits: 0 });

/** `stamps` if it holds `size` entries, else a larger one (all entries stale). */
function stampsFor(stamps: Int32Array, size: number): Int32Array {
  return stamps.length >= size ? stamps : new Int32Array(Math.max(size, stamps.length * 2));
}

/**
 * The date parser of one extraction, block after block ({@link DateScanner.scan}). Views of tokens and lexicon
 * phrases found are remembered per block; a stamp per token says whether an entry belongs to the current block.
 */
export class DateScanner {
  /** Views of the tokens, made only for the few tokens the parser looks at (see {@link DateScanner.view}). */
  private readonly views: ViewToken[] = [];
  private readonly found: Array<Found | null> = [];
  private viewStamps: Int32Array = new Int32Array(0);
  private foundStamps: Int32Array = new Int32Array(0);
  /** Number of the current block (from 1): a stamp equal to it marks what was remembered in this block. */
  private block = 0;
  private ctx: RecognizerContext<DateToken> = NO_CONTEXT;
  private tokens: readonly DateToken[] = [];
  private referenceTime = Number.NaN;
  private refDay = 0;
  private refJ!: Ymd;
  private refG!: Ymd;
  private refH: Ymd | null = null;

  /** DATE candidates in `ctx` (see the module comment for the conventions). */
  scan(ctx: RecognizerContext<DateToken>): Candidate[] {
    this.ctx = ctx;
    this.tokens = ctx.tokens;
    this.block++;
    this.viewStamps = stampsFor(this.viewStamps, ctx.tokens.length);
    this.foundStamps = stampsFor(this.foundStamps, ctx.tokens.length);
    const time = ctx.referenceDate.getTime();
    if (time !== this.referenceTime) {
      this.referenceTime = time;
      this.refDay = referenceDay(ctx.referenceDate);
      this.refJ = dayToJalali(this.refDay)!; // the reference date is validated to be a supported day
      this.refG = dayToGregorian(this.refDay);
      this.refH = dayToHijri(this.refDay);
    }
    try {
      return this.run();
    } finally {
      // an idle scanner holds on to no text
      this.ctx = NO_CONTEXT;
      this.tokens = NO_CONTEXT.tokens;
    }
  }

  private run(): Candidate[] {
    const matches: Match[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      // Most tokens neither are digits nor begin a date word: no view of them is made.
      if (!startsWithDigit(this.tokens[i]!.key) && !this.triggerAt(i)) continue;
      const m = this.parseAt(i);
      if (m) matches.push(m);
    }
    return this.select(matches).map((m) => this.toCandidate(m));
  }

  // ---- token helpers ----

  /** The date word token `i` is or begins: known to its word when the extractor described it, else looked up. */
  private triggerAt(i: number): Trigger | undefined {
    const token = this.tokens[i];
    if (token === undefined) return undefined;
    return token.word ? token.word.dateTrigger : TRIGGERS.get(token.key);
  }

  /** The view of token `i`, or undefined outside the block. */
  private view(i: number): ViewToken | undefined {
    const token = this.tokens[i];
    if (token === undefined) return undefined;
    if (this.viewStamps[i] === this.block) return this.views[i];
    this.viewStamps[i] = this.block;
    while (this.views.length <= i) this.views.push(blankView());
    return fillView(this.views[i]!, token);
  }

  /** Only spaces/ZWNJ between token i and i+1 (no punctuation, no line break). */
  private joinable(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b) return false;
    if (b.start - a.end > 3) return false;
    for (let p = a.end; p < b.start; p++) {
      const c = this.ctx.text.charCodeAt(p);
      if (c !== 0x20 && c !== 0x200c && c !== 0x200d && c !== 0xa0 && c !== 0x09) return false;
    }
    return true;
  }

  /** The lexicon entry of exactly `n` tokens from `s`, joined. */
  private lookup(s: number, n: number): Entry | null {
    if (s < 0 || s + n > this.tokens.length) return null;
    // Date words hold no digits: the tokens' dictionary keys are looked up as they are.
    let key = this.tokens[s]!.key;
    for (let k = s + 1; k < s + n; k++) {
      if (!LEXICON_PREFIXES.has(key) || !this.joinable(k - 1)) return null;
      key += this.tokens[k]!.key;
    }
    return LEXICON.get(key) ?? null;
  }

  /** The longest lexicon phrase starting at token i. */
  private at(i: number): Found | null {
    if (i < 0 || i >= this.tokens.length) return null;
    if (this.foundStamps[i] === this.block) return this.found[i] ?? null;
    const result = this.longestAt(i);
    this.foundStamps[i] = this.block;
    while (this.found.length <= i) this.found.push(null);
    this.found[i] = result;
    return result;
  }

  /**
   * The longest phrase of up to {@link MAX_PHRASE_TOKENS} tokens from token i, its key built once: only a token
   * that begins some longer entry is joined with the next ones, and only while the joined key still begins one.
   */
  private longestAt(i: number): Found | null {
    const trigger = this.triggerAt(i);
    if (!trigger) return null;
    let best: Found | null = trigger.entry ? { entry: trigger.entry, length: 1 } : null;
    if (!trigger.opensLonger) return best;
    let key = this.tokens[i]!.key;
    for (let n = 2; n <= MAX_PHRASE_TOKENS && i + n <= this.tokens.length; n++) {
      if (!this.joinable(i + n - 2)) break;
      key += this.tokens[i + n - 1]!.key;
      const entry = LEXICON.get(key);
      if (entry) best = { entry, length: n };
      if (!LEXICON_PREFIXES.has(key)) break;
    }
    return best;
  }

  /** A phrase of `kind` ending exactly at token k (for extending to the left). */
  private endingAt<K extends Entry['kind']>(k: number, kind: K): { entry: Extract<Entry, { kind: K }>; start: number } | null {
    for (let n = MAX_PHRASE_TOKENS; n >= 1; n--) {
      const s = k - n + 1;
      if (s < 0 || (n > 1 && !this.joinable(s))) continue;
      const entry = this.lookup(s, n);
      if (entry && entry.kind === kind) return { entry: entry as Extract<Entry, { kind: K }>, start: s };
    }
    return null;
  }

  /** The entry at j when it is of `kind` and j follows the previous token with only spaces between. */
  private nextIs<K extends Entry['kind']>(j: number, kind: K): { entry: Extract<Entry, { kind: K }>; last: number } | null {
    if (j <= 0 || !this.joinable(j - 1)) return null;
    const f = this.at(j);
    if (f && f.entry.kind === kind) return { entry: f.entry as Extract<Entry, { kind: K }>, last: j + f.length - 1 };
    return null;
  }

  private numberAfter(j: number): ViewToken | null {
    if (j <= 0 || !this.joinable(j - 1)) return null;
    const t = this.view(j);
    return t && t.num !== null ? t : null;
  }

  private keyIs(k: number, key: string): boolean {
    return this.view(k)?.key === key;
  }

  // ---- parsing ----

  private parseAt(i: number): Match | null {
    const t = this.view(i);
    if (!t) return null;
    if (t.num !== null || /^[0-9]/.test(t.key)) return this.parseNumeric(i);
    const f = this.at(i);
    if (!f) return null;
    switch (f.entry.kind) {
      case 'month':
        return this.parseMonth(i, f.entry, f.length);
      case 'weekday':
        return this.parseWeekday(i, f.entry.weekday, f.length);
      case 'dayRel':
        return this.parseDayRel(i, f.entry.offset, f.length);
      case 'yearRel':
        return this.withPrefixModifier(this.parseYearRel(i, f.entry.offset, f.length));
      case 'unit':
        return this.parseUnit(i, f.entry.unit);
      case 'decade':
      case 'century':
        return this.withPrefixModifier(this.parseDecadeOrCentury(i, f.entry.kind));
      default:
        return null;
    }
  }

  /** Numeric dates (۱۴۰۲/۰۳/۱۵، 2023-06-05، 15/3/1402) and «N + era» years (۱۴۰۲ شمسی). */
  private parseNumeric(i: number): Match | null {
    const t = this.view(i);
    if (!t) return null;
    // Not in the middle of a longer number sequence (a phone number, a longer numeric date).
    if (isDigitOrSeparator(this.ctx.text.charCodeAt(t.start - 1), true) && i > 0 && this.view(i - 1)?.end === t.start) return null;
    const numeric = this.numericDate(i);
    if (numeric) return numeric;
    if (t.num === null) return null;
    const era = this.eraAfter(i);
    if (era && t.digits <= 4 && t.num > 0) return this.yearMatch(i, i, t.num, t.digits, era.calendar, era, 0.9);
    return null;
  }

  private numericDate(i: number): Match | null {
    const t = this.view(i);
    if (!t) return null;
    // A number alone, with no token right after it, cannot begin «d sep d sep d».
    if (t.num !== null && this.tokens[i + 1]?.start !== t.end) return null;
    // One token (the real tokenizer's kind 'date') or up to five adjacent tokens «d sep d sep d».
    let last = i;
    let raw = t.key;
    if (!/^[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,4}$/.test(raw)) {
      raw = t.key;
      for (let k = i + 1; k < i + 5 && k < this.tokens.length; k++) {
        const next = this.view(k);
        const prev = this.view(k - 1);
        if (!next || !prev || next.start !== prev.end) break;
        raw += next.key;
        last = k;
      }
    }
    const m = /^([0-9]{1,4})([/.\-])([0-9]{1,2})\2([0-9]{1,4})/.exec(raw);
    if (!m) return null;
    const [whole, a = '', , b = '', c = ''] = m;
    // The match must end on a token boundary and not run into more digits or separators.
    let consumed = 0;
    let end = i;
    for (let k = i; k <= last; k++) {
      consumed += this.view(k)?.key.length ?? 0;
      end = k;
      if (consumed >= whole.length) break;
    }
    if (consumed !== whole.length) return null;
    const endTok = this.view(end);
    if (endTok && isDigitOrSeparator(this.ctx.text.charCodeAt(endTok.end), false)) return null;
    const na = Number(a);
    const nb = Number(b);
    const nc = Number(c);
    let y: number;
    let mo: number;
    let d: number;
    let yDigits: number;
    if (a.length === 4) [y, mo, d, yDigits] = [na, nb, nc, 4];
    else if (c.length === 4) [y, mo, d, yDigits] = [nc, nb, na, 4];
    else if (a.length === 2 && c.length <= 2 && na > 31) [y, mo, d, yDigits] = [na, nb, nc, 2];
    else if (c.length === 2 && a.length <= 2 && nc > 31) [y, mo, d, yDigits] = [nc, nb, na, 2];
    else return null;
    let calendar: Calendar;
    if (yDigits === 2) {
      calendar = 'jalali';
      y = this.expandTwoDigitYear('jalali', y);
    } else if (y >= 1800 && y <= 2200) calendar = 'gregorian';
    else if (y >= (a.length === 4 ? 1100 : 1300) && y <= 1599) calendar = 'jalali';
    else return null;
    const era = this.eraAfter(end);
    if (era && era.calendar !== calendar) {
      if (era.calendar === 'hijri' && yDigits === 4 && y < 1600) calendar = 'hijri';
      else return null;
    }
    // Day-first Gregorian dates with the month second may be month-first (US order) when the day is > 12.
    if (calendar === 'gregorian' && c.length === 4 && mo > 12 && d <= 12) [mo, d] = [d, mo];
    const day = dayOf(calendar, y, mo, d);
    if (day === null) return null; // month 13, day 32, Esfand 30 in a common year …
    return {
      first: i,
      last: era ? era.last : end,
      endOffset: era?.endOffset,
      resolution: { calendar, granularity: 'day', y, m: mo, d, range: { start: day, end: day } },
      confidence: 0.95,
    };
  }

  /** An era marker right after token j: a word (میلادی، هجری شمسی، قمری …) or an abbreviation (ه.ش، ه.ق). */
  private eraAfter(j: number): { calendar: Calendar; last: number; endOffset?: number } | null {
    const word = this.nextIs(j + 1, 'era');
    if (word) return { calendar: word.entry.calendar, last: word.last };
    const t = this.view(j);
    if (!t || !mayOpenEraAbbreviation(this.ctx.text, t.end)) return null;
    ERA_ABBREVIATION.lastIndex = t.end;
    const m = ERA_ABBREVIATION.exec(this.ctx.text);
    if (!m) return null;
    const calendar: Calendar = m[2] ? 'gregorian' : m[1] === 'ق' ? 'hijri' : 'jalali';
    const endOffset = t.end + m[0].length;
    let last = j;
    while (last + 1 < this.tokens.length && (this.view(last + 1)?.end ?? Infinity) <= endOffset) last++;
    return { calendar, last, endOffset };
  }

  private expandTwoDigitYear(calendar: Calendar, yy: number): number {
    if (calendar === 'gregorian') return 2000 + yy <= this.refG.y + 10 ? 2000 + yy : 1900 + yy;
    if (calendar === 'hijri') return 1400 + yy <= (this.refH?.y ?? 1446) + 1 ? 1400 + yy : 1300 + yy;
    return 1400 + yy <= this.refJ.y + 1 ? 1400 + yy : 1300 + yy;
  }

  private refYear(calendar: Calendar): number {
    return calendar === 'jalali' ? this.refJ.y : calendar === 'gregorian' ? this.refG.y : (this.refH?.y ?? NaN);
  }

  private refMonth(calendar: Calendar): number {
    return calendar === 'jalali' ? this.refJ.m : calendar === 'gregorian' ? this.refG.m : (this.refH?.m ?? NaN);
  }

  /** Calendar of a four-digit year with no other clue; `null` when it is not a plausible year. */
  private calendarOfYear(y: number): Calendar | null {
    if (y >= 1000 && y <= 1500) return 'jalali';
    if (y >= 1800 && y <= 2200) return 'gregorian';
    return null;
  }

  /** A year match: «سال ۱۴۰۳», «۱۴۰۲ شمسی», «سال ۹۵», «سال 260 هجری قمری». */
  private yearMatch(
    first: number,
    numberIndex: number,
    n: number,
    digits: number,
    eraCalendar: Calendar | null,
    era: { last: number; endOffset?: number } | null,
    confidence: number,
  ): Match | null {
    let calendar: Calendar | null = eraCalendar;
    let y = n;
    if (digits <= 2) {
      calendar ??= 'jalali';
      y = this.expandTwoDigitYear(calendar, n);
    } else if (digits === 3 || (digits === 4 && calendar === null)) {
      calendar ??= digits === 4 ? this.calendarOfYear(n) : null;
    }
    if (!calendar || digits > 4) return null;
    const range = yearRange(calendar, y);
    return {
      first,
      last: era ? era.last : numberIndex,
      endOffset: era?.endOffset,
      resolution: { calendar, granularity: 'year', y, ...(range ? { range } : {}) },
      confidence,
    };
  }

  /** «سال» + number, «سال/ماه/هفته/روز» + direction, «این/همین» + unit, and counted «N unit direction». */
  private parseUnit(i: number, unit: Unit): Match | null {
    const unitTok = this.view(i);
    if (!unitTok) return null;
    // «سال ۱۴۰۳ (میلادی)»
    if (unit === 'year') {
      const num = this.numberAfter(i + 1);
      if (num && num.num !== null && num.num > 0) {
        const era = this.eraAfter(i + 1);
        if (num.digits === 3 && !era) return null;
        return this.withPrefixModifier(this.yearMatch(i, i + 1, num.num, num.digits, era?.calendar ?? null, era, 0.9));
      }
    }
    const dir = this.nextIs(i + 1, 'dir');
    // «N روز پیش», «دو هفته بعد», «چند سال قبل»
    const count = this.countBefore(i);
    if (count && dir) return this.countedRelative(count, i, unit, dir.entry.dir, dir.last);
    if (count) return null;
    const thisBefore = i > 0 && this.joinable(i - 1) ? this.endingAt(i - 1, 'this') : null;
    let offset: number | null = null;
    let last = i;
    if (dir) {
      offset = unit === 'day' && dir.entry.dir === 'after' ? null : DIR_YEAR_OFFSET[dir.entry.dir];
      if (offset === null) return null;
      if (unit === 'day' && offset === 0) return null; // «روز جاری» is rare and vague
      last = dir.last;
    } else if (thisBefore && unit !== 'day') {
      offset = 0;
    } else return null;
    const first = thisBefore && !dir ? thisBefore.start : i;
    const gregorian = this.nextIs(last + 1, 'era');
    const calendar: Calendar = gregorian && gregorian.entry.calendar === 'gregorian' ? 'gregorian' : 'jalali';
    if (gregorian && gregorian.entry.calendar === 'gregorian') last = gregorian.last;
    const resolution = this.shiftedPeriod(unit, offset, calendar);
    if (!resolution) return null;
    // A weekday may follow a relative day: «روز گذشته چهارشنبه».
    if (unit === 'day') {
      const wd = this.nextIs(last + 1, 'weekday');
      if (wd) {
        resolution.weekday = wd.entry.weekday;
        last = wd.last;
      }
    }
    return this.withPrefixModifier({ first, last, resolution, confidence: 0.85 });
  }

  /** The period `offset` units from the reference (0 = the current one). */
  private shiftedPeriod(unit: Unit, offset: number, calendar: Calendar): Resolution | null {
    const ref = this.refDay;
    if (unit === 'day') {
      const day = ref + offset;
      return { calendar: 'jalali', granularity: 'day', range: { start: day, end: day }, relative: true };
    }
    if (unit === 'week') {
      const weekStart = ref - weekdayOf(ref) + 7 * offset;
      return { calendar: 'jalali', granularity: 'week', range: { start: weekStart, end: weekStart + 6 }, relative: true };
    }
    const refY = this.refYear(calendar);
    if (unit === 'month') {
      const target = shiftMonth(refY, this.refMonth(calendar), offset);
      const range = monthRange(calendar, target.y, target.m);
      return range ? { calendar, granularity: 'month', y: target.y, m: target.m, range, relative: true } : null;
    }
    const range = yearRange(calendar, refY + offset);
    return range ? { calendar, granularity: 'year', y: refY + offset, range, relative: true } : null;
  }

  /** The count before a unit: digits, number words, or «چند» (unknown). */
  private countBefore(i: number): { first: number; value: number | null } | null {
    const k = i - 1;
    if (k < 0 || !this.joinable(k)) return null;
    const t = this.view(k);
    if (!t) return null;
    if (t.num !== null) return t.num > 0 && t.num < 1000 ? { first: k, value: t.num } : null;
    const f = this.at(k);
    if (f && f.entry.kind === 'few' && f.length === 1) return { first: k, value: null };
    const words = this.numberWordsEndingAt(k);
    if (words && !words.ordinal && words.value > 0) return { first: words.first, value: words.value };
    return null;
  }

  /** The longest number written in words that ends exactly at token k. */
  private numberWordsEndingAt(k: number): { first: number; value: number; ordinal: boolean } | null {
    const lastKey = this.view(k)?.key;
    if (!lastKey || (lastKey !== 'ام' && !isNumberWord(lastKey))) return null;
    let best: { first: number; value: number; ordinal: boolean } | null = null;
    for (let s = k; s >= 0 && s > k - 8; s--) {
      if (s < k && !this.joinable(s)) break;
      const words: string[] = [];
      for (let q = s; q <= k; q++) words.push(this.view(q)?.key ?? '');
      const parsed = parseNumberWords(words);
      if (parsed && parsed.consumed === words.length) best = { first: s, value: parsed.value, ordinal: parsed.ordinal };
    }
    return best;
  }

  private countedRelative(count: { first: number; value: number | null }, unitIndex: number, unit: Unit, dir: Direction, last: number): Match | null {
    const base: Resolution = { calendar: 'jalali', granularity: unit };
    const match: Match = { first: count.first, last, resolution: base, confidence: 0.75 };
    const n = count.value;
    if (n === null || dir === 'after' || dir === 'current') return dir === 'current' ? null : match;
    const ref = this.refDay;
    const shift = (k: number): number | null => {
      if (unit === 'day') return ref + k;
      if (unit === 'week') return ref + 7 * k;
      return shiftDayByMonths('jalali', ref, unit === 'month' ? k : 12 * k);
    };
    if (dir === 'ago' || dir === 'later') {
      const day = shift(dir === 'ago' ? -n : n);
      if (day === null) return null;
      const point = this.periodContaining(unit, day);
      if (!point) return null;
      match.resolution = { ...point, relative: true };
    } else {
      const other = shift(dir === 'future' ? n : -n);
      if (other === null) return null;
      const range: DayRange = dir === 'future' ? { start: ref, end: other } : { start: other, end: ref };
      match.resolution = { ...base, range, relative: true };
    }
    void unitIndex;
    return match;
  }

  /** The day, Saturday–Friday week, Solar Hijri month or year containing `day`. */
  private periodContaining(unit: Unit, day: number): Resolution | null {
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

  private parseYearRel(i: number, offset: number, length: number): Match | null {
    let last = i + length - 1;
    const era = this.nextIs(last + 1, 'era');
    const calendar: Calendar = era && era.entry.calendar === 'gregorian' ? 'gregorian' : 'jalali';
    if (era && calendar === 'gregorian') last = era.last;
    const resolution = this.shiftedPeriod('year', offset, calendar);
    return resolution ? { first: i, last, resolution, confidence: 0.9 } : null;
  }

  /** «دهه ۶۰», «دهه ۱۹۹۰», «دهه هفتاد», «قرن بیستم», «سده نوزدهم», «قرن ۲۱». */
  private parseDecadeOrCentury(i: number, kind: 'decade' | 'century'): Match | null {
    let n: number | null = null;
    let digits = 0;
    let last = i;
    const num = this.numberAfter(i + 1);
    if (num && num.num !== null) {
      n = num.num;
      digits = num.digits;
      last = i + 1;
      if (kind === 'century' && this.view(i + 2)?.key === 'ام' && this.joinable(i + 1)) last = i + 2;
    } else if (this.joinable(i)) {
      const words: string[] = [];
      for (let q = i + 1; q < i + 7 && q < this.tokens.length; q++) words.push(this.view(q)?.key ?? '');
      const parsed = parseNumberWords(words);
      if (parsed && (kind === 'century' ? parsed.ordinal : !parsed.ordinal)) {
        n = parsed.value;
        last = i + parsed.consumed;
        digits = String(n).length;
      }
    }
    if (n === null || n <= 0) return null;
    const era = this.eraAfter(last);
    let calendar: Calendar;
    let firstYear: number;
    let lastYear: number;
    let granularity: DateGranularity;
    if (kind === 'decade') {
      if (n % 10 !== 0) return null;
      if (digits <= 2 && n < 100) {
        calendar = era?.calendar ?? 'jalali';
        firstYear = (calendar === 'gregorian' ? 1900 : 1300) + n;
      } else if (digits === 4) {
        const c = era?.calendar ?? this.calendarOfYear(n);
        if (!c) return null;
        calendar = c;
        firstYear = n;
      } else return null;
      lastYear = firstYear + 9;
      granularity = 'decade';
    } else {
      if (n > 30) return null;
      // «قرن بیستم» is the Gregorian 20th century; Solar Hijri centuries are the 14th/15th.
      calendar = era?.calendar ?? (n >= 16 ? 'gregorian' : 'jalali');
      firstYear = (n - 1) * 100 + 1;
      lastYear = n * 100;
      granularity = 'century';
    }
    const range = yearsRange(calendar, firstYear, lastYear);
    if (!range) return null;
    return {
      first: i,
      last: era ? era.last : last,
      endOffset: era?.endOffset,
      resolution: { calendar, granularity, range },
      confidence: 0.85,
    };
  }

  /** «امروز», «دیروز», «فردا» …, optionally followed by a weekday (امروز دوشنبه). */
  private parseDayRel(i: number, offset: number, length: number): Match | null {
    let last = i + length - 1;
    const day = this.refDay + offset;
    const resolution: Resolution = { calendar: 'jalali', granularity: 'day', range: { start: day, end: day }, relative: true };
    const wd = this.nextIs(last + 1, 'weekday');
    if (wd) {
      resolution.weekday = wd.entry.weekday;
      last = wd.last;
    }
    const first = this.dayPartBefore(i);
    return { first, last, resolution, confidence: 0.9 };
  }

  /** «صبح», «شامگاه», «ظهر» … right before token i (صبح جمعه، ظهر امروز). */
  private dayPartBefore(i: number): number {
    if (DAY_PARTS_IN_SPAN && i > 0 && this.joinable(i - 1)) {
      const p = this.endingAt(i - 1, 'dayPart');
      if (p) return p.start;
    }
    return i;
  }

  /** A weekday, with «روز» before and a direction or «هفته …» after (دوشنبه گذشته، شنبه هفته آینده). */
  private parseWeekday(i: number, weekday: number, length: number): Match | null {
    // «امام جمعه», «نماز جمعه»: the Friday prayer, not a date.
    if (weekday === 6 && i > 0 && FRIDAY_PRAYER_BEFORE.has(this.view(i - 1)?.key ?? '')) return null;
    let last = i + length - 1;
    let first = i;
    const resolution: Resolution = { calendar: 'jalali', granularity: 'day', weekday };
    const part = DAY_PARTS_IN_SPAN ? this.nextIs(last + 1, 'dayPart') : null;
    if (part) last = part.last;
    const dir = this.nextIs(last + 1, 'dir');
    const week = this.nextIs(last + 1, 'unit');
    const ref = this.refDay;
    const today = weekdayOf(ref);
    if (dir && dir.entry.dir !== 'recent' && dir.entry.dir !== 'current') {
      const past = dir.entry.dir === 'past' || dir.entry.dir === 'ago';
      const delta = past ? (today - weekday + 7) % 7 || 7 : (weekday - today + 7) % 7 || 7;
      const day = past ? ref - delta : ref + delta;
      resolution.range = { start: day, end: day };
      resolution.relative = true;
      last = dir.last;
    } else if (week && week.entry.unit === 'week') {
      const wdir = this.nextIs(week.last + 1, 'dir');
      if (wdir) {
        const offset = DIR_YEAR_OFFSET[wdir.entry.dir];
        if (offset !== null) {
          const day = ref - today + 7 * offset + weekday;
          resolution.range = { start: day, end: day };
          resolution.relative = true;
          last = wdir.last;
        }
      }
    }
    // «روز دوشنبه»: «روز» belongs to the span.
    if (first > 0 && this.joinable(first - 1) && this.keyIs(first - 1, 'روز')) first--;
    first = this.dayPartBefore(first);
    return { first, last, resolution, confidence: resolution.range ? 0.85 : 0.7 };
  }

  /** A month name with its day, year, weekday, «ماه», era, direction and modifier. */
  private parseMonth(i: number, month: Extract<Entry, { kind: 'month' }>, length: number): Match | null {
    const calendar = month.calendar;
    let last = i + length - 1;
    let withMah = month.withMah;
    if (!withMah && this.nextIs(last + 1, 'unit')?.entry.unit === 'month' && length === 1) {
      // «مهر ماه» is found joined by the lexicon; this covers a tokenizer that keeps «ماه» apart with punctuation-free gaps.
      withMah = true;
      last++;
    }
    // ---- the year, to the right ----
    let year: number | null = null;
    let yearExplicit = false;
    let yearStrong = false;
    let relative = false;
    let endOffset: number | undefined;
    let yearFound = false;
    const yearTok = this.keyIs(last + 1, 'سال') && this.joinable(last) ? last + 1 : last;
    const yearNum = this.numberAfter(yearTok + 1);
    if (yearNum && yearNum.num !== null && (yearNum.digits === 2 || yearNum.digits === 4 || (yearNum.digits === 3 && yearTok > last))) {
      year = yearNum.digits === 2 ? this.expandTwoDigitYear(calendar, yearNum.num) : yearNum.num;
      yearExplicit = true;
      // «میزان ۸۰ درصد»: a two-digit number after an ambiguous month name is no evidence; «سال» or four digits are.
      yearStrong = yearNum.digits === 4 || yearTok > last;
      yearFound = true;
      last = yearTok + 1;
    } else if (yearTok > last) {
      const dir = this.nextIs(yearTok + 1, 'dir');
      if (dir && DIR_YEAR_OFFSET[dir.entry.dir] !== null) {
        year = this.refYear(calendar) + (DIR_YEAR_OFFSET[dir.entry.dir] ?? 0);
        relative = yearFound = true;
        last = dir.last;
      }
    } else {
      const rel = this.nextIs(last + 1, 'yearRel');
      const dir = this.nextIs(last + 1, 'dir');
      if (rel) {
        year = this.refYear(calendar) + rel.entry.offset;
        relative = yearFound = true;
        last = rel.last;
      } else if (dir && dir.entry.dir !== 'recent') {
        // «اسفندماه گذشته» = the most recent Esfand before the reference month; «آبان ماه جاری» = this year's.
        const refY = this.refYear(calendar);
        const refM = this.refMonth(calendar);
        const d = dir.entry.dir;
        if (d === 'current') year = refY;
        else if (d === 'past' || d === 'ago') year = month.month < refM ? refY : refY - 1;
        else year = month.month > refM ? refY : refY + 1;
        relative = yearFound = true;
        last = dir.last;
      }
    }
    // «میلادی», «ه.ش» … after the year (or after the month).
    const era = this.eraAfter(last);
    if (era) {
      if (era.calendar !== calendar && !(era.calendar === 'jalali' && calendar === 'jalali')) {
        if (!yearFound) return null;
      }
      last = era.last;
      endOffset = era.endOffset;
    }
    // ---- to the left: «ماه (مبارک)», the day number, weekday, «روز», «امروز», modifiers ----
    let first = i;
    let mahPrefix = false;
    let day: number | null = null;
    let dayFromDigits = false;
    let dayOrdinal = false;
    const prev = i - 1;
    if (prev >= 0 && this.joinable(prev)) {
      const blessed = this.at(prev)?.entry.kind === 'blessed';
      const mahIndex = blessed ? prev - 1 : prev;
      if (mahIndex >= 0 && this.keyIs(mahIndex, 'ماه') && (!blessed || this.joinable(mahIndex))) {
        mahPrefix = true;
        first = mahIndex;
      } else {
        const d = this.dayBefore(i);
        if (d) {
          day = d.value;
          dayFromDigits = d.digits;
          dayOrdinal = d.ordinal;
          first = d.first;
        }
      }
    }
    // ---- evidence (see the module comment and the negative tests) ----
    const hasDay = day !== null;
    if (month.strict || calendar === 'hijri') {
      const strongDay = hasDay && (dayFromDigits || dayOrdinal);
      if (!(strongDay || yearStrong || mahPrefix || (calendar === 'hijri' && (era !== null || hasDay)))) return null;
    } else if (!(hasDay || yearFound || withMah || mahPrefix || era)) return null;
    if (month.ambiguous && hasDay && !dayFromDigits && !dayOrdinal && !withMah && !yearFound) return null;
    // «۵ می شود»: «می» is the verb prefix when a verb-like word follows a day with no year.
    if (month.strict && calendar === 'gregorian' && month.month === 5 && !yearExplicit) {
      const after = this.view(last + 1);
      if (after && this.joinable(last) && after.num === null && !AFTER_MAY_OK.has(after.key) && !this.at(last + 1)) return null;
    }
    // ---- resolve ----
    const y = year ?? this.refYear(calendar);
    if (!Number.isFinite(y)) return null;
    if (year === null) relative = true;
    let resolution: Resolution;
    if (day !== null) {
      const dn = dayOf(calendar, y, month.month, day);
      if (dn === null) return null; // ۳۲ خرداد، ۳۰ اسفند of a common year
      resolution = { calendar, granularity: 'day', y, m: month.month, d: day, range: { start: dn, end: dn } };
      const prefix = this.dayPrefix(first);
      first = prefix.first;
      if (prefix.weekday !== undefined) resolution.weekday = prefix.weekday;
    } else {
      const range = monthRange(calendar, y, month.month);
      resolution = { calendar, granularity: 'month', y, m: month.month, ...(range ? { range } : {}) };
    }
    if (relative) resolution.relative = true;
    const match: Match = { first, last, resolution, confidence: hasDay || yearExplicit ? 0.95 : 0.85 };
    if (endOffset !== undefined) match.endOffset = endOffset;
    return day === null ? this.withPrefixModifier(match) : match;
  }

  /** The day number right before a month name: «۱۵», «۱۵ام», «۲۵ ام», «پانزدهم», «بیست و پنجم», «سی ام». */
  private dayBefore(i: number): { first: number; value: number; digits: boolean; ordinal: boolean } | null {
    const k = i - 1;
    const t = this.view(k);
    if (!t) return null;
    const valid = (n: number): boolean => n >= 1 && n <= 31;
    if (t.num !== null) {
      if (t.digits > 2 || !valid(t.num)) return null;
      // Not the end of a longer numeric expression (۱۲:۳۰، ۱/۵، ۳.۵).
      const prevTok = this.view(k - 1);
      if (prevTok && prevTok.end === t.start && /[:/.\-٫,]$/.test(prevTok.key)) return null;
      return { first: k, value: t.num, digits: true, ordinal: false };
    }
    const glued = /^([0-9]{1,2})ام$/.exec(t.key);
    if (glued?.[1]) return valid(Number(glued[1])) ? { first: k, value: Number(glued[1]), digits: true, ordinal: true } : null;
    if (t.key === 'ام' && k > 0 && this.joinable(k - 1)) {
      const n = this.view(k - 1);
      if (n && n.num !== null && valid(n.num)) return { first: k - 1, value: n.num, digits: true, ordinal: true };
    }
    const words = this.numberWordsEndingAt(k);
    if (words && valid(words.value)) return { first: words.first, value: words.value, digits: false, ordinal: words.ordinal };
    return null;
  }

  /** Left of a day number: «روز»/«تاریخ», a part of the day, a weekday (with «روز»), «امروز/دیروز/فردا». */
  private dayPrefix(first: number): { first: number; weekday?: number } {
    let k = first - 1;
    const result: { first: number; weekday?: number } = { first };
    const ok = (q: number): boolean => q >= 0 && this.joinable(q);
    if (ok(k) && (this.keyIs(k, 'روز') || this.keyIs(k, 'تاریخ'))) result.first = k--;
    if (ok(k)) {
      const part = this.endingAt(k, 'dayPart');
      if (part) {
        result.first = part.start;
        k = part.start - 1;
      }
    }
    if (ok(k)) {
      const wd = this.endingAt(k, 'weekday');
      if (wd) {
        result.weekday = wd.entry.weekday;
        result.first = wd.start;
        k = wd.start - 1;
        if (ok(k) && this.keyIs(k, 'روز')) result.first = k--;
      }
    }
    if (ok(k)) {
      const rel = this.endingAt(k, 'dayRel');
      if (rel) {
        result.first = rel.start;
        k = rel.start - 1;
      } else if (k >= 1 && this.keyIs(k, 'گذشته') && this.keyIs(k - 1, 'روز') && this.joinable(k - 1)) {
        result.first = k - 1;
        k -= 2;
      }
    }
    if (ok(k)) {
      const part = this.endingAt(k, 'dayPart');
      if (part) result.first = part.start;
    }
    return result;
  }

  /** Extends a month/year/week/decade match to a modifier before it (اواخر اسفندماه گذشته، نیمه اول سال ۹۲). */
  private withPrefixModifier(match: Match | null): Match | null {
    if (!match) return null;
    let k = match.first - 1;
    if (k < 0 || !this.joinable(k)) return match;
    let half: 1 | 2 | undefined;
    const ord = this.view(k)?.key;
    if (ord === 'اول' || ord === 'نخست' || ord === 'دوم') {
      if (k > 0 && this.joinable(k - 1) && this.keyIs(k - 1, 'نیمه')) {
        half = ord === 'دوم' ? 2 : 1;
        k--;
      } else return match;
    }
    const mod = this.endingAt(k, 'modifier');
    if (!mod) return match;
    const modifier: Modifier = mod.entry.modifier;
    const r = match.resolution;
    if (r.granularity === 'day') return match;
    if (r.range) r.range = narrow(r.range, half ? 'half' : modifier === 'half' ? 'mid' : modifier, r.granularity, half);
    match.first = mod.start;
    return match;
  }

  // ---- output ----

  /** Longest first; a match is dropped when any of its tokens is already taken. */
  private select(matches: Match[]): Match[] {
    // the common case: matches already in order, none sharing a token
    if (disjointInOrder(matches)) return matches;
    const spans = matches.map((m) => ({ m, start: this.view(m.first)?.start ?? 0, end: this.endOf(m) }));
    spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(this.tokens.length);
    const chosen: Match[] = [];
    outer: for (const s of spans) {
      for (let k = s.m.first; k <= s.m.last; k++) if (taken[k]) continue outer;
      taken.fill(1, s.m.first, s.m.last + 1);
      chosen.push(s.m);
    }
    return chosen.sort((a, b) => a.first - b.first);
  }

  private endOf(m: Match): number {
    return Math.max(m.endOffset ?? 0, this.view(m.last)?.end ?? 0);
  }

  private toCandidate(m: Match): Candidate {
    return candidate('DATE', this.view(m.first)?.start ?? 0, this.endOf(m), 'rule', m.confidence, toDateValue(m.resolution));
  }
}
