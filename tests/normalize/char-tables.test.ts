import { describe, expect, it } from 'vitest';
import unicodeClasses from '../../dictionaries/generated/unicode-classes.json';
import { toRuns, unicodeClassFlags } from '../../scripts/build-char-tables';
import { CHAR_FLAGS, F_AR_LETTER, F_DIGIT, F_JOINING, F_LATIN, F_LETTER, F_MARK, F_SPACE } from '../../src/normalize/char-tables';

const flagsOf = (ch: string): number => CHAR_FLAGS[ch.charCodeAt(0)] ?? -1;

describe('character classes', () => {
  it('the generated classes are those of the Unicode properties (rerun scripts/build-char-tables.ts when not)', () => {
    expect(unicodeClasses.runs).toEqual(toRuns(unicodeClassFlags()));
  });

  it('tells Persian letters that join the next letter from those that do not', () => {
    for (const ch of ['ب', 'پ', 'ک', 'گ', 'ی', 'ه', 'ع']) expect(flagsOf(ch), ch).toBe(F_LETTER | F_AR_LETTER | F_JOINING);
    for (const ch of ['ا', 'آ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ۀ', 'ة']) expect(flagsOf(ch), ch).toBe(F_LETTER | F_AR_LETTER);
  });

  it('classes Latin letters, marks, the three digit sets, spaces and other scripts', () => {
    for (const ch of ['a', 'Z', 'é', 'ß']) expect(flagsOf(ch), ch).toBe(F_LETTER | F_LATIN);
    for (const ch of ['\u064e', '\u0651', '\u0301']) expect(flagsOf(ch), ch).toBe(F_MARK);
    for (const ch of ['0', '9', '٠', '٩', '۰', '۹']) expect(flagsOf(ch), ch).toBe(F_DIGIT);
    expect(flagsOf(' ')).toBe(F_SPACE);
    expect(flagsOf('\t')).toBe(F_SPACE);
    for (const ch of ['Ж', 'α', '中', '한']) expect(flagsOf(ch), ch).toBe(F_LETTER);
    for (const ch of ['.', '،', '«', '\u200c', '\ud800']) expect(flagsOf(ch), ch).toBe(0);
  });
});
