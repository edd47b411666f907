/**
 * Reading numbers and phrases off the tokens, for the rules that start at an anchor word and look around it
 * (MONEY and PERCENT read the amount before their unit, TIME the hour after «ساعت»). Works on any
 * {@link TextToken}s of normalized text: only keys, kinds and offsets are read.
 */
import { digitValue, isNumberWord, multiplierOf, parseAmount } from '../numbers/index';
import type { Phrases } from './measure-words';
import type { TextToken } from './types';

/** Longest gap between two tokens of one phrase: a space, a ZWNJ, or a few of them. */
const MAX_GAP = 3;

/** Whether tokens `i` and `i + 1` stand apart by spaces or ZWNJ only, or touch (no punctuation, no line break). */
export function spacedApart(tokens: readonly TextToken[], text: string, i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || b.start - a.end > MAX_GAP) return false;
  for (let p = a.end; p < b.start; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x200c && c !== 0xa0) return false;
  }
  return true;
}

/** Whether token `i + 1` starts right where token `i` ends. */
function glued(tokens: readonly TextToken[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** A phrase of a vocabulary found in the tokens: its value and its last token. */
export interface PhraseFound<V> {
  value: V;
  last: number;
}

/** The longest phrase of `vocabulary` starting at token `i` (up to `maxTokens` tokens, spaced apart). */
export function phraseAt<V>(tokens: readonly TextToken[], text: string, i: number, vocabulary: Phrases<V>, maxTokens = 3): PhraseFound<V> | undefined {
  let key = tokens[i]?.key;
  if (key === undefined) return undefined;
  let found: PhraseFound<V> | undefined;
  for (let j = i; ; ) {
    const value = vocabulary.entries.get(key);
    if (value !== undefined) found = { value, last: j };
    if (j - i + 1 >= maxTokens || !vocabulary.prefixes.has(key) || !spacedApart(tokens, text, j)) return found;
    j++;
    key += tokens[j]!.key;
  }
}

/** The longest phrase of `vocabulary` ending at token `last`, and its first token. */
export function phraseEndingAt<V>(tokens: readonly TextToken[], text: string, last: number, vocabulary: Phrases<V>, maxTokens = 3): { value: V; first: number } | undefined {
  let found: { value: V; first: number } | undefined;
  let key = '';
  for (let first = last; first >= 0 && last - first < maxTokens; first--) {
    if (first < last && !spacedApart(tokens, text, first)) break;
    key = tokens[first]!.key + key;
    const value = vocabulary.entries.get(key);
    if (value !== undefined) found = { value, first };
  }
  return found;
}

/** An amount in the tokens: tokens `first` to `last`, its value, and the multiplier it ends with (۵ تا ۱۰ «میلیون»). */
export interface AmountFound {
  first: number;
  last: number;
  value: number;
  /** The multiplier word it ends with (هزار، میلیون …), or 1. */
  multiplier: number;
  /** Whether it is written in digits alone. */
  digitsOnly: boolean;
}

/** Most tokens an amount spans (۳ هزار و ۵۰۰ میلیارد و ۲۰۰ میلیون: 9). */
const MAX_AMOUNT_TOKENS = 14;

/** A word that is a number alone but also an everyday word in front of a unit: «نه دلار و نه یورو» is neither … nor. */
const NOT_AN_AMOUNT_ALONE: ReadonlySet<string> = new Set(['نه']);

/** Vague counts before a number make it no amount: «چند میلیون دلار», «صدها هزار تومان». */
const VAGUE_COUNTS: ReadonlySet<string> = new Set(['چند', 'چندین', 'دهها', 'صدها', 'هزاران', 'میلیونها', 'میلیاردها']);

/** «منفی» (minus) before a number. */
const MINUS_WORD = 'منفی';

/** Whether a key starts with a digit (keys write every digit in Persian). */
function isDigitKey(key: string): boolean {
  return digitValue(key.charCodeAt(0)) >= 0;
}

/** Whether the key `key` may be a word of an amount written in words (with `halves`, «نیم» too). */
function isAmountWord(key: string, halves: boolean): boolean {
  return key === 'و' || (halves && key === 'نیم') || isNumberWord(key);
}

/**
 * The numeral starting at token `i` (a number token), with what text writes apart: thousands groups after a comma
 * and spaces («۳۲، ۳۹۰» as tokenized text writes ۳۲٬۳۹۰) and a decimal slash between glued digits («۲/۵»).
 * Returns its text (the keys, with the separators made Persian) and its last token.
 */
function numeralAt(tokens: readonly TextToken[], text: string, i: number): { text: string; last: number } {
  let numeral = tokens[i]!.key;
  let last = i;
  while (
    /^[۰-۹]{1,3}(?:٬[۰-۹]{3})*$/.test(numeral) &&
    (tokens[last + 1]?.key === '،' || tokens[last + 1]?.key === ',') &&
    glued(tokens, last) &&
    spacedApart(tokens, text, last + 1) &&
    /^[۰-۹]{3}$/.test(tokens[last + 2]?.key ?? '')
  ) {
    numeral += `٬${tokens[last + 2]!.key}`;
    last += 2;
  }
  if (/^[۰-۹]+$/.test(numeral) && tokens[last + 1]?.key === '/' && glued(tokens, last) && glued(tokens, last + 1) && /^[۰-۹]{1,3}$/.test(tokens[last + 2]?.key ?? '')) {
    // «۲/۵»: but not inside «۱/۲/۳» (a date)
    const slashBefore = i > 0 && tokens[i - 1]!.key === '/' && glued(tokens, i - 1);
    if (!slashBefore && (tokens[last + 3]?.key !== '/' || !glued(tokens, last + 2))) {
      numeral += `٫${tokens[last + 2]!.key}`;
      last += 2;
    }
  }
  return { text: numeral, last };
}

/**
 * The longest amount starting at token `first`: numerals and number words with «و» and multipliers
 * (۳ هزار و ۵۰۰ میلیارد، دو میلیون، ۱٫۵ میلیون، یک و نیم), after an optional «منفی» or a glued «-». Without
 * `halves`, «و نیم» is left to the caller («ساعت هشت | و نیم»).
 */
export function amountStartingAt(tokens: readonly TextToken[], text: string, first: number, halves = true): AmountFound | undefined {
  let j = first;
  let sign = 1;
  const head = tokens[j];
  if (head === undefined) return undefined;
  // a minus sign glued to a number, not between two («۶۰۰-۵۰۰» is a range)
  const minusSign = head.key === '-' && glued(tokens, j) && tokens[j + 1]?.kind === 'number' && !(j > 0 && glued(tokens, j - 1));
  if ((head.key === MINUS_WORD && spacedApart(tokens, text, j)) || minusSign) {
    sign = -1;
    j++;
  }
  const words: string[] = [];
  const lastOf: number[] = [];
  let digitsOnly = true;
  while (j < tokens.length && lastOf.length < MAX_AMOUNT_TOKENS) {
    if (lastOf.length > 0 && !spacedApart(tokens, text, j - 1)) break;
    const token = tokens[j]!;
    if (token.kind === 'number' && isDigitKey(token.key)) {
      const numeral = numeralAt(tokens, text, j);
      words.push(numeral.text);
      lastOf.push(numeral.last);
      j = numeral.last + 1;
    } else if (token.kind === 'word' && isAmountWord(token.key, halves)) {
      words.push(token.key);
      lastOf.push(j);
      digitsOnly = false;
      j++;
    } else break;
  }
  const parsed = parseAmount(words);
  if (!parsed || parsed.ordinal) return undefined;
  const lastWord = words[parsed.consumed - 1]!;
  return {
    first,
    last: lastOf[parsed.consumed - 1]!,
    value: sign * parsed.value,
    multiplier: multiplierOf(lastWord) ?? 1,
    digitsOnly: digitsOnly || words.slice(0, parsed.consumed).every((w) => isDigitKey(w)),
  };
}

/** Whether `token` may begin an amount: a number, a number word, «منفی» or a minus sign. */
function mayOpenAmount(token: TextToken): boolean {
  return (token.kind === 'number' && isDigitKey(token.key)) || token.key === MINUS_WORD || token.key === '-' || (token.kind === 'word' && token.key !== 'و' && isAmountWord(token.key, true));
}

/** Whether `token` may be inside an amount: what may open one, «و», and the separators a numeral writes apart. */
function mayContinueAmount(token: TextToken): boolean {
  return mayOpenAmount(token) || token.key === 'و' || token.key === '،' || token.key === ',' || token.key === '/';
}

/**
 * A whole number from 0 to `max` starting at token `first` (digits or words, no multiplier such as «هزار»), and its
 * last token: the minutes and hours of a clock, the cents of an amount.
 */
export function countAt(tokens: readonly TextToken[], text: string, first: number, max: number): { value: number; last: number } | undefined {
  const amount = amountStartingAt(tokens, text, first, false);
  if (!amount || amount.multiplier !== 1 || !Number.isInteger(amount.value) || amount.value < 0 || amount.value > max) return undefined;
  return { value: amount.value, last: amount.last };
}

/**
 * The longest amount that ends exactly at token `last`: the amount before a unit («۳ هزار و ۵۰۰ میلیارد | تومان»).
 * An amount after a vague count («چند میلیون») or a lone «نه» (also «neither») is none.
 */
export function amountEndingAt(tokens: readonly TextToken[], text: string, last: number): AmountFound | undefined {
  const end = tokens[last];
  if (end === undefined || !(end.kind === 'number' || end.kind === 'word')) return undefined;
  let from = last;
  while (from > 0 && last - from < MAX_AMOUNT_TOKENS && mayContinueAmount(tokens[from - 1]!)) from--;
  for (let s = from; s <= last; s++) {
    // not the tail of a numeral written with slashes («۱/۲/۳»)
    if (!mayOpenAmount(tokens[s]!) || (s > 0 && tokens[s - 1]!.key === '/' && glued(tokens, s - 1))) continue;
    const amount = amountStartingAt(tokens, text, s);
    if (amount?.last !== last) continue;
    if (s === last && NOT_AN_AMOUNT_ALONE.has(tokens[s]!.key)) return undefined;
    if (s > 0 && spacedApart(tokens, text, s - 1) && VAGUE_COUNTS.has(tokens[s - 1]!.key)) return undefined;
    return amount;
  }
  return undefined;
}

/** Words that join the two ends of a range: «۵ تا ۱۰», «۹۵ الی ۱۱۰»; «و» only after «بین» (بین ۵ و ۱۰). */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['تا', 'الی']);

/** Words before a range that belong to it: «بین ۵ تا ۱۰ درصد», «از ۵ تا ۱۰ درصد». */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['بین', 'از']);

