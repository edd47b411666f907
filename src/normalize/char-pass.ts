/**
 * Pass 1: character-level normalization in a single loop over the input (letters, digits, diacritics,
 * kashida, controls, odd spaces, presentation forms, HTML entities). Keeps the offset map.
 */
import {
  A_BIDI,
  A_COPY,
  A_DIGIT,
  A_DROP,
  A_ENTITY,
  A_EXPAND,
  A_HAMZA_ABOVE,
  A_HIGH_SURROGATE,
  A_KASHIDA,
  A_MAP,
  A_ZERO_WIDTH,
  CHAR_FLAGS,
  EZAFE_SIGN,
  F_AR_LETTER,
  F_DIGIT,
  F_LETTER,
  F_MARK,
  F_LATIN,
  ZWJ,
  ZWNJ,
  digitValue,
  type ActionTable,
} from './char-tables';
import { decodeEntityAt } from './html-debris';
import { MappedBuilder } from './offset-map';
import type { ResolvedNormalizeOptions } from './options';
import { findProtectedSpans } from './protected-spans';

const HEH = 0x0647;
const SPACE = 0x20;
const PERSIAN_ZERO = 0x06f0;
const LATIN_ZERO = 0x30;
const PERSIAN_DECIMAL = 0x066b;
const PERSIAN_THOUSANDS = 0x066c;

/** The result of pass 1: the mapped output and where the verbatim (URL, e-mail) spans landed in it. */
export interface CharPassResult {
  out: MappedBuilder;
  /** Flattened `[start, end)` pairs in output positions. */
  protectedSpans: number[];
}

/**
 * Runs pass 1 over `input` (a map of positions into `input`), into `out` (empty; a new builder by default).
 * The unit right after the output is 0, as pass 2 may look one unit past the end.
 */
export function charPass(input: string, o: ResolvedNormalizeOptions, table: ActionTable, out = new MappedBuilder(input.length + 16)): CharPassResult {
  const n = input.length;
  const { action, replacement, expansions } = table;
  const protectedSpans = findProtectedSpans(input, table.vanishing, o.htmlEntities);
  let protIndex = 0;
  let nextProt = protectedSpans.length > 0 ? (protectedSpans[0] ?? n) : n + 1;

  const outProtected: number[] = [];
  let i = 0;
  while (i < n) {
    if (i === nextProt) {
      const end = protectedSpans[protIndex + 1] ?? n;
      outProtected.push(out.length);
      copyVerbatim(input, i, end, out);
      outProtected.push(out.length);
      i = end;
      protIndex += 2;
      nextProt = protIndex < protectedSpans.length ? (protectedSpans[protIndex] ?? n) : n + 1;
      continue;
    }
    const c = input.charCodeAt(i);
    const a = action[c];
    if (a === A_COPY || a === A_MAP) {
      i = copyRun(input, i, Math.min(n, nextProt), action, replacement, out);
    } else if (a === A_DROP) {
      i++;
    } else if (a === A_DIGIT) {
      i = digitRun(input, i, Math.min(n, nextProt), o, table, out);
    } else if (a === A_EXPAND) {
      out.pushString(expansions.get(c) ?? '', i, i + 1);
      i++;
    } else if (a === A_ENTITY) {
      const decoded = decodeEntityAt(input, i) ?? decodeEntityThrough(input, i, table.vanishing);
      if (decoded === null || i + decoded.length > nextProt) {
        out.push(c, i, i + 1);
        i++;
      } else {
        emitDecoded(input, decoded.text, i, i + decoded.length, o, table, out);
        i += decoded.length;
      }
    } else if (a === A_HIGH_SURROGATE) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(c, i, i + 2);
        out.push(low, i, i + 2);
        i += 2;
      } else {
        out.push(c, i, i + 1);
        i++;
      }
    } else if (a === A_KASHIDA) {
      kashida(input, i, out);
      i++;
    } else if (a === A_HAMZA_ABOVE) {
      hamzaAbove(o, out, i);
      i++;
    } else if (a === A_BIDI || a === A_ZERO_WIDTH) {
      invisible(a, c, input, i + 1, o, table, out, i, i + 1);
      i++;
    } else {
      out.push(c, i, i + 1);
      i++;
    }
  }
  out.reserve(1);
  out.units[out.length] = 0;
  return { out, protectedSpans: outProtected };
}

