/**
 * The key under which dictionaries store and look up phrases. Called for every token, so it is a single
 * table-driven loop over the code units (the full normalizer runs only for rare inputs that need it).
 */
import { A_DIGIT, A_MAP, CHAR_FLAGS, F_AR_LETTER, ZWJ, ZWNJ, actionTableFor } from './char-tables';
import { isEzafeLetter, takesEzafe } from './ezafe';
import { DEFAULT_NORMALIZE_OPTIONS } from './options';

/** Per code unit: the key unit, 0 to drop it. Built on first use. */
let keyTable: Uint16Array | null = null;

/** Folds beyond normalization: spelling variants that name the same thing. */
const KEY_FOLDS: ReadonlyArray<readonly [number, number]> = [
  [0x0626, 0x06cc], // ئ → ی  (رئیس / رییس)
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0622, 0x0627], // آ → ا  (آمریکا / امریکا)
  [0x0671, 0x0627], // ٱ → ا
  [0x0624, 0x0648], // ؤ → و
  [0x06c0, 0x0647], // ۀ → ه
  [0x0629, 0x0647], // ة → ه
];

function buildKeyTable(): Uint16Array {
  const { action, replacement, vanishing, changed } = actionTableFor(DEFAULT_NORMALIZE_OPTIONS);
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  // only the units normalization changes, and the joiners, differ from themselves
  const folded = [...changed, ZWNJ, ZWJ];
  for (const c of folded) {
    const a = action[c];
    if (vanishing[c] === 1) table[c] = 0;
    else if (a === A_MAP) table[c] = replacement[c] ?? c;
    else if (a === A_DIGIT) table[c] = c <= 0x39 ? 0x06f0 + (c - 0x30) : c <= 0x669 ? 0x06f0 + (c - 0x660) : c;
  }
  for (const [from, to] of KEY_FOLDS) table[from] = to;
  // Spacing and joiners do not distinguish names: علی‌اف / علی اف / علیاف.
  for (const c of [0x20, 0x09, 0x0a, 0x0d, ZWNJ, ZWJ, 0x00a0, 0x200b, 0x202f, 0x2009]) table[c] = 0;
  // nor what normalization turns into a space, a ZWNJ or a line break
  for (const c of folded) {
    const v = table[c] ?? 0;
    if (v === 0x20 || v === ZWNJ || v === 0x0a) table[c] = 0;
  }
  table[0x0654] = 0;
  table[0x0640] = 0;
  // Latin letters compare case-insensitively.
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  return table;
}

/** Characters that need the full normalizer first (presentation forms, entities). */
function needsFullNormalization(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) || c === 0x26;
}

const HAMZA = 0x0621;
const YEH = 0x06cc;

/**
 * Whether the unit at `text[k]` (folded to `unit`) is the ezafe of the word `units` ends with: a ی or ء standing
 * alone after a word ending in ه, written apart («قوه‌ی», «قوه ی») or, for ء, glued («قوهء»). The key leaves it
 * out, as it leaves out the hamza of «قوهٔ»: all the spellings of «قوهٔ قضاییه» share a key.
 */
function isEzafeIn(text: string, k: number, unit: number, units: readonly number[], wordStart: number, apart: boolean): boolean {
  if (!(unit === YEH && apart) && unit !== HAMZA) return false;
  if (!takesEzafe(units, wordStart, units.length)) return false;
  for (let next = k + 1; next < text.length; next++) {
    const folded = keyTable?.[text.charCodeAt(next)] ?? 0;
    if (folded !== 0) return ((CHAR_FLAGS[folded] ?? 0) & F_AR_LETTER) === 0;
    // a space or joiner ends the word; diacritics and other dropped marks do not
    if (isEzafeSeparator(text.charCodeAt(next))) return true;
  }
  return true;
}

/** Spaces and ZWNJ: what separates a word from its ezafe written apart. */
function isEzafeSeparator(c: number): boolean {
  return c === 0x20 || c === 0x200c || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** The first two units of `key` as one number, `first * 0x10000 + second` (second 0 for a key of one unit; 0 for ''). */
export function keyStartCode(key: string): number {
  return key.length === 0 ? 0 : key.charCodeAt(0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

/**
 * {@link keyStartCode} of the key {@link foldKey} makes of `phrase`, read without making it (no string is made);
 * -1 when the phrase holds a character the full normalizer must see first (only the whole key tells then). Neither
 * of the first two units is an ezafe left out: an ezafe follows a word of two units or more.
 */
export function foldedStartCode(phrase: string): number {
  const table = (keyTable ??= buildKeyTable());
  let first = 0;
  let second = 0;
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (needsFullNormalization(c)) return -1;
    const unit = table[c] ?? 0;
    if (unit === 0 || second !== 0) continue;
    if (first === 0) first = unit;
    else second = unit;
  }
  return first * 0x10000 + second;
}

/**
 * Folds an already mostly-normalized phrase to its key. `normalizeFirst` runs when the phrase holds
 * characters the table cannot fold on its own.
 */
export function foldKey(phrase: string, normalizeFirst: (s: string) => string): string {
  const table = (keyTable ??= buildKeyTable());
  // Most tokens of normalized text are their own key: no new string then.
  let same = 0;
  while (same < phrase.length) {
    const c = phrase.charCodeAt(same);
    if (table[c] !== c || c === 0 || c === HAMZA || needsFullNormalization(c)) break;
    same++;
  }
  if (same === phrase.length) return phrase;
  let text = phrase;
  for (let k = 0; k < text.length; k++) {
    if (needsFullNormalization(text.charCodeAt(k))) {
      text = normalizeFirst(text);
      break;
    }
  }
  const units: number[] = [];
  /** Where the word `units` ends with started, and whether a space or ZWNJ came after it. */
  let wordStart = 0;
  let apart = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const v = table[c] ?? 0;
    if (v === 0) {
      if (isEzafeSeparator(c)) apart = true;
      continue;
    }
    if ((apart || v === HAMZA) && isEzafeLetter(v) && isEzafeIn(text, k, v, units, wordStart, apart)) continue;
    if (apart) wordStart = units.length;
    apart = false;
    units.push(v);
  }
  return units.length < 4096 ? String.fromCharCode(...units) : chunked(units);
}

function chunked(units: number[]): string {
  let s = '';
  for (let k = 0; k < units.length; k += 4096) s += String.fromCharCode(...units.slice(k, k + 4096));
  return s;
}
