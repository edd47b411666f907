import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryKey, firstKeyUnit } from '../../src/normalize/index';

/** Characters that make keys differ from the text: letters to fold, joiners, spaces, marks, digits, forms, entities. */
const KEY_ALPHABET = [...'آاأإئیيكکهۀةؤو ‌‍\u200b\u00a0ـًٌّٔء۱1١AbZ،,؛&#;ﻻﺑ\u202b\u064e'];

describe('firstKeyUnit', () => {
  it('is the first unit of the dictionary key, whatever the phrase holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...KEY_ALPHABET), { maxLength: 8 }), (units) => {
        const phrase = units.join('');
        expect(Object.is(firstKeyUnit(phrase), dictionaryKey(phrase).charCodeAt(0))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads through what keys leave out, and says NaN when nothing is left', () => {
    expect(firstKeyUnit('\u200c آمریکا')).toBe('ا'.charCodeAt(0));
    expect(firstKeyUnit('ـــئیل')).toBe('ی'.charCodeAt(0));
    expect(firstKeyUnit('۱')).toBe('۱'.charCodeAt(0));
    expect(firstKeyUnit('1')).toBe('۱'.charCodeAt(0));
    expect(firstKeyUnit('\u064e\u200c ')).toBeNaN();
  });
});