/**
 * The common case: a run of characters each kept or replaced one for one (most of any text). Written straight
 * into the builder's arrays; returns where the run stopped.
 */
function copyRun(input: string, from: number, limit: number, action: Uint8Array, replacement: Uint16Array, out: MappedBuilder): number {
  out.reserve(limit - from);
  const { units, starts, ends } = out;
  let length = out.length;
  let i = from;
  while (i < limit) {
    const c = input.charCodeAt(i);
    const a = action[c];
    if (a === A_COPY) units[length] = c;
    else if (a === A_MAP) units[length] = replacement[c] ?? c;
    else break;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
    i++;
  }
  out.length = length;
  return i;
}

const EN_DASH = 0x2013;

/**
 * Kashida after a letter (or another kashida, or a mark) only stretches the word and is dropped; anywhere
 * else («۱۱ـ۲۳», «ـ که …ـ») it was typed as a dash and becomes an en dash.
 */
function kashida(input: string, i: number, out: MappedBuilder): void {
  if (!kashidaStretches(input, i)) out.push(EN_DASH, i, i + 1);
}

/** Whether the kashida at `i` stretches a word (it follows a letter, a mark or another kashida). */
function kashidaStretches(input: string, i: number): boolean {
  const before = input.charCodeAt(i - 1);
  const f = before === before ? (CHAR_FLAGS[before] ?? 0) : 0;
  return (f & (F_AR_LETTER | F_MARK)) !== 0 || before === 0x0640;
}

/**
 * U+0654 after ه (also past a ZWNJ: «خانه‌ٔ») is the ezafe, spelled as the `ezafe` option says; elsewhere it is a
 * diacritic.
 */
function hamzaAbove(o: ResolvedNormalizeOptions, out: MappedBuilder, i: number): void {
  const last = out.last();
  let before = out.length - 1;
  while (before >= 0 && out.units[before] === ZWNJ) before--;
  const afterHeh = before >= 0 && out.units[before] === HEH;
  if (afterHeh) {
    const sign = EZAFE_SIGN[o.ezafe];
    // «خانه‌ٔ» has the ZWNJ of «خانه‌ی» already
    out.pushString(last === ZWNJ && sign.charCodeAt(0) === ZWNJ ? sign.slice(1) : sign, i, i + 1);
    return;
  }
  if (!o.diacritics) out.push(0x0654, i, i + 1);
}

/**
 * An invisible character `c` (from `input[start, end)`, followed by `input[after…]`): a bidi mark between two letters
 * kept two words apart on screen («این\u200Fیک» is «این یک», not «اینیک») and becomes a space; a zero-width space or
 * soft hyphen between two Persian letters stands for a ZWNJ («کتاب\u200Bخانه» is one word). Elsewhere they go.
 */
function invisible(a: number, c: number, input: string, after: number, o: ResolvedNormalizeOptions, table: ActionTable, out: MappedBuilder, start: number, end: number): void {
  if (a === A_BIDI) {
    if (endsWithLetter(out, F_LETTER) && nextVisibleHas(input, after, table, F_LETTER)) out.push(SPACE, start, end);
  } else if (o.zwnj && endsWithLetter(out, F_AR_LETTER) && nextVisibleHas(input, after, table, F_AR_LETTER)) {
    out.push(ZWNJ, start, end);
  } else if (!o.controls) out.push(c, start, end);
}

/** Whether the output ends with a letter of `kind` (F_LETTER or F_AR_LETTER), past any combining marks and joiners. */
function endsWithLetter(out: MappedBuilder, kind: number): boolean {
  let k = out.length - 1;
  while (k >= 0 && (((CHAR_FLAGS[out.units[k] ?? 0] ?? 0) & F_MARK) !== 0 || out.units[k] === ZWNJ || out.units[k] === ZWJ)) k--;
  return k >= 0 && ((CHAR_FLAGS[out.units[k] ?? 0] ?? 0) & kind) !== 0;
}

/**
 * Whether the first character from `from` that normalization keeps becomes a letter of `kind` (ﷲ becomes ا; an
 * entity is read as what it decodes to, and looked through when that is deleted, like «&zwnj;»).
 */
