/**
 * Pass 2: spacing, ZWNJ, punctuation and quotes, over the output of pass 1. Decisions look at the output
 * built so far (behind) and the pass-1 text (ahead). Keeps the offset map (composed with pass 1's).
 */
import { CHAR_FLAGS, EZAFE_SIGN, F_AR_LETTER, F_DIGIT, F_JOINING, F_LATIN, F_MARK, ZWNJ } from './char-tables';
import { isEzafeLetter, standsAlone, takesEzafe } from './ezafe';
import { RunMapBuilder, type MappedBuilder } from './offset-map';
import type { ResolvedNormalizeOptions } from './options';
import { isGluedPlural, joinsPrefix, joinsSuffix, mayStartSuffix, PrefixContext, prefixContextOf, writtenWord, writtenWordEnd } from './zwnj';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const HEH = 0x0647;
const HAMZA = 0x0621;
const MEEM = 0x0645;
const NOON = 0x0646;
const BEH = 0x0628;
const YEH = 0x06cc;
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »

/** Latin punctuation → Persian, in Persian context. */
const PERSIAN_PUNCT: ReadonlyMap<number, number> = new Map([
  [0x3f, 0x061f], // ? → ؟
  [0x3b, 0x061b], // ; → ؛
  [0x2c, 0x060c], // , → ،
]);

/** No space before these. */
const NO_SPACE_BEFORE: readonly number[] = [0x060c, 0x061b, 0x061f, 0x21, DOT, COLON, 0x29, GUILLEMET_CLOSE, 0x5d, 0x7d, 0x2026];
/** No space after these. */
const NO_SPACE_AFTER: readonly number[] = [GUILLEMET_OPEN, 0x28, 0x5b, 0x7b];
/** Opening brackets and quotes: a space before them after a Persian word. */
const OPENERS: readonly number[] = [GUILLEMET_OPEN, 0x28, 0x5b, 0x7b];
/** One space after these when a Persian word follows directly. */
const SPACE_AFTER: readonly number[] = [0x060c, 0x061b, 0x061f, 0x21, DOT, COLON, 0x29, GUILLEMET_CLOSE, 0x5d];

// Roles of a code unit in this pass, as bits of one table (looked up per character).
const P_NO_SPACE_BEFORE = 1;
const P_NO_SPACE_AFTER = 2;
const P_OPENER = 4;
const P_SPACE_AFTER = 8;
const P_PERSIAN_PUNCT = 16;
/** Anything the main loop must look at: the rest is copied as is (see the fast path in `spacingPass`). */
const P_SPECIAL = 32;

function buildRoles(): Uint8Array {
  const roles = new Uint8Array(0x10000);
  const mark = (list: Iterable<number>, bit: number): void => {
    for (const c of list) roles[c] = (roles[c] ?? 0) | bit;
  };
  mark(NO_SPACE_BEFORE, P_NO_SPACE_BEFORE);
  mark(NO_SPACE_AFTER, P_NO_SPACE_AFTER);
  mark(OPENERS, P_OPENER | P_SPECIAL);
  mark(SPACE_AFTER, P_SPACE_AFTER | P_SPECIAL);
  mark(PERSIAN_PUNCT.keys(), P_PERSIAN_PUNCT | P_SPECIAL);
  // Runs of spaces and ZWNJ, quotes (and '' typed for one), percent signs, guillemets (quote state), line breaks
  // (reset it), and the hamza (an ezafe when glued to a final ه: «خانهء»).
  mark([ZWNJ, SPACE, TAB, QUOTE, APOSTROPHE, 0x25, 0x066a, GUILLEMET_OPEN, GUILLEMET_CLOSE, LF, CR, HAMZA], P_SPECIAL);
  return roles;
}

const ROLES: Uint8Array = buildRoles();

function rolesOf(c: number): number {
  return c >= 0 ? (ROLES[c] ?? 0) : 0;
}

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
function isWordUnit(c: number): boolean {
  return (flagsOf(c) & (F_AR_LETTER | F_MARK)) !== 0;
}

/**
 * Ordinal and plural endings written glued to a number: «۲۰مین», «۱۲ام», «۶۰ها» keep their digits. Any other
 * word glued to digits is a separate word («۹متر» → «۹ متر»).
 */
