/**
 * The date vocabulary, keyed by dictionary key: month names of the three calendars (CLDR + curated variants),
 * weekdays, seasons, occasions, relative words, units, directions, modifiers, eras. Multi-word entries (سه شنبه،
 * ربیع الاول، هجری شمسی، عید فطر) are stored joined, so «سه‌شنبه», «سه شنبه» and «سهشنبه» all find the same entry.
 */
import generated from '../../../dictionaries/generated/calendar.json';
import curated from '../../../dictionaries/curated/calendar.json';
import { dictionaryKey } from '../../normalize/index';
import type { Calendar } from '../../types';

export type Direction = 'past' | 'ago' | 'future' | 'later' | 'after' | 'current' | 'recent';
/** Units of relative and counted expressions; a decade and a century count as 10 and 100 years. */
export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
export type Modifier = 'early' | 'mid' | 'late' | 'half';

/** A day (or a run of days) fixed in one calendar: نوروز is 1 Farvardin, عاشورا 10 Muharram. */
export interface Occasion {
  calendar: Calendar;
  month: number;
  day: number;
  /** How many days it spans (دهه فجر: 11). */
  days: number;
  /** Also an everyday word: needs a year or a direction beside it. */
  needsEvidence: boolean;
}

export type Entry =
  /**
   * `strict`: a common word that needs strong evidence (حمل، مه، می); `ambiguous`: a word or a name, a number word
   * before it is no evidence (سه تیر); `standalone`: no other word, a date by itself (فروردین، سپتامبر).
   */
  | { kind: 'month'; calendar: Calendar; month: number; withMah: boolean; strict: boolean; ambiguous: boolean; standalone: boolean }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'dayRel'; offset: number; weekday?: number }
  | { kind: 'yearRel'; offset: number }
  | { kind: 'unit'; unit: Unit }
  /** A count glued to its unit: «یکسال», «نیم‌قرن». */
  | { kind: 'count'; count: number; unit: Unit }
  /** «سال‌های», «دهه‌های»: years or decades, plural, before a range. */
  | { kind: 'plural'; unit: 'year' | 'decade' }
  | { kind: 'dir'; dir: Direction }
  | { kind: 'this' }
  | { kind: 'modifier'; modifier: Modifier }
  /** «سه‌ماهه» (a quarter), before an ordinal. */
  | { kind: 'quarter' }
  | { kind: 'era'; calendar: Calendar; beforeChrist: boolean }
  | { kind: 'decade' }
  | { kind: 'century' }
  | { kind: 'season'; season: number }
  | { kind: 'occasion'; occasion: Occasion }
  | { kind: 'dayPart' }
  | { kind: 'few' }
  | { kind: 'blessed' };

export type EntryKind = Entry['kind'];

/**
 * Solar Hijri month names that are also everyday words or names (مهر kindness/the news agency, تیر bullet,
 * دی DNA's first syllable, بهمن avalanche/a name, اسفند wild rue, آذر a name, خرداد in «دوم خرداد»): a plain number
 * word before them is not enough evidence (سه تیر = three bullets), digits, ordinals, ماه or a year are.
 */
const AMBIGUOUS_JALALI = new Set(['تیر', 'مهر', 'دی', 'بهمن', 'اسفند', 'آذر', 'مرداد'].map(dictionaryKey));

/** Month names that are no other word: a date by themselves (curated). */
const STANDALONE_MONTHS = new Set(curated.standaloneMonths.map(dictionaryKey));

/** Gregorian month names that are common words: «مه» (fog), «می» (the verb prefix). */
const STRICT_GREGORIAN = new Set(['مه', 'مهٔ', 'می', 'مای'].map(dictionaryKey));

/**
 * A word with its ezafe written as a letter, as it stands before what it governs: «عاشورای ۱۴۴۵», «جمعه‌ی آینده»,
 * «هفته‌ی گذشته». Words ending in another letter take a vowel sign only, which normalization drops.
 */
