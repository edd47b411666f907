/**
 * Worst-case time, measured as growth: every unit of text the rules react to is repeated to 1×, 10× and 100×
 * sizes and timed in one run; no step of 10× may cost more than {@link MAX_GROWTH}× the time. A linear rule
 * gives about 10×, a quadratic one 100×, so the bound holds on a noisy shared machine and still fails for a
 * quadratic rule.
 *
 * Why three sizes: extraction works in blocks of 16 K units of text, so a rule that is quadratic inside a block
 * is only linear across blocks. 2 K → 20 K (one block) finds what is superlinear inside a block, 20 K → 200 K
 * what is superlinear in the whole text (tokenizer, sentence splitter, normalizer, stream chunker).
 *
 * The units come from the shipped data (every title, role, head noun, month, weekday, era, number word, relative
 * word, modifier, currency, measure word, verb of saying, boundary word …) and from the tokenizer's character classes (URL and e-mail
 * triggers, digits, separators, ZWNJ, marks …), alone and in pairs. Shared by tests/robustness/growth.test.ts
 * and the long version in tests/fuzz/growth.test.ts (`npm run fuzz`).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { seededRandom } from '../../bench/corpus';
import generatedCalendar from '../../dictionaries/generated/calendar.json';
import curatedCalendar from '../../dictionaries/curated/calendar.json';
import currencies from '../../dictionaries/curated/currencies.json';
import { builtinData } from '../../src/dictionaries/builtin';
import { NUMBER_WORDS } from '../../src/numbers/index';
import { LEXICON } from '../../src/recognizers/date/lexicon';
import { CLOCK_WORDS, CURRENCIES, DAY_PARTS, PERCENT_WORDS } from '../../src/recognizers/measure-words';
import { SentenceChunker } from '../../src/stream/chunker';
import { extractEntities, normalize, sentences, tokenize } from '../../src/index';

/** The sizes every input is made at, in UTF-16 code units: 1×, 10×, 100×. */
export const SIZES = [2_000, 20_000, 200_000] as const;

/** The first two sizes: what is superlinear inside one extraction block (all the per-word rules). */
export const BLOCK_SIZES = SIZES.slice(0, 2);

/** The largest time ratio allowed between two sizes 10× apart. */
export const MAX_GROWTH = 25;

/** How often a unit is measured again when a ratio is above the bound (the smallest ratio of all counts). */
const ATTEMPTS = 6;

/** Each size is run again and again until this much time has passed, and the mean time of a run is taken. */
const MIN_MEASURED_MS = 4;

const unique = (words: Iterable<string>): string[] => [...new Set([...words].filter((w) => w.trim().length > 0))];

const DATE_WORD_KINDS = new Set(['dayRel', 'yearRel', 'unit', 'dir', 'this', 'modifier', 'decade', 'century', 'dayPart', 'few', 'blessed']);

const monthNames = (lists: ReadonlyArray<ReadonlyArray<string>>): string[] => lists.flat();

