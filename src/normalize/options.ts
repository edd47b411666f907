import * as z from 'zod/mini';
import { rememberingParser } from '../validation';

/**
 * Options of {@link normalize} and {@link normalizeWithMap}. Every step can be switched off on its own;
 * leaving an option out keeps its default (listed with each option).
 */
export interface NormalizeOptions {
  /**
   * Arabic letter forms to their Persian counterparts: ي ى ې → ی, ك → ک, ھ ە ہ → ه, and the rarer variants of the
   * Arabic script that scraped text carries (ڪ → ک, ۍ ے → ی, ۇ → و, ں → ن … every letter of the Arabic,
   * Arabic Supplement and Arabic Extended blocks that is a Persian letter with other dots or a decoration).
   * Default `true`.
   */
  persianLetters?: boolean;
  /** Teh marbuta ة → ه (e.g. «مدرسة» → «مدرسه»). Default `true`. */
  tehMarbuta?: boolean;
  /**
   * `false` keeps the hamza of the ezafe after ه: the older spelling of `ezafe: 'hamza'` (used when `ezafe` is not
   * given). Default `true`.
   */
  hehHamza?: boolean;
  /**
   * The ezafe after a word ending in ه, however it was typed («خانهٔ», «خانۀ», «خانه‌ی», «خانه ی», «خانهء»,
   * «خانه ء»), comes out in one form: `'omit'` writes no sign («خانه ما», as dictionaries store names),
   * `'hamza'` a hamza above («خانهٔ ما», ه + U+0654 as the Persian standard ISIRI 6219 has it), `'yeh'` a ZWNJ and
   * ی («خانه‌ی ما»); `'keep'` leaves it as typed. Default `'omit'` (`'hamza'` when `hehHamza` is `false`).
   */
  ezafe?: 'omit' | 'hamza' | 'yeh' | 'keep';
  /** Alef with hamza or wasla أ إ ٱ → ا. آ is never touched. Default `false` (dictionaryKey folds them anyway). */
  alefHamza?: boolean;
  /**
   * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) and ligatures to plain letters, e.g. ﻻ → لا,
   * ﷲ → الله, ﷺ → صلی الله علیه و سلم. Default `true`.
   */
  presentationForms?: boolean;
  /**
   * Digit script: `'fa'` (Persian ۰–۹, decimal ٫, thousands ٬), `'en'` (Latin 0–9, `.` and `,`) or `'keep'`.
   * Digits inside URLs, e-mail addresses and Latin identifiers (`COVID-19`, `mp3`, `user123`) are left alone.
   * Default `'fa'`.
   */
  digits?: 'fa' | 'en' | 'keep';
  /** Remove diacritics (harakat, tanwin, shadda, sukun, superscript alef, combining hamza). Default `true`. */
  diacritics?: boolean;
  /** Remove kashida (tatweel ـ). Default `true`. */
  kashida?: boolean;
  /**
   * Remove the invisible characters: bidi controls (LRM, RLM, ALM, LRE…PDF, LRI…PDI), BOM, zero-width space and
   * soft hyphen. A bidi control between two letters separates them as a space would («این\u200Fیک» → «این یک»;
   * the affix rules then join what Persian writes as one word: «خانه\u200Fها» → «خانه‌ها»). Default `true`.
   */
  controls?: boolean;
  /**
   * Whitespace: odd spaces (NBSP, thin, U+2000–200A, U+202F, U+205F, U+3000, tab) become a space; runs of spaces
   * collapse to one; spaces at the start and end of lines and of the text are removed; digits glued to Persian
   * letters get a space («۹متر» → «۹ متر», «عرض۶» → «عرض ۶»; not an ordinal or plural ending: «۲۰مین», «۶۰ها»).
   * Line breaks are kept. Default `true`.
   */
  spacing?: boolean;
  /**
   * ZWNJ clean-up: runs collapse to one; a ZWNJ that joins nothing (at a word edge, next to a space or
   * punctuation, after a non-joining letter such as ا د ذ ر ز ژ و) is removed; a zero-width space or soft hyphen
   * between two Persian letters is a mis-encoded ZWNJ and becomes one («کتاب\u200Bخانه» → «کتاب‌خانه»).
   * Default `true`.
   */
  zwnj?: boolean;
  /**
   * ZWNJ placement for affixes written with a space: می/نمی before a verb («می توان», not the month or the wine:
   * «۱۵ می ۲۰۲۳», «ماه می سال گذشته», «می ناب»), بی before a word («بی دلیل», not «بی او», «بی بی سی»), the
   * suffixes ها های هایی تر ترین تری (after any content word), ام ات اش ایم اید اند (after a word ending in ه or
   * ی) and ای (after ه), and a plural ها glued to a final ه («جمعهها» → «جمعه‌ها»). After a non-joining letter
   * the space is just removed (`بندر ها` → `بندرها`). Default `true`.
   */
  affixes?: boolean;
  /** `?` `;` `,` → ؟ ؛ ، in Persian context (not between digits, not in Latin text or URLs). Default `true`. */
  punctuation?: boolean;
  /** Straight double quotes around Persian text → « ». Default `true`. */
  quotes?: boolean;
  /**
   * Spacing around punctuation: no space before ، ؛ ؟ ! . : ) » and after « (; one space after
   * ، ؛ ؟ ! . : ) » when a Persian word follows directly. Default `true`.
   */
  punctuationSpacing?: boolean;
  /**
   * HTML entities (`&quot;`, `&#39;`, `&amp;`, `&nbsp;`, `&#1740;` …) are decoded, and the mangled
   * apostrophe-entity debris of scraped news (`'39؛`, `'39;`, `#39;`, `&#39؛`, and the same with 34) becomes
   * a double quote (the apostrophe was used as a quotation mark), which {@link NormalizeOptions.quotes}
   * then turns into « or ». Default `true`.
   */
  htmlEntities?: boolean;
}

