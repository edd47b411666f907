/**
 * The date vocabulary, keyed by folded token key: month names of the three calendars (CLDR + curated variants),
 * weekdays, relative words, units, directions, modifiers, eras. Multi-word entries (سه شنبه، ربیع الاول، هجری شمسی)
 * are stored joined, so «سه‌شنبه», «سه شنبه» and «سهشنبه» all find the same entry.
 */
import generated from '../../../dictionaries/generated/calendar.json';
import curated from '../../../dictionaries/curated/calendar.json';
import { dictionaryKey } from '../../normalize/index';
import type { Calendar } from '../../types';

/**
 * The lookup form of a date word or phrase: its {@link dictionaryKey} (no spaces, ZWNJ, diacritics or kashida;
 * Arabic letter forms unified) with ASCII digits, from which numeric dates are parsed.
 */
export function dateKey(text: string): string {
  return asciiDigits(dictionaryKey(text));
}

/** A dictionary key (whose digits are all Persian) with ASCII digits; the same string when it has none. */
export function asciiDigits(key: string): string {
  let out = '';
  let copied = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 0x06f0 && c <= 0x06f9) {
      out += key.slice(copied, k) + String.fromCharCode(c - 0x06f0 + 48);
      copied = k + 1;
    }
  }
  return copied === 0 ? key : out + key.slice(copied);
}

export type Direction = 'past' | 'ago' | 'future' | 'later' | 'after' | 'current' | 'recent';
export type Unit = 'day' | 'week' | 'month' | 'year';
export type Modifier = 'early' | 'mid' | 'late' | 'half';

export type Entry =
  | { kind: 'month'; calendar: Calendar; month: number; withMah: boolean; strict: boolean; ambiguous: boolean }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'dayRel'; offset: number }
  | { kind: 'yearRel'; offset: number }
  | { kind: 'unit'; unit: Unit }
  | { kind: 'dir'; dir: Direction }
  | { kind: 'this' }
  | { kind: 'modifier'; modifier: Modifier }
  | { kind: 'era'; calendar: Calendar }
  | { kind: 'decade' }
  | { kind: 'century' }
  | { kind: 'dayPart' }
  | { kind: 'few' }
  | { kind: 'blessed' };

/**
 * Solar Hijri month names that are also everyday words or names (مهر kindness/the news agency, تیر bullet,
 * دی DNA's first syllable, بهمن avalanche/a name, اسفند wild rue, آذر a name, خرداد in «دوم خرداد»): a plain number
 * word before them is not enough evidence (سه تیر = three bullets), digits, ordinals, ماه or a year are.
 */
const AMBIGUOUS_JALALI = new Set(['تیر', 'مهر', 'دی', 'بهمن', 'اسفند', 'آذر', 'مرداد'].map(dateKey));

