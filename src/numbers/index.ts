/**
 * Persian numbers: digits in any of the three scripts (Persian ۰-۹, Arabic-Indic ٠-٩, Latin 0-9) and number words,
 * cardinal (یک … نهصد و نود و نه هزار …) and ordinal (اول، دوم، سوم، بیستم، بیست و یکم، سی‌ام، یکم، نخست).
 * @packageDocumentation
 */

/** Replaces Persian (۰-۹) and Arabic-Indic (٠-٩) digits by Latin digits; everything else is kept. */
export function toLatinDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else out += text[i];
  }
  return out;
}

/** The value of a string made only of digits (any script), or `null`. */
export function parseDigits(text: string): number | null {
  if (text.length === 0 || text.length > 15) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) return null;
    value = value * 10 + d;
  }
  return value;
}

/** 0-9 for a digit of any of the three scripts, else -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  return -1;
}

/** Cardinal number words. `هجده`/`هیجده` and `یکصد`/`صد` are both in use. */
const CARDINALS: ReadonlyArray<readonly [string, number]> = [
  ['صفر', 0], ['یک', 1], ['دو', 2], ['سه', 3], ['چهار', 4], ['پنج', 5], ['شش', 6], ['شیش', 6], ['هفت', 7],
  ['هشت', 8], ['نه', 9], ['ده', 10], ['یازده', 11], ['دوازده', 12], ['سیزده', 13], ['چهارده', 14],
  ['پانزده', 15], ['پونزده', 15], ['شانزده', 16], ['شونزده', 16], ['هفده', 17], ['هیفده', 17], ['هجده', 18],
  ['هیجده', 18], ['نوزده', 19], ['بیست', 20], ['سی', 30], ['چهل', 40], ['پنجاه', 50], ['شصت', 60],
  ['هفتاد', 70], ['هشتاد', 80], ['نود', 90], ['صد', 100], ['یکصد', 100], ['دویست', 200], ['سیصد', 300],
  ['چهارصد', 400], ['پانصد', 500], ['ششصد', 600], ['هفتصد', 700], ['هشتصد', 800], ['نهصد', 900],
  ['هزار', 1000], ['میلیون', 1e6], ['ملیون', 1e6], ['میلیارد', 1e9], ['ملیارد', 1e9],
];

/** Multipliers a cardinal may be written glued to (دوهزار، یکهزار). */
const GLUED_SCALES = ['هزار', 'میلیون', 'میلیارد'];

/** Multipliers: the running group is multiplied by them (دو هزار، سه میلیون). */
const SCALES = new Set([1000, 1e6, 1e9]);

interface NumberWord {
  value: number;
  ordinal: boolean;
}

/** Every number word, cardinal and ordinal, keyed by its spelling without ZWNJ or spaces. */
const WORDS: ReadonlyMap<string, NumberWord> = buildWords();

function buildWords(): Map<string, NumberWord> {
  const words = new Map<string, NumberWord>();
  for (const [word, value] of CARDINALS) {
    words.set(word, { value, ordinal: false });
    // Ordinals add «م»; after a vowel-final «سی» the suffix is written «ام» (سی‌ام); «سه» becomes «سوم».
    if (value === 0) continue;
    words.set(word.endsWith('ی') ? `${word}ام` : `${word}م`, { value, ordinal: true });
  }
  words.delete('سهم'); // «سهم» is «share», never «third».
  words.set('سوم', { value: 3, ordinal: true });
  words.set('اول', { value: 1, ordinal: true });
  words.set('نخست', { value: 1, ordinal: true });
  words.set('یکم', { value: 1, ordinal: true });
  return words;
}