/** All options with their defaults filled in. */
export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

/** The defaults of every {@link NormalizeOptions} field. */
export const DEFAULT_NORMALIZE_OPTIONS: Readonly<ResolvedNormalizeOptions> = Object.freeze({
  persianLetters: true,
  tehMarbuta: true,
  hehHamza: true,
  ezafe: 'omit',
  alefHamza: false,
  presentationForms: true,
  digits: 'fa',
  diacritics: true,
  kashida: true,
  controls: true,
  spacing: true,
  zwnj: true,
  affixes: true,
  punctuation: true,
  quotes: true,
  punctuationSpacing: true,
  htmlEntities: true,
});

/** The options that are not on/off switches, with the values each takes. */
type ChoiceOption = { [K in keyof ResolvedNormalizeOptions]: ResolvedNormalizeOptions[K] extends boolean ? never : K }[keyof ResolvedNormalizeOptions];
const CHOICES: { readonly [K in ChoiceOption]: readonly [ResolvedNormalizeOptions[K], ...ResolvedNormalizeOptions[K][]] } = {
  ezafe: ['omit', 'hamza', 'yeh', 'keep'],
  digits: ['fa', 'en', 'keep'],
};

/** Every option of {@link DEFAULT_NORMALIZE_OPTIONS} is optional; unknown keys are refused (a typo is not ignored). */
const normalizeOptionsSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(DEFAULT_NORMALIZE_OPTIONS).map((key) => {
      const choices = (CHOICES as Readonly<Record<string, readonly [string, ...string[]]>>)[key];
      return [key, z.optional(choices ? z.enum(choices) : z.boolean())];
    }),
  ),
) as z.ZodMiniType<NormalizeOptions>;

/** Checked options with the defaults filled in (the same object again for the same option values). */
const checkNormalizeOptions = rememberingParser(normalizeOptionsSchema, (checked): ResolvedNormalizeOptions => {
  const out: ResolvedNormalizeOptions = { ...DEFAULT_NORMALIZE_OPTIONS };
  for (const key of Object.keys(DEFAULT_NORMALIZE_OPTIONS) as Array<keyof ResolvedNormalizeOptions>) {
    const value = checked[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  if (checked.ezafe === undefined && checked.hehHamza === false) out.ezafe = 'hamza';
  return Object.freeze(out);
});

/**
 * Fills in defaults.
 * @throws TypeError naming an unknown option or a bad value (`persian-ner: invalid option digits: must be one of …`).
 */
export function resolveNormalizeOptions(options?: NormalizeOptions): ResolvedNormalizeOptions {
  return options === undefined ? DEFAULT_NORMALIZE_OPTIONS : checkNormalizeOptions(options);
}
