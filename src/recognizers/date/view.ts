/**
 * The shared token view of the date parsers: the tokens of one block with their dictionary keys, their values as
 * numbers ({@link parseDigits}) and number words, the date phrases starting at each token (found once per block),
 * the era markers after a token, and the reference date in the three calendars. Parsers read tokens only through it.
 */
import { parseDigits, parseNumberKeys, isNumberKey } from '../../numbers/index';
import type { Calendar, ImpliedDates } from '../../types';
import { NO_CONTEXT, type DateToken, type RecognizerContext } from '../types';
import { dayToGregorian, dayToHijri, dayToJalali, referenceDay, type Ymd } from './calendar';
import { dateTriggerOf, LEXICON, LEXICON_PREFIXES, MAX_PHRASE_TOKENS, type Entry, type EntryKind, type Trigger } from './lexicon';
import type { Resolution } from './resolve';
import { dictionaryKey } from '../../normalize/index';

/** A date found in the tokens: tokens `first` … `last`, and what it means. */
export class DateMatch {
  constructor(
    public first: number,
    /** Index of the last token, inclusive. */
    public last: number,
    public resolution: Resolution,
    public confidence: number,
    /** End offset when it reaches past the last token (an era abbreviation such as «ه.ش.»). */
    public endOffset = -1,
  ) {}
}

/** A phrase of the lexicon found in the tokens: its entry and how many tokens it spans. */
export interface Found {
  entry: Entry;
  length: number;
}

/** An entry of kind `K` found at (or ending at) some token. */
export interface FoundKind<K extends EntryKind> {
  entry: Extract<Entry, { kind: K }>;
  /** First token of the phrase. */
  start: number;
  /** Last token of the phrase. */
  last: number;
}

/** An era marker after a year: its calendar, and where it ends. */
export interface Era {
  calendar: Calendar;
  beforeChrist: boolean;
  last: number;
  /** End offset when the marker is an abbreviation read from the text (ه.ش.). */
  endOffset: number;
}

/** A number written in words: tokens `first` … `last`. */
export interface NumberInWords {
  first: number;
  last: number;
  value: number;
  ordinal: boolean;
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

/** A dictionary key's first unit is a digit (dictionary keys write every digit in Persian). */
export function startsWithDigit(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x06f0 && c <= 0x06f9;
}

/** `stamps` if it holds `size` entries, else a larger one (all entries stale). */
function stampsFor(stamps: Int32Array, size: number): Int32Array {
  return stamps.length >= size ? stamps : new Int32Array(Math.max(size, stamps.length * 2));
}

/** Text offset inside `text` after the first `units` units of its dictionary key (a glued preposition's end). */
function offsetAfterKeyUnits(text: string, units: number): number {
  for (let k = 1; k <= text.length; k++) if (dictionaryKey(text.slice(0, k)).length >= units) return k;
  return 0;
}

/**
 * The view of one block for the parsers. One object serves block after block ({@link DateView.begin}); the
 * phrases found are remembered per block, a stamp per token saying whether an entry belongs to the current block.
 */
export class DateView {
  text = '';
  tokens: readonly DateToken[] = NO_CONTEXT.tokens;
  /** The reference day (UTC) and its date in the three calendars (`null` where a calendar cannot convert it). */
  refDay = 0;
  refJ: Ymd | null = null;
  refG: Ymd = { y: 1970, m: 1, d: 1 };
  /** The reference day in the lunar Hijri calendar, worked out when first needed (see {@link refH}). */
  private refHijri: Ymd | null | undefined = undefined;
  implied: ImpliedDates = 'nearest';
  private referenceTime = Number.NaN;
  private readonly found: Array<Found | null> = [];
  private foundStamps: Int32Array = new Int32Array(0);
  private block = 0;

  /** Makes this the view of `ctx`'s tokens. */
  begin(ctx: RecognizerContext<DateToken>): void {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.implied = ctx.impliedDates ?? 'nearest';
    this.block++;
    this.foundStamps = stampsFor(this.foundStamps, ctx.tokens.length);
    const time = ctx.referenceDate.getTime();
    if (time !== this.referenceTime) {
      this.refDay = referenceDay(ctx.referenceDate);
      this.refJ = dayToJalali(this.refDay);
      this.refG = dayToGregorian(this.refDay);
      this.refHijri = undefined;
      this.referenceTime = time;
    }
  }

