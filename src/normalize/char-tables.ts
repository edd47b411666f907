/**
 * Lookup tables over UTF-16 code units, built once. Classification flags are option-independent;
 * the per-option action tables (what each character becomes) are built on demand and cached.
 */
import type { ResolvedNormalizeOptions } from './options';

// ---- classification flags -------------------------------------------------------------------------------

/** A letter of the Arabic script (Persian, Arabic, Urdu letters). */
export const F_AR_LETTER = 1;
/** An Arabic-script letter that connects to the following letter (so a ZWNJ after it is meaningful). */
export const F_JOINING = 2;
/** A decimal digit of any of the three scripts (Latin, Arabic-Indic, Persian). */
export const F_DIGIT = 4;
/** A Latin letter (ASCII or Latin-1/Extended). */
export const F_LATIN = 8;
/** A combining mark. */
export const F_MARK = 16;
/** A horizontal space or tab. */
export const F_SPACE = 32;
/** A character that is a letter of any script (used by tokenization). */
export const F_LETTER = 64;

export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;

/**
 * Right-joining or non-joining Arabic letters (Unicode Joining_Type R or U): they never connect to the
 * following letter, so no ZWNJ is needed (or kept) after them. ا آ أ إ ؤ ء د ذ ر ز ژ و ة ۀ and Urdu/Arabic
 * extensions.
 */
const NON_JOINING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0621, 0x0625],
  [0x0627, 0x0627],
  [0x0629, 0x0629],
  [0x062f, 0x0632],
  [0x0648, 0x0648],
  [0x0671, 0x0677],
  [0x0688, 0x0699],
  [0x06c0, 0x06c0],
  [0x06c3, 0x06cb],
  [0x06cd, 0x06cd],
  [0x06cf, 0x06cf],
  [0x06d2, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
];

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const digit = /\p{Nd}/u;
  const arabic = /\p{Script=Arabic}/u;
  const latin = /\p{Script=Latin}/u;
  const scan = (from: number, to: number): void => {
    for (let c = from; c <= to; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      let f = 0;
      if (letter.test(ch)) {
        f |= F_LETTER;
        if (arabic.test(ch)) f |= F_AR_LETTER | F_JOINING;
        else if (latin.test(ch)) f |= F_LATIN;
      } else if (mark.test(ch)) f |= F_MARK;
      flags[c] = f;
    }
  };
  scan(0, 0x33ff);
  scan(0xa000, 0xffff);
  // Everything in between is CJK/Hangul etc.: letters of other scripts.
  for (let c = 0x3400; c < 0xa000; c++) flags[c] = F_LETTER;
  for (const [a, b] of NON_JOINING_RANGES) for (let c = a; c <= b; c++) flags[c] = (flags[c] ?? 0) & ~F_JOINING;
  // Only the three digit sets Persian text mixes count as digits.
  for (let c = 0x30; c <= 0x39; c++) flags[c] = F_DIGIT;
  for (let c = 0x660; c <= 0x669; c++) flags[c] = F_DIGIT;
  for (let c = 0x6f0; c <= 0x6f9; c++) flags[c] = F_DIGIT;
  void digit;
  flags[0x20] = F_SPACE;
  flags[0x09] = F_SPACE;
  return flags;
}

/** Classification flags per UTF-16 code unit. */
export const CHAR_FLAGS: Uint8Array = buildFlags();

/** Value 0–9 of a digit code unit of any of the three scripts, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  return -1;
}

// ---- actions ----------------------------------------------------------------------------------------------

/** Keep the code unit. */
export const A_COPY = 0;
/** Replace by `replacement[c]`. */
export const A_MAP = 1;
/** Remove. */
export const A_DROP = 2;
/** A digit: converted according to the digit option and its context. */
export const A_DIGIT = 3;
/** Replace by the string `expansions.get(c)` (presentation forms, ligatures). */
export const A_EXPAND = 4;
/** `&`, `'` or `#`: may start an HTML entity or entity debris. */
export const A_ENTITY = 5;
/** High surrogate: copied together with its low surrogate. */
export const A_HIGH_SURROGATE = 6;
/** Combining hamza above U+0654: folds into a preceding ه (→ ۀ) or is dropped. */
export const A_HAMZA_ABOVE = 7;

/** Kashida: dropped after a letter (elongation), a dash elsewhere («۱۱ـ۲۳», «ـ که …»). */
export const A_KASHIDA = 8;

/** What each code unit becomes under one set of options. */
export interface ActionTable {
  readonly action: Uint8Array;
  readonly replacement: Uint16Array;
  readonly expansions: ReadonlyMap<number, string>;
  /**
   * 1 for a unit normalization deletes, or turns into a joiner the spacing pass may delete (a soft hyphen
   * becomes a ZWNJ): diacritics, kashida, zero-width and bidi characters.
   */
  readonly vanishing: Uint8Array;
}

const DIACRITIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x064b, 0x0653],
  [0x0655, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08ff],
];

/** Bidi controls, BOM, soft hyphen, Arabic letter mark. */
const CONTROL_CODES: readonly number[] = [
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
];