const NUMBER_ENDINGS: ReadonlySet<string> = new Set(['م', 'ام', 'مین', 'امین', 'ها', 'های', 'هایی']);

/**
 * Whether the word that ends at `u[end]` ends there in the output too: no letter or mark follows it, also past a
 * run of ZWNJ the ZWNJ step will drop (one before anything but a letter), as a second pass would read it.
 */
function endsWord(u: Uint16Array, end: number, zwnjCleanup: boolean): boolean {
  let k = end;
  if (zwnjCleanup) {
    while (u[k] === ZWNJ) k++;
    // the ZWNJ step keeps one before a letter only after a letter that joins: after «ا», «د», «ه‌» … ended by a
    // non-joining letter it goes, and the next word runs on («ها‌می» → «هامی»)
    if (isArabicLetter(u[k] ?? -1) && (flagsOf(u[end - 1] ?? -1) & F_JOINING) !== 0) k = end;
  }
  return !isWordUnit(u[k] ?? -1);
}

/** Whether the word written at `u[from]`, glued after a number, is one of its {@link NUMBER_ENDINGS}. */
function isNumberEnding(u: Uint16Array, from: number, m: number, zwnjCleanup: boolean): boolean {
  const end = writtenWordEnd(u, from, m);
  return endsWord(u, end, zwnjCleanup) && NUMBER_ENDINGS.has(writtenWord(u, from, end));
}

