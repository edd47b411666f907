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
  ['هزار', 1000], ['میلیون', 1e6], ['ملیون', 1e6], ['میلیارد', 1e9], ['ملیارد', 1e9], ['تریلیون', 1e12],
];

/** Multipliers a cardinal may be written glued to (دوهزار، یکهزار). */
const GLUED_SCALES = ['هزار', 'میلیون', 'میلیارد'];

/** Multipliers: the running group is multiplied by them (دو هزار، سه میلیون). */
const SCALES = new Set([1000, 1e6, 1e9, 1e12]);

interface NumberWord {
  value: number;
  ordinal: boolean;
}

/** Every number word, cardinal and ordinal, keyed by its spelling without ZWNJ or spaces. */
const WORDS: ReadonlyMap<string, NumberWord> = buildWords();

/** Every number word, cardinal and ordinal (یک، بیست، هزار، سوم، بیستم، سی‌ام …), spelled without ZWNJ. */
export const NUMBER_WORDS: readonly string[] = Object.freeze([...WORDS.keys()]);

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

/** The longest number word and multiplier, in code units: no part of a glued number is longer. */
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((word) => word.length));
const LONGEST_SCALE = Math.max(...GLUED_SCALES.map((scale) => scale.length));

const VAV = 0x0648; // «و»

/**
 * Most number words one number is written with: «نهصد و نود و نه تریلیون و نهصد و نود و نه میلیارد و … و نهصد و نود و
 * نه» has nineteen. A word glued of more is no number, and is refused without reading it to its end.
 */
const MAX_NUMBER_WORDS = 24;

/**
 * Splits a word glued with «و» (بیست‌وپنجم → بیست، و، پنجم; بیستوپنجم the same) into number words,
 * or returns `null` when it is not made of number words only.
 *
 * Each part is a number word, so only the «و»s within {@link LONGEST_WORD} units of a part's start can end it, and
 * at most one of them does (no number word begins with another one followed by «و»: a test checks the list). So one
 * look at each part decides, without going back, and a glued word costs at most {@link MAX_NUMBER_WORDS} parts.
 */
function segment(word: string): string[] | null {
  const parts: string[] = [];
  for (let from = 0; ; ) {
    const last = lastParts(word, from);
    if (last) {
      parts.push(...last);
      return parts;
    }
    const end = partEndingAt(word, from);
    if (end < 0 || parts.length >= 2 * (MAX_NUMBER_WORDS - 1)) return null; // parts: a word and «و» each
    parts.push(word.slice(from, end), 'و');
    from = end + 1;
  }
}

/**
 * The rest of `word` from `from` as its last parts: one number word, or a cardinal below a thousand glued to the
 * multiplier after it («دوهزار», «یکهزار»); null when it is neither.
 */
function lastParts(word: string, from: number): string[] | null {
  if (word.length - from > LONGEST_WORD + LONGEST_SCALE) return null;
  const rest = from === 0 ? word : word.slice(from);
  if (WORDS.has(rest)) return [rest];
  for (const scale of GLUED_SCALES) {
    if (rest.length > scale.length && rest.endsWith(scale)) {
      const head = WORDS.get(rest.slice(0, -scale.length));
      if (head && !head.ordinal && head.value < 1000) return [rest.slice(0, -scale.length), scale];
    }
  }
  return null;
}

