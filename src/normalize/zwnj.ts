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

/**
 * Verb shape after می/نمی: the finite verb ends in a personal ending, so its last letter is م ی د or ت
 * («می‌روم», «می‌روی», «می‌رود», «می‌رفت», «می‌روند»). «می» before anything else (a number: «۱۵ می»,
 * a noun: «می ناب») stays a separate word.
 */
const VERB_FINAL_LETTERS: ReadonlySet<string> = new Set(['م', 'ی', 'د', 'ت']);

/**
 * Words as small integers, so that the sets above can be asked about a stretch of code units without building a
 * string: each letter of the sets' alphabet (under 32 letters) is one base-32 digit, up to 6 letters (under
 * 2^30, a small integer for the engine). -1 for anything else, which no set holds.
 */
const MAX_CODED_LENGTH = 6;
const ALPHABET_BASE = 32;
/** Digit (1–31) of each Arabic-block letter used by the sets, 0 for the others. */
const LETTER_DIGIT = new Uint8Array(0x100);

function unitsOf(word: string): Uint16Array {
  const units = new Uint16Array(word.length);
  for (let k = 0; k < word.length; k++) units[k] = word.charCodeAt(k);
  return units;
}

function wordCode(units: ArrayLike<number>, from: number, to: number): number {
  if (to - from > MAX_CODED_LENGTH || to <= from) return -1;
  let code = 0;
  for (let k = from; k < to; k++) {
    const index = (units[k] ?? 0) - 0x0600;
    const digit = index >= 0 && index < 0x100 ? (LETTER_DIGIT[index] ?? 0) : 0;
    if (digit === 0) return -1;
    code = code * ALPHABET_BASE + digit;
  }
  return code;
}

let alphabetSize = 0;
function codesOf(words: Iterable<string>): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const word of words) {
    for (let k = 0; k < word.length; k++) {
      const index = word.charCodeAt(k) - 0x0600;
      if (index < 0 || index >= 0x100 || word.length > MAX_CODED_LENGTH) throw new Error(`zwnj: cannot code ${word}`);
      if (LETTER_DIGIT[index] === 0) {
        if (++alphabetSize >= ALPHABET_BASE) throw new Error('zwnj: alphabet too large');
        LETTER_DIGIT[index] = alphabetSize;
      }
    }
    codes.add(wordCode(unitsOf(word), 0, word.length));
  }
  return codes;
}

const AFTER_ANY = codesOf(SUFFIXES_AFTER_ANY);
const AFTER_HEH = codesOf(SUFFIXES_AFTER_HEH);
const AFTER_VOWEL = codesOf(CLITICS_AFTER_VOWEL);
const FUNCTION = codesOf(FUNCTION_WORDS);
const DEMONSTRATIVE = codesOf(DEMONSTRATIVES);
const VERB_PREFIX = codesOf(VERB_PREFIXES);
const VERB_FINAL: ReadonlySet<number> = new Set(Array.from(VERB_FINAL_LETTERS, (letter) => letter.charCodeAt(0)));
const HEH_UNIT = 0x0647;
const YEH_UNIT = 0x06cc;

/** {@link isVerbPrefix} on the code units `units[from, to)`. */
export function isVerbPrefixUnits(units: Uint16Array, from: number, to: number): boolean {
  return VERB_PREFIX.has(wordCode(units, from, to));
}

/**
 * {@link shouldJoinWords} on code units: `first[firstFrom, firstTo)` and `second[secondFrom, secondTo)`. Called for
 * every space between Persian words during normalization, so no strings are built.
 */
export function shouldJoinUnits(
  first: Uint16Array,
  firstFrom: number,
  firstTo: number,
  second: Uint16Array,
  secondFrom: number,
  secondTo: number,
): boolean {
  const firstLength = firstTo - firstFrom;
  const secondLength = secondTo - secondFrom;
  if (firstLength <= 0 || secondLength <= 0) return false;
  const a = wordCode(first, firstFrom, firstTo);
  const b = wordCode(second, secondFrom, secondTo);
  if (VERB_PREFIX.has(a)) return secondLength >= 2 && !FUNCTION.has(b) && VERB_FINAL.has(second[secondTo - 1] ?? 0);
  if (firstLength < 2) return false;
  const lastOfFirst = first[firstTo - 1];
  // «آن‌ها», «این‌ها»: the demonstratives are the one kind of function word that takes the plural.
  if (AFTER_ANY.has(b) && second[secondFrom] === HEH_UNIT && second[secondFrom + 1] === 0x0627 && DEMONSTRATIVE.has(a)) return true;
  if (FUNCTION.has(a)) return false;
  if (AFTER_ANY.has(b)) return true;
  if (AFTER_VOWEL.has(b)) return lastOfFirst === HEH_UNIT || lastOfFirst === YEH_UNIT;
  return AFTER_HEH.has(b) && lastOfFirst === HEH_UNIT;
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
  return shouldJoinUnits(unitsOf(first), 0, first.length, unitsOf(second), 0, second.length);
}