function buildLexicon(): Map<string, Entry> {
  const lex = new Map<string, Entry>();
  const add = (phrase: string, entry: Entry): void => {
    const key = dateKey(phrase);
    if (key && !lex.has(key)) lex.set(key, entry);
  };
  const addMonths = (names: readonly (readonly string[])[], calendar: Calendar, strict: boolean): void => {
    names.forEach((variants, index) => {
      for (const name of variants) {
        const ambiguous = strict || AMBIGUOUS_JALALI.has(dateKey(name)) || calendar === 'hijri';
        add(name, { kind: 'month', calendar, month: index + 1, withMah: false, strict, ambiguous });
        // «مهرماه», «مهر ماه», «مهر‌ماه»: the month with the word «ماه» fused or following.
        add(`${name}ماه`, { kind: 'month', calendar, month: index + 1, withMah: true, strict: false, ambiguous: false });
      }
    });
  };
  addMonths(generated.jalaliMonths.fa, 'jalali', false);
  addMonths(curated.jalaliMonthVariants, 'jalali', false);
  // Afghan (Dari) zodiac month names are common words (حمل transport, اسد lion, میزان scale …): strict.
  addMonths(generated.jalaliMonths['fa-AF'], 'jalali', true);
  addMonths(curated.afghanMonthVariants, 'jalali', true);
  // «مه» (fog) and «می» (the verb prefix) need a day number or a year.
  const strictGregorian = new Set(['مه', 'مهٔ', 'می', 'مای'].map(dateKey));
  curated.gregorianMonthVariants.forEach((variants, index) => {
    const strict = variants.filter((v) => strictGregorian.has(dateKey(v)));
    const loose = variants.filter((v) => !strictGregorian.has(dateKey(v)));
    const months: string[][] = Array.from({ length: 12 }, () => []);
    months[index] = strict;
    addMonths(months, 'gregorian', true);
    months[index] = loose;
    addMonths(months, 'gregorian', false);
  });
  addMonths(generated.gregorianMonths.fa.map((v) => v.filter((n) => !strictGregorian.has(dateKey(n)))), 'gregorian', false);
  addMonths(generated.gregorianMonths['fa-AF'].map((v) => v.filter((n) => !strictGregorian.has(dateKey(n)))), 'gregorian', false);
  addMonths(curated.hijriMonthVariants, 'hijri', false);

  [...generated.weekdays.map((w) => [w]), ...curated.weekdayVariants].forEach((variants, i) => {
    for (const name of variants) add(name, { kind: 'weekday', weekday: i % 7 });
  });
  const table: ReadonlyArray<readonly [string, Entry]> = [
    ['امروز', { kind: 'dayRel', offset: 0 }],
    ['امشب', { kind: 'dayRel', offset: 0 }],
    ['دیروز', { kind: 'dayRel', offset: -1 }],
    ['دیشب', { kind: 'dayRel', offset: -1 }],
    ['فردا', { kind: 'dayRel', offset: 1 }],
    ['فرداشب', { kind: 'dayRel', offset: 1 }],
    ['پریروز', { kind: 'dayRel', offset: -2 }],
    ['پریشب', { kind: 'dayRel', offset: -2 }],
    ['پسفردا', { kind: 'dayRel', offset: 2 }],
    ['امسال', { kind: 'yearRel', offset: 0 }],
    ['پارسال', { kind: 'yearRel', offset: -1 }],
    ['روز', { kind: 'unit', unit: 'day' }],
    ['هفته', { kind: 'unit', unit: 'week' }],
    ['ماه', { kind: 'unit', unit: 'month' }],
    ['سال', { kind: 'unit', unit: 'year' }],
    ['گذشته', { kind: 'dir', dir: 'past' }],
    ['قبل', { kind: 'dir', dir: 'ago' }],
    ['پیش', { kind: 'dir', dir: 'ago' }],
    ['آینده', { kind: 'dir', dir: 'future' }],
    ['آتی', { kind: 'dir', dir: 'future' }],
    ['بعد', { kind: 'dir', dir: 'after' }],
    ['دیگر', { kind: 'dir', dir: 'later' }],
    ['جاری', { kind: 'dir', dir: 'current' }],
    ['اخیر', { kind: 'dir', dir: 'recent' }],
    ['این', { kind: 'this' }],
    ['همین', { kind: 'this' }],
    ['اوایل', { kind: 'modifier', modifier: 'early' }],
    ['ابتدای', { kind: 'modifier', modifier: 'early' }],
    ['آغاز', { kind: 'modifier', modifier: 'early' }],
    ['اواسط', { kind: 'modifier', modifier: 'mid' }],
    ['میانه', { kind: 'modifier', modifier: 'mid' }],
    ['نیمه', { kind: 'modifier', modifier: 'half' }],
    ['اواخر', { kind: 'modifier', modifier: 'late' }],
    ['انتهای', { kind: 'modifier', modifier: 'late' }],
    ['پایان', { kind: 'modifier', modifier: 'late' }],
    ['دهه', { kind: 'decade' }],
    ['قرن', { kind: 'century' }],
    ['سده', { kind: 'century' }],
    ['چند', { kind: 'few' }],
    ['مبارک', { kind: 'blessed' }],
  ];
  for (const [phrase, entry] of table) add(phrase, entry);
  for (const part of ['صبح', 'ظهر', 'عصر', 'شب', 'شامگاه', 'بامداد', 'غروب', 'بعدازظهر', 'صبحگاه', 'نیمه‌شب']) {
    add(part, { kind: 'dayPart' });
  }
  for (const era of curated.eras.jalali) add(era, { kind: 'era', calendar: 'jalali' });
  for (const era of curated.eras.hijri) add(era, { kind: 'era', calendar: 'hijri' });
  add('میلادی', { kind: 'era', calendar: 'gregorian' });
  return lex;
}

/** The vocabulary by folded key. */
export const LEXICON: ReadonlyMap<string, Entry> = buildLexicon();

/** Every proper prefix of a lexicon key: a phrase is only looked up over several tokens when its start is one. */
export const LEXICON_PREFIXES: ReadonlySet<string> = new Set(
  [...LEXICON.keys()].flatMap((key) => Array.from({ length: key.length - 1 }, (_, n) => key.slice(0, n + 1))),
);

/** What one token's key starts: the entry it is by itself, and whether it begins a longer entry. */
export interface Trigger {
  entry: Entry | null;
  opensLonger: boolean;
}

/** Every key that is an entry or begins one: the one lookup most tokens need. */
export const TRIGGERS: ReadonlyMap<string, Trigger> = new Map(
  [...new Set([...LEXICON.keys(), ...LEXICON_PREFIXES])].map((key) => [key, { entry: LEXICON.get(key) ?? null, opensLonger: LEXICON_PREFIXES.has(key) }]),
);

/** Longest entry in tokens when written with spaces (جمادی الاول ی …). */
export const MAX_PHRASE_TOKENS = 3;