/** The words the rules react to, by kind, from the shipped data. */
export const DATA_UNITS: Readonly<Record<string, readonly string[]>> = {
  title: unique(builtinData.titles.map((t) => t.text)),
  role: unique(builtinData.nameWords.roles),
  head: unique([...builtinData.triggers.organizationHeads, ...builtinData.triggers.locationHeads].map((h) => h.text)),
  month: unique([
    ...monthNames(generatedCalendar.jalaliMonths.fa),
    ...monthNames(generatedCalendar.jalaliMonths['fa-AF']),
    ...monthNames(generatedCalendar.gregorianMonths.fa),
    ...monthNames(generatedCalendar.gregorianMonths['fa-AF']),
    ...monthNames(curatedCalendar.jalaliMonthVariants),
    ...monthNames(curatedCalendar.afghanMonthVariants),
    ...monthNames(curatedCalendar.gregorianMonthVariants),
    ...monthNames(curatedCalendar.hijriMonthVariants),
  ]),
  weekday: unique([...generatedCalendar.weekdays, ...monthNames(curatedCalendar.weekdayVariants)]),
  era: unique([...Object.values(generatedCalendar.eras).flat(), ...Object.values(curatedCalendar.eras).flat()]),
  number: unique(NUMBER_WORDS),
  dateWord: unique([...LEXICON].filter(([, entry]) => DATE_WORD_KINDS.has(entry.kind)).map(([key]) => key)),
  currency: unique(currencies.currencies.flatMap((c) => c.names)),
  measureWord: unique([...DAY_PARTS.entries.keys(), ...PERCENT_WORDS, ...Object.values(CLOCK_WORDS), ...CURRENCIES.firstWords]),
  personVerb: unique(builtinData.nameWords.personVerbsAfter),
  ruleWord: unique([
    ...builtinData.triggers.nameBoundaryWords,
    ...builtinData.triggers.presidencyWords,
    ...Object.values(builtinData.triggers.organizationContextWords).flat(),
    ...builtinData.triggers.reportSourcePhrases,
    ...builtinData.triggers.agencyRoleWords,
    ...builtinData.triggers.clauseOpeningWords,
    ...builtinData.triggers.surnameSuffixWords,
    ...builtinData.triggers.trailingVerbWords,
  ]),
};

/** Every data unit once, with its kind. */
export const ALL_DATA_UNITS: ReadonlyArray<readonly [kind: string, unit: string]> = Object.entries(DATA_UNITS).flatMap(([kind, units]) =>
  units.map((unit) => [kind, unit] as const),
);

/** The tokenizer's character classes: what opens a URL, an e-mail, a number, a date, an abbreviation, an emoji … */
export const CHAR_UNITS: readonly string[] = [
  // URL and e-mail triggers
  'h', 'H', 'w', 'f', 'www.', 'http://', 'https://a.b/', 'ftp:', '@', 'a@', 'a@b.', '.a', 'ab.', 'a.', '#', '_',
  // digits of the three scripts, and numbers with their separators
  '1', '۱', '١', '۱۲', '1402', '۱۴۰۲/', '۱۲:', '۳٫', '۳٬', '1,', '1.',
  // separators and punctuation
  ' ', '\n', '\r\n', '\t', '/', '-', '.', ':', ',', '،', '؛', '؟', '?', '!', '…', '+', "'", '’', '"', '«', '»', '(', ')', '[', '<b>', '&amp;',
  // joiners, marks, kashida, bidi controls, presentation forms, emoji pieces
  '\u200c', '\u200d', '\u064b', '\u0651', '\u0670', 'ـ', '\u202e', '\u200f', 'ﷺ', 'ﷲ', 'ﻻ', '😀', '\ufe0f', '\u20e3', '🇮', '👍🏽',
  // letters of the scripts
  'ب', 'ک', 'ي', 'a', 'Z', 'é',
];

/**
 * Inputs found harmful before (issue 14) and the adversarial repetitions of earlier sweeps, each a piece repeated
 * to size (and a tail after it).
 */