/** Runs pass 2 over pass-1 output `src` into `out` (empty); the result maps straight to the original input. */
export function spacingPass(
  src: MappedBuilder,
  protectedSpans: number[],
  o: ResolvedNormalizeOptions,
  out = new RunMapBuilder(src.length + 16),
): RunMapBuilder {
  const u = src.units;
  const m = src.length;
  const s1 = src.starts;
  const e1 = src.ends;
  /** Start (in `out`) of the Persian word `out` ends with, or -1. */
  let wordStart = -1;
  /** Quotation state of the current line: inside a pair, and whether its opening became «. */
  const quotes: QuoteState = { open: false, converted: false };
  let protIndex = 0;
  let nextProt = protectedSpans.length > 0 ? (protectedSpans[0] ?? m) : m + 1;
  /** A unit the text lacks goes in before `u[insertAt]` (a space between a word and digits, a ZWNJ before ها). */
  let insertAt = -1;
  let insertUnit = SPACE;
  const spacing = o.spacing;

  const emit = (unit: number, from: number, to: number): void => {
    out.push(unit, s1[from] ?? 0, e1[to - 1] ?? 0);
  };
  /** A straight quote at `u[k]`: `"`, or `''` typed for one. */
  const quoteWidth = (k: number): number => {
    if (u[k] === QUOTE) return 1;
    const second = secondApostrophe(k);
    return second < 0 ? 0 : second - k + 1;
  };
  /**
   * Where the second apostrophe of `''` (typed for a quote) starting at `u[k]` is, or -1. ZWNJ between the two are
   * looked through when the ZWNJ step drops them (nothing joins to an apostrophe), as a second pass would read them.
   */
  const secondApostrophe = (k: number): number => {
    if (u[k] !== APOSTROPHE) return -1;
    let next = k + 1;
    if (o.zwnj) while (u[next] === ZWNJ) next++;
    return u[next] === APOSTROPHE ? next : -1;
  };
  /**
   * Whether the ezafe letter (ی or ء) at `u[at]` spells the ezafe of the word the output ends with (in ه): it stands
   * alone («خانه ی ما», «خانه‌ی ما», «خانهء ما»).
   */
  const ezafeAt = (at: number): boolean =>
    o.ezafe !== 'keep' && at < m && takesEzafe(out.units, wordStart, out.length) && standsAlone(u, at, m, o.zwnj);
  /** The ezafe spelled `u[from, at]`, in the form the `ezafe` option names and mapped to that spelling. Returns `at + 1`. */
  const emitEzafe = (from: number, at: number): number => {
    const sign = EZAFE_SIGN[o.ezafe];
    for (let k = 0; k < sign.length; k++) out.push(sign.charCodeAt(k), s1[from] ?? 0, e1[at] ?? 0);
    return at + 1;
  };
  /**
   * `?` `;` `,` are Persian here: decided by the nearest letter or digit behind on the same line (looking past
   * spaces and brackets, at most 24 units), else by the next one ahead.
   */
  const persianContext = (i: number): boolean => {
    const next = u[i + 1] ?? -1;
    // between digits («۱۰?3», «۰ ?3»: a range or a code), whether or not a space was kept before the sign
    let before = out.length - 1;
    while (before >= 0 && (out.units[before] === SPACE || out.units[before] === TAB)) before--;
    if (isAnyDigit(out.units[before] ?? -1) && isAnyDigit(next)) return false;
    // Spaces and ZWNJ do not count toward the 24: this pass collapses their runs, and the answer must not change
    // when the text is normalized again.
    for (let k = out.length - 1, seen = 0; k >= 0 && seen < 24; k--) {
      const c = out.units[k] ?? -1;
      if (isLineBreak(c)) break;
      if (isArabicLetter(c) || isPersianDigit(c) || c === 0x060c || c === 0x061b || c === 0x061f) return true;
      if ((flagsOf(c) & (F_LATIN | F_DIGIT)) !== 0) return false;
      if (c !== SPACE && c !== TAB && c !== ZWNJ) seen++;
    }
    for (let k = i + 1, seen = 0; k < m && seen < 24; k++) {
      const c = u[k] ?? -1;
      if (c !== SPACE && c !== TAB && c !== ZWNJ) seen++;
      if (isLineBreak(c)) break;
      if (isArabicLetter(c) || isPersianDigit(c)) return true;
      if ((flagsOf(c) & (F_LATIN | F_DIGIT)) !== 0) return false;
    }
    return false;
  };
  /** The Persian word in `u` starting at `from` (letters and inner ZWNJ), as its end index. */
  const wordEndAt = (from: number): number => {
    let k = from;
    while (k < m) {
      const c = u[k] ?? -1;
      if (isArabicLetter(c)) {
        k++;
        continue;
      }
      // inner ZWNJ, one or a run of them (this pass keeps one)
      let next = k;
      while (u[next] === ZWNJ) next++;
      if (next === k || !isArabicLetter(u[next] ?? -1)) break;
      k = next;
    }
    const after = u[k] ?? -1;
    // Digits glued to the word are spaced off from it (when spacing is on), so they do not keep it from joining.
    if ((flagsOf(after) & (F_MARK | F_LATIN | (o.spacing ? 0 : F_DIGIT))) !== 0) return from;
    return k;
  };

  /** Joining decision for the space run ending before `j` (pass-1 index of the following character). */
  const affixJoin = (j: number): boolean => {
    if (wordStart < 0 || !isArabicLetter(out.last())) return false;
    const firstLength = out.length - wordStart;
    const next = u[j] ?? -1;
    const units = out.units;
    const first = units[wordStart];
    // می، نمی، بی, told by their letters: this runs at most spaces, so no word is coded unless it may be one
    const verbPrefix =
      (firstLength === 2 && first === MEEM && units[wordStart + 1] === YEH) ||
      (firstLength === 3 && first === NOON && units[wordStart + 1] === MEEM && units[wordStart + 2] === YEH);
    const prefixCandidate = verbPrefix || (firstLength === 2 && first === BEH && units[wordStart + 1] === YEH);
    if (!prefixCandidate && !mayStartSuffix(next)) return false;
    const nextEnd = wordEndAt(j);
    if (nextEnd === j) return false;
    if (prefixCandidate) return joinsPrefix(verbPrefix, u, j, nextEnd, verbPrefix ? contextBefore(wordStart) : PrefixContext.none);
    return joinsSuffix(units, wordStart, out.length, u, j, nextEnd);
  };
  /** What the word before the output's `units[from…]` (past one space) says about a «می» there. */
  const contextBefore = (from: number): PrefixContext => {
    if (from < 2 || out.units[from - 1] !== SPACE) return PrefixContext.none;
    const end = from - 1;
    let start = end;
    while (start > 0 && isArabicLetter(out.units[start - 1] ?? -1)) start--;
    // «۱۵ می ۲۰۲۳»: a number before it makes «می» the month.
    return prefixContextOf(out.units, start, end, start === end && isAnyDigit(out.units[end - 1] ?? -1));
  };

  /** The run of spaces (and ZWNJ) `u[i, j)`: one space, a ZWNJ, nothing, or an ezafe. Returns where to go on. */
  const spaceRun = (i: number, j: number): number => {
    const prev = out.last();
    const next = j < m ? (u[j] ?? -1) : -1;
    if (prev === HEH && isEzafeLetter(next) && ezafeAt(j)) return emitEzafe(i, j);
    if (out.length === 0 || isLineBreak(prev) || next < 0 || isLineBreak(next)) return j;
    if (o.punctuationSpacing) {
      if ((rolesOf(prev) & P_NO_SPACE_AFTER) !== 0) return j;
      if ((next === QUOTE || next === APOSTROPHE) && quoteWidth(j) > 0 && o.quotes && quotes.open && quotes.converted) return j;
      if ((rolesOf(next) & P_NO_SPACE_BEFORE) !== 0 && !(next === DOT && (u[j + 1] === DOT || isAnyDigit(u[j + 1] ?? -1)))) return j;
      if (o.punctuation && (rolesOf(next) & P_PERSIAN_PUNCT) !== 0 && persianContext(j)) return j;
    }
    if (o.affixes && affixJoin(j)) {
      if ((flagsOf(prev) & F_JOINING) !== 0) emit(ZWNJ, i, j);
      return j;
    }
    emit(SPACE, i, j);
    wordStart = -1;
    return j;
  };

  /** Where the ZWNJ, or the spaces, that `u[i]` begins stop in the run `u[i, j)` of both. */
  const sameKindEnd = (i: number, j: number): number => {
    const zwnj = u[i] === ZWNJ;
    let k = i + 1;
    while (k < j && (u[k] === ZWNJ) === zwnj) k++;
    return k;
  };

  /** The run of ZWNJ `u[i, j)`: one ZWNJ, nothing, or an ezafe. Returns where to go on. */
  const zwnjRun = (i: number, j: number): number => {
    const prev = out.last();
    if (prev === HEH && isEzafeLetter(u[j] ?? -1) && ezafeAt(j)) return emitEzafe(i, j);
    if (!o.zwnj) {
      for (let k = i; k < j; k++) emit(u[k] ?? ZWNJ, k, k + 1);
      return j;
    }
    if ((flagsOf(prev) & F_JOINING) !== 0 && isArabicLetter(u[j] ?? -1)) emit(ZWNJ, i, j);
    return j;
  };

  /**
   * The common case: a run of letters, digits and other characters this pass leaves alone. Copied straight into
   * the output arrays, tracking the Persian word the output ends with (marks do not interrupt it).
   */
  const copyPlainRun = (from: number, limit: number): number => {
    out.reserve(limit - from);
    const { units } = out;
    let length = out.length;
    let k = from;
    while (k < limit) {
      const c = u[k] ?? 0;
      if (((ROLES[c] ?? 0) & P_SPECIAL) !== 0) break;
      const f = CHAR_FLAGS[c] ?? 0;
      // Checked inside a word at ه, and at digits: the other letters cost nothing more.
      if ((f & F_AR_LETTER) !== 0) {
        if (wordStart < 0) wordStart = length;
        else if (c === HEH && units[length - 1] === HEH && gluedPluralAt(k, length)) break;
      } else if ((f & F_MARK) === 0) {
        if (f === F_DIGIT && spacing) {
          if (wordStart >= 0 && spacesOffWord(k, length)) break;
          // the run stops after this digit, where the space goes in
          if (spacesOffNumber(k)) limit = k + 1;
        }
        wordStart = -1;
      }
      units[length] = c;
      const start = s1[k] ?? 0;
      const end = e1[k] ?? 0;
      if (end !== start + 1 || start !== out.expected) out.newRun(length, start, end);
      else out.expected++;
      length++;
      k++;
    }
    out.length = length;
    return k;
  };
  /**
   * «جمعهها»: the plural glued to the word the output ends with (`units[wordStart, length)`) starts at `u[k]`; a
   * ZWNJ goes in before it.
   */
  const gluedPluralAt = (k: number, length: number): boolean => {
    if (!o.affixes) return false;
    const end = writtenWordEnd(u, k, m);
    return endsWord(u, end, o.zwnj) && isGluedPlural(out.units, wordStart, length, u, k, end) && insertBefore(k, ZWNJ);
  };
  /** «۹متر»: the digit at `u[k]` ends a number a word is glued to; a space goes in before the word. */
  const spacesOffNumber = (k: number): boolean => {
    let next = k + 1;
    // a ZWNJ after a digit joins nothing and goes
    if (o.zwnj) while (u[next] === ZWNJ) next++;
    return next < m && isArabicLetter(u[next] ?? -1) && !isNumberEnding(u, next, m, o.zwnj) && insertBefore(next, SPACE);
  };
  /** «عرض۶»: the digit at `u[k]` is glued to the word the output ends with; a space goes in before it. */
  const spacesOffWord = (k: number, length: number): boolean =>
    (flagsOf(out.units[length - 1] ?? -1) & F_AR_LETTER) !== 0 && !isTagged(wordStart) && insertBefore(k, SPACE);
  const insertBefore = (k: number, unit: number): true => {
    insertAt = k;
    insertUnit = unit;
    return true;
  };
  /** A hashtag or mention («#سال۱۴۰۲», «@علی۱۲») keeps its digits: the word follows # @ or _. */
  const isTagged = (start: number): boolean => {
    const before = out.units[start - 1] ?? -1;
    return before === 0x23 || before === 0x40 || before === 0x5f;
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
    if (((ROLES[c] ?? 0) & P_SPECIAL) === 0) {
      if (i === insertAt) {
        // the unit copyPlainRun stopped for: it maps to an empty span where it goes in
        out.push(insertUnit, s1[i] ?? 0, s1[i] ?? 0);
        if (insertUnit === SPACE) wordStart = -1;
        insertAt = -1;
      }
      i = copyPlainRun(i, Math.min(m, nextProt));
      continue;
    }
    if (c === ZWNJ || ((c === SPACE || c === TAB) && spacing)) {
      let j = i;
      let hasSpace = false;
      const limit = Math.min(m, nextProt);
      while (j < limit) {
        const d = u[j];
        // without the spacing rule, spaces are the text's own: a run of ZWNJ stops at them
        if ((d === SPACE || d === TAB) && spacing) hasSpace = true;
        else if (d !== ZWNJ) break;
        j++;
      }
      // without the ZWNJ rule, ZWNJ are the text's own: a run of spaces stops at them, and they stay
      if (hasSpace && !o.zwnj) {
        j = sameKindEnd(i, j);
        hasSpace = u[i] !== ZWNJ;
      }
      i = hasSpace ? spaceRun(i, j) : zwnjRun(i, j);
      continue;
    }
    if (c === HAMZA && out.last() === HEH && ezafeAt(i)) {
      // «خانهء ما»: the ezafe, spelled one way.
      i = emitEzafe(i, i);
      continue;
    }
    let unit = c;
    const width = c === APOSTROPHE && o.quotes ? Math.max(1, quoteWidth(i)) : 1;
    if (o.punctuation && (rolesOf(c) & P_PERSIAN_PUNCT) !== 0 && persianContext(i)) unit = PERSIAN_PUNCT.get(c) ?? c;
    else if ((c === QUOTE || width > 1) && o.quotes) {
      unit = quoteFor(quotes, out, u, i + width - 1, m);
      // «''» typed for a quote stays as typed where a straight quote would
      if (unit === QUOTE && width > 1) {
        emit(APOSTROPHE, i, i + 1);
        emit(APOSTROPHE, i + width - 1, i + width);
        wordStart = -1;
        i += width;
        continue;
      }
    } else if (c === 0x25 /* % */ && o.digits === 'fa' && isPersianDigit(out.last())) unit = 0x066a; // ٪
    else if (c === 0x066a && o.digits === 'en' && isAnyDigit(out.last()) && !isPersianDigit(out.last())) unit = 0x25;
    if (unit === GUILLEMET_OPEN && c !== QUOTE) {
      quotes.open = true;
      quotes.converted = true;
    } else if (unit === GUILLEMET_CLOSE && c !== QUOTE) quotes.open = false;
    else if (isLineBreak(unit)) quotes.open = false;
    // «گفت(» → «گفت (»: a space between a Persian word and an opening bracket or quote.
    if (o.punctuationSpacing && (rolesOf(unit) & P_OPENER) !== 0 && isArabicLetter(out.last())) out.push(SPACE, s1[i] ?? 0, s1[i] ?? 0);
    const prevWordLength = wordStart >= 0 ? out.length - wordStart : 0;
    emit(unit, i, i + width);
    i += width - 1;
    if (isArabicLetter(unit)) {
      if (wordStart < 0) wordStart = out.length - 1;
    } else if ((flagsOf(unit) & F_MARK) === 0) wordStart = -1;
    // what follows, past any ZWNJ (they go: nothing joins to punctuation)
    let followingAt = i + 1;
    while (followingAt < m && u[followingAt] === ZWNJ) followingAt++;
    const following = followingAt < m ? (u[followingAt] ?? -1) : -1;
    const followingQuote = quoteWidth(followingAt);
    const opensPersianQuote =
      unit !== DOT && unit !== COLON && (following === GUILLEMET_OPEN || (followingQuote > 0 && o.quotes && !quotes.open && persianAfter(u, followingAt + followingQuote, m)));
    if (o.punctuationSpacing && (rolesOf(unit) & P_SPACE_AFTER) !== 0 && (isArabicLetter(following) || opensPersianQuote || (isPersianDigit(following) && unit !== DOT && unit !== COLON && !isAnyDigit(out.units[out.length - 2] ?? -1)))) {
      if (needsSpaceAfter(unit, prevWordLength, u, followingAt, m)) out.push(SPACE, e1[i] ?? 0, e1[i] ?? 0);
    }
    i++;
  }
  // Trailing spaces never survive (spaceRun drops them); a trailing ZWNJ neither (zwnjRun).
  return out;
}

