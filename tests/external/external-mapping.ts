/**
 * How the external test records (`/work/shared/external-tests/*.jsonl`) map onto our API. Shared by the
 * external test; kept apart so that the mapping reads as data.
 */
import { normalize, type NormalizeOptions } from '../../src/normalize/index';
import { sentences, tokenize } from '../../src/tokenize/index';

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
};

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

/** Options that only switch a step of the upstream tool on or off (virastar, hazm flags) we cannot mirror. */
function unsupportedOptions(file: string, options: unknown): string | null {
  if (options === undefined || options === null) return null;
  if (typeof options !== 'object') return 'positional upstream option';
  const o = options as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0) return null;
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
  const options: NormalizeOptions = { ...normalizeOptions };
  // Parsivar and DadmaTools write Latin digits; hazm's persian_numbers=False keeps them.
  if (file === 'parsivar' || file === 'dadmatools') options.digits = 'en';
  if ((r.options as Record<string, unknown> | undefined)?.persian_numbers === false) options.digits = 'keep';
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
