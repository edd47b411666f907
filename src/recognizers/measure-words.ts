/**
 * The words that anchor the TIME, MONEY and PERCENT rules: currency names, «درصد» and «٪», «ساعت», «ربع» and the
 * parts of the day. Keyed like the tokens, by dictionary key; a phrase of several words is stored joined, so
 * «دلار آمریکا», «دلار‌آمریکا» and «بعد از ظهر», «بعدازظهر» each find one entry.
 */
import curated from '../../dictionaries/curated/currencies.json';
import { dictionaryKey } from '../normalize/index';
import type { DayPeriod } from '../types';

/** What a currency name says: its ISO 4217 code and, for the toman, the unit it counts in. */
export interface Currency {
  readonly code: string;
  /** The toman is no ISO currency: ten rials. */
  readonly unit?: 'toman';
}

/**
 * A vocabulary of phrases by joined key, every proper prefix of a key (to join a phrase token by token), and the
 * keys of the words a phrase may start with (the anchors: «دلار» of «دلار آمریکا», not every prefix like «د»).
 */
export interface Phrases<V> {
  readonly entries: ReadonlyMap<string, V>;
  readonly prefixes: ReadonlySet<string>;
  readonly firstWords: ReadonlySet<string>;
}

/** The {@link Phrases} of `pairs` (a phrase and its value). */
export function phrases<V>(pairs: Iterable<readonly [string, V]>): Phrases<V> {
  const entries = new Map<string, V>();
  const firstWords = new Set<string>();
  for (const [phrase, value] of pairs) {
    const key = dictionaryKey(phrase);
    if (key && !entries.has(key)) entries.set(key, value);
    // written apart or whole: «بعد از ظهر» starts with «بعد», «بعدازظهر» with itself
    firstWords.add(dictionaryKey(phrase.split(' ')[0] ?? phrase)).add(key);
  }
  const prefixes = new Set<string>();
  for (const key of entries.keys()) for (let n = 1; n < key.length; n++) prefixes.add(key.slice(0, n));
  return { entries, prefixes, firstWords };
}

/** «ریال» → «ریالی», «یورو» → «یورویی», «لیره» → «لیره‌ای», «افغانی» stays: the adjective «a ten-million-dollar …» uses. */
function adjectiveOf(name: string): string | undefined {
  if (name.endsWith('ی')) return undefined;
  if (name.endsWith('ه')) return `${name}\u200cای`;
  return /[اوآ]$/.test(name) ? `${name}یی` : `${name}ی`;
}

function* currencyNames(): Generator<readonly [string, Currency]> {
  for (const { code, unit, names } of curated.currencies) {
    const currency: Currency = unit === 'toman' ? { code, unit } : { code };
    for (const name of names) {
      yield [name, currency];
      const adjective = adjectiveOf(name);
      if (adjective) yield [adjective, currency];
    }
  }
}

/** Currency names and their adjectives (ریالی، دلاری). */
export const CURRENCIES: Phrases<Currency> = phrases(currencyNames());

/** The parts of the day, by the period they name. «شب» is the night; «نیمه‌شب» midnight. */
export const DAY_PARTS: Phrases<DayPeriod> = phrases<DayPeriod>([
  ['صبح', 'morning'],
  ['صبحگاه', 'morning'],
  ['بامداد', 'morning'],
  ['سحر', 'morning'],
  ['سحرگاه', 'morning'],
  ['پیش از ظهر', 'morning'],
  ['قبل از ظهر', 'morning'],
  ['ظهر', 'noon'],
  ['بعد از ظهر', 'afternoon'],
  ['عصر', 'afternoon'],
  ['عصرگاه', 'afternoon'],
  ['غروب', 'evening'],
  ['شامگاه', 'evening'],
  ['شب', 'night'],
  ['شبانگاه', 'night'],
  // the night of a day in one word: tonight, last night, tomorrow night, the night before last
  ['امشب', 'night'],
  ['دیشب', 'night'],
  ['فرداشب', 'night'],
  ['پریشب', 'night'],
  ['نیمه شب', 'midnight'],
  ['نیمه‌شب', 'midnight'],
]);

/** Words that make a number a percentage: «۵ درصد», «۲٫۵ درصدی», «۵٪» («%» before normalization sees a digit). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['درصد', 'درصدی', '٪', '%'].map(dictionaryKey));

/** «صددرصد» (a hundred percent) in one word. */
export const HUNDRED_PERCENT = dictionaryKey('صددرصد');

/** «صد» of «در صد» written apart (۵۰ در صد): the percent rule looks at it only after «در». */
export const APART_PERCENT: ReadonlySet<string> = new Set(['صد', 'صدی'].map(dictionaryKey));

/** «ساعت» (o'clock before a number; hours after one), «ربع» (a quarter: یک ربع به شش). */
export const CLOCK_WORDS = { hour: dictionaryKey('ساعت'), quarter: dictionaryKey('ربع'), minute: dictionaryKey('دقیقه'), second: dictionaryKey('ثانیه') } as const;

/** A clock numeral as the tokenizer keeps it: `H:MM` or `H:MM:SS` in digits of any script. */
const CLOCK_NUMERAL = /^[0-9۰-۹٠-٩]{1,2}:[0-9۰-۹٠-٩]{2}(?::[0-9۰-۹٠-٩]{2})?$/;

/** Whether `key` is a clock numeral (۱۳:۲۲، 9:30:15). */
export function isClockNumeral(key: string): boolean {
  return CLOCK_NUMERAL.test(key);
}

/** Whether the token key `key` may begin a currency name. */
export function opensCurrency(key: string): boolean {
  return CURRENCIES.firstWords.has(key);
}

/** Whether the token key `key` may anchor a percentage. */
export function anchorsPercent(key: string): boolean {
  return PERCENT_WORDS.has(key) || APART_PERCENT.has(key) || key === HUNDRED_PERCENT;
}

/** Whether the token key `key` may anchor a clock time: «ساعت», «ربع», a clock numeral or a part of the day. */
export function anchorsTime(key: string): boolean {
  return key === CLOCK_WORDS.hour || key === CLOCK_WORDS.quarter || isClockNumeral(key) || DAY_PARTS.firstWords.has(key);
}
