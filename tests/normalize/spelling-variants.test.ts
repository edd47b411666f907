/**
 * Every spelling of a name, and of the words around it, finds the same entities as the standard spelling: the
 * ezafe after ه in each of its forms, ZWNJ / space / nothing inside a name, Arabic letters, rare letter variants,
 * zero-width spaces and soft hyphens, bidi marks between and around words, digits glued to a name.
 */
import { describe, expect, it } from 'vitest';
import { dictionaryKey, extractEntities } from '../../src/index';

/** What an entity is, whatever its spelling: type, dictionary key of the normalized text, value. */
function found(text: string): string[] {
  return extractEntities(text, { referenceDate: '2024-01-15' }).map((e) => {
    expect(e.text).toBe(text.slice(e.start, e.end));
    return `${e.type} ${dictionaryKey(e.normalized)} ${JSON.stringify(e.value)}`;
  });
}

/** The ezafe after «ه» written every way, in place of `word` + space («قوه » → «قوه‌ی », «قوهٔ » …). */
function ezafeSpellings(text: string, word: string): string[] {
  const stem = word.slice(0, -1);
  return ['هٔ ', 'ۀ ', 'ه‌ی ', 'ه ی ', 'ه ي ', 'هء ', 'ه ء ', 'ه‌ٔ ', 'ه\u200bی '].map((ezafe) => text.replace(`${word} `, `${stem}${ezafe}`));
}

const TABLE: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  // organizations
  ['ezafe before the name', 'سخنگوی قوه قضاییه گفت', ezafeSpellings('سخنگوی قوه قضاییه گفت', 'قوه')],
  ['ezafe inside the name', 'رئیس کمیته ملی المپیک گفت', ezafeSpellings('رئیس کمیته ملی المپیک گفت', 'کمیته')],
  ['ezafe after the head noun', 'سردبیر روزنامه اعتماد گفت', ezafeSpellings('سردبیر روزنامه اعتماد گفت', 'روزنامه')],
  ['Arabic and rare letters', 'رئیس کمیته ملی المپیک گفت', ['رئیس كميته ملي المپيك گفت', 'رئیس ڪمیته ملی المپیک گفت']],
  ['a hamza form', 'سخنگوی قوه قضاییه گفت', ['سخنگوی قوه قضائیه گفت', 'سخنگوی قوهٔ قضائیه گفت']],
  ['ZWNJ, space or nothing', 'مدیرکل صداوسیما', ['مدیرکل صدا و سیما', 'مدیرکل صدا‌وسیما']],
  // people
  ['ezafe before a person', 'نامه حسن روحانی', ezafeSpellings('نامه حسن روحانی', 'نامه')],
  [
    'ZWNJ, space or nothing in a given name',
    'علی‌اکبر ولایتی گفت',
    ['علی اکبر ولایتی گفت', 'علیاکبر ولایتی گفت', 'علی\u200bاکبر ولایتی گفت', 'علی\u00adاکبر ولایتی گفت', 'علی\u200fاکبر ولایتی گفت'],
  ],
  ['Arabic and rare letters in a person', 'علی‌اکبر ولایتی گفت', ['علي‌اكبر ولايتي گفت', 'علی‌اڪبر ولایتۍ گفت']],
  ['bidi marks around and between words', 'حسن روحانی می‌گوید', ['حسن\u200fروحانی می گوید', '\u200fحسن روحانی\u200f می‌گوید', 'حسن روحانی می\u200fگوید']],
  ['a given name in two parts', 'محمدجواد ظریف در تهران گفت', ['محمد‌جواد ظریف در تهران گفت', 'محمد جواد ظریف در تهران گفت', 'محمد\u200bجواد ظریف در تهران گفت']],
  // places
  ['ezafe before a place', 'کرانه دریای خزر', ezafeSpellings('کرانه دریای خزر', 'کرانه')],
  [
    'a place in every spelling',
    'او در کرمانشاه بود',
    ['او در کرمان‌شاه بود', 'او در کرمان شاه بود', 'او در كرمانشاه بود', 'او در ڪرمانشاه بود', 'او در کرمان\u200bشاه بود', 'او در کرمان\u200fشاه بود', 'او در\u200f کرمانشاه\u200f بود'],
  ],
  ['digits glued to a place', 'محمدجواد ظریف در تهران ۱۲ روز ماند', ['محمدجواد ظریف در تهران۱۲ روز ماند']],
];

describe('every spelling finds the entities of the standard spelling', () => {
  for (const [what, standard, variants] of TABLE) {
    const expected = found(standard);
    it(`${what}: «${standard}» finds something`, () => expect(expected.length).toBeGreaterThan(0));
    it.each(variants.map((variant) => [JSON.stringify(variant), variant]))(`${what}: %s`, (_shown, variant) => {
      expect(found(variant)).toEqual(expected);
    });
  }
});