export const NAMED_INPUTS: ReadonlyArray<{ name: string; piece: string; tail?: string }> = [
  { name: 'titles in a row (آقای دکتر)', piece: 'آقای دکتر ' },
  { name: 'a number word glued with «و», then a month', piece: 'یکو', tail: 'الف اسفند' },
  { name: 'a head noun that is also a listed name (سپاه)', piece: 'سپاه ' },
  { name: 'URL trigger and a separator (h+)', piece: 'h+' },
  { name: 'URL trigger, separator and www', piece: 'w.www+' },
  { name: 'e-mail local parts before an «@» without a domain', piece: 'ab.', tail: '@' },
  { name: 'a ligature that expands to 18 units (ﷺ)', piece: 'ﷺ' },
  { name: 'repeated title chain دکتر مهندس', piece: 'دکتر مهندس ' },
  { name: 'number/month soup', piece: '۱۲ خرداد ۱۴۰۲ و ' },
  { name: 'repeated جمهوری اسلامی', piece: 'جمهوری اسلامی ' },
  { name: 'Latin run ending in www.', piece: 'AAAAAAAAAA', tail: 'www.A' },
  { name: 'year, era letter, then spaces', piece: '۱۴۰۲ ه          ' },
  { name: 'slashes and digits', piece: '۱۴۰۲/' },
  { name: 'mixed RTL/LTR with bidi controls', piece: 'ایران\u202eIran\u202c ' },
  { name: 'a family name learned, then mentioned', piece: 'بهروز کمالوندی گفت. سپس کمالوندی افزود. ' },
  { name: 'amount words before a currency', piece: 'یک و ', tail: 'دلار' },
  { name: 'a chain of percent ranges', piece: '۵ درصد تا ', tail: '۶ درصد' },
  { name: 'clock times and days', piece: 'ساعت ۱۰ صبح روز دوشنبه و صبح امروز ' },
  { name: 'repeated ساعت and ربع', piece: 'ساعت ربع به ' },
];

/** `piece` repeated to about `size` code units, then `tail`. */
export function repeatedTo(piece: string, size: number, tail?: string): string {
  const end = tail ?? '';
  return piece.repeat(Math.max(1, Math.round((size - end.length) / piece.length))) + end;
}

/** A function the growth of which is measured, by name. */
export type Measured = (input: string) => unknown;

const referenceDate = '2024-01-15';

/** Extraction: what every unit is measured with. */
export const EXTRACT: Measured = (input) => extractEntities(input, { referenceDate });

/** How many chunks the stream chunker is given, and how many of its buffers the input fills, whatever the size. */
const STREAM_CHUNKS = 64;
const STREAM_BUFFERS = 8;

/** The functions that run on the whole text, not in blocks: measured with the character classes. */
export const WHOLE_TEXT: Readonly<Record<string, Measured>> = {
  extractEntities: EXTRACT,
  tokenize,
  sentences,
  normalize,
  // Chunks and buffer bound in proportion to the input: the chunker looks for sentence ends each time its buffer
  // doubled and cuts at its bound, so with fixed sizes its work per unit would depend on where an input size falls
  // between two powers of two and on whether it passes the bound; scaled, a linear chunker does the same work per
  // unit at every size, and one that rescans its buffer too often shows it.
  'stream chunker': (input) => {
    const chunker = new SentenceChunker(Math.max(2, Math.ceil(input.length / STREAM_BUFFERS)));
    const size = Math.ceil(input.length / STREAM_CHUNKS);
    for (let at = 0; at < input.length; at += size) chunker.push(input.slice(at, at + size));
    return chunker.end();
  },
};

/**
 * The mean time of one `run(input)`, over as many runs as take {@link MIN_MEASURED_MS} and read `minUnits` units of
 * input: with as many units at every size, each size allocates as much and pays its share of garbage collection.
 */
function meanTime(run: Measured, input: string, minUnits: number): number {
  const started = performance.now();
  let runs = 0;
  let elapsed = 0;
  do {
    run(input);
    runs++;
    elapsed = performance.now() - started;
  } while (elapsed < MIN_MEASURED_MS || runs * input.length < minUnits);
  return elapsed / runs;
}

/** The growth of `run` on the inputs `make(size)` for the {@link SIZES}. */
export interface Growth {
  /** Time ratios between consecutive sizes, of the fastest time measured at each size. */
  ratios: number[];
  /** The fastest mean milliseconds per run measured at each size. */
  times: number[];
}

setFlagsFromString('--expose-gc');
/** A full garbage collection, so that a run does not pay for what earlier runs left (V8's `gc`, exposed here). */
const collectGarbage = runInNewContext('gc') as () => void;

