/** Persian-heavy string and option arbitraries for property tests. */
import fc from 'fast-check';
import type { NormalizeOptions } from '../../src/normalize/index';
import { NO_STEP } from '../helpers/normalize-options';

const PIECES = [
  'ا', 'ب', 'پ', 'ت', 'ه', 'ی', 'ي', 'ك', 'ک', 'د', 'ر', 'و', 'م', 'ن', 'ش', 'ئ', 'ۀ', 'ة', 'أ', 'آ', 'ھ', 'ء',
  'می', 'نمی', 'بی', 'ها', 'های', 'تر', 'ترین', 'ام', 'اند', 'ای', 'اش', 'مان', 'کتاب', 'خانه', 'بندر', 'رود', 'دانم',
  '\u200c', '\u200c\u200c', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200f', '\u200e', '\u061c', '\u202b', '\u202c', '\ufeff', '\u00ad',
  '0', '1', '9', '۰', '۵', '٣', '.', ',', '،', '؛', '؟', '?', ';', '!', ':', '"', "'", "''", '«', '»', '(', ')', '[', ']', '{', '}', '%', '٪', '-', 'ـ', 'ـــ',
  '\u064e', '\u0650', '\u064b', '\u0651', '\u0652', '\u0654', '\u0670', '\u06e5',
  'ڪ', 'ۍ', 'ے', 'ٲ', 'ۂ', 'ڤ', 'ں',
  'a', 'Z', 'COVID-19', 'mp3', 'https://x.ir/a?b=1', 'a@b.com', '@user', '#تگ',
  '😀', '👍🏽', '🇮🇷', '1️⃣', '\ud800', '\udc00', 'ﻻ', 'ﷲ', 'ﷺ', '﷽', 'ﮤ', '&quot;', '&#39;', "'39؛", '&amp;', '&', '&zwnj;', '&rlm;',
  '...', '…', '\r\n',
];

/**
 * Words the affix, prefix and ezafe rules decide about: verbs and nouns after «می», the month and wine contexts,
 * «بی» and what keeps it apart, hosts ending in ه and ی, suffixes and clitics, and numbers glued to words.
 */
const WORDS = [
  'می', 'نمی', 'بی', 'ماه', 'سال', 'سال‌های', 'امسال', 'ناب', 'ترزا', 'خواهم', 'توان', 'رود', 'رفت', 'گذشته',
  'دلیل', 'او', 'سی', 'ام', 'اش', 'اند', 'ای', 'ها', 'های', 'هایی', 'تر', 'ترین', 'شان', 'و', 'که', 'به', 'همه',
  'خانه', 'قوه', 'جمعه', 'جمعهها', 'کوههای', 'زندگی', 'ایرانی', 'کتاب', 'قضاییه', 'هههه', 'ی', 'ي', 'ء',
  'خانهٔ', 'خانۀ', 'خانه‌ی', 'خانهء', 'خانه‌ٔ', 'هٔ', '۱۵', '۱۲۳', '2023', '۹متر', 'عرض۶', '۲۰مین', '#سال۱۴۰۲',
];

/** What separates two words: spaces, joiners, nothing, and the invisible characters typed in their place. */
const SEPARATORS = [' ', ' ', ' ', '  ', '\u200c', '', ' \u200c', '\u200c ', '\u200b', '\u00ad', '\u200f', '\u200e', '\n', '، ', '. '];

/** Phrases of {@link WORDS}: the rules' decisions next to each other («در ماه می سال ها», «خانه ی ما»). */
const phrase = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

const pieces = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** Strings made of Persian letters, affixes, spacing, digits, punctuation, Latin, emoji and lone surrogates. */
export const persianText = fc.oneof(pieces, phrase, fc.tuple(pieces, phrase, pieces).map((parts) => parts.join('')));

const BOOLEAN_OPTIONS = [
  'persianLetters', 'tehMarbuta', 'hehHamza', 'alefHamza', 'presentationForms', 'diacritics', 'kashida', 'controls',
  'spacing', 'zwnj', 'affixes', 'punctuation', 'quotes', 'punctuationSpacing', 'htmlEntities',
] as const;

/**
 * The documented option sets: the defaults, each option set to each of its other values alone, every step off,
 * and every step off but one.
 */
export const OPTION_SETS: ReadonlyArray<readonly [string, NormalizeOptions]> = [
  ['defaults', {}],
  ...BOOLEAN_OPTIONS.map((name): [string, NormalizeOptions] => [`${name}: ${name === 'alefHamza' ? 'true' : 'false'}`, { [name]: name === 'alefHamza' }]),
  ...(['en', 'keep'] as const).map((digits): [string, NormalizeOptions] => [`digits: ${digits}`, { digits }]),
  ...(['hamza', 'yeh', 'keep'] as const).map((ezafe): [string, NormalizeOptions] => [`ezafe: ${ezafe}`, { ezafe }]),
  ['every step off', NO_STEP],
  ...BOOLEAN_OPTIONS.filter((name) => name !== 'hehHamza').map((name): [string, NormalizeOptions] => [`only ${name}`, { ...NO_STEP, [name]: true }]),
  ['only digits: fa', { ...NO_STEP, digits: 'fa' }],
  ...(['omit', 'hamza', 'yeh'] as const).map((ezafe): [string, NormalizeOptions] => [`only ezafe: ${ezafe}`, { ...NO_STEP, ezafe }]),
];

/** Any combination of option values. */
export const anyOptions: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    ...Object.fromEntries(BOOLEAN_OPTIONS.map((name) => [name, fc.boolean()])),
    digits: fc.constantFrom('fa', 'en', 'keep'),
    ezafe: fc.constantFrom('omit', 'hamza', 'yeh', 'keep'),
  } as Record<keyof NormalizeOptions, fc.Arbitrary<NormalizeOptions[keyof NormalizeOptions]>>,
  { requiredKeys: [] },
) as fc.Arbitrary<NormalizeOptions>;

/** How many cases each property runs: `NORMALIZE_RUNS` (e.g. 1000000 locally), else `fallback` (CI). */
export function runs(fallback: number): number {
  const fromEnvironment = Number(process.env.NORMALIZE_RUNS);
  return Number.isFinite(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : fallback;
}
