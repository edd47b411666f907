import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index';
import { shouldJoinWords } from '../../src/normalize/zwnj';

describe('می and نمی', () => {
  it.each([
    ['می توان گفت', 'می‌توان گفت'], // any stem, not only the personal endings م ی د ت
    ['نمی شود', 'نمی‌شود'],
    ['می گوید', 'می‌گوید'],
    ['می آمده اند', 'می‌آمده‌اند'],
    ['۱۲۳ می خواهم', '۱۲۳ می‌خواهم'], // after a number, a finite verb still takes the prefix
    ['این ماه می خواهم بروم', 'این ماه می‌خواهم بروم'],
  ])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it.each([
    // the month May: after a number or «ماه», and before the year words
    '۱۵ می ۲۰۲۳',
    '۱۵ می سال گذشته',
    'در ماه می سال‌های اخیر',
    'ماه می گذشته',
    'اوایل می امسال',
    // the wine of poetry
    'می ناب',
    'جام می کهنه',
    // Theresa May
    'ترزا می گفت',
    // before a function word
    'می و معشوق',
    'نمی از باران', // «نمی»: a little damp
  ])('keeps «می» apart in «%s»', (input) => expect(normalize(input)).toBe(input));

  it('decides «می» before a word by the word’s first part, so that a second pass decides alike', () => {
    // found by the idempotence property: «سال ها» became «سال‌های», which a second pass took for a verb
    const once = normalize('در ماه می سال های اخیر');
    expect(once).toBe('در ماه می سال‌های اخیر');
    expect(normalize(once)).toBe(once);
  });
});

describe('بی', () => {
  it.each([
    ['بی دلیل', 'بی‌دلیل'],
    ['بی شک', 'بی‌شک'],
    ['من بی خیال شدم', 'من بی‌خیال شدم'],
    ['بی آنکه بداند', 'بی‌آنکه بداند'],
  ])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it.each([
    'بی او', // without him: a preposition before a pronoun
    'بی هیچ دلیلی',
    'بی تو',
    'بی بی سی', // B, B, C
    'ای بی سی',
    'بی ام و',
    'پی بی اس',
  ])('keeps «بی» apart in «%s»', (input) => expect(normalize(input)).toBe(input));
});

describe('clitics and suffixes', () => {
  it.each([
    ['زندگی اش', 'زندگی‌اش'],
    ['زندگی ام', 'زندگی‌ام'],
    ['زندگی شان', 'زندگی‌شان'],
    ['ایرانی اند', 'ایرانی‌اند'],
    ['سی ام', 'سی‌ام'], // thirtieth
    ['خانه اش', 'خانه‌اش'],
  ])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it('keeps the vocative «ای» after a word ending in ی', () => {
    expect(normalize('گفتی ای کاش')).toBe('گفتی ای کاش');
  });

  it.each([
    ['جمعهها', 'جمعه‌ها'],
    ['جمعههای گذشته', 'جمعه‌های گذشته'],
    ['کوههایشان', 'کوه‌هایشان'],
    ['دهها نفر', 'ده‌ها نفر'],
  ])('gives a plural glued to a final ه its ZWNJ: %s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it('leaves «هه» that is no plural: laughter, a word going on', () => {
    expect(normalize('هههه')).toBe('هههه');
    expect(normalize('ههها')).toBe('ههها');
    expect(normalize('جمعهها', { affixes: false })).toBe('جمعهها');
  });

  it('answers the word-pair question alike on strings', () => {
    expect(shouldJoinWords('می', 'توان')).toBe(true);
    expect(shouldJoinWords('می', 'سال')).toBe(false);
    expect(shouldJoinWords('می', 'خواهم', '۱۲۳')).toBe(true);
    expect(shouldJoinWords('می', 'برگزار', '۱۵')).toBe(false);
    expect(shouldJoinWords('می', 'گفت', 'ترزا')).toBe(false);
    expect(shouldJoinWords('بی', 'دلیل')).toBe(true);
    expect(shouldJoinWords('بی', 'سی')).toBe(false);
  });
});
