/**
 * How the external test records (`/work/shared/external-tests/*.jsonl`) map onto our API. Shared by the
 * external test; kept apart so that the mapping reads as data.
 */
import { normalize, type NormalizeOptions } from '../../src/normalize/index';
import { sentences, tokenize } from '../../src/tokenize/index';
import { NO_STEP } from '../helpers/normalize-options';

/** One record of an external-tests file. */
export interface ExternalRecord {
  source: string;
  kind: string;
  input: unknown;
  expected: unknown;
  function?: string;
  options?: unknown;
  output_form?: string;
  output_path?: string;
  xfail?: boolean;
  skipped_suite?: boolean;
  matcher?: string;
}

/** How to run a record through our API, or why it is not applicable. */
export type Plan =
  | { kind: 'normalize'; options: NormalizeOptions }
  | { kind: 'tokenize' }
  | { kind: 'sentences' }
  | { kind: 'n/a'; reason: string };

const NA = (reason: string): Plan => ({ kind: 'n/a', reason });

/** Our normalizer with only the given steps on. */
const only = (steps: NormalizeOptions): NormalizeOptions => ({ ...NO_STEP, ...steps });

/**
 * Each toolkit's conventions in our options: the option set its pairs run with (before the function's own).
 * hazm writes the ezafe after ه as «ه‌ی», virastar as «هٔ»; ParsiNorm deletes zero-width characters and places no
 * ZWNJ of its own (so a zero-width space is not repaired into one); Parsivar and DadmaTools write Latin digits.
 */
const TOOLKIT_OPTIONS: Readonly<Record<string, NormalizeOptions>> = {
  hazm: { ezafe: 'yeh' },
  virastar: { ezafe: 'hamza' },
  'virastar-nekofar': { ezafe: 'hamza' },
  parsinorm: { zwnj: false },
  parsivar: { digits: 'en' },
  dadmatools: { digits: 'en' },
};

/** Upstream functions that are a normalization we also do (with the options that make it comparable). */
const NORMALIZE_FUNCTIONS: Readonly<Record<string, NormalizeOptions>> = {
  'Normalizer.character_refinement': {},
  'Normalizer.punctuation_spacing': {},
  'Normalizer.affix_spacing': {},
  'Normalizer.correct_spacing': {},
  'Normalizer.remove_diacritics': {},
  'Normalizer.persian_style': {},
  'Normalizer.persian_number': {},
  'Normalizer.unicodes_replacement': {},
  'Normalizer.normalize': {},
  'Virastar.cleanup': {},
  'Virastar.process': {},
  toPersianChars: {},
  halfSpace: {},
  digitsArToFa: { digits: 'fa' },
  digitsEnToFa: { digits: 'fa' },
  digitsFaToEn: { digits: 'en' },
  digitsArToEn: { digits: 'en' },
  'digitsFaToEn(digitsArToFa(x))': { digits: 'en' },
  'general_normalization.alphabet_correction': {},
  'general_normalization.semi_space_correction': {},
  'general_normalization.arabic_correction': {},
  'general_normalization.punctuation_correction': {},
  'general_normalization.html_correction': {},
  'general_normalization.number_correction': {},
  // persiantools (Python): one conversion each
  'characters.ar_to_fa': only({ persianLetters: true, diacritics: true }),
  'digits.en_to_fa': only({ digits: 'fa' }),
  'digits.ar_to_fa': only({ digits: 'fa' }),
  'digits.fa_to_en': only({ digits: 'en' }),
};

/**
 * The steps of virastar (nekofar's port names them in camelCase) that are also steps of ours, as the options that
 * run them. Its per-step tests switch every other step off, and so do we ({@link only}).
 */
