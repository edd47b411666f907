// STUB (to be replaced by the foundation work).
import type { Sentence, Token, TokenKind } from '../types';
import { normalizeWithMap } from '../normalize/index';

/** A token of already-normalized text, offsets into that text. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

export function tokenizeNormalized(text: string): RawToken[] {
  const out: RawToken[] = [];
  const re = /[\p{L}\p{M}\u200c]+|\p{N}+|[^\s]/gu;
  for (const m of text.matchAll(re)) {
    const kind: TokenKind = /\p{N}/u.test(m[0]) ? 'number' : /[\p{L}]/u.test(m[0]) ? 'word' : 'punctuation';
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

export function tokenize(input: string): Token[] {
  const n = normalizeWithMap(input);
  return tokenizeNormalized(n.text).map((t) => {
    const [start, end] = n.toOriginalSpan(t.start, t.end);
    return { text: input.slice(start, end), start, end, normalized: n.text.slice(t.start, t.end), kind: t.kind };
  });
}

/** Sentence spans of already-normalized text. */
export function sentenceSpansNormalized(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^.!؟?\n]+[.!؟?]*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function sentences(input: string): Sentence[] {
  const n = normalizeWithMap(input);
  return sentenceSpansNormalized(n.text).map(([s, e]) => {
    const [start, end] = n.toOriginalSpan(s, e);
    return { text: input.slice(start, end), start, end };
  });
}
