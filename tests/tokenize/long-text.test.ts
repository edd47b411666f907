/**
 * Long inputs go through the same tokenizer as short ones (typed-array token spans, one string for a token
 * normalization left alone): a long text tokenizes like its lines one by one.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeNormalized } from '../../src/tokenize/index';
import { normalize } from '../../src/normalize/index';
import type { Token } from '../../src/types';

const LINES = [
  'كتاب هاي علي را در ۱۴۰۲/۰۳/۱۵ ساعت ۲۲:۰۰ خريد.',
  'Contact info@example.com or https://example.com/a?b=1 — @user #تگ 😀 1️⃣',
  'ه.ش و U.S. و e.g. ... !!! ؟! ﷺ ۳٫۵ 3.5 COVID-19 5G',
  'الهام علی‌اف دیروز به تهران آمد 👍🏽 🇮🇷',
];

function shifted(tokens: Token[], by: number): Token[] {
  return tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by }));
}

describe('tokenize on long text', () => {
  it('gives the tokens of each line, at their offsets', () => {
    const lines = Array.from({ length: 60 }, (_, k) => LINES[k % LINES.length] ?? '');
    const expected: Token[] = [];
    let offset = 0;
    for (const line of lines) {
      expected.push(...shifted(tokenize(line), offset));
      offset += line.length + 1;
    }
    expect(tokenize(lines.join('\n'))).toEqual(expected);
  });

  it('gives tokens whose text and normalized form are the slices they claim', () => {
    const input = LINES.join('\n').repeat(20);
    for (const t of tokenize(input)) {
      expect(t.text).toBe(input.slice(t.start, t.end));
      expect(normalize(t.text)).toBe(t.normalized);
    }
  });

  it('gives raw tokens in order without overlaps', () => {
    const text = normalize(LINES.join('\n').repeat(20));
    let end = 0;
    for (const t of tokenizeNormalized(text)) {
      expect(t.start).toBeGreaterThanOrEqual(end);
      expect(t.end).toBeGreaterThan(t.start);
      end = t.end;
    }
  });
});