/** Words that own the number after them, so it is no low end of a range: «سال ۱۴۰۲ تا ۱۰ درصد». */
const OWNERS_OF_A_NUMBER: ReadonlySet<string> = new Set(['سال', 'ساعت', 'روز', 'ماده', 'بند', 'شماره', 'اصل', 'تبصره']);

/** The joiner of a range at token `joiner` (the token right before the high end), or `undefined`. */
function rangeJoinerAt(tokens: readonly TextToken[], text: string, joiner: number): string | undefined {
  const key = tokens[joiner]?.key;
  if (key === undefined || joiner < 1) return undefined;
  if (key === '-') return glued(tokens, joiner - 1) && glued(tokens, joiner) ? key : undefined;
  if (!RANGE_JOINERS.has(key) && key !== 'و') return undefined;
  return spacedApart(tokens, text, joiner - 1) && spacedApart(tokens, text, joiner) ? key : undefined;
}

/** The first token of a range whose low end starts at `lowFirst`: «بین» or «از» before it belongs to the range. */
function rangeOpening(tokens: readonly TextToken[], text: string, joiner: string, lowFirst: number): number | undefined {
  const before = lowFirst - 1;
  const opener = before >= 0 && spacedApart(tokens, text, before) && RANGE_OPENERS.has(tokens[before]!.key) ? tokens[before]!.key : undefined;
  if (joiner === 'و' && opener !== 'بین') return undefined; // «۵ و ۱۰ درصد» are two numbers
  if (opener === 'از' && joiner !== 'تا') return lowFirst;
  if (!opener && OWNERS_OF_A_NUMBER.has(tokens[before]?.key ?? '')) return undefined;
  return opener ? before : lowFirst;
}