function nextVisibleHas(input: string, from: number, table: ActionTable, kind: number): boolean {
  let k = from;
  while (k < input.length) {
    let c = input.charCodeAt(k);
    let width = 1;
    if (table.action[c] === A_ENTITY) {
      const decoded = decodeEntityAt(input, k);
      if (decoded !== null && decoded.text.length > 0) {
        c = decoded.text.charCodeAt(0);
        width = decoded.length;
      }
    }
    if (table.vanishing[c] === 1) {
      k += width;
      continue;
    }
    const a = table.action[c];
    const unit = a === A_MAP ? (table.replacement[c] ?? c) : a === A_EXPAND ? (table.expansions.get(c)?.charCodeAt(0) ?? c) : c;
    return ((CHAR_FLAGS[unit] ?? 0) & kind) !== 0;
  }
  return false;
}

function copyVerbatim(input: string, from: number, to: number, out: MappedBuilder): void {
  for (let k = from; k < to; k++) {
    const c = input.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
      const low = input.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(c, k, k + 2);
        out.push(low, k, k + 2);
        k++;
        continue;
      }
    }
    out.push(c, k, k + 1);
  }
}

function isDigit(c: number): boolean {
  return c === c && (CHAR_FLAGS[c] ?? 0) === F_DIGIT;
}

function isLatin(c: number): boolean {
  return c === c && ((CHAR_FLAGS[c] ?? 0) & F_LATIN) !== 0;
}

/** A digit belongs to a Latin identifier (COVID-19, mp3, user123, 3D) or a keycap emoji: keep it as is. */
function latinAttached(input: string, start: number, end: number): boolean {
  const before = input.charCodeAt(start - 1);
  if (isLatin(before)) return true;
  if ((before === 0x2d || before === 0x5f) && isLatin(input.charCodeAt(start - 2))) return true;
  const after = input.charCodeAt(end);
  return isLatin(after) || after === 0xfe0f || after === 0x20e3 || after === 0x5f;
}

function isSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === PERSIAN_DECIMAL || c === PERSIAN_THOUSANDS;
}

/**
 * Characters normalization deletes (bidi marks, diacritics, a ZWNJ) are transparent inside a number and left
 * out of it: «۰\u200F.۰» and «1\u200C.72» read as «۰.۰» and «1.72», exactly as they will on a second pass once
 * those are gone (idempotence). A kashida is only where it stretches a word (after a mark: «۱۵.ًـ۱»); between digits it is a dash («۱۱ـ۲۳»).
 * The width of what a number looks through at `k`, 0 if nothing.
 */
function transparentWidth(table: ActionTable, input: string, k: number): number {
  const c = input.charCodeAt(k);
  if (table.vanishing[c] === 1) return table.action[c] !== A_KASHIDA || kashidaStretches(input, k) ? 1 : 0;
  if (table.action[c] !== A_ENTITY) return 0;
  // an entity of such a character («&zwnj;»), which a second pass would find decoded
  const decoded = decodeEntityAt(input, k);
  const unit = decoded !== null && decoded.text.length === 1 ? decoded.text.charCodeAt(0) : 0;
  return unit !== 0 && table.vanishing[unit] === 1 && table.action[unit] !== A_KASHIDA ? (decoded?.length ?? 0) : 0;
}
/**
 * A run of digits with inner separators: digits converted, `.` → ٫ when it is the only dot (a decimal
 * point), `,` → ٬ when the commas group by three (thousands), and back for `'en'`.
 */
