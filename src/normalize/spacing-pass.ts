/**
 * Pass 2: spacing, ZWNJ, punctuation and quotes, over the output of pass 1. Decisions look at the output
 * built so far (behind) and the pass-1 text (ahead). Keeps the offset map (composed with pass 1's).
 */
import { CHAR_FLAGS, F_AR_LETTER, F_DIGIT, F_JOINING, F_LATIN, F_MARK, ZWNJ } from './char-tables';
import { MappedBuilder } from './offset-map';
import type { ResolvedNormalizeOptions } from './options';
import { isVerbPrefix, mayStartSuffix, shouldJoinWords } from './zwnj';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const COLON = 0x3a;
const QUOTE = 0x22;
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »

/** Latin punctuation → Persian, in Persian context. */
const PERSIAN_PUNCT: ReadonlyMap<number, number> = new Map([
  [0x3f, 0x061f], // ? → ؟
  [0x3b, 0x061b], // ; → ؛
  [0x2c, 0x060c], // , → ،
]);

/** No space before these. */
const NO_SPACE_BEFORE: ReadonlySet<number> = new Set([
  0x060c, 0x061b, 0x061f, 0x21, DOT, COLON, 0x29, GUILLEMET_CLOSE, 0x5d, 0x2026,
]);
/** No space after these. */
const NO_SPACE_AFTER: ReadonlySet<number> = new Set([GUILLEMET_OPEN, 0x28, 0x5b]);
/** One space after these when a Persian word follows directly. */
const SPACE_AFTER: ReadonlySet<number> = new Set([0x060c, 0x061b, 0x061f, 0x21, DOT, COLON, 0x29, GUILLEMET_CLOSE, 0x5d]);

function flagsOf(c: number): number {
  return c >= 0 ? (CHAR_FLAGS[c] ?? 0) : 0;
}
function isArabicLetter(c: number): boolean {
  return (flagsOf(c) & F_AR_LETTER) !== 0;
}
function isPersianDigit(c: number): boolean {
  return (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669);
}
function isAnyDigit(c: number): boolean {
  return flagsOf(c) === F_DIGIT;
}
function isLineBreak(c: number): boolean {
  return c === LF || c === CR;
}