const VIRASTAR_STEPS: Readonly<Record<string, NormalizeOptions>> = {
  removeLeadingAndTrailingSpaces: { spacing: true },
  cleanupSpacing: { spacing: true },
  cleanupKashidas: { kashida: true },
  normalizeKashidas: { kashida: true },
  cleanupRightToLeftMarks: { controls: true },
  cleanupZeroWidthNonJoiners: { zwnj: true },
  decodeHtmlEntities: { htmlEntities: true },
  replaceArabicNumbers: { digits: 'fa' },
  replaceEnglishNumbers: { digits: 'fa' },
  replaceEnglishQuotesPairs: { quotes: true },
  replaceEnglishQuotes: { quotes: true },
  replaceHamzeh: { ezafe: 'hamza' },
  replaceMiscNonPersianChars: { persianLetters: true },
  replacePrefixSpacing: { spacing: true, affixes: true },
  replaceSuffixSpacing: { spacing: true, affixes: true },
  fix_suffix_spacing: { spacing: true, affixes: true },
  replacePersianGlyphs: { presentationForms: true },
  replacePunctuations: { punctuation: true },
  replaceQuestionMarks: { punctuation: true },
  replaceSpacingForBracesAndQuotes: { spacing: true, punctuationSpacing: true },
  removeSpacingForPunctuations: { spacing: true, punctuationSpacing: true },
  removeDiacritics: { diacritics: true },
  // we always keep URLs and e-mail addresses as they are
  preserveUris: {},
};

/** virastar's switches of a step we also have, as our options (its defaults are ours, see TOOLKIT_OPTIONS). */
const VIRASTAR_SWITCHES: Readonly<Record<string, (on: boolean) => NormalizeOptions>> = {
  // with fix_hamzeh off, virastar writes the ezafe after ه as «ه‌ی»
  fix_hamzeh: (on) => ({ ezafe: on ? 'hamza' : 'yeh' }),
  replaceHamzeh: (on) => ({ ezafe: on ? 'hamza' : 'yeh' }),
  remove_diacritics: (on) => ({ diacritics: on }),
  removeDiacritics: (on) => ({ diacritics: on }),
  // reading a final ة as a mistyped ezafe has no switch of ours: run as we are (teh marbuta → ه)
  fix_hamzeh_arabic: () => ({}),
  replaceHamzehArabic: () => ({}),
  // inline code: we have no Markdown mode, backticks stay as typed
  preserve_inline_codes: () => ({}),
};

/**
 * The options a virastar record with upstream switches runs with, or why none fit. A record that switches every
 * step but a few off (nekofar's per-step tests) runs with only those steps of ours.
 */
function virastarOptions(o: Record<string, unknown>): NormalizeOptions | string {
  const keys = Object.keys(o);
  if (keys.length > 5) {
    const steps = keys.filter((k) => o[k] !== false);
    const missing = steps.filter((k) => VIRASTAR_STEPS[k] === undefined);
    if (missing.length > 0) return `virastar step ${missing.join(', ')} has no equivalent step of ours`;
    return only(Object.assign({}, ...steps.map((k) => VIRASTAR_STEPS[k])) as NormalizeOptions);
  }
  const missing = keys.filter((k) => VIRASTAR_SWITCHES[k] === undefined);
  if (missing.length > 0) return `virastar switch ${missing.join(', ')} has no equivalent`;
  return Object.assign({}, ...keys.map((k) => VIRASTAR_SWITCHES[k]?.(o[k] === true))) as NormalizeOptions;
}

