/**
 * Builds and checks the PERSON dictionaries.
 *
 * - Regenerates `dictionaries/generated/first-names-faker.json` and `surnames-faker.json` from the `fa` locale
 *   of `@faker-js/faker` (MIT), deterministically (normalized, sorted, no duplicates).
 * - Validates the hand-curated files (`first-names.json`, `surnames.json`, `titles.json`, `name-words.json`,
 *   `people.json`): normalized text, sorted, no duplicates, known genders and title kinds, no name that is
 *   listed as a non-name. Any problem is printed and the script exits with code 1.
 * - `--fix` first rewrites the curated files normalized, sorted and deduplicated, then validates them.
 *
 * Usage: `npx tsx scripts/build-people.ts [--fix]`
 *
 * Sorting everywhere is by UTF-16 code units (JavaScript `<`), which does not depend on the machine's locale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fa } from '@faker-js/faker';
import { dictionaryKey, normalize } from '../src/normalize/index';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CURATED = join(ROOT, 'dictionaries', 'curated');
const GENERATED = join(ROOT, 'dictionaries', 'generated');

export const PATHS = {
  firstNames: join(CURATED, 'first-names.json'),
  surnames: join(CURATED, 'surnames.json'),
  titles: join(CURATED, 'titles.json'),
  nameWords: join(CURATED, 'name-words.json'),
  people: join(CURATED, 'people.json'),
  fakerFirstNames: join(GENERATED, 'first-names-faker.json'),
  fakerSurnames: join(GENERATED, 'surnames-faker.json'),
  stopwords: join(GENERATED, 'stopwords.json'),
} as const;

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** Kinds a title can have (see `dictionaries/SOURCES.md`). */
export const TITLE_KINDS = [
  'honorific',
  'academic',
  'professional',
  'religious',
  'military',
  'lineage',
  'political',
] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

export interface FirstNameEntry {
  name: string;
  gender?: Gender;
  ambiguous?: boolean;
}

export interface TitleEntry {
  text: string;
  kind: TitleKind;
  ambiguous?: boolean;
}

export interface NameWordsFile {
  roles: string[];
  personVerbsAfter: string[];
  personCuesBefore: string[];
  notNames: string[];
}

export interface PersonValueEntry {
  title?: string;
  given?: string;
  family?: string;
  gender?: Gender;
}