  /**
   * The reference day in the lunar Hijri calendar. Only a Hijri date needs it, and the platform's Hijri calendar
   * costs a sixth of the first call to set up: texts without one never pay for it.
   */
  get refH(): Ymd | null {
    if (this.refHijri === undefined) this.refHijri = dayToHijri(this.refDay);
    return this.refHijri;
  }

  /** Lets go of the block's text and tokens. */
  release(): void {
    this.text = '';
    this.tokens = NO_CONTEXT.tokens;
  }

  // ---- tokens ----

  key(i: number): string {
    return this.tokens[i]?.key ?? '';
  }

  keyIs(i: number, key: string): boolean {
    return this.tokens[i]?.key === key;
  }

  /** Start offset of token `i` (inside it when a preposition is glued before its date word). */
  start(i: number): number {
    const token = this.tokens[i];
    if (!token) return 0;
    const glued = this.trigger(i)?.gluedPrefix ?? 0;
    return glued > 0 ? token.start + offsetAfterKeyUnits(token.text, glued) : token.start;
  }

  end(i: number): number {
    return this.tokens[i]?.end ?? 0;
  }

  /** The value of token `i` when it is only digits (any script, up to 8 of them), else `null`. */
  num(i: number): number | null {
    const key = this.tokens[i]?.key;
    return key !== undefined && key.length <= 8 && startsWithDigit(key) ? parseDigits(key) : null;
  }

  /** How many digits token `i` has (its key's length; 0 when it is not a number). */
  digits(i: number): number {
    return this.num(i) === null ? 0 : this.key(i).length;
  }

  /** Only spaces/ZWNJ between token i and i+1 (no punctuation, no line break). */
  joinable(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b) return false;
    if (b.start - a.end > 3) return false;
    for (let p = a.end; p < b.start; p++) {
      const c = this.text.charCodeAt(p);
      if (c !== 0x20 && c !== 0x200c && c !== 0x200d && c !== 0xa0 && c !== 0x09) return false;
    }
    return true;
  }

  /** The number at token j when it follows token j−1 with only spaces between. */
  numberAfter(j: number): number | null {
    return j > 0 && this.joinable(j - 1) ? this.num(j) : null;
  }

  /** Whether token `i` has a preposition glued before its date word («درژوئن»): nothing joins it on the left. */
  isGlued(i: number): boolean {
    return (this.trigger(i)?.gluedPrefix ?? 0) > 0;
  }

  // ---- lexicon phrases ----

  /** The date word token `i` is or begins: known to its word when the extractor described it, else looked up. */
  trigger(i: number): Trigger | undefined {
    const token = this.tokens[i];
    if (token === undefined) return undefined;
    return token.word ? token.word.dateTrigger : dateTriggerOf(token.key);
  }