/** Spaces other than U+0020 that become U+0020. */
const ODD_SPACES: readonly number[] = [
  0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x200b, 0x202f, 0x205f, 0x3000,
];

const YEH = 0x06cc;
const KEHEH = 0x06a9;
const HEH = 0x0647;
const ALEF = 0x0627;

/** Ligatures whose NFKC form is not the Persian spelling wanted. */
const LIGATURE_OVERRIDES: ReadonlyMap<number, string> = new Map([
  [0xfdfa, 'صلی الله علیه و سلم'],
  [0xfdfb, 'جل جلاله'],
  [0xfdf2, 'الله'],
  [0xfdfd, 'بسم الله الرحمن الرحیم'],
]);

function buildActionTable(o: ResolvedNormalizeOptions): ActionTable {
  const action = new Uint8Array(0x10000);
  const replacement = new Uint16Array(0x10000);
  const map = (c: number, to: number): void => {
    action[c] = A_MAP;
    replacement[c] = to;
  };
  if (o.persianLetters) {
    map(0x064a, YEH); // ي
    map(0x0649, YEH); // ى
    map(0x06d0, YEH); // ې
    map(0x0643, KEHEH); // ك
    map(0x06be, HEH); // ھ
    map(0x06c1, HEH); // ہ
    map(0x06d5, HEH); // ە
    map(0x06d2, YEH); // ے (Urdu yeh barree)
  }
  if (o.tehMarbuta) {
    map(0x0629, HEH);
    map(0x06c3, HEH); // ۃ
  }
  if (o.hehHamza) map(0x06c0, HEH);
  if (o.alefHamza) {
    map(0x0623, ALEF);
    map(0x0625, ALEF);
    map(0x0671, ALEF);
  }
  if (o.diacritics) {
    for (const [a, b] of DIACRITIC_RANGES) for (let c = a; c <= b; c++) action[c] = A_DROP;
    action[0x0654] = A_HAMZA_ABOVE;
  } else if (o.hehHamza) {
    action[0x0654] = A_HAMZA_ABOVE;
  }
  if (o.kashida) action[0x0640] = A_KASHIDA;
  if (o.controls) for (const c of CONTROL_CODES) action[c] = A_DROP;
  // A soft hyphen inside Persian words is a mis-encoded ZWNJ (common in Word exports).
  if (o.controls) map(0x00ad, 0x200c);
  if (o.spacing) {
    for (const c of ODD_SPACES) map(c, 0x20);
    map(0x2028, 0x0a);
    map(0x2029, 0x0a);
  }
  for (let c = 0; c < 0x10000; c++) if (CHAR_FLAGS[c] === F_DIGIT) action[c] = A_DIGIT;
  if (o.htmlEntities) {
    action[0x26] = A_ENTITY;
    action[0x27] = A_ENTITY;
    action[0x23] = A_ENTITY;
  }
  for (let c = 0xd800; c <= 0xdbff; c++) action[c] = A_HIGH_SURROGATE;

  const expansions = new Map<number, string>();
  if (o.presentationForms) {
    const applySimple = (s: string): string => {
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const a = action[c];
        // medial forms of the marks (ﹱ ﹿ …) are a kashida carrying the mark: without the mark, nothing is left
        if (a === A_DROP || a === A_HAMZA_ABOVE || a === A_KASHIDA) continue;
        out += a === A_MAP ? String.fromCharCode(replacement[c] ?? c) : s[i];
      }
      return out;
    };
    const addRange = (from: number, to: number): void => {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        const override = LIGATURE_OVERRIDES.get(c);
        const nfkc = override ?? ch.normalize('NFKC');
        if (nfkc === ch) continue;
        const folded = applySimple(nfkc);
        // Isolated tanwin forms (ﹰ …) decompose to space + mark: they vanish with the mark.
        const result = folded.trim() === '' ? '' : folded;
        expansions.set(c, result);
        action[c] = A_EXPAND;
      }
    };
    addRange(0xfb50, 0xfdff);
    addRange(0xfe70, 0xfeff);
  }
  const vanishing = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const a = action[c];
    const unit = a === A_MAP ? (replacement[c] ?? c) : c;
    if (a === A_DROP || a === A_HAMZA_ABOVE || a === A_KASHIDA || unit === ZWNJ || unit === ZWJ) vanishing[c] = 1;
  }
  return { action, replacement, expansions, vanishing };
}

const tableCache = new Map<string, ActionTable>();

/** The action table for a set of options (cached; there are few distinct option sets in practice). */
export function actionTableFor(o: ResolvedNormalizeOptions): ActionTable {
  const key = `${+o.persianLetters}${+o.tehMarbuta}${+o.hehHamza}${+o.alefHamza}${+o.presentationForms}${+o.diacritics}${+o.kashida}${+o.controls}${+o.spacing}${+o.htmlEntities}`;
  let table = tableCache.get(key);
  if (table === undefined) {
    table = buildActionTable(o);
    tableCache.set(key, table);
  }
  return table;
}
