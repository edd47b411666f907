import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryKey, keyStartCode, phraseStartCode } from '../../src/normalize/index';

/** Characters that make keys differ from the text: letters to fold, joiners, spaces, marks, digits, forms, entities. */
const KEY_ALPHABET = [...'آاأإئیيكکهۀةؤو ‌‍\u200b\u00a0ـًٌّٔء۱1١AbZ،,؛&#;ﻻﺑ\u202b\u064e'];

describe('phraseStartCode', () => {
  it('is the start of the dictionary key, whatever the phrase holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...KEY_ALPHABET), { maxLength: 8 }), (units) => {
        const phrase = units.join('');
        expect(phraseStartCode(phrase)).toBe(keyStartCode(dictionaryKey(phrase)));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads through what keys leave out', () => {
    expect(phraseStartCode('\u200c آمریکا')).toBe(keyStartCode('ام'));
    expect(phraseStartCode('ـــئ')).toBe(keyStartCode('ی'));
    expect(phraseStartCode('1 2')).toBe(keyStartCode('۱۲'));
    expect(phraseStartCode('ه ی')).toBe(keyStartCode('هی'));
    expect(phraseStartCode('\u064e\u200c ')).toBe(0);
  });
});

describe('keyStartCode', () => {
  it('tells keys apart by their first two units', () => {
    expect(keyStartCode('ایران')).toBe(keyStartCode('ای'));
    expect(keyStartCode('ایران')).not.toBe(keyStartCode('اصفهان'));
    expect(keyStartCode('ا')).not.toBe(keyStartCode('اا'));
    expect(keyStartCode('')).toBe(0);
  });
});