function withEzafe(name: string): string[] {
  if (name.endsWith('ا') || name.endsWith('و')) return [name, `${name}ی`];
  if (name.endsWith('ه')) return [name, `${name}‌ی`];
  return [name];
}

/** Units ending in a silent «ه», whose ezafe is written «‌ی» (هفته‌ی قبل); «ماه» ends in a sounded one («ماهی» is a fish). */
const SILENT_HEH_UNITS: ReadonlySet<string> = new Set(['هفته', 'ماهه']);

/** The words of a phrase, split where it is written apart (space or ZWNJ). */
const wordsOf = (phrase: string): string[] => phrase.split(/[\s\u200c]+/u).filter(Boolean);

class LexiconBuilder {
  readonly entries = new Map<string, Entry>();
  /** Keys of the first words of multi-word phrases: a token only joins the next ones when its key is one. */
  readonly prefixes = new Set<string>();

  add(phrase: string, entry: Entry): void {
    const key = dictionaryKey(phrase);
    if (!key) return;
    if (!this.entries.has(key)) this.entries.set(key, entry);
    const words = wordsOf(phrase);
    for (let n = 1; n < words.length; n++) this.prefixes.add(dictionaryKey(words.slice(0, n).join('')));
  }

  addMonths(names: readonly (readonly string[])[], calendar: Calendar, strict: boolean): void {
    names.forEach((variants, index) => {
      for (const name of variants) {
        const ambiguous = strict || AMBIGUOUS_JALALI.has(dictionaryKey(name)) || calendar === 'hijri';
        const standalone = !strict && STANDALONE_MONTHS.has(dictionaryKey(name));
        this.add(name, { kind: 'month', calendar, month: index + 1, withMah: false, strict, ambiguous, standalone });
        // «مهرماه», «مهر ماه», «مهر‌ماه»: the month with the word «ماه» fused or following.
        this.add(`${name} ماه`, { kind: 'month', calendar, month: index + 1, withMah: true, strict: false, ambiguous: false, standalone: true });
      }
    });
  }
}

/** Words of relative expressions, units, directions and modifiers. */
const WORDS: ReadonlyArray<readonly [string, Entry]> = [
  ['امروز', { kind: 'dayRel', offset: 0 }],
  ['امشب', { kind: 'dayRel', offset: 0 }],
  ['دیروز', { kind: 'dayRel', offset: -1 }],
  ['دیشب', { kind: 'dayRel', offset: -1 }],
  ['فردا', { kind: 'dayRel', offset: 1 }],
  ['فردا شب', { kind: 'dayRel', offset: 1 }],
  ['پریروز', { kind: 'dayRel', offset: -2 }],
  ['پریشب', { kind: 'dayRel', offset: -2 }],
  ['پس فردا', { kind: 'dayRel', offset: 2 }],
  ['امسال', { kind: 'yearRel', offset: 0 }],
  ['پارسال', { kind: 'yearRel', offset: -1 }],
  ['روز', { kind: 'unit', unit: 'day' }],
  ['هفته', { kind: 'unit', unit: 'week' }],
  ['ماه', { kind: 'unit', unit: 'month' }],
  // «سه ماهه گذشته»: months counted as an adjective
  ['ماهه', { kind: 'unit', unit: 'month' }],
  ['سال', { kind: 'unit', unit: 'year' }],
  ['سال‌های', { kind: 'plural', unit: 'year' }],
  ['دهه‌های', { kind: 'plural', unit: 'decade' }],
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
  ['سه‌ماهه', { kind: 'quarter' }],
  ['دهه', { kind: 'decade' }],
  ['قرن', { kind: 'century' }],
  ['سده', { kind: 'century' }],
  ['چند', { kind: 'few' }],
  ['مبارک', { kind: 'blessed' }],
];

