import { describe, expect, it } from 'vitest';
import { dictionaryKey, normalize, normalizeWithMap, type NormalizeOptions } from '../../src/normalize/index';

/** The ezafe after «خانه» in every spelling writers use, before «ما». */
const SPELLINGS = [
  'خانهٔ ما', // ه + hamza above
  'خانۀ ما', // one character
  'خانه‌ی ما', // ZWNJ + ی
  'خانه ی ما', // space + ی
  'خانه ي ما', // space + Arabic yeh
  'خانهء ما', // standalone hamza, glued
  'خانه ء ما', // standalone hamza, spaced
  'خانه‌ٔ ما', // ZWNJ + hamza above
  'خانه\u200cء ما', // ZWNJ + standalone hamza
];

const FORMS: ReadonlyArray<[NormalizeOptions['ezafe'], string]> = [
  ['omit', 'خانه ما'],
  ['hamza', 'خانهٔ ما'],
  ['yeh', 'خانه‌ی ما'],
];

describe('the ezafe after ه', () => {
  for (const [ezafe, expected] of FORMS) {
    it.each(SPELLINGS)(`%s → ${expected} (ezafe: ${ezafe})`, (input) => {
      expect(normalize(input, { ezafe })).toBe(expected);
      // and with the diacritics kept: the hamza above is the ezafe, not a diacritic
      expect(normalize(input, { ezafe, diacritics: false })).toBe(expected);
    });
  }

  it('omits the ezafe by default, keeps it as typed with ezafe: keep, and reads hehHamza: false as hamza', () => {
    expect(normalize('خانه‌ی ما')).toBe('خانه ما');
    expect(normalize('خانه‌ی ما', { ezafe: 'keep' })).toBe('خانه‌ی ما');
    expect(normalize('خانۀ ما', { ezafe: 'keep' })).toBe('خانۀ ما');
    expect(normalize('خانۀ ما', { hehHamza: false })).toBe('خانهٔ ما');
    expect(normalize('خانۀ ما', { hehHamza: false, ezafe: 'yeh' })).toBe('خانه‌ی ما');
  });

  it('finds the organization however the ezafe is spelled (the issue’s examples)', () => {
    expect(normalize('سخنگوی قوه‌ی قضاییه گفت')).toBe('سخنگوی قوه قضاییه گفت');
    expect(normalize('قوه ی قضاییه')).toBe('قوه قضاییه');
    expect(normalize('کمیته‌ی ملی المپیک')).toBe('کمیته ملی المپیک');
    expect(normalize('روزنامه‌ی اعتماد')).toBe('روزنامه اعتماد');
  });

  it('leaves a ی that is part of a word or follows no ه-final word', () => {
    expect(normalize('ماهی')).toBe('ماهی'); // fish: a glued ی is the word's own
    expect(normalize('خانه یاب')).toBe('خانه یاب'); // the ی begins a word
    expect(normalize('کتاب ی')).toBe('کتاب ی');
    // «که», «چه», «نه», «به» take no ezafe, and a lone «ه» is the letter's name
    expect(normalize('که ی')).toBe('که ی');
    expect(normalize('ه ی')).toBe('ه ی');
    expect(normalize('خانه‌ای')).toBe('خانه‌ای'); // the indefinite, not the ezafe
  });

  it('maps the words back to the original, the omitted ezafe outside them', () => {
    const input = 'قوه‌ی قضاییه';
    const n = normalizeWithMap(input);
    expect(n.text).toBe('قوه قضاییه');
    expect(n.toOriginalSpan(0, 3)).toEqual([0, 3]);
    expect(n.toOriginalSpan(0, n.text.length)).toEqual([0, input.length]);
    // with the hamza form, the hamza maps to the spelling it replaced
    const h = normalizeWithMap('خانه ی ما', { ezafe: 'hamza' });
    expect(h.text).toBe('خانهٔ ما');
    expect(h.toOriginalSpan(0, 5)).toEqual([0, 6]);
  });

  it('gives every spelling the same dictionary key', () => {
    const key = dictionaryKey('قوه قضاییه');
    for (const spelling of ['قوهٔ قضاییه', 'قوۀ قضاییه', 'قوه‌ی قضاییه', 'قوه ی قضاییه', 'قوهء قضاییه', 'قوه ء قضاییه', 'قوه‌ٔ قضاییه']) {
      expect(dictionaryKey(spelling)).toBe(key);
    }
    expect(dictionaryKey('ماهی')).not.toBe(dictionaryKey('ماه'));
    expect(dictionaryKey('جزء')).toBe('جزء');
  });
});