export interface PersonEntry {
  type: 'PERSON';
  text: string;
  aliases?: string[];
  value: PersonValueEntry;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A name from a source as the matcher will see it: ZWNJ glued to its letters, then the project normalizer. */
export function cleanName(raw: string): string {
  return normalize(raw.normalize('NFC').replace(/\s*\u200c\s*/g, '\u200c'));
}

/**
 * Of two spellings of one name (same dictionary key), the orthographic one: ZWNJ where a compound is written
 * apart (علی‌زاده rather than علیزاده) and آ rather than bare ا (آخوندزاده). Ties keep the first.
 */
export function preferredSpelling(first: string, second: string): string {
  const score = (text: string): number => (text.match(/[\u200cآ]/g) ?? []).length;
  return score(second) > score(first) ? second : first;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isGender = (value: unknown): value is Gender => GENDERS.includes(value as Gender);

const isTitleKind = (value: unknown): value is TitleKind => TITLE_KINDS.includes(value as TitleKind);

/** Problems of a list that must be sorted with no duplicate (exact or by dictionary key). */
function orderProblems(where: string, texts: readonly string[]): string[] {
  const problems: string[] = [];
  const keys = new Map<string, string>();
  texts.forEach((text, i) => {
    const previous = texts[i - 1];
    if (previous !== undefined && byCodeUnits(previous, text) >= 0) {
      problems.push(`${where}: «${text}» is out of order or repeated (after «${previous}»)`);
    }
    const key = dictionaryKey(text);
    const owner = keys.get(key);
    if (owner !== undefined && owner !== text) problems.push(`${where}: «${text}» and «${owner}» are the same name`);
    keys.set(key, text);
  });
  return problems;
}

function textProblems(where: string, text: unknown): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [`${where}: not a non-empty string: ${JSON.stringify(text)}`];
  if (cleanName(text) !== text) return [`${where}: «${text}» is not normalized (expected «${cleanName(text)}»)`];
  return [];
}

function unknownKeys(where: string, record: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(record)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${where}: unknown field "${key}"`);
}

// ---------------------------------------------------------------------------------------------------------
// Validation (pure: data in, problems out)

export function validateFirstNames(data: unknown, notNames: ReadonlySet<string>): string[] {
  if (!Array.isArray(data)) return ['first-names.json: not an array'];
  const problems: string[] = [];
  const names: string[] = [];
  data.forEach((entry: unknown, i) => {
    const where = `first-names.json[${i}]`;
    if (!isRecord(entry)) return void problems.push(`${where}: not an object`);
    problems.push(...unknownKeys(where, entry, ['name', 'gender', 'ambiguous']));
    problems.push(...textProblems(where, entry.name));
    if (entry.gender !== undefined && !isGender(entry.gender)) problems.push(`${where}: bad gender ${String(entry.gender)}`);
    if (entry.ambiguous !== undefined && entry.ambiguous !== true) problems.push(`${where}: ambiguous must be true or absent`);
    if (typeof entry.name === 'string') {
      names.push(entry.name);
      if (notNames.has(entry.name)) problems.push(`${where}: «${entry.name}» is also listed in notNames`);
    }
  });
  return [...problems, ...orderProblems('first-names.json', names)];
}

export function validateSurnames(data: unknown, notNames: ReadonlySet<string>, file = 'surnames.json'): string[] {
  if (!Array.isArray(data)) return [`${file}: not an array`];
  const problems: string[] = [];
  data.forEach((name: unknown, i) => {
    problems.push(...textProblems(`${file}[${i}]`, name));
    if (typeof name === 'string' && notNames.has(name)) problems.push(`${file}[${i}]: «${name}» is also listed in notNames`);
  });
  return [...problems, ...orderProblems(file, data.filter((name): name is string => typeof name === 'string'))];
}

export function validateTitles(data: unknown): string[] {
  if (!Array.isArray(data)) return ['titles.json: not an array'];
  const problems: string[] = [];
  const texts: string[] = [];
  data.forEach((entry: unknown, i) => {
    const where = `titles.json[${i}]`;
    if (!isRecord(entry)) return void problems.push(`${where}: not an object`);
    problems.push(...unknownKeys(where, entry, ['text', 'kind', 'ambiguous']));
    problems.push(...textProblems(where, entry.text));
    if (!isTitleKind(entry.kind)) problems.push(`${where}: unknown kind ${String(entry.kind)}`);
    if (entry.ambiguous !== undefined && entry.ambiguous !== true) problems.push(`${where}: ambiguous must be true or absent`);
    if (typeof entry.text === 'string') texts.push(entry.text);
  });
  return [...problems, ...orderProblems('titles.json', texts)];
}

export function validateNameWords(data: unknown): string[] {
  if (!isRecord(data)) return ['name-words.json: not an object'];
  const problems = unknownKeys('name-words.json', data, ['roles', 'personVerbsAfter', 'personCuesBefore', 'notNames']);
  for (const field of ['roles', 'personVerbsAfter', 'personCuesBefore', 'notNames'] as const) {
    const list = data[field];
    if (!Array.isArray(list)) {
      problems.push(`name-words.json: ${field} is not an array`);
      continue;
    }
    list.forEach((text: unknown, i) => problems.push(...textProblems(`name-words.json ${field}[${i}]`, text)));
    const texts = list.filter((text): text is string => typeof text === 'string');
    // Phrases (وزیر امور خارجه) may share a key with nothing else; only exact order and repeats matter here.
    texts.forEach((text, i) => {
      const previous = texts[i - 1];
      if (previous !== undefined && byCodeUnits(previous, text) >= 0) {
        problems.push(`name-words.json ${field}: «${text}» is out of order or repeated`);
      }
    });
  }
  return problems;
}

/**
 * `commonWords`: the words no alias may be by itself (`notNames` and the stop words: «جناح»، «امری», …). A
 * one-word alias that is a common word would make every use of the word a person.
 */
export function validatePeople(data: unknown, commonWords: ReadonlySet<string>): string[] {
  if (!Array.isArray(data)) return ['people.json: not an array'];
  const problems: string[] = [];
  const texts: string[] = [];
  const aliasOwner = new Map<string, string>();
  data.forEach((entry: unknown, i) => {
    const where = `people.json[${i}]`;
    if (!isRecord(entry)) return void problems.push(`${where}: not an object`);
    problems.push(...unknownKeys(where, entry, ['type', 'text', 'aliases', 'value']));
    if (entry.type !== 'PERSON') problems.push(`${where}: type must be PERSON`);
    problems.push(...textProblems(where, entry.text));
    if (typeof entry.text === 'string') texts.push(entry.text);
    if (entry.aliases !== undefined) {
      if (!Array.isArray(entry.aliases) || entry.aliases.length === 0) problems.push(`${where}: aliases must be a non-empty array or absent`);
      else {
        entry.aliases.forEach((alias: unknown, j) => {
          problems.push(...textProblems(`${where}.aliases[${j}]`, alias));
          if (typeof alias !== 'string') return;
          if (commonWords.has(alias)) problems.push(`${where}: alias «${alias}» is a common word (notNames or a stop word)`);
          const owner = aliasOwner.get(dictionaryKey(alias));
          if (owner !== undefined && owner !== entry.text) problems.push(`${where}: alias «${alias}» also belongs to «${owner}»`);
          aliasOwner.set(dictionaryKey(alias), String(entry.text));
        });
      }
    }
    const value = entry.value;
    if (!isRecord(value)) return void problems.push(`${where}: value is not an object`);
    problems.push(...unknownKeys(`${where}.value`, value, ['title', 'given', 'family', 'gender']));
    if (value.given === undefined && value.family === undefined) problems.push(`${where}: value needs given or family`);
    for (const part of ['title', 'given', 'family'] as const) {
      if (value[part] !== undefined) problems.push(...textProblems(`${where}.value.${part}`, value[part]));
    }
    if (value.gender !== undefined && !isGender(value.gender)) problems.push(`${where}: bad gender ${String(value.gender)}`);
  });
  const textKeys = new Map(texts.map((text) => [dictionaryKey(text), text]));
  for (const [key, owner] of aliasOwner) {
    const text = textKeys.get(key);
    if (text !== undefined && text !== owner) problems.push(`people.json: alias of «${owner}» is the text of «${text}»`);
  }
  return [...problems, ...orderProblems('people.json', texts)];
}

// ---------------------------------------------------------------------------------------------------------
// Fixing (normalize, sort, deduplicate)

/** Sorted by name; two spellings of one name (same dictionary key) merge, a gender conflict drops the gender. */
export function fixFirstNames(entries: readonly FirstNameEntry[]): FirstNameEntry[] {
  const byKey = new Map<string, FirstNameEntry>();
  for (const entry of entries) {
    const name = cleanName(entry.name);
    const key = dictionaryKey(name);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, { ...entry, name });
      continue;
    }
    const gender = seen.gender === entry.gender ? seen.gender : undefined;
    const merged: FirstNameEntry = { name: preferredSpelling(seen.name, name) };
    if (gender) merged.gender = gender;
    if (seen.ambiguous || entry.ambiguous) merged.ambiguous = true;
    byKey.set(key, merged);
  }
  return [...byKey.values()].map(orderFirstNameFields).sort((a, b) => byCodeUnits(a.name, b.name));
}

function orderFirstNameFields(entry: FirstNameEntry): FirstNameEntry {
  const out: FirstNameEntry = { name: entry.name };
  if (entry.gender) out.gender = entry.gender;
  if (entry.ambiguous) out.ambiguous = true;
  return out;
}

/** Normalized, sorted, one spelling per dictionary key, and nothing that is listed in `exclude`. */
export function fixStrings(list: readonly string[], exclude: ReadonlySet<string> = new Set()): string[] {
  const byKey = new Map<string, string>();
  for (const raw of list) {
    const text = cleanName(raw);
    if (text === '' || exclude.has(text)) continue;
    const seen = byKey.get(dictionaryKey(text));
    byKey.set(dictionaryKey(text), seen === undefined ? text : preferredSpelling(seen, text));
  }
  return [...byKey.values()].sort(byCodeUnits);
}

export function fixTitles(entries: readonly TitleEntry[]): TitleEntry[] {
  const byText = new Map<string, TitleEntry>();
  for (const entry of entries) {
    const text = cleanName(entry.text);
    if (!byText.has(text)) byText.set(text, entry.ambiguous ? { text, kind: entry.kind, ambiguous: true } : { text, kind: entry.kind });
  }
  return [...byText.values()].sort((a, b) => byCodeUnits(a.text, b.text));
}

export function fixNameWords(words: NameWordsFile): NameWordsFile {
  const exact = (list: readonly string[]): string[] => [...new Set(list.map(cleanName))].filter(Boolean).sort(byCodeUnits);
  return {
    roles: exact(words.roles),
    personVerbsAfter: exact(words.personVerbsAfter),
    personCuesBefore: exact(words.personCuesBefore),
    notNames: exact(words.notNames),
  };
}

/** Sorted by text; entries with one text merge their aliases; aliases equal to the text are dropped. */
export function fixPeople(entries: readonly PersonEntry[]): PersonEntry[] {
  const byText = new Map<string, PersonEntry>();
  for (const entry of entries) {
    const text = cleanName(entry.text);
    const aliases = (entry.aliases ?? []).map(cleanName);
    const seen = byText.get(text);
    const value: PersonValueEntry = {};
    for (const part of ['title', 'given', 'family'] as const) {
      const v = seen?.value[part] ?? entry.value[part];
      if (v !== undefined) value[part] = cleanName(v);
    }
    const gender = seen?.value.gender ?? entry.value.gender;
    if (gender) value.gender = gender;
    // One spelling per dictionary key, and none that is the text itself.
    const aliasByKey = new Map<string, string>();
    for (const alias of [...(seen?.aliases ?? []), ...aliases]) {
      const key = dictionaryKey(alias);
      if (key !== dictionaryKey(text) && !aliasByKey.has(key)) aliasByKey.set(key, alias);
    }
    const allAliases = [...aliasByKey.values()];
    byText.set(text, allAliases.length > 0 ? { type: 'PERSON', text, aliases: allAliases, value } : { type: 'PERSON', text, value });
  }
  return [...byText.values()].sort((a, b) => byCodeUnits(a.text, b.text));
}

// ---------------------------------------------------------------------------------------------------------
// Faker extraction

/**
 * The faker `fa` first names the curated list does not already have (the curated list wins), cleaned and
 * sorted. Gender comes from faker's male/female lists (a name in both, or only in the generic list, has none);
 * a name listed in `notNames` is dropped.
 */
export function fakerFirstNames(curated: readonly FirstNameEntry[], notNames: ReadonlySet<string>): FirstNameEntry[] {
  const lists = fa.person?.first_name;
  if (!lists || !('generic' in lists)) throw new Error('@faker-js/faker: fa.person.first_name has no generic list');
  const curatedKeys = new Set(curated.map((entry) => dictionaryKey(entry.name)));
  const genders = new Map<string, Set<Gender>>();
  const add = (names: readonly string[] | undefined, gender?: Gender): void => {
    for (const raw of names ?? []) {
      const name = cleanName(raw);
      if (name === '' || notNames.has(name) || curatedKeys.has(dictionaryKey(name))) continue;
      const set = genders.get(name) ?? new Set<Gender>();
      if (gender) set.add(gender);
      genders.set(name, set);
    }
  };
  add(lists.generic);
  add(lists.male, 'male');
  add(lists.female, 'female');
  const entries = [...genders].map(([name, set]): FirstNameEntry => {
    const only = set.size === 1 ? [...set][0] : undefined;
    return only ? { name, gender: only } : { name };
  });
  return fixFirstNames(entries);
}

/** The faker `fa` surnames the curated list does not already have, cleaned and sorted, minus common words. */
export function fakerSurnames(curated: readonly string[], notNames: ReadonlySet<string>): string[] {
  const lists = fa.person?.last_name;
  if (!lists || !('generic' in lists) || !lists.generic) throw new Error('@faker-js/faker: fa.person.last_name has no generic list');
  const curatedKeys = new Set(curated.map(dictionaryKey));
  return fixStrings(lists.generic, notNames).filter((name) => !curatedKeys.has(dictionaryKey(name)));
}

// ---------------------------------------------------------------------------------------------------------
// I/O

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** One array item per line: small diffs, still plain JSON. */
export function formatJson(data: unknown): string {
  const list = (items: readonly unknown[], indent: string): string =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => indent + '  ' + JSON.stringify(item)).join(',\n')}\n${indent}]`;
  if (Array.isArray(data)) return list(data, '') + '\n';
  if (isRecord(data)) {
    const fields = Object.entries(data).map(([key, value]) =>
      `  ${JSON.stringify(key)}: ${Array.isArray(value) ? list(value, '  ') : JSON.stringify(value)}`,
    );
    return `{\n${fields.join(',\n')}\n}\n`;
  }
  return JSON.stringify(data) + '\n';
}

const writeJson = (path: string, data: unknown): void => writeFileSync(path, formatJson(data));

function notNamesOf(nameWords: unknown): Set<string> {
  if (isRecord(nameWords) && Array.isArray(nameWords.notNames)) {
    return new Set(nameWords.notNames.filter((word): word is string => typeof word === 'string'));
  }
  return new Set();
}

function fixCuratedFiles(): void {
  const nameWords = fixNameWords(readJson(PATHS.nameWords) as NameWordsFile);
  writeJson(PATHS.nameWords, nameWords);
  writeJson(PATHS.firstNames, fixFirstNames(readJson(PATHS.firstNames) as FirstNameEntry[]));
  writeJson(PATHS.surnames, fixStrings(readJson(PATHS.surnames) as string[]));
  writeJson(PATHS.titles, fixTitles(readJson(PATHS.titles) as TitleEntry[]));
  writeJson(PATHS.people, fixPeople(readJson(PATHS.people) as PersonEntry[]));
}

function main(): void {
  const fix = process.argv.includes('--fix');
  if (fix) fixCuratedFiles();

  const nameWords = readJson(PATHS.nameWords);
  const notNames = notNamesOf(nameWords);
  const firstNames = readJson(PATHS.firstNames);
  const problems = [
    ...validateNameWords(nameWords),
    ...validateFirstNames(firstNames, notNames),
    ...validateSurnames(readJson(PATHS.surnames), notNames),
    ...validateTitles(readJson(PATHS.titles)),
    ...validatePeople(readJson(PATHS.people), new Set([...notNames, ...(readJson(PATHS.stopwords) as string[])])),
  ];
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`build-people: ${problems.length} problem(s) in the curated files${fix ? '' : ' (try --fix for order and duplicates)'}`);
    process.exit(1);
  }

  const curatedFirst = firstNames as FirstNameEntry[];
  const fakerFirst = fakerFirstNames(curatedFirst, notNames);
  const fakerLast = fakerSurnames(readJson(PATHS.surnames) as string[], notNames);
  writeJson(PATHS.fakerFirstNames, fakerFirst);
  writeJson(PATHS.fakerSurnames, fakerLast);
  console.log(
    `build-people: faker first names ${fakerFirst.length} (not in the curated list), faker surnames ${fakerLast.length}; ` +
      `curated first names ${curatedFirst.length}, surnames ${(readJson(PATHS.surnames) as string[]).length}, ` +
      `titles ${(readJson(PATHS.titles) as unknown[]).length}, people ${(readJson(PATHS.people) as unknown[]).length}, ` +
      `notNames ${notNames.size}`,
  );
}

// Run only as a script, so the tests can import the pure functions.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
