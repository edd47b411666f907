import { describe, expect, it } from 'vitest';
import firstNames from '../../dictionaries/curated/first-names.json';
import surnames from '../../dictionaries/curated/surnames.json';
import titles from '../../dictionaries/curated/titles.json';
import nameWords from '../../dictionaries/curated/name-words.json';
import people from '../../dictionaries/curated/people.json';
import fakerFirst from '../../dictionaries/generated/first-names-faker.json';
import fakerLast from '../../dictionaries/generated/surnames-faker.json';
import stopwords from '../../dictionaries/generated/stopwords.json';
import {
  fakerFirstNames,
  fakerSurnames,
  fixFirstNames,
  fixPeople,
  validateFirstNames,
  validateNameWords,
  validatePeople,
  validateSurnames,
  validateTitles,
  type FirstNameEntry,
  type PersonEntry,
} from '../../scripts/build-people';

const notNames = new Set(nameWords.notNames);
const firstByName = new Map((firstNames as FirstNameEntry[]).map((entry) => [entry.name, entry]));
const ZWNJ = '\u200c';

describe('curated PERSON dictionaries are valid', () => {
  it('first-names.json: normalized, sorted, no duplicates, known genders, none in notNames', () => {
    expect(validateFirstNames(firstNames, notNames)).toEqual([]);
  });

  it('surnames.json: normalized, sorted, no duplicates, none in notNames', () => {
    expect(validateSurnames(surnames, notNames)).toEqual([]);
  });

  it('titles.json: sorted, no duplicates, known kinds', () => {
    expect(validateTitles(titles)).toEqual([]);
  });

  it('name-words.json: three sorted lists without repeats', () => {
    expect(validateNameWords(nameWords)).toEqual([]);
  });

  it('people.json: PERSON entries with a given or family name, aliases owned by one person only, none a common word', () => {
    expect(validatePeople(people, new Set([...notNames, ...stopwords]))).toEqual([]);
  });

  it('refuses a one-word alias that is a common word («جناح» faction, «امری» a matter)', () => {
    const entry: PersonEntry = { type: 'PERSON', text: 'محمدعلی جناح', aliases: ['جناح', 'قائد اعظم'], value: { given: 'محمدعلی', family: 'جناح' } };
    const problems = validatePeople([entry], new Set(['جناح', 'امری']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('«جناح» is a common word');
  });

  it('generated faker lists are valid and share nothing with notNames', () => {
    expect(validateFirstNames(fakerFirst, notNames)).toEqual([]);
    expect(validateSurnames(fakerLast, notNames, 'surnames-faker.json')).toEqual([]);
  });
});

describe('the validators catch what they promise to catch', () => {
  it('reports order, duplicates, bad genders and non-names in first names', () => {
    const bad = [
      { name: 'مهدی', gender: 'male' },
      { name: 'زهرا', gender: 'female' },
      { name: 'زهرا', gender: 'female' },
      { name: 'علی', gender: 'man' },
      { name: 'زندگی' },
    ];
    const problems = validateFirstNames(bad, new Set(['زندگی']));
    expect(problems.some((p) => p.includes('out of order'))).toBe(true);
    expect(problems.some((p) => p.includes('bad gender'))).toBe(true);
    expect(problems.some((p) => p.includes('notNames'))).toBe(true);
  });

  it('treats two spellings of one name (with and without ZWNJ) as a duplicate', () => {
    const problems = validateSurnames(['علیزاده', `علی${ZWNJ}زاده`], new Set());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('the same name');
  });

  it('rejects an unknown title kind and an alias shared by two people', () => {
    expect(validateTitles([{ text: 'دکتر', kind: 'medical' }])).toHaveLength(1);
    const twoOwners: PersonEntry[] = [
      { type: 'PERSON', text: 'الهام علی‌اف', aliases: ['علی‌اف'], value: { given: 'الهام', family: 'علی‌اف' } },
      { type: 'PERSON', text: 'حیدر علی‌اف', aliases: ['علی‌اف'], value: { given: 'حیدر', family: 'علی‌اف' } },
    ];
    expect(validatePeople(twoOwners, new Set()).some((p) => p.includes('also belongs to'))).toBe(true);
  });

  it('--fix merges spellings of one name and drops a conflicting gender', () => {
    const fixed = fixFirstNames([
      { name: 'نیکزاد', gender: 'male' },
      { name: `نیک${ZWNJ}زاد`, gender: 'female', ambiguous: true },
      { name: 'آرش', gender: 'male' },
    ]);
    expect(fixed).toEqual([{ name: 'آرش', gender: 'male' }, { name: `نیک${ZWNJ}زاد`, ambiguous: true }]);
  });

  it('--fix merges people with one text and drops aliases equal to the text', () => {
    const fixed = fixPeople([
      { type: 'PERSON', text: 'جو بایدن', aliases: ['بایدن', 'جو بایدن'], value: { given: 'جو', family: 'بایدن' } },
      { type: 'PERSON', text: 'جو بایدن', aliases: ['جوزف بایدن'], value: { given: 'جو', family: 'بایدن' } },
    ]);
    expect(fixed).toHaveLength(1);
    expect(fixed[0]?.aliases).toEqual(['بایدن', 'جوزف بایدن']);
  });
});

describe('coverage that the recognizers rely on', () => {
  it('is broad: thousands of given names and surnames, hundreds of people and non-names', () => {
    expect(firstNames.length).toBeGreaterThanOrEqual(2500);
    expect(surnames.length).toBeGreaterThanOrEqual(1500);
    expect(people.length).toBeGreaterThanOrEqual(800);
    expect(nameWords.notNames.length).toBeGreaterThanOrEqual(500);
    expect(nameWords.roles.length).toBeGreaterThanOrEqual(100);
  });

  it.each(['محمد', 'مهدی', 'الهام', 'زهرا', 'علیرضا', 'ولادیمیر', 'دونالد'])('knows the given name %s', (name) => {
    expect(firstByName.has(name)).toBe(true);
  });

  it('knows genders of common names', () => {
    expect(firstByName.get('محمد')?.gender).toBe('male');
    expect(firstByName.get('زهرا')?.gender).toBe('female');
  });

  it.each(['امید', 'باران', 'بهار', 'نسیم', 'ستاره', 'آرزو', 'پیروز'])('marks %s ambiguous (also a word)', (name) => {
    expect(firstByName.get(name)?.ambiguous).toBe(true);
  });

  it.each(['آخوندزاده', `علی${ZWNJ}اف`, 'احمدی', 'پوتین', 'ترامپ', 'اردوغان', 'ماکرون'])('knows the surname %s', (name) => {
    expect(surnames).toContain(name);
  });

  it.each(['آقای', 'خانم', 'دکتر', 'مهندس', 'آیت‌الله', 'حجت‌الاسلام', 'سردار', 'سرلشکر', 'استاد', 'سید', 'حاج'])(
    'knows the title %s',
    (text) => {
      expect(titles.some((title) => title.text === text)).toBe(true);
    },
  );

  it('marks the title امیر ambiguous (also a given name)', () => {
    expect(titles.find((title) => title.text === 'امیر')?.ambiguous).toBe(true);
  });

  it('keeps surname-shaped common words out of every name list', () => {
    for (const word of ['زندگی', 'جمهوری', 'هدف', 'اطراف', 'خانواده', 'شاهزاده', 'خداوند', 'سفر']) {
      expect(notNames.has(word)).toBe(true);
      expect(firstByName.has(word)).toBe(false);
      expect(surnames).not.toContain(word);
      expect(fakerLast).not.toContain(word);
    }
  });

  it('describes well-known people with their parts', () => {
    const aliyev = people.find((entry) => entry.text === 'الهام علی‌اف');
    expect(aliyev?.value).toEqual({ given: 'الهام', family: 'علی‌اف', gender: 'male' });
    expect(aliyev?.aliases).toContain('علی‌اف');
    expect(people.find((entry) => entry.text === 'ولادیمیر پوتین')?.aliases).toContain('پوتین');
  });
});

describe('faker extraction', () => {
  it('is deterministic and the committed files are up to date', () => {
    expect(fakerFirstNames(firstNames as FirstNameEntry[], notNames)).toEqual(fakerFirst);
    expect(fakerSurnames(surnames, notNames)).toEqual(fakerLast);
  });

  it('adds only names the curated lists do not have', () => {
    for (const entry of fakerFirst) expect(firstByName.has(entry.name)).toBe(false);
    const curatedSurnames = new Set(surnames);
    for (const name of fakerLast) expect(curatedSurnames.has(name)).toBe(false);
  });
});

describe('people: world figures known by one name', () => {
  it('finds them alone, and leaves a company named like a family name alone', async () => {
    const { extractEntities } = await import('../../src/index');
    const people = (text: string): string[] => extractEntities(text, { types: ['PERSON'] }).map((e) => e.text);
    expect(people('کتاب ماکیاولی و هرودوت')).toEqual(['ماکیاولی', 'هرودوت']);
    expect(people('شرکت بوش آلمان آینه خودرو نمی‌سازد')).toEqual([]);
    expect(people('بوشهر شهری بندری است')).toEqual([]);
  });
});