/** The next non-space unit from `from` is a Persian letter or digit. */
function persianAfter(u: Uint16Array, from: number, m: number): boolean {
  let k = from;
  while (k < m && (u[k] === SPACE || u[k] === TAB || u[k] === ZWNJ)) k++;
  const next = k < m ? (u[k] ?? -1) : -1;
  return isArabicLetter(next) || isPersianDigit(next);
}

interface QuoteState {
  open: boolean;
  converted: boolean;
}

/**
 * Straight quotes pair up along a line. An opening `"` becomes « when Persian text follows and it does not
 * stick to a Latin word or `=` (HTML attributes stay); its closing partner becomes » exactly when it did.
 */
function quoteFor(state: QuoteState, out: RunMapBuilder, u: Uint16Array, i: number, m: number): number {
  if (state.open) {
    state.open = false;
    return state.converted ? GUILLEMET_CLOSE : QUOTE;
  }
  state.open = true;
  const prev = out.last();
  const sticky = prev === 0x3d || (flagsOf(prev) & (F_LATIN | F_DIGIT)) !== 0 || prev === 0x2f;
  let k = i + 1;
  while (k < m && (u[k] === SPACE || u[k] === TAB || u[k] === ZWNJ)) k++;
  const next = k < m ? (u[k] ?? -1) : -1;
  state.converted = !sticky && (isArabicLetter(next) || isPersianDigit(next));
  return state.converted ? GUILLEMET_OPEN : QUOTE;
}

/**
 * After `.` and `:` a space is added only between real words: «ه.ش», «ج.ا.ا» and initials keep their dots,
 * «۱۰:۳۰» is not a word.
 */
function needsSpaceAfter(unit: number, prevWordLength: number, u: Uint16Array, from: number, m: number): boolean {
  if (unit !== DOT && unit !== COLON) return true;
  if (unit === COLON) return prevWordLength >= 1;
  if (prevWordLength < 2) return false;
  // the word as written: a ZWNJ that joins nothing («ء‌می») is gone by then
  return writtenWord(u, from, writtenWordEnd(u, from, m)).length >= 2;
}
