/**
 * TIME: clock times («ساعت ۱۰ صبح», «۱۳:۲۲», «ساعت ۱۸ و ۳۰ دقیقه», «ساعت هفت و نیم», «یک ربع به شش», «ساعت ۸ شب»,
 * «۱۰ صبح», «نیمه‌شب») and the parts of a day the DATE rules found («صبح امروز», «دوشنبه شب», «امشب»).
 *
 * Conventions (documented choices):
 * - The hour is given on the 24-hour clock; a part of the day moves it: «۸ شب» is 20:00, «۲ بامداد» 2:00,
 *   «۱۲ شب» 0:00, «یک بعدازظهر» 13:00. An hour alone stays as written («ساعت ۸» is 8:00).
 * - A count of hours is a duration, no time: «سه ساعت», «۲۴ ساعت» (the number comes before «ساعت»).
 * - A clock time takes in the day right after it: one TIME holding the day's DATE value («ساعت ۱۰ صبح روز دوشنبه»,
 *   as news corpora annotate it); a day before the clock stays a DATE of its own («روز دوشنبه | ساعت ۱۰»).
 * - A part of the day said of a day is one TIME holding the day's DATE value («صبح امروز», «بعد از ظهر پنجشنبه»,
 *   «امروز صبح»). «شب» before a day names its eve («شب جمعه», «شب یلدا»): that stays a DATE.
 * - Without «ساعت», a bare number is a time only before a part of the day other than the night («۱۰ صبح» yes,
 *   «۱۰ شب» no: ten nights).
 *
 * The rule runs only at «ساعت», «ربع», clock numerals and parts of the day.
 */
import { isNumberWord, parseDigits, parseNumeral } from '../numbers/index';
import type { DateValue, DayPeriod, TimeValue } from '../types';
import { CLOCK_WORDS, DAY_PARTS, isClockNumeral } from './measure-words';
import type { Scan } from './scan';
import { countAt, phraseAt, phraseEndingAt, spacedApart } from './token-reading';
import { candidate, type Candidate, type RecognizerContext, type TextToken, type WorkToken } from './types';
import { WordFlag } from './words';
import { countStartingBefore } from '../matching/spans';

const CONFIDENCE = { clock: 0.9, dayOfPart: 0.85 } as const;

/** The hour (1–12, as said) of a part of the day on the 24-hour clock. */
const HOUR_IN: Readonly<Record<DayPeriod, (hour: number) => number>> = {
  morning: (h) => (h === 12 ? 0 : h),
  // «یک ظهر» is 13:00, «۱۲ ظهر» noon, «۱۱ ظهر» just before it
  noon: (h) => (h <= 5 ? h + 12 : h),
  afternoon: (h) => (h === 12 ? 12 : h + 12),
  evening: (h) => (h === 12 ? 12 : h + 12),
  // «۱۰ شب» is 22:00, «۱۲ شب» midnight, «۲ شب» two in the morning
  night: (h) => (h === 12 ? 0 : h <= 4 ? h : h + 12),
  midnight: (h) => (h === 12 ? 0 : h),
};

/** The hour of `hour` said with `period`, on the 24-hour clock; `undefined` when it is no hour. */
function hourOf(hour: number, period: DayPeriod | undefined): number | undefined {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24) return undefined;
  if (hour === 24) return 0;
  return period === undefined || hour > 12 || hour === 0 ? hour : HOUR_IN[period](hour);
}

/** Parts of the day after which a bare number is a clock hour («۱۰ صبح»); not the night («۱۰ شب»: ten nights). */
const BARE_HOUR_PERIODS: ReadonlySet<DayPeriod> = new Set(['morning', 'noon', 'afternoon', 'evening']);

/** «نیم» (half past), «ربع» (a quarter past) after «و»: «ساعت هفت و نیم». */
const MINUTES_OF: ReadonlyMap<string, number> = new Map([
  ['نیم', 30],
  ['ربع', 15],
]);

/** Counts of quarters before «ربع به»: «یک ربع به شش» 5:45, «سه ربع به شش» 5:15. */
const QUARTERS: ReadonlyMap<string, number> = new Map([
  ['یک', 1],
  ['سه', 3],
]);

