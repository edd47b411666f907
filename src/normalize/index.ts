/**
 * Persian normalization with an exact map back to the original offsets.
 *
 * Two passes over the text, each a single loop with lookup tables:
 * 1. characters (`char-pass.ts`): letters, digits, diacritics, kashida, controls, odd spaces, presentation
 *    forms, HTML entities;
 * 2. spacing (`spacing-pass.ts`): spaces, ZWNJ, affixes, punctuation, quotes.
 * Each output code unit remembers the source span it came from (`offset-map.ts`).
 * @packageDocumentation
 */
import { actionTableFor } from './char-tables';
import { charPass } from './char-pass';
import { foldKey, foldedStartCode, keyStartCode } from './dictionary-key';
import { MappedBuilder, mapSpan, RunMapBuilder, ScratchSlot, type OffsetMap } from './offset-map';
import { resolveNormalizeOptions, type NormalizeOptions } from './options';
import { spacingPass } from './spacing-pass';

export type { NormalizeOptions, ResolvedNormalizeOptions } from './options';
export { DEFAULT_NORMALIZE_OPTIONS, resolveNormalizeOptions } from './options';
export { keyStartCode } from './dictionary-key';

/** Normalized text with the way back to the original offsets. */
export interface NormalizedText {
  /** The input as given. */
  readonly original: string;
  /** The normalized text. */
  readonly text: string;
  /**
   * Maps a half-open span `[start, end)` of `text` to the corresponding span of `original`: from where its
   * first character came from to where its last one did. Characters removed strictly inside (diacritics,
   * kashida) are included, removed characters at the edges (bidi marks, entity debris) are not; a character
   * that normalization inserted (a ZWNJ, a space after punctuation) maps to an empty span. A surrogate pair is
   * never split.
   */
  toOriginalSpan(start: number, end: number): [number, number];
}

/** Throws the library's TypeError for non-string input. */
export function assertString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`persian-ner: ${fn} expects a string, got ${got}`);
  }
}

/**
 * Normalizes Persian text and keeps the offset map.
 * @example
 * ```ts
 * const n = normalizeWithMap('كتاب ها');
 * n.text;                   // 'کتاب‌ها'
 * n.toOriginalSpan(0, 4);   // [0, 4]
 * ```
 */
export function normalizeWithMap(input: string, options?: NormalizeOptions): NormalizedText {
  const { text, map } = normalizeMapped(input, options);
  const length = text.length;
  const sourceLength = input.length;
  return {
    original: input,
    text,
    toOriginalSpan: (start: number, end: number) => mapSpan(map, length, sourceLength, start, end),
  };
}

/** The normalized text with its offset map (internal, for the tokenizer). */
export interface MappedText {
  readonly text: string;
  /** Code unit `k` of `text` came from `[map.startAt(k), map.endAt(k))` of the input (empty if inserted). */
  readonly map: OffsetMap;
}

const pass1Scratch = new ScratchSlot((capacity) => new MappedBuilder(capacity));
const pass2Scratch = new ScratchSlot((capacity) => new RunMapBuilder(capacity));

/** Runs both passes over `input` and returns what `read` takes of the result (valid only during the call). */
function normalizeInto<R>(input: string, options: NormalizeOptions | undefined, read: (out: RunMapBuilder) => R): R {
  assertString(input, 'normalize');
  const o = resolveNormalizeOptions(options);
  const pass1 = pass1Scratch.acquire(input.length + 16);
  const pass2 = pass2Scratch.acquire(input.length + (input.length >> 4) + 16);
  try {
    const { protectedSpans } = charPass(input, o, actionTableFor(o), pass1);
    spacingPass(pass1, protectedSpans, o, pass2);
    return read(pass2);
  } finally {
    pass1Scratch.release(pass1);
    pass2Scratch.release(pass2);
  }
}

/** {@link normalizeWithMap} without the closure. */
export function normalizeMapped(input: string, options?: NormalizeOptions): MappedText {
  return normalizeInto(input, options, (out) => ({ text: out.toString(), map: out.toOffsetMap() }));
}

/**
 * Normalizes Persian text: unified letters and digits, no diacritics or kashida, canonical spacing, ZWNJ and
 * punctuation. Idempotent: `normalize(normalize(x)) === normalize(x)`.
 * @example
 * ```ts
 * normalize('ويراستار مي كند ?'); // 'ویراستار می‌کند؟'
 * ```
 */
export function normalize(input: string, options?: NormalizeOptions): string {
  // the text alone: its offset map is never built
  return normalizeInto(input, options, (out) => out.toString());
}

/**
 * The key under which dictionaries store and look up a phrase: the normalized phrase without spaces or ZWNJ,
 * with hamza and alef forms folded (ئ → ی, أ إ آ ٱ → ا, ؤ → و, ۀ ة → ه), the ezafe after ه left out in every
 * spelling (هٔ ه‌ی «ه ی» هء), digits Persian, Latin lower-case. رئیس and رییس, آمریکا and امریکا, «علی‌اف»,
 * «علی اف» and «علیاف», «قوه‌ی قضاییه» and «قوهٔ قضاییه» share a key.
 */
export function dictionaryKey(phrase: string): string {
  assertString(phrase, 'dictionaryKey');
  return foldKey(phrase, (s) => normalize(s));
}

/** {@link keyStartCode} of {@link dictionaryKey}(`phrase`): its first two units as one number, mostly without making the key. */
export function phraseStartCode(phrase: string): number {
  const code = foldedStartCode(phrase);
  return code >= 0 ? code : keyStartCode(dictionaryKey(phrase));
}