/** Runs pass 2 over pass-1 output `src`; the result maps straight to the original input. */
export function spacingPass(src: MappedBuilder, protectedSpans: number[], o: ResolvedNormalizeOptions): MappedBuilder {
  const u = src.units;
  const m = src.length;
  const s1 = src.starts;
  const e1 = src.ends;
  const out = new MappedBuilder(m + 16);
  /** Start (in `out`) of the Persian word `out` ends with, or -1. */
  let wordStart = -1;
  let protIndex = 0;
  let nextProt = protectedSpans.length > 0 ? (protectedSpans[0] ?? m) : m + 1;

  const emit = (unit: number, from: number, to: number): void => {
    out.push(unit, s1[from] ?? 0, e1[to - 1] ?? 0);
  };
  /** The last output unit that is not a space. */
  const lastNonSpace = (): number => {
    for (let k = out.length - 1; k >= 0; k--) {
      const c = out.units[k] ?? -1;
      if (c !== SPACE) return c;
    }
    return -1;
  };
  const nextNonSpace = (from: number): number => {
    for (let k = from; k < m; k++) {
      const c = u[k] ?? -1;
      if (c !== SPACE && c !== TAB) return c;
    }
    return -1;
  };
  /** `?` `;` `,` are Persian here: decided by the nearest non-space character behind, else ahead. */
  const persianContext = (i: number): boolean => {
    const prev = lastNonSpace();
    const next = u[i + 1] ?? -1;
    if (isAnyDigit(out.last()) && isAnyDigit(next)) return false;
    if (prev >= 0 && prev !== LF && prev !== CR) {
      if (isArabicLetter(prev) || isPersianDigit(prev)) return true;
      if (prev === 0x060c || prev === 0x061b || prev === 0x061f || prev === GUILLEMET_CLOSE || prev === GUILLEMET_OPEN) return true;
      if ((flagsOf(prev) & (F_LATIN | F_DIGIT)) !== 0) return false;
    }
    const ahead = nextNonSpace(i + 1);
    return isArabicLetter(ahead) || isPersianDigit(ahead);
  };
  /** The Persian word in `u` starting at `from` (letters and inner ZWNJ), as its end index. */
  const wordEndAt = (from: number): number => {
    let k = from;
    while (k < m) {
      const c = u[k] ?? -1;
      if (isArabicLetter(c) || (c === ZWNJ && isArabicLetter(u[k + 1] ?? -1))) k++;
      else break;
    }
    const after = u[k] ?? -1;
    if ((flagsOf(after) & (F_MARK | F_DIGIT | F_LATIN)) !== 0) return from;
    return k;
  };
  const outSlice = (from: number, to: number): string =>
    String.fromCharCode.apply(null, out.units.subarray(from, to) as unknown as number[]);

  /** Joining decision for the space run ending before `j` (pass-1 index of the following character). */
  const affixJoin = (j: number): boolean => {
    if (wordStart < 0 || !isArabicLetter(out.last())) return false;
    const firstLength = out.length - wordStart;
    const next = u[j] ?? -1;
    const prefixCandidate = firstLength <= 3 && (out.units[wordStart] === 0x0645 || out.units[wordStart] === 0x0646);
    if (!prefixCandidate && !mayStartSuffix(next)) return false;
    const nextEnd = wordEndAt(j);
    if (nextEnd === j) return false;
    const first = outSlice(wordStart, out.length);
    const second = String.fromCharCode.apply(null, u.subarray(j, nextEnd) as unknown as number[]);
    if (isVerbPrefix(first)) {
      // «۱۵ می ۲۰۲۳»: the month, not the prefix.
      const before = wordStart >= 2 ? (out.units[wordStart - 2] ?? -1) : -1;
      if (isAnyDigit(before)) return false;
    }
    return shouldJoinWords(first, second);
  };

  const spaceRun = (i: number, j: number): void => {
    const prev = out.last();
    const next = j < m ? (u[j] ?? -1) : -1;
    if (out.length === 0 || isLineBreak(prev) || next < 0 || isLineBreak(next)) return;
    if (o.punctuationSpacing) {
      if (NO_SPACE_AFTER.has(prev)) return;
      if (NO_SPACE_BEFORE.has(next) && !(next === DOT && (u[j + 1] === DOT || isAnyDigit(u[j + 1] ?? -1)))) return;
      if (o.punctuation && PERSIAN_PUNCT.has(next) && persianContext(j)) return;
    }
    if (o.affixes && affixJoin(j)) {
      if ((flagsOf(prev) & F_JOINING) !== 0) emit(ZWNJ, i, j);
      return;
    }
    emit(SPACE, i, j);
    wordStart = -1;
  };

  const zwnjRun = (i: number, j: number): void => {
    if (!o.zwnj) {
      for (let k = i; k < j; k++) emit(u[k] ?? ZWNJ, k, k + 1);
      return;
    }
    const prev = out.last();
    const next = u[j] ?? -1;
    if ((flagsOf(prev) & F_JOINING) !== 0 && isArabicLetter(next)) emit(ZWNJ, i, j);
  };

  let i = 0;
  while (i < m) {
    if (i === nextProt) {
      const end = protectedSpans[protIndex + 1] ?? m;
      for (let k = i; k < end; k++) emit(u[k] ?? 0, k, k + 1);
      i = end;
      protIndex += 2;
      nextProt = protIndex < protectedSpans.length ? (protectedSpans[protIndex] ?? m) : m + 1;
      wordStart = -1;
      continue;
    }
    const c = u[i] ?? 0;
    if (c === ZWNJ || ((c === SPACE || c === TAB) && o.spacing)) {
      let j = i;
      let hasSpace = false;
      const limit = Math.min(m, nextProt);
      while (j < limit) {
        const d = u[j];
        if (d === SPACE || d === TAB) hasSpace = true;
        else if (d !== ZWNJ) break;
        j++;
      }
      if (hasSpace && o.spacing) spaceRun(i, j);
      else zwnjRun(i, j);
      i = j;
      continue;
    }
    let unit = c;
    if (o.punctuation && PERSIAN_PUNCT.has(c) && persianContext(i)) unit = PERSIAN_PUNCT.get(c) ?? c;
    else if (c === QUOTE && o.quotes) unit = quoteFor(out, u, i, m);
    const prevWordLength = wordStart >= 0 ? out.length - wordStart : 0;
    emit(unit, i, i + 1);
    if (isArabicLetter(unit)) {
      if (wordStart < 0) wordStart = out.length - 1;
    } else if ((flagsOf(unit) & F_MARK) === 0) wordStart = -1;
    if (o.punctuationSpacing && SPACE_AFTER.has(unit) && isArabicLetter(u[i + 1] ?? -1)) {
      if (needsSpaceAfter(unit, prevWordLength, u, i + 1, m)) out.push(SPACE, e1[i] ?? 0, e1[i] ?? 0);
    }
    i++;
  }
  // Trailing spaces never survive (spaceRun drops them); a trailing ZWNJ neither (zwnjRun).
  return out;
}

/** `"` opens before Persian text after a boundary, closes after Persian text; elsewhere it stays. */
function quoteFor(out: MappedBuilder, u: Uint16Array, i: number, m: number): number {
  const prev = out.last();
  const opening = prev < 0 || prev === SPACE || isLineBreak(prev) || NO_SPACE_AFTER.has(prev);
  if (opening) {
    let k = i + 1;
    while (k < m && (u[k] === SPACE || u[k] === TAB)) k++;
    const next = k < m ? (u[k] ?? -1) : -1;
    return isArabicLetter(next) || isPersianDigit(next) ? GUILLEMET_OPEN : QUOTE;
  }
  const persianBefore = isArabicLetter(prev) || isPersianDigit(prev) || prev === 0x061f || prev === 0x060c || prev === 0x21 || prev === DOT;
  return persianBefore ? GUILLEMET_CLOSE : QUOTE;
}

/**
 * After `.` and `:` a space is added only between real words: «ه.ش», «ج.ا.ا» and initials keep their dots,
 * «۱۰:۳۰» is not a word.
 */
function needsSpaceAfter(unit: number, prevWordLength: number, u: Uint16Array, from: number, m: number): boolean {
  if (unit !== DOT && unit !== COLON) return true;
  if (unit === COLON) return prevWordLength >= 1;
  if (prevWordLength < 2) return false;
  let k = from;
  while (k < m && isArabicLetter(u[k] ?? -1)) k++;
  return k - from >= 2;
}