/** Counts written glued to their unit (یکسال، نیم‌قرن): «نیم» is a half. */
const GLUED_COUNTS: ReadonlyArray<readonly [string, number]> = [['یک', 1], ['نیم', 0.5]];
const COUNTED_UNITS: ReadonlyArray<readonly [string, Unit]> = [
  ['روز', 'day'], ['هفته', 'week'], ['ماه', 'month'], ['سال', 'year'], ['دهه', 'decade'], ['قرن', 'century'], ['سده', 'century'],
];

/** Parts of the day: read around weekdays and «امروز», never part of a date span (they belong to times). */
const DAY_PARTS = ['صبح', 'ظهر', 'عصر', 'شب', 'شامگاه', 'بامداد', 'غروب', 'بعدازظهر', 'صبحگاه', 'نیمه‌شب'];

function buildLexicon(): LexiconBuilder {
  const lex = new LexiconBuilder();
  lex.addMonths(generated.jalaliMonths.fa, 'jalali', false);
  lex.addMonths(curated.jalaliMonthVariants, 'jalali', false);
  // Afghan (Dari) zodiac month names are common words (حمل transport, اسد lion, میزان scale …): strict.
  lex.addMonths(generated.jalaliMonths['fa-AF'], 'jalali', true);
  lex.addMonths(curated.afghanMonthVariants, 'jalali', true);
  curated.gregorianMonthVariants.forEach((variants, index) => {
    const months: string[][] = Array.from({ length: 12 }, () => []);
    months[index] = variants.filter((v) => STRICT_GREGORIAN.has(dictionaryKey(v)));
    lex.addMonths(months, 'gregorian', true);
    months[index] = variants.filter((v) => !STRICT_GREGORIAN.has(dictionaryKey(v)));
    lex.addMonths(months, 'gregorian', false);
  });
  const loose = (names: readonly (readonly string[])[]): string[][] => names.map((v) => v.filter((n) => !STRICT_GREGORIAN.has(dictionaryKey(n))));
  lex.addMonths(loose(generated.gregorianMonths.fa), 'gregorian', false);
  lex.addMonths(loose(generated.gregorianMonths['fa-AF']), 'gregorian', false);
  lex.addMonths(curated.hijriMonthVariants, 'hijri', false);

  // Occasions before weekdays and words: «چهارشنبه سوری», «نیمه شعبان» are phrases of their own.
  for (const o of curated.occasions) {
    const occasion: Occasion = { calendar: o.calendar as Calendar, month: o.month, day: o.day, days: o.days ?? 1, needsEvidence: o.needsEvidence ?? false };
    for (const name of o.names.flatMap(withEzafe)) lex.add(name, { kind: 'occasion', occasion });
  }
  curated.seasons.forEach((variants, index) => {
    for (const name of variants) lex.add(name, { kind: 'season', season: index + 1 });
  });
  const weekdays = [...generated.weekdays.map((w) => [w]), ...curated.weekdayVariants];
  weekdays.forEach((variants, i) => {
    for (const name of variants.flatMap(withEzafe)) lex.add(name, { kind: 'weekday', weekday: i % 7 });
  });
  for (const [phrase, entry] of WORDS) for (const form of SILENT_HEH_UNITS.has(phrase) ? withEzafe(phrase) : [phrase]) lex.add(form, entry);
  // «امروزدوشنبه», «دیروز‌یکشنبه»: a relative day glued to its weekday.
  for (const [phrase, entry] of WORDS) {
    if (entry.kind !== 'dayRel' || wordsOf(phrase).length > 1) continue;
    weekdays.forEach((variants, i) => {
      for (const name of variants) lex.add(`${phrase}${name}`, { kind: 'dayRel', offset: entry.offset, weekday: i % 7 });
    });
  }
  for (const [count, value] of GLUED_COUNTS) {
    for (const [unit, u] of COUNTED_UNITS) lex.add(`${count}${unit}`, { kind: 'count', count: value, unit: u });
  }
  for (const part of DAY_PARTS) lex.add(part, { kind: 'dayPart' });
  for (const era of curated.eras.jalali) lex.add(era, { kind: 'era', calendar: 'jalali', beforeChrist: false });
  for (const era of curated.eras.hijri) lex.add(era, { kind: 'era', calendar: 'hijri', beforeChrist: false });
  for (const era of curated.eras.beforeChrist) lex.add(era, { kind: 'era', calendar: 'gregorian', beforeChrist: true });
  lex.add('میلادی', { kind: 'era', calendar: 'gregorian', beforeChrist: false });
  return lex;
}

