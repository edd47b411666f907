/**
 * Where Persian orthography wants a ZWNJ between two words written with a space: the decision for affixes.
 * Conservative by design: a pair is joined only when the second word is a known suffix, or the first a prefix
 * (می، نمی، بی) before a word it attaches to, and nothing suggests the words are independent.
 */
import { CHAR_FLAGS, F_AR_LETTER, F_JOINING } from './char-tables';

const HEH_UNIT = 0x0647;
const YEH_UNIT = 0x06cc;
const ZWNJ_UNIT = 0x200c;

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
 * Personal endings, possessive clitics and the indefinite «ای» written with alef: Persian spells them with alef
 * only after a vowel, a final ه («رفته‌اند», «خانه‌ای», «خانه‌اش») or ی («زندگی‌اش», «ایرانی‌اند»), so only
 * those cases are joined. Elsewhere «ای» is the vocative («ای خدا») and «اند» a separate word.
 */
const SUFFIXES_WITH_ALEF: ReadonlySet<string> = new Set(['ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'ای']);
/** After ی the alef form «ای» is joined only after ه: «گفتی ای کاش» keeps its vocative. */
const INDEFINITE = 'ای';

/**
 * Plural possessive clitics: written apart only after a vowel-final word («زندگی‌شان», «خانه‌مان»,
 * «خواب‌های‌تان»); after a consonant they are glued and never spaced, so only ی/ه-final hosts are joined.
 */
const CLITICS_AFTER_VOWEL: ReadonlySet<string> = new Set(['مان', 'تان', 'شان']);

/** Function words never take these suffixes (e.g. «که ای», «به ها» are two words). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'و', 'که', 'به', 'از', 'را', 'در', 'با', 'تا', 'این', 'آن', 'چه', 'نه', 'هر', 'یا', 'اگر', 'ما', 'من', 'تو',
  'او', 'شما', 'بر', 'هم', 'می', 'نمی', 'چون', 'ای', 'ها', 'اما', 'پس', 'نیز', 'یک', 'همه', 'هیچ', 'است', 'بی', 'وی',
]);

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['آن', 'این']);

/** The imperfective prefixes that take a ZWNJ before the verb. */
const VERB_PREFIXES: ReadonlySet<string> = new Set(['می', 'نمی']);

/**
 * Verb shape: a finite verb ends in a personal ending, so its last letter is م ی د or ت («می‌روم», «می‌روی»,
 * «می‌رود», «می‌رفت», «می‌روند»). Asked only where «می» may be the month May (see {@link PrefixContext}).
 */
const VERB_FINAL_LETTERS: ReadonlySet<string> = new Set(['م', 'ی', 'د', 'ت']);

/**
 * The names of the Latin letters as Persian spells them: in a spelled-out abbreviation («بی بی سی», «بی ام و»,
 * «می سی سی پی») every one stays a word of its own, so neither «بی» nor «می» before them is a prefix.
 */
const LATIN_LETTER_NAMES: readonly string[] = [
  'ای', 'بی', 'سی', 'دی', 'اف', 'جی', 'اچ', 'آی', 'کی', 'ال', 'ام', 'ان', 'او', 'پی', 'کیو', 'آر', 'اس', 'تی', 'یو', 'وی',
  'دبلیو', 'ایکس', 'وای', 'زد', 'زی',
];

/**
 * Words after which «می» is the month May or the noun «wine», never the verbal prefix: the year words of a date
 * («می سال گذشته», «می امسال»), the adjectives of wine in poetry («می ناب», «می کهنه») and the Latin letter
 * names. None is a verb stem.
 */
const NOT_AFTER_VERB_PREFIX: ReadonlySet<string> = new Set([
  'سال', 'امسال', 'پارسال', 'گذشته', 'آینده', 'میلادی', 'ناب', 'کهنه', 'گلگون', 'گلرنگ', 'لعل', 'مست',
  ...LATIN_LETTER_NAMES,
]);

/** What the word before «می/نمی» says about it. */
export const PrefixContext = {
  /** Nothing: «می» before a word is the verbal prefix. */
  none: 0,
  /** A number or «ماه» before it: «۱۵ می», «ماه می» is the month unless a finite verb follows («۱۲۳ می خواهم»). */
  month: 1,
  /** A name before it: «ترزا می» is Theresa May, whatever follows. */
  name: 2,
} as const;
export type PrefixContext = (typeof PrefixContext)[keyof typeof PrefixContext];

/** Words before «می» that make it the month. */
const MONTH_WORDS: ReadonlySet<string> = new Set(['ماه']);
/** Given names before «می» that make it the family name May (the British prime minister). */
const NAMES_BEFORE_MAY: ReadonlySet<string> = new Set(['ترزا']);

/** The privative prefix «بی» (without): joined to the noun or adjective it makes («بی‌دلیل», «بی‌شک»). */
const PRIVATIVE = 'بی';

/**
 * Words after which «بی» stays a separate word: it is then the preposition «without» before a pronoun or a
 * determiner («بی او», «بی هیچ»), or the name of the Latin letter B before another letter name («بی بی سی»,
 * «بی ام و»).
 */
const NOT_AFTER_PRIVATIVE: ReadonlySet<string> = new Set([
  'خود', 'ایشان', 'آنها', 'آنان', 'اینها', 'چنین', 'چنان', 'همین', 'همان', 'کس', 'کسی', 'چیزی',
  ...LATIN_LETTER_NAMES,
]);

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

/**
 * A ZWNJ after a letter that does not join the next one (ا د ذ ر ز ژ و) joins nothing: normalization removes it,
 * so it is no part of a word's spelling («ها‌ی» is «های»). Words are decided as they will be written.
 */
function isSilentJoiner(units: ArrayLike<number>, k: number): boolean {
  if (units[k] !== ZWNJ_UNIT) return false;
  // a run of ZWNJ goes as one: what decides is the unit before the run
  let before = k - 1;
  while (before >= 0 && units[before] === ZWNJ_UNIT) before--;
  return before >= 0 && ((CHAR_FLAGS[units[before] ?? 0] ?? 0) & F_JOINING) === 0;
}

function isArabicLetterUnit(unit: number): boolean {
  return ((CHAR_FLAGS[unit] ?? 0) & F_AR_LETTER) !== 0;
}

function wordCode(units: ArrayLike<number>, from: number, to: number): number {
  if (to <= from) return -1;
  if (to - from > MAX_CODED_LENGTH) return hasJoiner(units, from, to) ? spelledWordCode(units, from, to) : -1;
  let code = 0;
  for (let k = from; k < to; k++) {
    const index = (units[k] ?? 0) - 0x0600;
    const digit = index >= 0 && index < 0x100 ? (LETTER_DIGIT[index] ?? 0) : 0;
    if (digit === 0) return isSilentJoiner(units, k) ? spelledWordCode(units, from, to) : -1;
    code = code * ALPHABET_BASE + digit;
  }
  return code;
}

function hasJoiner(units: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (units[k] === ZWNJ_UNIT) return true;
  return false;
}

/** {@link wordCode} of a word with ZWNJ in it: those that join nothing are left out. */
function spelledWordCode(units: ArrayLike<number>, from: number, to: number): number {
  let code = 0;
  let letters = 0;
  for (let k = from; k < to; k++) {
    if (isSilentJoiner(units, k)) continue;
    const index = (units[k] ?? 0) - 0x0600;
    const digit = index >= 0 && index < 0x100 ? (LETTER_DIGIT[index] ?? 0) : 0;
    if (digit === 0 || ++letters > MAX_CODED_LENGTH) return -1;
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
const WITH_ALEF = codesOf(SUFFIXES_WITH_ALEF);
const INDEFINITE_CODE = wordCode(unitsOf(INDEFINITE), 0, INDEFINITE.length);
const AFTER_VOWEL = codesOf(CLITICS_AFTER_VOWEL);
const FUNCTION = codesOf(FUNCTION_WORDS);
const DEMONSTRATIVE = codesOf(DEMONSTRATIVES);
const VERB_PREFIX = codesOf(VERB_PREFIXES);
const VERB_FINAL: ReadonlySet<number> = new Set(Array.from(VERB_FINAL_LETTERS, (letter) => letter.charCodeAt(0)));
const PRIVATIVE_CODE = wordCode(unitsOf(PRIVATIVE), 0, PRIVATIVE.length);
const NOT_VERB = codesOf(NOT_AFTER_VERB_PREFIX);
const MONTH = codesOf(MONTH_WORDS);
const NAME_BEFORE_MAY = codesOf(NAMES_BEFORE_MAY);
const NOT_PRIVATIVE = codesOf(NOT_AFTER_PRIVATIVE);

/**
 * What the word `units[from, to)` before «می» says about it (see {@link PrefixContext}); `digitBefore` when a
 * number stands there instead.
 */
export function prefixContextOf(units: Uint16Array, from: number, to: number, digitBefore: boolean): PrefixContext {
  if (digitBefore) return PrefixContext.month;
  const word = wordCode(units, from, to);
  if (MONTH.has(word)) return PrefixContext.month;
  return NAME_BEFORE_MAY.has(word) ? PrefixContext.name : PrefixContext.none;
}

/** `units[from, to)` as written: without the ZWNJ that join nothing (see {@link writtenWordEnd}). */
export function writtenWord(units: Uint16Array, from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) if (!isSilentJoiner(units, k)) text += String.fromCharCode(units[k] ?? 0);
  return text;
}

/**
 * The end of the word written in `units` from `from`: its Arabic letters, and the ZWNJ between them that join
 * nothing («ها‌ی» is «های» as written).
 */
export function writtenWordEnd(units: Uint16Array, from: number, limit: number): number {
  let k = from;
  while (k < limit) {
    if (isArabicLetterUnit(units[k] ?? 0)) k++;
    else if (k > from && isSilentJoiner(units, k)) {
      // the whole run of them goes when a letter follows it
      let next = k + 1;
      while (next < limit && units[next] === ZWNJ_UNIT) next++;
      if (!isArabicLetterUnit(units[next] ?? 0)) break;
      k = next;
    } else break;
  }
  return k;
}

/** The end of the first part of `units[from, to)`: up to its first ZWNJ that stays («سال‌های» → «سال»). */
function firstPartEnd(units: Uint16Array, from: number, to: number): number {
  for (let k = from; k < to; k++) if (units[k] === ZWNJ_UNIT && !isSilentJoiner(units, k)) return k;
  return to;
}

/**
 * «می/نمی» before `second[from, to)`: joined before any word (a verb: «می‌توان», «می‌خواهم», «نمی‌شود»), except a
 * function word, a word that makes «می» the month or the wine, and, after a number or «ماه», anything but a finite
 * verb. Only the word's first part counts: «می سال‌های» is decided as «می سال» was before «ها» joined «سال», so a
 * second pass decides alike (idempotence).
 */
function joinsVerbPrefix(second: Uint16Array, from: number, to: number, context: PrefixContext): boolean {
  const end = firstPartEnd(second, from, to);
  const word = wordCode(second, from, end);
  if (end - from < 2 || context === PrefixContext.name || FUNCTION.has(word)) return false;
  if (context === PrefixContext.month) return VERB_FINAL.has(lastOfStem(writtenWord(second, from, end)));
  return !NOT_VERB.has(word) && !stemIn(NOT_VERB, second, from, end);
}

/** The suffixes joined after any word, longest first. */
const SUFFIXES_LONGEST_FIRST: readonly string[] = [...SUFFIXES_AFTER_ANY].sort((a, b) => b.length - a.length);

/**
 * The last letter of `word` before a suffix glued to it without a ZWNJ (after a non-joining letter: «ترهای» is
 * «تر» + «های»): a word that took its suffix in the first pass is decided as it was before (idempotence).
 */
function lastOfStem(word: string): number {
  const stem = gluedStemLength(word);
  return word.charCodeAt(stem - 1);
}

/** The length of `word` without a suffix glued to it with no ZWNJ (see {@link lastOfStem}); else its length. */
function gluedStemLength(word: string): number {
  for (const suffix of SUFFIXES_LONGEST_FIRST) {
    const stem = word.length - suffix.length;
    if (stem >= 2 && word.endsWith(suffix) && ((CHAR_FLAGS[word.charCodeAt(stem - 1)] ?? 0) & F_JOINING) === 0) return stem;
  }
  return word.length;
}

/**
 * Whether `units[from, to)` has a glued suffix and its stem is in `words`: «می یو ها» keeps «می» apart from «یو» and
 * writes «یوها» in the first pass, so the second pass must decide on «یو» again (idempotence).
 */
function stemIn(words: ReadonlySet<number>, units: Uint16Array, from: number, to: number): boolean {
  const word = writtenWord(units, from, to);
  const stem = gluedStemLength(word);
  return stem < word.length && words.has(wordCode(unitsOf(word), 0, stem));
}

/** «بی» before `second[from, to)`: joined («بی‌دلیل»), unless the word keeps it apart (see NOT_AFTER_PRIVATIVE). */
function joinsPrivative(second: Uint16Array, from: number, to: number): boolean {
  const end = firstPartEnd(second, from, to);
  const word = wordCode(second, from, end);
  return end - from >= 2 && !FUNCTION.has(word) && !NOT_PRIVATIVE.has(word) && !stemIn(NOT_PRIVATIVE, second, from, end);
}

/**
 * {@link shouldJoinWords} on code units: `first[firstFrom, firstTo)` and `second[secondFrom, secondTo)`. Called for
 * every space between Persian words during normalization, so no strings are built but for the rare prefixes.
 * `context` is what the word before a first word «می» says ({@link prefixContextOf}).
 */
export function shouldJoinUnits(
  first: Uint16Array,
  firstFrom: number,
  firstTo: number,
  second: Uint16Array,
  secondFrom: number,
  secondTo: number,
  context: PrefixContext = PrefixContext.none,
): boolean {
  if (firstTo <= firstFrom || secondTo <= secondFrom) return false;
  const a = wordCode(first, firstFrom, firstTo);
  if (VERB_PREFIX.has(a)) return joinsVerbPrefix(second, secondFrom, secondTo, context);
  if (a === PRIVATIVE_CODE) return joinsPrivative(second, secondFrom, secondTo);
  return joinsSuffix(first, firstFrom, firstTo, second, secondFrom, secondTo);
}

/** Every suffix and clitic a word may take: a second word not among them is decided at once. */
const ANY_SUFFIX: ReadonlySet<number> = new Set([...AFTER_ANY, ...AFTER_VOWEL, ...WITH_ALEF]);

/**
 * {@link shouldJoinUnits} for a first word that is no prefix: whether `second[secondFrom, secondTo)` is a suffix
 * or clitic that `first[firstFrom, firstTo)` takes.
 */
export function joinsSuffix(first: Uint16Array, firstFrom: number, firstTo: number, second: Uint16Array, secondFrom: number, secondTo: number): boolean {
  if (firstTo - firstFrom < 2) return false;
  const b = wordCode(second, secondFrom, secondTo);
  if (!ANY_SUFFIX.has(b)) return false;
  const a = wordCode(first, firstFrom, firstTo);
  const lastOfFirst = first[firstTo - 1];
  // «آن‌ها», «این‌ها»: the demonstratives are the one kind of function word that takes the plural.
  if (AFTER_ANY.has(b) && second[secondFrom] === HEH_UNIT && second[secondFrom + 1] === 0x0627 && DEMONSTRATIVE.has(a)) return true;
  if (FUNCTION.has(a)) return false;
  if (AFTER_ANY.has(b)) return true;
  if (AFTER_VOWEL.has(b)) return lastOfFirst === HEH_UNIT || lastOfFirst === YEH_UNIT;
  return lastOfFirst === HEH_UNIT || (lastOfFirst === YEH_UNIT && b !== INDEFINITE_CODE);
}

/** {@link shouldJoinUnits} for a first word می/نمی (`verb`) or بی: whether it attaches to `second[from, to)`. */
export function joinsPrefix(verb: boolean, second: Uint16Array, from: number, to: number, context: PrefixContext): boolean {
  return verb ? joinsVerbPrefix(second, from, to, context) : joinsPrivative(second, from, to);
}

/** First letters any joinable second word can start with: a cheap pre-check before building strings. */
export function mayStartSuffix(unit: number): boolean {
  return unit === 0x0647 /* ه */ || unit === 0x062a /* ت */ || unit === 0x0627 /* ا */ || unit === 0x0645 /* م */ || unit === 0x0634 /* ش */;
}

/** The endings a plural «ها» may carry: ezafe/indefinite ی, یی and the possessive clitics. */
const PLURAL_TAILS: ReadonlySet<string> = new Set(['', 'ی', 'یی', 'یم', 'یت', 'یش', 'یمان', 'یتان', 'یشان']);

/**
 * A plural «ها» glued to a word ending in ه («جمعهها», «کوههای»): Persian writes a ZWNJ there («جمعه‌ها»),
 * since «هه» joined reads as one letter doubled. `host[hostFrom, hostTo)` is the word so far (ending in ه) and
 * `rest[at, restEnd)` the word written from the second ه on. Not a host of one letter or of ه alone: «هههه» is a
 * laugh.
 */
export function isGluedPlural(host: Uint16Array, hostFrom: number, hostTo: number, rest: Uint16Array, at: number, restEnd: number): boolean {
  if (hostTo - hostFrom < 2 || rest[at] !== HEH_UNIT || rest[at + 1] !== 0x0627) return false;
  let onlyHeh = true;
  for (let k = hostFrom; k < hostTo && onlyHeh; k++) onlyHeh = host[k] === HEH_UNIT;
  return !onlyHeh && PLURAL_TAILS.has(writtenWord(rest, at + 2, restEnd));
}

/** Whether `word` (already normalized) is می or نمی. */
export function isVerbPrefix(word: string): boolean {
  return VERB_PREFIXES.has(word);
}

/**
 * Whether `first` and `second` (two normalized Persian words separated by a space) should be written as one
 * word with a ZWNJ (or, after a non-joining letter, with nothing). `before` is the word before `first`, if any.
 */
export function shouldJoinWords(first: string, second: string, before = ''): boolean {
  const context = isVerbPrefix(first) ? prefixContextOf(unitsOf(before), 0, before.length, /^[0-9۰-۹٠-٩]/.test(before.slice(-1))) : PrefixContext.none;
  return shouldJoinUnits(unitsOf(first), 0, first.length, unitsOf(second), 0, second.length, context);
}