/** An amount with its unit, as a rule found it: its tokens, its unit and its amount as written. */
export interface Measured<U> {
  first: number;
  last: number;
  unit: U;
  amount: number;
}

/**
 * The range that `amount` (the amount before a unit) ends, if any: after a bare low end sharing its unit and
 * its multiplier («۵ تا ۱۰ میلیون دلار» is five to ten million dollars), or after `previous`, the measure of the
 * same unit right before the joiner («۵ درصد تا ۱۰ درصد»; `merged` then). Returns the first token of the whole
 * range (with «بین» or «از» before it) and its low end.
 */
export function rangeEnding<U>(tokens: readonly TextToken[], text: string, amount: AmountFound, unit: U, previous: Measured<U> | undefined): { first: number; low: number; merged: boolean } | undefined {
  const joiner = rangeJoinerAt(tokens, text, amount.first - 1);
  if (joiner === undefined) return undefined;
  if (previous && previous.last === amount.first - 2) {
    if (previous.unit !== unit) return undefined;
    const first = rangeOpening(tokens, text, joiner, previous.first);
    return first === undefined ? undefined : { first, low: previous.amount, merged: true };
  }
  const low = amountEndingAt(tokens, text, amount.first - 2);
  if (!low) return undefined;
  const first = rangeOpening(tokens, text, joiner, low.first);
  if (first === undefined) return undefined;
  const value = low.multiplier === 1 && amount.multiplier > 1 ? low.value * amount.multiplier : low.value;
  return { first, low: value, merged: false };
}