/** The folded form used for lookups: no ZWNJ, no spaces, Arabic ي/ك unified. */
function fold(word: string): string {
  return word.replace(/[\u200c\u200d\s\u064b-\u065f\u0670]/g, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
}

/**
 * Splits a word glued with «و» (بیست‌وپنجم → بیست، و، پنجم; بیستوپنجم the same) into number words,
 * or returns `null` when it is not made of number words only.
 */
function segment(word: string): string[] | null {
  if (WORDS.has(word)) return [word];
  // «دوهزار», «یکهزار»: a cardinal glued to the multiplier after it
  for (const scale of GLUED_SCALES) {
    if (word.length > scale.length && word.endsWith(scale)) {
      const head = WORDS.get(word.slice(0, -scale.length));
      if (head && !head.ordinal && head.value < 1000) return [word.slice(0, -scale.length), scale];
    }
  }
  for (let i = word.indexOf('و', 1); i > 0; i = word.indexOf('و', i + 1)) {
    const head = word.slice(0, i);
    const headWord = WORDS.get(head);
    if (!headWord || headWord.ordinal) continue;
    const rest = segment(word.slice(i + 1));
    if (rest) return [head, 'و', ...rest];
  }
  return null;
}

/** Result of {@link parseNumberWords}. */
export interface ParsedNumber {
  value: number;
  /** `true` for ordinals (بیست و یکم، سوم، اول، سی ام). */
  ordinal: boolean;
  /** How many of the given words were used. */
  consumed: number;
}

/**
 * Parses the longest number written in words at the start of `words` (one array item per token; an item may
 * itself hold ZWNJ- or «و»-joined parts, e.g. `بیست‌ویکم`). The connective «و» must stand between additive parts
 * (بیست و پنج), not before a multiplier (دو هزار) or between a digit word and «صد» (یک صد). A separate «ام» after
 * a cardinal makes it ordinal (سی ام). Returns `null` when the first word is not a number word.
 *
 * @example parseNumberWords(['بیست', 'و', 'پنجم', 'اسفند']) // { value: 25, ordinal: true, consumed: 3 }
 */
export function parseNumberWords(words: readonly string[]): ParsedNumber | null {
  return parseFolded(words, fold);
}

/**
 * {@link parseNumberWords} for words already folded as dictionary keys are (no ZWNJ, spaces or diacritics, ی and
 * ک unified): the tokens' keys are read as they are.
 */
export function parseNumberKeys(keys: readonly string[]): ParsedNumber | null {
  return parseFolded(keys, sameKey);
}

const sameKey = (key: string): string => key;

function parseFolded(words: readonly string[], foldWord: (word: string) => string): ParsedNumber | null {
  let total = 0;
  let group = 0;
  let consumed = 0;
  let ordinal = false;
  let expectValue = true; // after «و» or at the start
  let lastUnit = 0; // the last added value inside the group, to check place values (no «بیست و سی»)
  let best: ParsedNumber | null = null;
  let i = 0;
  outer: for (; i < words.length; i++) {
    const raw = words[i];
    if (raw === undefined) break;
    const folded = foldWord(raw);
    const parts = folded === 'و' ? ['و'] : segment(folded);
    if (!parts) {
      // «سی ام», «۲۵ ام»: a separate ordinal suffix.
      if (best && !best.ordinal && !expectValue && folded === 'ام') {
        best = { value: best.value, ordinal: true, consumed: i + 1 };
      }
      break;
    }
    for (const part of parts) {
      if (part === 'و') {
        if (expectValue || ordinal) break outer;
        expectValue = true;
        continue;
      }
      const w = WORDS.get(part);
      if (!w || ordinal) break outer;
      if (SCALES.has(w.value)) {
        if (expectValue && group === 0 && total === 0 && consumed === 0) {
          group = 1; // «هزار» alone = 1000
        } else if (expectValue && consumed > 0) break outer;
        if (group === 0) break outer;
        total += group * w.value;
        group = 0;
        lastUnit = w.value;
      } else if (w.value === 100 && !expectValue && group >= 1 && group <= 9 && lastUnit === group) {
        group *= 100; // «یک صد», «سه صد»
        lastUnit = 100;
      } else {
        if (!expectValue) break outer;
        // Place value must decrease inside a group: «بیست و پنج» yes, «پنج و بیست» no.
        if (group > 0 && placeOf(w.value) >= placeOf(lastUnit)) break outer;
        group += w.value;
        lastUnit = w.value;
      }
      expectValue = false;
      if (w.ordinal) ordinal = true;
      consumed = i + 1;
    }
    if (!expectValue) best = { value: total + group, ordinal, consumed };
  }
  return best;
}

function placeOf(value: number): number {
  if (value >= 100) return 3;
  if (value >= 20) return 2;
  if (value >= 10) return 1; // 10-19 take no units after them
  return 1;
}

/** `true` when the word (or its first «و»-joined part) is a number word: a cheap trigger test. */
export function isNumberWord(word: string): boolean {
  return segment(fold(word)) !== null;
}

/** {@link isNumberWord} for a dictionary key (already folded). */
export function isNumberKey(key: string): boolean {
  return segment(key) !== null;
}