/** Words before «ساعت» that make it no clock: «نیم ساعت», «چند ساعت» (durations), «هر ساعت» (a rate). */
const NOT_BEFORE_A_CLOCK: ReadonlySet<string> = new Set(['نیم', 'چند', 'هر']);

/** «تا», «الی» between the two ends of a range of time; «از» opens it and belongs to its span, as with dates. */
const RANGE_WORDS: ReadonlySet<string> = new Set(['تا', 'الی']);
const FROM = 'از';

/** Words after a number that make it a count, not an hour: «تا ۱۰ نفر», «تا ۵ سال». */
const NOT_AFTER_AN_HOUR: ReadonlySet<string> = new Set(['نفر', 'تن', 'سال', 'ماه', 'هفته', 'روز', 'ساعت', 'دقیقه', 'درصد', 'متر', 'کیلومتر', 'مورد', 'بار', 'دلار', 'ریال', 'تومان']);

/** «به وقت تهران», «به وقت محلی»: the zone, one word after «به وقت», belongs to the span. */
const ZONE_WORDS = ['به', 'وقت'] as const;

/** A clock time being read: what it says and its last token. */
interface Clock {
  hour: number;
  minute: number;
  second?: number;
  period?: DayPeriod;
  last: number;
}

/** Reads the tokens of one block. */
class ClockReader {
  constructor(
    private readonly tokens: readonly TextToken[],
    private readonly text: string,
  ) {}

  private key(i: number): string {
    return this.tokens[i]?.key ?? '';
  }

  private apart(i: number): boolean {
    return spacedApart(this.tokens, this.text, i);
  }

  /** A whole number from 0 to `max` starting at token `i` (see {@link countAt}). */
  private count(i: number, max: number): { value: number; last: number } | undefined {
    return countAt(this.tokens, this.text, i, max);
  }

  /** «۱۳:۲۲», «۹:۳۰:۱۵» at token `i`. */
  private numeral(i: number): Clock | undefined {
    const key = this.key(i);
    if (!isClockNumeral(key)) return undefined;
    const [h = NaN, m = NaN, s] = key.split(':').map((part) => parseDigits(part) ?? NaN);
    if (h > 24 || m > 59 || (s !== undefined && s > 59)) return undefined;
    return s === undefined ? { hour: h, minute: m, last: i } : { hour: h, minute: m, second: s, last: i };
  }

  /** «یک ربع به شش», «ربع به شش», «ده دقیقه به هشت» at token `i`: minutes before the next hour. */
  private toTheHour(i: number): Clock | undefined {
    let before: number | undefined;
    let k = i;
    const quarters = QUARTERS.get(this.key(k));
    if (quarters !== undefined && this.key(k + 1) === CLOCK_WORDS.quarter && this.apart(k)) {
      before = 15 * quarters;
      k++;
    } else if (this.key(k) === CLOCK_WORDS.quarter) {
      before = 15;
    } else {
      const minutes = this.count(k, 59);
      if (!minutes || this.key(minutes.last + 1) !== CLOCK_WORDS.minute || !this.apart(minutes.last)) return undefined;
      before = minutes.value;
      k = minutes.last + 1;
    }
    if (this.key(k + 1) !== 'به' || !this.apart(k) || !this.apart(k + 1)) return undefined;
    const hour = this.count(k + 2, 24);
    if (!hour || hour.value === 0 || before === 0) return undefined;
    return { hour: hour.value - 1, minute: 60 - before, last: hour.last };
  }

  /** The minutes (and seconds) after the hour ending at `clock.last`: «و ۳۰ دقیقه», «و نیم», «و ۳۰». */
  private minutesAfter(clock: Clock): void {
    const and = clock.last + 1;
    if (this.key(and) !== 'و' || !this.apart(clock.last) || !this.apart(and)) return;
    const fraction = MINUTES_OF.get(this.key(and + 1));
    if (fraction !== undefined) {
      clock.minute = fraction;
      clock.last = and + 1;
      return;
    }
    const minutes = this.count(and + 1, 59);
    if (!minutes) return;
    const unit = minutes.last + 1;
    if (this.key(unit) === CLOCK_WORDS.minute && this.apart(minutes.last)) {
      clock.minute = minutes.value;
      clock.last = unit;
      const seconds = this.key(unit + 1) === 'و' && this.apart(unit) && this.apart(unit + 1) ? this.count(unit + 2, 59) : undefined;
      if (seconds && this.key(seconds.last + 1) === CLOCK_WORDS.second && this.apart(seconds.last)) {
        clock.second = seconds.value;
        clock.last = seconds.last + 1;
      }
    } else if (/^[۰-۹]{2}$/.test(this.key(and + 1))) {
      // «ساعت ۹ و ۳۰»: two digits read as minutes; a lone «و ۵» may be a list
      clock.minute = minutes.value;
      clock.last = minutes.last;
    }
  }