  /** The longest lexicon phrase starting at token i (remembered for the block). */
  phraseAt(i: number): Found | null {
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
    const trigger = this.trigger(i);
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

  /** The lexicon entry of exactly `n` tokens from `s`, joined. */
  private lookup(s: number, n: number): Entry | null {
    if (s < 0 || s + n > this.tokens.length) return null;
    if (n === 1) return this.trigger(s)?.entry ?? null;
    let key = this.tokens[s]!.key;
    for (let k = s + 1; k < s + n; k++) {
      if (!LEXICON_PREFIXES.has(key) || !this.joinable(k - 1)) return null;
      key += this.tokens[k]!.key;
    }
    return LEXICON.get(key) ?? null;
  }

  /** A phrase of `kind` ending exactly at token k (for extending to the left). */
  endingAt<K extends EntryKind>(k: number, kind: K): FoundKind<K> | null {
    for (let n = MAX_PHRASE_TOKENS; n >= 1; n--) {
      const s = k - n + 1;
      if (s < 0) continue;
      const entry = this.lookup(s, n);
      if (entry && entry.kind === kind && !(n === 1 && this.isGlued(s))) return { entry: entry as Extract<Entry, { kind: K }>, start: s, last: k };
    }
    return null;
  }

  /** The phrase of `kind` at token j when j follows the previous token with only spaces between. */
  nextIs<K extends EntryKind>(j: number, kind: K): FoundKind<K> | null {
    if (j <= 0 || !this.joinable(j - 1) || this.isGlued(j)) return null;
    const f = this.phraseAt(j);
    if (f && f.entry.kind === kind) return { entry: f.entry as Extract<Entry, { kind: K }>, start: j, last: j + f.length - 1 };
    return null;
  }

  /** The phrase of `kind` ending right before token i, with only spaces between. */
  previousIs<K extends EntryKind>(i: number, kind: K): FoundKind<K> | null {
    return i > 0 && this.joinable(i - 1) && !this.isGlued(i) ? this.endingAt(i - 1, kind) : null;
  }

  /** An era marker right after token j: a word (میلادی، هجری شمسی، قبل از میلاد …) or an abbreviation (ه.ش، ه.ق). */
  eraAfter(j: number): Era | null {
    const word = this.nextIs(j + 1, 'era');
    if (word) return { calendar: word.entry.calendar, beforeChrist: word.entry.beforeChrist, last: word.last, endOffset: -1 };
    const t = this.tokens[j];
    if (!t || !mayOpenEraAbbreviation(this.text, t.end)) return null;
    ERA_ABBREVIATION.lastIndex = t.end;
    const m = ERA_ABBREVIATION.exec(this.text);
    if (!m) return null;
    const calendar: Calendar = m[2] ? 'gregorian' : m[1] === 'ق' ? 'hijri' : 'jalali';
    const endOffset = t.end + m[0].length;
    let last = j;
    while (last + 1 < this.tokens.length && this.end(last + 1) <= endOffset) last++;
    return { calendar, beforeChrist: false, last, endOffset };
  }

  // ---- numbers in words ----

  /** The longest number written in words that ends exactly at token k (up to 8 tokens). */
  numberWordsEndingAt(k: number): NumberInWords | null {
    const lastKey = this.key(k);
    if (!lastKey || (lastKey !== 'ام' && !isNumberKey(lastKey))) return null;
    let best: NumberInWords | null = null;
    const words: string[] = [];
    for (let s = k; s >= 0 && s > k - 8; s--) {
      if (s < k && !this.joinable(s)) break;
      words.unshift(this.key(s));
      const parsed = parseNumberKeys(words);
      if (parsed && parsed.consumed === words.length) best = { first: s, last: k, value: parsed.value, ordinal: parsed.ordinal };
    }
    return best;
  }

  /** The longest number written in words that starts at token i (up to 8 tokens), after a space. */
  numberWordsAt(i: number): NumberInWords | null {
    if (i <= 0 || !this.joinable(i - 1) || !isNumberKey(this.key(i))) return null;
    const words: string[] = [];
    for (let q = i; q < i + 8 && q < this.tokens.length; q++) {
      if (q > i && !this.joinable(q - 1)) break;
      words.push(this.key(q));
    }
    const parsed = parseNumberKeys(words);
    return parsed ? { first: i, last: i + parsed.consumed - 1, value: parsed.value, ordinal: parsed.ordinal } : null;
  }

  // ---- the reference date ----

  /** The reference date's year in `calendar` (NaN when that calendar cannot convert it). */
  refYear(calendar: Calendar): number {
    return calendar === 'jalali' ? (this.refJ?.y ?? Number.NaN) : calendar === 'gregorian' ? this.refG.y : (this.refH?.y ?? Number.NaN);
  }

  refMonth(calendar: Calendar): number {
    return calendar === 'jalali' ? (this.refJ?.m ?? Number.NaN) : calendar === 'gregorian' ? this.refG.m : (this.refH?.m ?? Number.NaN);
  }

  /**
   * A two-digit year in full: 13xx Solar Hijri (14xx when that is not after next year), 19xx/20xx Gregorian (20xx
   * when not more than 10 years after the reference year), 13xx/14xx lunar Hijri.
   */
  expandTwoDigitYear(calendar: Calendar, yy: number): number {
    if (calendar === 'gregorian') return 2000 + yy <= this.refG.y + 10 ? 2000 + yy : 1900 + yy;
    if (calendar === 'hijri') return 1400 + yy <= (this.refH?.y ?? 1446) + 1 ? 1400 + yy : 1300 + yy;
    return 1400 + yy <= (this.refJ?.y ?? 1403) + 1 ? 1400 + yy : 1300 + yy;
  }
}