function digitRun(input: string, start: number, limit: number, o: ResolvedNormalizeOptions, table: ActionTable, out: MappedBuilder): number {
  const skipDropped = (k: number): number => {
    for (let width = 0; k < limit && (width = transparentWidth(table, input, k)) > 0; ) k += width;
    return k;
  };
  /** A separator at `k` with a digit after it (past what normalization deletes). */
  const continuesNumber = (k: number): boolean => {
    const after = skipDropped(k + 1);
    return isSeparator(input.charCodeAt(k)) && after < limit && isDigit(input.charCodeAt(after));
  };
  let end = start;
  let dots = 0;
  let commas = 0;
  let groupsOk = true;
  let groupLength = 0;
  let firstGroup = true;
  while (end < limit) {
    const c = input.charCodeAt(end);
    if (isDigit(c)) {
      groupLength++;
      end++;
      const next = skipDropped(end);
      // what normalization deletes is looked through only where the number goes on after it
      if (next > end && next < limit && (isDigit(input.charCodeAt(next)) || continuesNumber(next))) end = next;
      continue;
    }
    const afterSeparator = skipDropped(end + 1);
    if (isSeparator(c) && afterSeparator < limit && isDigit(input.charCodeAt(afterSeparator))) {
      if (c === 0x2e || c === PERSIAN_DECIMAL) dots++;
      else {
        commas++;
        if ((firstGroup && groupLength > 3) || (!firstGroup && groupLength !== 3)) groupsOk = false;
        firstGroup = false;
        groupLength = 0;
      }
      end = afterSeparator;
      continue;
    }
    break;
  }
  if (commas > 0 && groupLength !== 3 && dots === 0) groupsOk = false;
  if (o.digits === 'keep' || latinAttached(input, start, end)) {
    for (let k = start; k < end; ) {
      const width = transparentWidth(table, input, k);
      if (width === 0) out.push(input.charCodeAt(k), k, k + 1);
      k += Math.max(1, width);
    }
    return end;
  }
  const toFa = o.digits === 'fa';
  const zero = toFa ? PERSIAN_ZERO : LATIN_ZERO;
  const decimalOk = dots === 1;
  const thousandsOk = commas > 0 && groupsOk;
  for (let k = start; k < end; k++) {
    const c = input.charCodeAt(k);
    const width = transparentWidth(table, input, k);
    if (width > 0) {
      k += width - 1;
      continue;
    }
    const v = digitValue(c);
    let unit = c;
    if (v >= 0) unit = zero + v;
    else if (toFa) {
      if (c === 0x2e && decimalOk) unit = PERSIAN_DECIMAL;
      else if (c === 0x2c && thousandsOk) unit = PERSIAN_THOUSANDS;
    } else {
      if (c === PERSIAN_DECIMAL) unit = 0x2e;
      else if (c === PERSIAN_THOUSANDS) unit = 0x2c;
    }
    out.push(unit, k, k + 1);
  }
  return end;
}

/** The longest entity (`&#1114111;`, `&#x10ffff;`, `&hellip;`) and what debris adds, in code units. */
const MAX_ENTITY_LENGTH = 12;

/**
 * An entity with characters normalization deletes inside it («&G\u0651t;»): decoded as it will read once they
 * are gone, so that a second pass finds nothing new to decode (idempotence). Null when none is inside.
 */
function decodeEntityThrough(input: string, start: number, vanishing: Uint8Array): ReturnType<typeof decodeEntityAt> {
  // the common case («#هشتگ», an apostrophe): nothing deleted close behind, and nothing built
  let deleted = start + 1;
  const reach = Math.min(input.length, start + 2 * MAX_ENTITY_LENGTH);
  while (deleted < reach && vanishing[input.charCodeAt(deleted)] !== 1) deleted++;
  if (deleted === reach) return null;
  const origin: number[] = [];
  let view = '';
  for (let k = start; k < input.length && origin.length < MAX_ENTITY_LENGTH; k++) {
    if (vanishing[input.charCodeAt(k)] === 1) continue;
    origin.push(k);
    view += input[k];
  }
  const decoded = decodeEntityAt(view, 0);
  if (decoded === null) return null;
  return { text: decoded.text, length: (origin[decoded.length - 1] ?? start) + 1 - start };
}

/** The characters of a decoded entity go through the same table, all mapped to the entity's span. */
function emitDecoded(
  input: string,
  text: string,
  start: number,
  end: number,
  o: ResolvedNormalizeOptions,
  table: ActionTable,
  out: MappedBuilder,
): void {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const a = table.action[c];
    if (a === A_MAP) out.push(table.replacement[c] ?? c, start, end);
    else if (a === A_DROP || a === A_HAMZA_ABOVE) continue;
    else if (a === A_BIDI || a === A_ZERO_WIDTH) invisible(a, c, input, end, o, table, out, start, end);
    else if (a === A_EXPAND) out.pushString(table.expansions.get(c) ?? '', start, end);
    else if (a === A_DIGIT && o.digits !== 'keep') {
      out.push((o.digits === 'fa' ? PERSIAN_ZERO : LATIN_ZERO) + digitValue(c), start, end);
    } else out.push(c, start, end);
  }
}