/** Where the cardinal number word starting at `from` ends, right before a «و» that glues the next one; -1 if none. */
function partEndingAt(word: string, from: number): number {
  const limit = Math.min(word.length - 1, from + LONGEST_WORD);
  for (let i = from + 1; i <= limit; i++) {
    if (word.charCodeAt(i) !== VAV) continue;
    const part = WORDS.get(word.slice(from, i));
    if (part && !part.ordinal) return i;
  }
  return -1;
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
 * a cardinal makes it ordinal (سی ام). A multiplier larger than every one before it multiplies all that came
 * before: «سه هزار و پانصد میلیارد» is 3,500 × 10⁹. Returns `null` when the first word is not a number word.
 *
 * @example parseNumberWords(['بیست', 'و', 'پنجم', 'اسفند']) // { value: 25, ordinal: true, consumed: 3 }
 */
export function parseNumberWords(words: readonly string[]): ParsedNumber | null {
  return readNumber(words, false, fold);
}

/**
 * {@link parseNumberWords} for words already folded as dictionary keys are (no ZWNJ, spaces or diacritics, ی and
 * ک unified): the tokens' keys are read as they are.
 */
export function parseNumberKeys(keys: readonly string[]): ParsedNumber | null {
  return readNumber(keys, false, sameKey);
}

const sameKey = (key: string): string => key;

/**
 * Parses the longest amount at the start of `words`: number words as {@link parseNumberWords} reads them, and
 * numerals too ({@link parseNumeral}: ۵۰۰، ۱٫۵، ۲۳٬۰۷۸), alone or with multipliers and «و» (۳ هزار و ۵۰۰ میلیارد,
 * ۱٫۵ میلیون), and halves (یک و نیم میلیون، دو میلیون و نیم، نیم). Ordinals end it (they are no amounts).
 *
 * @example parseAmount(['۳', 'هزار', 'و', '۵۰۰', 'میلیارد', 'تومان']) // { value: 3.5e12, ordinal: false, consumed: 5 }
 */
export function parseAmount(words: readonly string[]): ParsedNumber | null {
  return readNumber(words, true, fold);
}

/** «نیم» (half) after «و» or alone, in amounts: «یک و نیم میلیون», «دو میلیون و نیم», «نیم درصد». */
const HALF = 'نیم';

/**
 * The number parser shared by {@link parseNumberWords}, {@link parseNumberKeys} and, with `amounts`,
 * {@link parseAmount}; `foldWord` turns a word into its lookup form.
 */
function readNumber(words: readonly string[], amounts: boolean, foldWord: (word: string) => string): ParsedNumber | null {
  let total = 0; // the multiplied parts done so far
  let group = 0; // the part below the next multiplier
  let topScale = 0; // the largest multiplier applied so far
  let lastScale = 0; // the last multiplier applied
  let consumed = 0;
  let ordinal = false;
  let expectValue = true; // after «و» or at the start
  let lastUnit = 0; // the last added value inside the group, to check place values (no «بیست و سی»)
  let best: ParsedNumber | null = null;
  outer: for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    if (raw === undefined) break;
    const folded = foldWord(raw);
    const numeral = amounts ? parseNumeral(folded) : null;
    if (numeral !== null) {
      // A numeral starts a number or follows «و» after a multiplier (۳ هزار و ۵۰۰); «۲۰ و ۵» are two numbers.
      if (!expectValue || group > 0) break;
      group += numeral;
      lastUnit = numeral;
      expectValue = false;
      consumed = i + 1;
      best = { value: total + group, ordinal: false, consumed };
      continue;
    }
    if (amounts && folded === HALF) {
      if (!expectValue || lastUnit === 0.5) break;
      if (group > 0 || consumed === 0) group += 0.5; // «یک و نیم», «نیم»
      else if (lastScale > 0) total += lastScale / 2; // «دو میلیون و نیم»
      else break;
      lastUnit = 0.5;
      expectValue = false;
      consumed = i + 1;
      best = { value: total + group, ordinal: false, consumed };
      continue;
    }
    const parts = folded === 'و' ? ['و'] : segment(folded);
    if (!parts) {
      // «سی ام», «۲۵ ام»: a separate ordinal suffix.
      if (!amounts && best && !best.ordinal && !expectValue && folded === 'ام') {
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
      if (!w || ordinal || (amounts && w.ordinal)) break outer;
      if (SCALES.has(w.value)) {
        if (expectValue && consumed === 0) group = 1; // «هزار» alone = 1000
        else if (expectValue) break outer; // «و هزار»
        if (w.value > topScale) {
          // «سه هزار و پانصد میلیارد», «هزار میلیارد»: the larger multiplier takes everything before it
          total = (total + group) * w.value;
          topScale = w.value;
        } else if (group > 0 && w.value < lastScale) {
          total += group * w.value; // «سه میلیارد و پانصد میلیون»
        } else break outer;
        group = 0;
        lastScale = w.value;
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

/**
 * The value of a numeral: digits of any script, with thousands separators between groups of three
 * (۲۳٬۰۷۸، 1,500) and a decimal separator (۱٫۵، 2.5), or `null`. A comma before fewer or more than three
 * digits is no thousands separator (1,5 is refused: it could be a decimal comma).
 *
 * @example parseNumeral('۱٬۵۰۰٫۲۵') // 1500.25
 */
export function parseNumeral(text: string): number | null {
  const n = text.length;
  if (n === 0 || n > 24) return null;
  let value = 0;
  let i = 0;
  let groupDigits = 0;
  let grouped = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) {
      value = value * 10 + d;
      groupDigits++;
    } else if (isThousandsSeparator(c) && groupDigits > 0 && (grouped ? groupDigits === 3 : groupDigits <= 3)) {
      grouped = true;
      groupDigits = 0;
    } else break;
  }
  if (groupDigits === 0 || (grouped && groupDigits !== 3)) return null;
  if (i === n) return value;
  if (!isDecimalSeparator(text.charCodeAt(i)) || i + 1 === n) return null;
  let scale = 1;
  for (i++; i < n; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) return null;
    scale /= 10;
    value += d * scale;
  }
  return Number(value.toFixed(12));
}

/** «٬» (Arabic thousands separator) or «,». */
function isThousandsSeparator(c: number): boolean {
  return c === 0x066c || c === 0x2c;
}

/** «٫» (Arabic decimal separator) or «.». */
function isDecimalSeparator(c: number): boolean {
  return c === 0x066b || c === 0x2e;
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

/** The multiplier a word is (هزار 1000, میلیون 10⁶, میلیارد 10⁹, تریلیون 10¹²), or `undefined`. */
export function multiplierOf(word: string): number | undefined {
  const w = WORDS.get(fold(word));
  return w && !w.ordinal && SCALES.has(w.value) ? w.value : undefined;
}