  /** A part of the day and «به وقت X» after the clock: they move the hour and belong to the span. */
  private finish(clock: Clock): Clock | undefined {
    const part = this.apart(clock.last) ? phraseAt(this.tokens, this.text, clock.last + 1, DAY_PARTS) : undefined;
    if (part) {
      clock.period = part.value;
      clock.last = part.last;
    }
    const hour = hourOf(clock.hour, clock.period);
    if (hour === undefined) return undefined;
    clock.hour = hour;
    const at = clock.last + 1;
    if (this.key(at) === ZONE_WORDS[0] && this.key(at + 1) === ZONE_WORDS[1] && this.apart(clock.last) && this.apart(at) && this.apart(at + 1) && this.tokens[at + 2]?.kind === 'word') {
      clock.last = at + 2;
    }
    return clock;
  }

  /**
   * Whether token `i` counts the hours after it: «سه ساعت», «۲۴ ساعت», «نیم ساعت», «چند ساعت» are durations, «هر
   * ساعت» a rate. A year before «ساعت» is a date's («۲۷ خرداد ۱۴۰۲ ساعت ۸»).
   */
  private counts(i: number): boolean {
    const token = this.tokens[i];
    if (!token || !this.apart(i)) return false;
    if (token.kind === 'number') return (parseNumeral(token.key) ?? 0) < 1000;
    return NOT_BEFORE_A_CLOCK.has(token.key) || isNumberWord(token.key);
  }

  /** The clock time after «ساعت» at token `i`. */
  afterHourWord(i: number): Clock | undefined {
    if (this.counts(i - 1) || !this.apart(i)) return undefined;
    const numeral = this.numeral(i + 1);
    if (numeral) return this.finish(numeral);
    const to = this.toTheHour(i + 1);
    if (to) return this.finish(to);
    const hour = this.count(i + 1, 24);
    if (!hour) return undefined;
    const clock: Clock = { hour: hour.value, minute: 0, last: hour.last };
    this.minutesAfter(clock);
    return this.finish(clock);
  }

  /** A clock numeral at token `i` not after «ساعت» (which reads it itself). */
  bareNumeral(i: number): Clock | undefined {
    if (this.key(i - 1) === CLOCK_WORDS.hour && this.apart(i - 1)) return undefined;
    const numeral = this.numeral(i);
    return numeral && this.finish(numeral);
  }

  /** «یک ربع به شش» with the «ربع» at token `i`. */
  quarterTo(i: number): Clock | undefined {
    if (this.key(i - 2) === CLOCK_WORDS.hour) return undefined;
    const start = QUARTERS.has(this.key(i - 1)) && this.apart(i - 1) ? i - 1 : i;
    const clock = this.toTheHour(start);
    return clock && this.finish(clock);
  }

  /**
   * The end of a range after the clock time `start`: «تا» or «الی», then a clock time («ساعت ۱۹», «۲۰:۳۰», «۱۲ شب»)
   * or an hour alone («از ساعت ۱۷ تا ۱۹»), not a count of something («تا ۱۰ نفر»).
   */
  rangeEnd(start: Clock): Clock | undefined {
    const to = start.last + 1;
    if (!RANGE_WORDS.has(this.key(to)) || !this.apart(start.last) || !this.apart(to)) return undefined;
    const at = to + 1;
    if (this.key(at) === CLOCK_WORDS.hour) return this.afterHourWord(at);
    const numeral = this.numeral(at);
    if (numeral) return this.finish(numeral);
    const hour = this.count(at, 24);
    if (!hour || NOT_AFTER_AN_HOUR.has(this.key(hour.last + 1)) || isNumberWord(this.key(hour.last + 1))) return undefined;
    const clock: Clock = { hour: hour.value, minute: 0, last: hour.last };
    this.minutesAfter(clock);
    return this.finish(clock);
  }