/** Upstream functions we have no equivalent of. */
const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  'Normalizer.remove_specials_chars': 'we keep emoji and symbols (the tokenizer classifies them)',
  'Normalizer.decrease_repeated_chars': 'we do not shorten elongated words (سلاممم): it changes names',
  'Normalizer.seperate_mi': 'glued می (میخواهم) needs a verb lexicon; we only join a spaced می',
  'Normalizer.token_spacing': 'lexicon-driven token merging (hazm word list); we have no such lexicon',
  'InformalNormalizer.normalize': 'informal-to-formal rewriting is out of scope',
  'InformalNormalizer.normalized_word': 'informal-to-formal rewriting is out of scope',
  'TokenSplitter.split_token_words': 'compound splitting by lexicon is out of scope',
  'WordTokenizer.join_verb_parts': 'joining compound verbs with _ is not tokenization we do',
  digitsEnToAr: 'we never produce Arabic-Indic digits',
  'characters.fa_to_ar': 'we never produce Arabic letter forms (ي ك)',
  'digits.fa_to_ar': 'we never produce Arabic-Indic digits',
  digitsFaToAr: 'we never produce Arabic-Indic digits',
  slugify: 'slugs are out of scope',
  createSlug: 'slugs are out of scope',
  slugifyWithNumbers: 'slugs are out of scope',
  slugifySimple: 'slugs are out of scope',
  cleanText: 'slug/cleaning helper of persian-tools; out of scope',
  analyzeText: 'text statistics (readability, reading time) are out of scope',
  getTextSummary: 'text statistics are out of scope',
  getTextComplexity: 'text statistics are out of scope',
  'mail_url_cleaner.find_mails_clean': 'we keep e-mail addresses (tokens of kind email)',
  'mail_url_cleaner.find_urls_clean': 'we keep URLs (tokens of kind url)',
  'general_normalization.english_correction': 'ParsiNorm maps Latin lookalikes; we keep Latin text',
  'general_normalization.specials_chars': 'TTS-oriented symbol spelling',
  'general_normalization.remove_emojis': 'we keep emoji',
  'general_normalization.remove_not_desired_chars': 'we keep all characters except controls',
  'general_normalization.remove_repeated_punctuation': 'we keep repeated punctuation (!!! is the writer\'s)',
  'abbreviation.replace_persian_label_abbreviation': 'abbreviation expansion (TTS) is out of scope',
  'abbreviation.replace_law_abbreviation': 'abbreviation expansion (TTS) is out of scope',
  'abbreviation.replace_book_abbreviation': 'abbreviation expansion (TTS) is out of scope',
  'abbreviation.replace_other_abbreviation': 'abbreviation expansion (TTS) is out of scope',
  'abbreviation.replace_English_abbrevations': 'abbreviation expansion (TTS) is out of scope',
  'TTS_normalization.replace_symbols': 'symbol spelling (TTS) is out of scope',
};

const TOKENIZE_FUNCTIONS = new Set([
  'WordTokenizer.tokenize',
  'word_tokenize',
  'tokenizer.word_tokenize',
  'Tokenizer.tokenize_words',
  'Tokenizer.tokenize_words(Normalizer().normalize(x))',
]);
const SENTENCE_FUNCTIONS = new Set([
  'SentenceTokenizer.tokenize',
  'sent_tokenize',
  'tokenizer.sentence_tokenize',
  'Tokenizer.tokenize_sentences(Normalizer().normalize(x))',
]);

/** Options that only switch a step of the upstream tool on or off (hazm flags and others) we cannot mirror. */
function unsupportedOptions(file: string, options: unknown): string | null {
  if (options === undefined || options === null) return null;
  if (typeof options !== 'object') return 'positional upstream option';
  const o = options as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0) return null;
  if (file === 'virastar' || file === 'virastar-nekofar') {
    const mapped = virastarOptions(o);
    return typeof mapped === 'string' ? mapped : null;
  }
  if (file === 'hazm' || file === 'issue-derived') {
    if (keys.some((k) => k.startsWith('replace_') || k === 'separate_emoji' || k === 'join_abbreviations')) {
      return 'hazm placeholder/emoji/abbreviation options (NUM, LINK, ID tokens) have no equivalent';
    }
    if (o.join_verb_parts === false) return null;
    if (keys.length === 1 && o.persian_numbers === false) return null;
    if (keys.length === 1 && o.token_based === true) return 'lexicon-driven token spacing';
  }
  if (file === 'parsivar' && keys.some((k) => k === 'statistical_space_correction' || k === 'pinglish_conversion_needed')) {
    return 'Parsivar statistical spacing / Pinglish conversion have no equivalent';
  }
  if (file === 'parsinorm' && 'verb_seperator' in o) return o.verb_seperator === true ? 'verb separation is not tokenization we do' : null;
  if (file === 'dadmatools') return 'DadmaTools cleaning options (placeholders, removals) have no equivalent';
  return 'upstream per-step option toggles';
}

