/**
 * A cheap language check: is this text Persian? Letter evidence decides short texts; longer ones ask
 * `franc-min` (trigram model) restricted to the Arabic-script languages it knows, and the letters can
 * overrule it.
 * @packageDocumentation
 */
import { franc } from 'franc-min';

/** What {@link detectLanguage} found. */
export interface LanguageGuess {
  /** `'fa'` Persian, `'ar'` Arabic, `'ur'` Urdu, `'other'` another language, `'und'` undetermined (no letters). */
  language: 'fa' | 'ar' | 'ur' | 'other' | 'und';
  /** The dominant script of the letters. */
  script: 'arabic' | 'latin' | 'other' | 'none';
  /** How sure the guess is, in [0, 1], when there is something to guess from. */
  confidence?: number;
}

/** Below this many Arabic-script letters the letters decide alone. */
const SHORT_TEXT_LETTERS = 20;
/** The franc-min languages written in Arabic script (pes = Iranian Persian). */
const FRANC_LANGUAGES = ['pes', 'arb', 'urd', 'pbu', 'skr', 'zlm'];
const FRANC_TO_LANGUAGE: Readonly<Record<string, LanguageGuess['language']>> = { pes: 'fa', arb: 'ar', urd: 'ur' };

interface LetterCounts {
  arabicScript: number;
  latin: number;
  other: number;
  /** پ چ ژ گ: Persian and Urdu, not Arabic. */
  persianOnly: number;
  /** ک ی (Persian forms). */
  persianForms: number;
  /** ٹ ڈ ڑ ں ے ھ: Urdu. */
  urduOnly: number;
  /** ة ى ي ك: Arabic forms. */
  arabicOnly: number;
}

const PERSIAN_LETTERS = new Set([0x067e, 0x0686, 0x0698, 0x06af]);
const PERSIAN_FORMS = new Set([0x06a9, 0x06cc]);
const URDU_LETTERS = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be, 0x06c1]);
const ARABIC_FORMS = new Set([0x0629, 0x0649, 0x064a, 0x0643]);

function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = { arabicScript: 0, latin: 0, other: 0, persianOnly: 0, persianForms: 0, urduOnly: 0, arabicOnly: 0 };
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x0620 && c <= 0x06ff && c !== 0x0640 && !(c >= 0x064b && c <= 0x0669) && !(c >= 0x06f0 && c <= 0x06f9)) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) {
      if (/\p{L}/u.test(ch)) {
        counts.arabicScript++;
        if (PERSIAN_LETTERS.has(c)) counts.persianOnly++;
        else if (PERSIAN_FORMS.has(c)) counts.persianForms++;
        else if (URDU_LETTERS.has(c)) counts.urduOnly++;
        else if (ARABIC_FORMS.has(c)) counts.arabicOnly++;
      }
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latin++;
    else if (c > 0x7f && /\p{L}/u.test(ch)) counts.other++;
  }
  return counts;
}

/** The verdict of the letters alone, for an Arabic-script text. */
function byLetters(c: LetterCounts): LanguageGuess['language'] {
  if (c.urduOnly > 0 && c.urduOnly >= c.persianOnly) return 'ur';
  if (c.persianOnly > 0 || c.persianForms > 0) return c.arabicOnly > c.persianOnly + c.persianForms ? 'ar' : 'fa';
  if (c.arabicOnly > 0) return 'ar';
  // Only letters shared by all three: Persian is the library's language, the best default.
  return 'fa';
}

/**
 * Guesses the language of a text. Meant as a guard ("is this Persian at all?"), not as a general language
 * identifier: everything that is not Persian, Arabic or Urdu is `'other'`.
 * @example
 * ```ts
 * detectLanguage('رئیس جمهوری آذربایجان'); // { language: 'fa', script: 'arabic', confidence: … }
 * detectLanguage('Hello world');          // { language: 'other', script: 'latin', … }
 * ```
 */
export function detectLanguage(text: string): LanguageGuess {
  if (typeof text !== 'string') {
    throw new TypeError(`persian-ner: detectLanguage expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const c = countLetters(sample);
  const total = c.arabicScript + c.latin + c.other;
  if (total === 0) return { language: 'und', script: 'none' };
  const script: LanguageGuess['script'] =
    c.arabicScript >= c.latin && c.arabicScript >= c.other ? 'arabic' : c.latin >= c.other ? 'latin' : 'other';
  if (script !== 'arabic') return { language: 'other', script, confidence: Math.min(1, (total - c.arabicScript) / total) };
  const letterGuess = byLetters(c);
  const share = c.arabicScript / total;
  if (c.arabicScript < SHORT_TEXT_LETTERS) return { language: letterGuess, script, confidence: round(0.5 * share + (c.persianOnly + c.urduOnly + c.arabicOnly > 0 ? 0.3 : 0.1)) };
  const code = franc(sample, { only: FRANC_LANGUAGES, minLength: 10 });
  const francGuess = FRANC_TO_LANGUAGE[code] ?? (code === 'und' ? letterGuess : 'other');
  // Distinctive letters overrule the trigram model (پ چ ژ گ never occur in Arabic; ٹ ڈ ڑ ں ے are Urdu).
  let language = francGuess;
  if (francGuess === 'ar' && (c.persianOnly > 0 || c.persianForms > c.arabicOnly)) language = letterGuess;
  if (francGuess !== 'ur' && c.urduOnly > 2) language = 'ur';
  if (francGuess === 'other' && letterGuess === 'fa' && c.persianOnly > 0) language = 'fa';
  const agree = language === francGuess && language === letterGuess;
  return { language, script, confidence: round(share * (agree ? 0.95 : 0.7)) };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