  /** «۱۰ صبح»: a bare hour in digits before the part of the day at token `i`. */
  bareHour(i: number, period: DayPeriod): Clock | undefined {
    const h = i - 1;
    const token = this.tokens[h];
    if (!BARE_HOUR_PERIODS.has(period) || !token || token.kind !== 'number' || !/^[۰-۹]{1,2}$/.test(token.key) || !this.apart(h)) return undefined;
    if (this.key(h - 1) === CLOCK_WORDS.hour || (h > 0 && this.tokens[h - 1]!.end === token.start)) return undefined;
    const hour = parseDigits(token.key) ?? 0;
    if (hour < 1 || hour > 12) return undefined;
    return this.finish({ hour, minute: 0, last: h });
  }
}

function clockValue(clock: Clock, end?: Clock): TimeValue {
  const value: TimeValue = { hour: clock.hour, minute: clock.minute };
  if (clock.second !== undefined) value.second = clock.second;
  if (clock.period) value.period = clock.period;
  if (end) value.end = clockValue(end);
  return value;
}

/** TIME candidates of the scan's tokens: clock times and «نیمه‌شب». Parts of a day are tied to it by {@link tieTimesToDays}. */
export function recognizeTimes(scan: Scan): Candidate[] {
  const { tokens } = scan;
  const reader = new ClockReader(tokens, scan.context.text);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.time)) continue;
    const key = tokens[i]!.key;
    let first = i;
    let clock: Clock | undefined;
    if (key === CLOCK_WORDS.hour) clock = reader.afterHourWord(i);
    else if (key === CLOCK_WORDS.quarter) {
      clock = reader.quarterTo(i);
      if (clock && QUARTERS.has(scan.keyAt(i - 1))) first = i - 1;
    } else if (isClockNumeral(key)) clock = reader.bareNumeral(i);
    else {
      const part = phraseAt(tokens, scan.context.text, i, DAY_PARTS);
      if (!part) continue;
      clock = reader.bareHour(i, part.value);
      if (clock) first = i - 1;
      else if (part.value === 'midnight') clock = { hour: 0, minute: 0, period: 'midnight', last: part.last };
    }
    if (!clock) continue;
    // «از ساعت ۱۷ تا ۱۹»: one TIME from «از» to the end of the range
    const end = reader.rangeEnd(clock);
    if (end && scan.keyAt(first - 1) === FROM && spacedApart(tokens, scan.context.text, first - 1)) first--;
    const last = end?.last ?? clock.last;
    out.push(candidate('TIME', tokens[first]!.start, tokens[last]!.end, 'rule', CONFIDENCE.clock, clockValue(clock, end)));
    i = last;
  }
  return out;
}

// ---- parts of a day ----

/** «شب» before a day names the eve of that day («شب جمعه» is Thursday night): not a time of the day. */
const EVE = 'شب';

/** A part of the day at the edge of tokens `[first, last]` or next to them: its period and the tokens of both. */
function dayPartAround(tokens: readonly TextToken[], text: string, first: number, last: number): { period: DayPeriod; first: number; last: number } | undefined {
  // reaching into the start, at the start, or right before it: «پیش از | ظهر امروز» (the date took «ظهر»),
  // «بعد از ظهر پنجشنبه», «صبح امروز», «صبح | امروز»
  const reaching = phraseEndingAt(tokens, text, first, DAY_PARTS);
  const inside = phraseAt(tokens, text, first, DAY_PARTS);
  const start =
    reaching && reaching.first < first
      ? reaching
      : inside && inside.last <= last
        ? { value: inside.value, first }
        : first > 0 && spacedApart(tokens, text, first - 1)
          ? phraseEndingAt(tokens, text, first - 1, DAY_PARTS)
          : undefined;
  const eve = start !== undefined && tokens[start.first]!.key === EVE && (start.first === first || start.first === first - 1);
  if (start && !eve) return { period: start.value, first: Math.min(start.first, first), last };
  // at the end or right after it: «دوشنبه شب», «امشب», «امروز | صبح»
  const atEnd = phraseEndingAt(tokens, text, last, DAY_PARTS);
  if (atEnd) return { period: atEnd.value, first, last };
  const after = spacedApart(tokens, text, last) ? phraseAt(tokens, text, last + 1, DAY_PARTS) : undefined;
  return after ? { period: after.value, first, last: after.last } : undefined;
}

