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
/** A bidi control: a space between two letters (it kept two words apart on screen), dropped elsewhere. */
export const A_BIDI = 9;
/** Zero-width space or soft hyphen: a mis-encoded ZWNJ between two Persian letters, dropped elsewhere. */
export const A_ZERO_WIDTH = 10;

/** What each code unit becomes under one set of options. */
export interface ActionTable {
  readonly action: Uint8Array;
  readonly replacement: Uint16Array;
  readonly expansions: ReadonlyMap<number, string>;
  /**
   * 1 for a unit normalization deletes, or turns into a joiner the spacing pass may delete (a soft hyphen
   * becomes a ZWNJ): diacritics, kashida, zero-width and bidi characters (a ZWNJ only with the ZWNJ step on).
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
  // the small waw and yeh of Quranic text (ۥ ۦ) and the small Farsi yeh (ࣉ): annotations, not letters of the word
  [0x06e5, 0x06e6],
  [0x08c9, 0x08c9],
];

/** Bidi controls: Arabic letter mark, LRM, RLM, LRE…RLO, LRI…PDI. */
const BIDI_CONTROLS: readonly number[] = [
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
];
/** Zero-width space and soft hyphen: invisible, and typed (or exported from word processors) in place of a ZWNJ. */
const ZERO_WIDTH: readonly number[] = [0x200b, 0x00ad];
/** The BOM (zero-width no-break space): never separates anything, so it is just removed. */
const BOM = 0xfeff;

/** Spaces other than U+0020 that become U+0020. */
const ODD_SPACES: readonly number[] = [
  0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x202f, 0x205f, 0x3000,
];

const YEH = 0x06cc;
const HEH = 0x0647;
const ALEF = 0x0627;
const ALEF_HAMZA_ABOVE = 0x0623;
const ALEF_HAMZA_BELOW = 0x0625;
/** ۀ, and the Urdu heh goal with hamza ۂ: the ezafe after ه in one character. */
export const HEH_WITH_YEH = 0x06c0;
const HEH_GOAL_WITH_HAMZA = 0x06c2;
const HAMZA_ABOVE = 0x0654;

/**
 * The Arabic-script letters that are a Persian letter with other dots, a ring, a stroke or a small letter added
 * (Arabic, Arabic Supplement and Arabic Extended-A/B blocks: letters of Urdu, Pashto, Sindhi, Kurdish, Kashmiri,
 * African and Quranic orthographies), with the Persian letter each is read as. Scraped Persian text carries them
 * from other keyboards and decorative fonts: «ڪ» (swash kaf) for ک, «ۍ» and «ے» for ی, «ۇ» for و. Dots above a
 * skeleton read as the Persian letter with dots above (ڌ → ذ, ڙ → ژ, ڂ → خ). The alef forms with hamza fold to
 * أ and إ, which the `alefHamza` option then decides about.
 */
const LETTER_VARIANTS: ReadonlyArray<readonly [number, readonly number[]]> = [
  [0x0627 /* ا */, [0x0773, 0x0774, 0x0870, 0x0871, 0x0872, 0x0873, 0x0874, 0x0875, 0x0876, 0x0877, 0x0878, 0x0879, 0x087a, 0x087b, 0x087c, 0x087d, 0x087e, 0x087f, 0x0880, 0x08ad]],
  [ALEF_HAMZA_ABOVE /* أ */, [0x0672, 0x0675, 0x0881, 0x0882]],
  [ALEF_HAMZA_BELOW /* إ */, [0x0673]],
  [0x0628 /* ب */, [0x066e, 0x067b, 0x0751, 0x0754, 0x0755, 0x0756, 0x08a0, 0x08a1, 0x08b6]],
  [0x067e /* پ */, [0x0680, 0x0750, 0x0752, 0x08b7, 0x08be]],
  [0x062a /* ت */, [0x0679, 0x067a, 0x067c, 0x067f, 0x0753, 0x08b8, 0x08bf, 0x08c0]],
  [0x062b /* ث */, [0x067d]],
  [0x062c /* ج */, [0x0683, 0x0684, 0x08a2, 0x08c5, 0x08c6]],
  [0x0686 /* چ */, [0x0687, 0x06bf, 0x0758, 0x08c1]],
  [0x062d /* ح */, [0x0681, 0x076e, 0x076f, 0x0772, 0x077c, 0x088a]],
  [0x062e /* خ */, [0x0682, 0x0685, 0x0757]],
  [0x062f /* د */, [0x0688, 0x0689, 0x068a, 0x068b, 0x068d, 0x06ee, 0x0759, 0x075a, 0x08ae]],
  [0x0630 /* ذ */, [0x068c, 0x068e, 0x068f, 0x0690]],
  [0x0631 /* ر */, [0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x06ef, 0x075b, 0x076c, 0x0771, 0x08aa, 0x08b9]],
  [0x0632 /* ز */, [0x0697, 0x076b, 0x08b2]],
  [0x0698 /* ژ */, [0x0699]],
  [0x0633 /* س */, [0x069a, 0x069b, 0x0770, 0x077d, 0x077e]],
  [0x0634 /* ش */, [0x069c, 0x06fa, 0x075c, 0x076d]],
  [0x0635 /* ص */, [0x069d, 0x069e, 0x08af]],
  [0x0636 /* ض */, [0x06fb]],
  [0x0637 /* ط */, [0x088b, 0x088c]],
  [0x0638 /* ظ */, [0x069f, 0x08a3]],
  [0x0639 /* ع */, [0x08b3]],
  [0x063a /* غ */, [0x06a0, 0x06fc, 0x075d, 0x075e, 0x075f, 0x08c3]],
  [0x0641 /* ف */, [0x06a1, 0x06a2, 0x06a3, 0x06a4, 0x06a5, 0x06a6, 0x0760, 0x0761, 0x08a4, 0x08bb]],
  [0x0642 /* ق */, [0x066f, 0x06a7, 0x06a8, 0x08a5, 0x08b5, 0x08bc, 0x08c4]],
  [0x06a9 /* ک */, [0x0643, 0x063b, 0x063c, 0x06aa, 0x06ab, 0x06ac, 0x06ad, 0x06ae, 0x0762, 0x0763, 0x0764, 0x077f, 0x088d, 0x08b4, 0x08c2]],
  [0x06af /* گ */, [0x06b0, 0x06b1, 0x06b2, 0x06b3, 0x06b4, 0x08b0, 0x08c8]],
  [0x0644 /* ل */, [0x06b5, 0x06b6, 0x06b7, 0x06b8, 0x076a, 0x08a6, 0x08c7]],
  [0x0645 /* م */, [0x0765, 0x0766, 0x08a7]],
  [0x0646 /* ن */, [0x06b9, 0x06ba, 0x06bb, 0x06bc, 0x06bd, 0x0767, 0x0768, 0x0769, 0x0889, 0x08bd]],
  [0x0648 /* و */, [0x06c4, 0x06c5, 0x06c6, 0x06c7, 0x06c8, 0x06c9, 0x06ca, 0x06cb, 0x06cf, 0x0778, 0x0779, 0x08ab, 0x08b1]],
  [0x0624 /* ؤ */, [0x0676, 0x0677]],
  [HEH /* ه */, [0x06be, 0x06c1, 0x06d5, 0x06ff]],
  [YEH /* ی */, [0x064a, 0x0649, 0x0620, 0x063d, 0x063e, 0x063f, 0x06cd, 0x06ce, 0x06d0, 0x06d1, 0x06d2, 0x0775, 0x0776, 0x0777, 0x077a, 0x077b, 0x0886, 0x08a9, 0x08ac, 0x08ba]],
  [0x0626 /* ئ */, [0x0678, 0x06d3, 0x08a8]],
  [0x0621 /* ء */, [0x0674]],
];

/** Ligatures whose NFKC form is not the Persian spelling wanted. */
const LIGATURE_OVERRIDES: ReadonlyMap<number, string> = new Map([
  [0xfdfa, 'صلی الله علیه و سلم'],
  [0xfdfb, 'جل جلاله'],
  [0xfdf2, 'الله'],
  [0xfdfd, 'بسم الله الرحمن الرحیم'],
]);

/** What follows ه to spell the ezafe, per form of the `ezafe` option (`keep`: the hamza above it was typed with). */
export const EZAFE_SIGN: Readonly<Record<ResolvedNormalizeOptions['ezafe'], string>> = {
  omit: '',
  hamza: String.fromCharCode(HAMZA_ABOVE),
  yeh: String.fromCharCode(ZWNJ, YEH),
  keep: String.fromCharCode(HAMZA_ABOVE),
};

function buildActionTable(o: ResolvedNormalizeOptions): ActionTable {
  const action = new Uint8Array(0x10000);
  const replacement = new Uint16Array(0x10000);
  const map = (c: number, to: number): void => {
    action[c] = A_MAP;
    replacement[c] = to;
  };
  const alef = (c: number): number => (o.alefHamza && (c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW) ? ALEF : c);
  if (o.persianLetters) for (const [to, variants] of LETTER_VARIANTS) for (const c of variants) map(c, alef(to));
  if (o.tehMarbuta) {
    map(0x0629, HEH);
    map(0x06c3, HEH); // ۃ
  }
  if (o.alefHamza) {
    map(ALEF_HAMZA_ABOVE, ALEF);
    map(ALEF_HAMZA_BELOW, ALEF);
    map(0x0671, ALEF);
  }
  // ۀ is the ezafe after ه written in one character: it comes out in the form the `ezafe` option names.
  const ezafeHeh = o.persianLetters ? [HEH_WITH_YEH, HEH_GOAL_WITH_HAMZA] : [HEH_WITH_YEH];
  const expansions = new Map<number, string>();
  for (const c of ezafeHeh) {
    if (o.ezafe === 'omit') map(c, HEH);
    else if (o.ezafe !== 'keep') {
      action[c] = A_EXPAND;
      expansions.set(c, String.fromCharCode(HEH) + EZAFE_SIGN[o.ezafe]);
    }
  }
  if (o.diacritics) for (const [a, b] of DIACRITIC_RANGES) for (let c = a; c <= b; c++) action[c] = A_DROP;
  action[HAMZA_ABOVE] = A_HAMZA_ABOVE;
  if (o.kashida) action[0x0640] = A_KASHIDA;
  if (o.controls) {
    for (const c of BIDI_CONTROLS) action[c] = A_BIDI;
    action[BOM] = A_DROP;
  }
  // Repaired into a ZWNJ by the ZWNJ step, removed by the controls step.
  if (o.controls || o.zwnj) for (const c of ZERO_WIDTH) action[c] = A_ZERO_WIDTH;
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

  if (o.presentationForms) {
    const applySimple = (s: string): string => {
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const a = action[c];
        // medial forms of the marks (ﹱ ﹿ …) are a kashida carrying the mark: without the mark, nothing is left
        if (a === A_DROP || a === A_HAMZA_ABOVE || a === A_KASHIDA) continue;
        out += a === A_MAP ? String.fromCharCode(replacement[c] ?? c) : a === A_EXPAND ? (expansions.get(c) ?? s[i]) : s[i];
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
    if (a === A_DROP || a === A_HAMZA_ABOVE || a === A_KASHIDA || a === A_BIDI || a === A_ZERO_WIDTH || (unit === ZWNJ && o.zwnj) || unit === ZWJ) vanishing[c] = 1;
  }
  // The hamza above stays where the diacritics do, but after ه (where it is the ezafe)
  if (!o.diacritics) vanishing[HAMZA_ABOVE] = 0;
  return { action, replacement, expansions, vanishing };
}

const tableCache = new Map<string, ActionTable>();
/** Tables kept (256 KB each): the option sets in use; a caller cycling through thousands does not fill memory. */
const MAX_CACHED_TABLES = 32;
let lastOptions: ResolvedNormalizeOptions | undefined;
let lastTable: ActionTable | undefined;

/** The action table for a set of options (cached; there are few distinct option sets in practice). */
export function actionTableFor(o: ResolvedNormalizeOptions): ActionTable {
  // the same options object again (resolved options are remembered): no key to build
  if (o === lastOptions && lastTable !== undefined) return lastTable;
  lastOptions = o;
  const key = `${+o.persianLetters}${+o.tehMarbuta}${o.ezafe}${+o.alefHamza}${+o.presentationForms}${+o.diacritics}${+o.kashida}${+o.controls}${+o.zwnj}${+o.spacing}${+o.htmlEntities}`;
  let table = tableCache.get(key);
  if (table === undefined) {
    table = buildActionTable(o);
    if (tableCache.size >= MAX_CACHED_TABLES) tableCache.delete(tableCache.keys().next().value ?? key);
    tableCache.set(key, table);
  }
  return (lastTable = table);
}