const built = buildLexicon();

/** The vocabulary by dictionary key. */
export const LEXICON: ReadonlyMap<string, Entry> = built.entries;

/**
 * Keys of the words that begin a phrase written apart (سه of «سه شنبه», ربیع of «ربیع الاول», مهر of «مهر ماه»): a
 * phrase is only looked up over several tokens when its first tokens are such words.
 */
export const LEXICON_PREFIXES: ReadonlySet<string> = built.prefixes;

/** Longest entry in tokens when written with spaces (جمادی الاول ی, عید سعید فطر, قبل از میلاد). */
export const MAX_PHRASE_TOKENS = 3;

/** What one token's key starts: the entry it is by itself, and whether it begins a longer entry. */
export interface Trigger {
  entry: Entry | null;
  opensLonger: boolean;
  /**
   * Units of the key before the entry when a preposition is glued to it («درژوئن» = در + ژوئن: 2); the entry
   * then starts inside the token.
   */
  gluedPrefix: number;
}

/**
 * Keys of the words after which a bare number is a year (المپیک ۲۰۲۰، انتخابات ۹۶), by the digits it may have; a
 * namer of two words is stored joined, and its last word is in `lastOfTwo`.
 */
export const YEAR_NAMERS: { readonly fourDigits: ReadonlySet<string>; readonly twoDigits: ReadonlySet<string>; readonly lastOfTwo: ReadonlySet<string> } = {
  fourDigits: new Set(curated.yearNamers.fourDigits.map(dictionaryKey)),
  twoDigits: new Set(curated.yearNamers.twoDigits.map(dictionaryKey)),
  lastOfTwo: new Set(curated.yearNamers.fourDigits.filter((n) => wordsOf(n).length === 2).map((n) => dictionaryKey(wordsOf(n)[1] ?? ''))),
};

/** Prepositions typed without their space before a date word: «درژوئن ۱۹۹۱», «ازفروردین». */
const GLUED_PREPOSITIONS = ['در', 'از', 'تا', 'به'].map(dictionaryKey);
/** Entries a preposition may be glued to; month names of two letters (دی، مه، می) are too short to tell. */
const GLUABLE: ReadonlySet<EntryKind> = new Set<EntryKind>(['month', 'season', 'weekday', 'dayRel', 'yearRel']);

/** Every key that is an entry or begins one: the one lookup most tokens need. */
const TRIGGERS: ReadonlyMap<string, Trigger> = new Map(
  [...new Set([...LEXICON.keys(), ...LEXICON_PREFIXES])].map((key) => [key, { entry: LEXICON.get(key) ?? null, opensLonger: LEXICON_PREFIXES.has(key), gluedPrefix: 0 }]),
);

function gluedTrigger(key: string): Trigger | undefined {
  for (const p of GLUED_PREPOSITIONS) {
    if (key.length < p.length + 3 || !key.startsWith(p)) continue;
    const entry = LEXICON.get(key.slice(p.length));
    if (entry && GLUABLE.has(entry.kind)) return { entry, opensLonger: false, gluedPrefix: p.length };
  }
  return undefined;
}

/**
 * The date word a token with dictionary key `key` is or begins, or undefined for most words. Computed once per
 * distinct word by the extractor's vocabulary.
 */
export function dateTriggerOf(key: string): Trigger | undefined {
  return TRIGGERS.get(key) ?? gluedTrigger(key);
}