/** The pause before measuring again, growing with each attempt: a burst of load on a shared machine passes. */
const PAUSE_MS = 150;

/**
 * Measures `run` on inputs of each size, in one run; measured again (up to {@link ATTEMPTS} times, after a pause,
 * each size then run after a full garbage collection until it read as many units as the largest) while a ratio is
 * above {@link MAX_GROWTH}. Each
 * size keeps its fastest time over the attempts: on a shared machine noise only ever adds time, and it comes in
 * bursts that can cover one size's measurement and not the other's.
 */
export async function measureGrowth(run: Measured, make: (size: number) => string, sizes: readonly number[] = SIZES): Promise<Growth> {
  const inputs = sizes.map(make);
  run(inputs[0]!); // warm-up, untimed: a first call may build indexes or compile code
  const times = sizes.map(() => Infinity);
  let ratios = sizes.slice(1).map(() => Infinity);
  for (let attempt = 0; attempt < ATTEMPTS && ratios.some((r) => r > MAX_GROWTH); attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS * attempt));
    // The first attempt times a small input over a few milliseconds, which may fit between two of the slices of
    // time a busy machine gives this process while a large one cannot: the retries compare equal work only.
    if (attempt === 1) times.fill(Infinity);
    const minUnits = attempt === 0 ? 0 : Math.max(...inputs.map((input) => input.length));
    inputs.forEach((input, k) => {
      if (attempt > 0) collectGarbage();
      times[k] = Math.min(times[k]!, meanTime(run, input, minUnits));
    });
    ratios = times.slice(1).map((t, k) => t / Math.max(times[k]!, 1e-3));
  }
  return { ratios, times };
}

/** The pieces among `pieces` whose growth under `run` is above the bound, described; empty when all are within it. */
export async function tooFast(run: Measured, pieces: ReadonlyArray<readonly [name: string, piece: string]>, sizes: readonly number[] = SIZES): Promise<string[]> {
  const failures: string[] = [];
  for (const [name, piece] of pieces) {
    const growth = await measureGrowth(run, (size) => repeatedTo(piece, size), sizes);
    if (growth.ratios.some((r) => r > MAX_GROWTH)) failures.push(describeGrowth(name, growth));
  }
  return failures;
}

/** Each unit with `partners` others, chosen by a seeded shuffle. */
export function pairsOf<T>(units: readonly T[], seed: number, partners = 1): Array<[T, T]> {
  const random = seededRandom(seed);
  const pairs: Array<[T, T]> = [];
  for (let round = 0; round < partners; round++) {
    const shuffled = [...units];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    shuffled.forEach((unit, i) => pairs.push([units[i]!, unit]));
  }
  return pairs;
}

/** Data units in pairs, apart and glued with «و» or a ZWNJ, as named pieces. */
export function dataPairPieces(pairs: ReadonlyArray<readonly [readonly [string, string], readonly [string, string]]>): Array<[string, string]> {
  const joiners = [' ', 'و', ' و ', '\u200c', '، '];
  return pairs.map(([[kindA, a], [kindB, b]], i) => {
    const joiner = joiners[i % joiners.length]!;
    return [`${kindA} ${a} ${JSON.stringify(joiner)} ${kindB} ${b}`, `${a}${joiner}${b} `];
  });
}

/** Every character class glued to others, as named pieces. */
export function charPairPieces(pairs: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return pairs.map(([a, b]) => [JSON.stringify(a + b), a + b]);
}

/** A line that says what grew how much, for a failure message. */
export function describeGrowth(name: string, growth: Growth): string {
  return `${name}: ${growth.times.map((t) => `${t.toFixed(2)} ms`).join(' → ')} (×${growth.ratios.map((r) => r.toFixed(1)).join(', ×')})`;
}

/** The benchmark corpus's seeded PRNG, for pairs and shuffles that a seed replays. */
export { seededRandom };