function isDayValue(value: unknown): value is DateValue {
  return typeof value === 'object' && value !== null && (value as Partial<DateValue>).granularity === 'day';
}

/**
 * Ties the parts of the day to the days the DATE rule found (`dates`, among `candidates`), in place:
 * - a DATE that starts inside a clock time gave it its part of the day: it now starts after the clock
 *   («ساعت ۱۰ صبح | روز دوشنبه», where the DATE rule read «صبح روز دوشنبه»);
 * - a clock time right before a DATE of one day takes it in: one TIME whose value holds the date;
 * - a DATE of one day with a part of the day at its edge or next to it gains a TIME over both, holding the date
 *   («صبح امروز», «دوشنبه شب», «امروز صبح»); being as long or longer and more specific, the TIME wins.
 */
export function tieTimesToDays(candidates: Candidate[], dates: readonly Candidate[], context: RecognizerContext): void {
  if (dates.length === 0) return;
  const { tokens, text } = context;
  // the clock times, in order and disjoint as the TIME rule made them
  const clocks = candidates.filter((c) => c.type === 'TIME' && c.source === 'rule');
  const days: Candidate[] = [];
  for (const c of dates) {
    const clock = clockOver(clocks, c.start, c.start + 1);
    if (clock && clock.start <= c.start) {
      const next = tokens[countStartingBefore(tokens, clock.end)];
      c.start = next && next.start < c.end ? next.start : c.end; // an empty candidate is dropped later
      continue;
    }
    if (isDayValue(c.value)) days.push(c);
  }
  for (const day of days) {
    const first = countStartingBefore(tokens, day.start);
    const last = countStartingBefore(tokens, day.end) - 1;
    if (first > last) continue;
    const before = tokens[first - 1];
    const clockBefore = before && clockOver(clocks, before.start, before.end);
    if (clockBefore && clockBefore.end === before.end) {
      // «ساعت ۱۰ صبح روز دوشنبه»: the clock time of that day, one TIME holding the day's date (as news corpora
      // annotate it); the DATE inside it stays a nested candidate
      clockBefore.end = day.end;
      clockBefore.value = { ...(clockBefore.value as TimeValue), date: day.value as DateValue };
      continue;
    }
    if (before?.key === EVE) {
      // «شب جمعه»: the eve of the day, a DATE of its own that takes «شب» in (the date rules leave parts of the day out)
      day.start = before.start;
      continue;
    }
    if (!nearTimeWord(tokens, first, last)) continue;
    const part = dayPartAround(tokens, text, first, last);
    if (!part) continue;
    const start = Math.min(tokens[part.first]!.start, day.start);
    const end = Math.max(tokens[part.last]!.end, day.end);
    // a part of the day a clock time took is not this day's («ساعت ۱۰ صبح | امروز»)
    const clock = clockOver(clocks, start, end);
    if (clock && (clock.start < day.start || clock.end > day.end)) continue;
    const value: TimeValue = part.period === 'midnight' ? { hour: 0, minute: 0, period: part.period, date: day.value as DateValue } : { period: part.period, date: day.value as DateValue };
    candidates.push(candidate('TIME', start, end, 'rule', CONFIDENCE.dayOfPart, value));
  }
}

/** Whether a word that may begin a part of the day stands at the edges of tokens `[first, last]` or next to them. */
function nearTimeWord(tokens: readonly WorkToken[], first: number, last: number): boolean {
  const isTimeWord = (k: number): boolean => ((tokens[k]?.word.flags ?? 0) & WordFlag.time) !== 0;
  return isTimeWord(first) || isTimeWord(last) || isTimeWord(first - 1) || isTimeWord(last + 1);
}

/** The first of `clocks` (in order, disjoint) that overlaps `[start, end)`, by binary search. */
function clockOver(clocks: readonly Candidate[], start: number, end: number): Candidate | undefined {
  let lo = 0;
  let hi = clocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clocks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const clock = clocks[lo];
  return clock && clock.start < end ? clock : undefined;
}