/** Decides how a record runs. `file` is the file name without `.jsonl`. */
export function planFor(file: string, r: ExternalRecord): Plan {
  const fn = r.function ?? '';
  if (r.kind !== 'normalize' && r.kind !== 'tokenize') return NA('not a normalize/tokenize record');
  if (typeof r.input !== 'string') return NA('symbolic or non-string input');
  if (r.matcher !== undefined && !['toBe', 'toEqual', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'equal', 'toStrictEqual', undefined].includes(r.matcher)) {
    return NA(`matcher ${r.matcher}`);
  }
  if (r.output_path !== undefined) return NA('asserts a statistic of the result');
  const naReason = NOT_APPLICABLE[fn];
  if (naReason !== undefined) return NA(naReason);
  if (fn === 'WordTokenizer.tokenize' && file === 'hazm') {
    const o = (r.options ?? {}) as Record<string, unknown>;
    if (o.join_verb_parts !== false && Object.keys(o).length === 0) {
      // Default hazm joins compound verbs with "_": only records without such joins are comparable.
      if (Array.isArray(r.expected) && r.expected.some((t) => typeof t === 'string' && t.includes('_'))) {
        return NA('hazm default join_verb_parts=True joins verbs with _');
      }
    }
  }
  const optionProblem = unsupportedOptions(file, r.options);
  if (optionProblem !== null) return NA(optionProblem);
  if (TOKENIZE_FUNCTIONS.has(fn)) return { kind: 'tokenize' };
  if (SENTENCE_FUNCTIONS.has(fn)) return { kind: 'sentences' };
  const normalizeOptions = NORMALIZE_FUNCTIONS[fn];
  if (normalizeOptions === undefined) return NA(`no equivalent of ${fn}`);
  const upstream = (r.options ?? {}) as Record<string, unknown>;
  const switches = file === 'virastar' || file === 'virastar-nekofar' ? virastarOptions(upstream) : {};
  const options: NormalizeOptions = { ...TOOLKIT_OPTIONS[file], ...normalizeOptions, ...(typeof switches === 'string' ? {} : switches) };
  // hazm's persian_numbers=False keeps the digits as they are.
  if (upstream.persian_numbers === false) options.digits = 'keep';
  return { kind: 'normalize', options };
}

/** Runs a plan; the output in the form the record compares. */
export function runPlan(plan: Plan, r: ExternalRecord): unknown {
  const input = r.input as string;
  if (plan.kind === 'normalize') return normalize(input, plan.options);
  if (plan.kind === 'tokenize') {
    const tokens = tokenize(input);
    return r.output_form !== undefined ? tokens.map((t) => t.normalized).join(' ') : tokens.map((t) => t.normalized);
  }
  if (plan.kind === 'sentences') return sentences(input).map((s) => normalize(s.text));
  return undefined;
}

/** Comparison: exact, or (for token/sentence lists) equal after normalizing the expected side. */
export function matches(plan: Plan, actual: unknown, expected: unknown): boolean {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return true;
  if (plan.kind === 'tokenize' || plan.kind === 'sentences') {
    if (Array.isArray(expected) && Array.isArray(actual)) {
      const norm = expected.map((e) => (typeof e === 'string' ? normalize(e) : e));
      return JSON.stringify(norm) === JSON.stringify(actual);
    }
    if (typeof expected === 'string' && typeof actual === 'string') return normalize(expected) === actual;
  }
  return false;
}
