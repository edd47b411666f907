// STUB (to be replaced by the foundation work): identity normalization with an identity map.
import type { NormalizeOptions } from './options';
export type { NormalizeOptions } from './options';

/** Normalized text with the way back to the original offsets. */
export interface NormalizedText {
  /** The input as given. */
  readonly original: string;
  /** The normalized text. */
  readonly text: string;
  /** Maps a half-open span `[start, end)` of `text` to the corresponding span of `original`. */
  toOriginalSpan(start: number, end: number): [number, number];
}

export function normalizeWithMap(input: string, _options?: NormalizeOptions): NormalizedText {
  return { original: input, text: input, toOriginalSpan: (s, e) => [s, e] };
}

export function normalize(input: string, options?: NormalizeOptions): string {
  return normalizeWithMap(input, options).text;
}

/** The key under which dictionaries store and look up a phrase: spacing and ZWNJ removed, hamza and alef forms folded. */
export function dictionaryKey(phrase: string): string {
  return normalize(phrase).replace(/[\s\u200c]+/g, '').replace(/[ئ]/g, 'ی').replace(/[أإآ]/g, 'ا');
}
