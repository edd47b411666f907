import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinData } from '../../src/dictionaries/builtin';
import { createExtractor } from '../../src/extractor';
import { dictionaryKey, keyStartCode, phraseStartCode } from '../../src/normalize/index';

describe('the built-in names indexed by the starts of their keys', () => {
  it('every built-in name goes with the start of its key (else a text could never reach it)', () => {
    const wrong: string[] = [];
    const check = (name: string): void => {
      const text = name.replace(/[،,؛]/g, ' ');
      if (phraseStartCode(text) !== keyStartCode(dictionaryKey(text))) wrong.push(name);
    };
    for (const entry of builtinData.entries) for (const name of [entry.text, ...(entry.aliases ?? [])]) check(name);
    for (const title of builtinData.titles) check(title.text);
    for (const given of builtinData.firstNames) check(given.name);
    for (const family of builtinData.surnames) check(family);
    expect(wrong).toEqual([]);
  });

  it('finds what an extractor indexing everything at once finds', () => {
    // a user dictionary, even an empty one, makes the extractor index every built-in name up front
    const indexedAtOnce = createExtractor({ dictionaries: [{ name: 'none', entries: [] }] });
    const texts = [
      readFileSync(new URL('../../examples/sample-news.txt', import.meta.url), 'utf8'),
      'الهام علی‌اف، رییس جمهوری آذربایجان، روز دوشنبه در باکو با نماینده وزارت امور خارجه ایران دیدار کرد.',
      'سردار سلیمانی و آیت‌الله سیستانی در نجف؛ باشگاه استقلال اهواز و خبرگزاری مهر.',
    ];
    for (const text of texts) {
      // a new extractor for each text: the starts its first text reads are indexed first
      expect(createExtractor().extract(text, { referenceDate: '2024-01-15' })).toEqual(indexedAtOnce.extract(text, { referenceDate: '2024-01-15' }));
    }
  });
});
