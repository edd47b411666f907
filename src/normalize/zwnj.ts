/**
 * Where Persian orthography wants a ZWNJ between two words written with a space: the decision for affixes.
 * Conservative by design: a pair is joined only when the second word is a known suffix (or the first a verbal
 * prefix followed by a verb-shaped word) and nothing suggests the words are independent.
 */

/** Plural and comparative suffixes: joined after any content word. */
const SUFFIXES_AFTER_ANY: ReadonlySet<string> = new Set([
  'ها',
  'های',
  'هایی',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'تر',
  'ترین',
  'تری',
]);

/**
 * Personal endings and the indefinite/ezafe «ای» written with alef: Persian spells them with alef only after a
 * word ending in ه («رفته‌اند», «خانه‌ای»), so only that case is joined. Elsewhere «ای» is the vocative
 * («ای خدا») and «اند» a separate word.
 */
const SUFFIXES_AFTER_HEH: ReadonlySet<string> = new Set(['ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'ای']);

/**
 * Plural possessive clitics: written apart only after a vowel-final word («زندگی‌شان», «خانه‌مان»,
 * «خواب‌های‌تان»); after a consonant they are glued and never spaced, so only ی/ه-final hosts are joined.
 */
const CLITICS_AFTER_VOWEL: ReadonlySet<string> = new Set(['مان', 'تان', 'شان']);

/** Function words never take these suffixes (e.g. «که ای», «به ها» are two words). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'و', 'که', 'به', 'از', 'را', 'در', 'با', 'تا', 'این', 'آن', 'چه', 'نه', 'هر', 'یا', 'اگر', 'ما', 'من', 'تو',
  'او', 'شما', 'بر', 'هم', 'می', 'نمی', 'چون', 'ای', 'ها', 'اما', 'پس', 'نیز', 'یک', 'همه', 'هیچ', 'است',
]);

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['آن', 'این']);

/** The imperfective prefixes that take a ZWNJ before the verb. */
const VERB_PREFIXES: ReadonlySet<string> = new Set(['می', 'نمی']);

const HEH = 'ه';

/**
 * Verb shape after می/نمی: the finite verb ends in a personal ending, so its last letter is م ی د or ت
 * («می‌روم», «می‌روی», «می‌رود», «می‌رفت», «می‌روند»). «می» before anything else (a number: «۱۵ می»,
 * a noun: «می ناب») stays a separate word.
 */
const VERB_FINAL_LETTERS: ReadonlySet<string> = new Set(['م', 'ی', 'د', 'ت']);

/** Every second word {@link shouldJoinWords} can join to a first word that is not a verbal prefix. */
const JOINABLE_SECOND_WORDS: readonly string[] = [...SUFFIXES_AFTER_ANY, ...SUFFIXES_AFTER_HEH, ...CLITICS_AFTER_VOWEL];

/** Whether the code units `units[from, to)` spell `word`. */
function unitsSpell(units: Uint16Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (units[from + k] !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether `units[from, to)` is a word {@link shouldJoinWords} may join after a non-prefix: a cheap check on code
 * units, so that the strings are built only for the few candidates.
 */
export function isJoinableSecondWord(units: Uint16Array, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (const word of JOINABLE_SECOND_WORDS) if (unitsSpell(units, from, to, word)) return true;
  return false;
}

/** {@link isVerbPrefix} on code units `units[from, to)`. */
export function isVerbPrefixUnits(units: Uint16Array, from: number, to: number): boolean {
  for (const word of VERB_PREFIXES) if (unitsSpell(units, from, to, word)) return true;
  return false;
}

/** First letters any joinable second word can start with: a cheap pre-check before building strings. */
export function mayStartSuffix(unit: number): boolean {
  return unit === 0x0647 /* ه */ || unit === 0x062a /* ت */ || unit === 0x0627 /* ا */ || unit === 0x0645 /* م */ || unit === 0x0634 /* ش */;
}

/** Whether `word` (already normalized) is می or نمی. */
export function isVerbPrefix(word: string): boolean {
  return VERB_PREFIXES.has(word);
}

/**
 * Whether `first` and `second` (two normalized Persian words separated by a space) should be written as one
 * word with a ZWNJ (or, after a non-joining letter, with nothing).
 */
export function shouldJoinWords(first: string, second: string): boolean {
  if (first.length === 0 || second.length === 0) return false;
  if (VERB_PREFIXES.has(first)) {
    return second.length >= 2 && !FUNCTION_WORDS.has(second) && VERB_FINAL_LETTERS.has(second[second.length - 1] ?? '');
  }
  if (first.length < 2) return false;
  // «آن‌ها», «این‌ها»: the demonstratives are the one kind of function word that takes the plural.
  if (SUFFIXES_AFTER_ANY.has(second) && second.startsWith('ها') && DEMONSTRATIVES.has(first)) return true;
  if (FUNCTION_WORDS.has(first)) return false;
  if (SUFFIXES_AFTER_ANY.has(second)) return true;
  if (CLITICS_AFTER_VOWEL.has(second)) return first.endsWith(HEH) || first.endsWith('ی');
  return SUFFIXES_AFTER_HEH.has(second) && first.endsWith(HEH);
}
