/**
 * Regenerates `dictionaries/generated/*` (countries, world cities, banks, stop words) from registry packages
 * and GeoNames, and validates the hand-curated gazetteers in `dictionaries/curated/`.
 *
 *   npx tsx scripts/build-dictionaries.ts          regenerate + validate; exit 1 on any problem
 *   npx tsx scripts/build-dictionaries.ts --fix    also rewrite curated files sorted and formatted
 *   npx tsx scripts/build-dictionaries.ts --check  validate only, write nothing
 *
 * Output is deterministic: entries sorted by text (code-point order), one per line.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryKey, normalize } from '../src/normalize/index';
import type { GazetteerEntry } from './dictionaries/entry';
import { serializeEntries, sortEntries, validateEntries } from './dictionaries/entry';
import { loadGeoNames } from './dictionaries/geonames';
import type { CountryForms, ExemplarCity, SourceBank } from './dictionaries/sources';
import { buildBanks, buildCountries, buildStopwords, buildWorldCities } from './dictionaries/sources';
import { commonWordKeys } from './dictionaries/text';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = join(ROOT, 'dictionaries', 'generated');
const CURATED = join(ROOT, 'dictionaries', 'curated');

/** Curated gazetteer files and the one type each may hold. */
const CURATED_FILES: ReadonlyArray<readonly [string, string]> = [
  ['countries-variants.json', 'COUNTRY'],
  ['iran-places.json', 'LOCATION'],
  ['world-places.json', 'LOCATION'],
  ['geography.json', 'LOCATION'],
  ['landmarks.json', 'LOCATION'],
  ['organizations.json', 'ORGANIZATION'],
];

const args = new Set(process.argv.slice(2));
const FIX = args.has('--fix');
const CHECK_ONLY = args.has('--check');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function formsOf(entry: GazetteerEntry): string[] {
  return [entry.text, ...(entry.aliases ?? [])];
}

// ------------------------------------------------------------------------------------------ registry reads

interface TerritoriesJson {
  main: { fa: { localeDisplayNames: { territories: Record<string, string> } } };
}
interface WorldCountry {
  cca2: string;
  translations: Record<string, { official: string; common: string } | undefined>;
}
interface ZoneNode {
  exemplarCity?: string;
  [child: string]: ZoneNode | string | undefined;
}
interface WindowsZonesJson {
  supplemental: { windowsZones: { mapTimezones: Array<{ mapZone: { _type: string; _territory: string } }> } };
}

function readCountryForms(): CountryForms[] {
  const territories = (require('cldr-localenames-full/main/fa/territories.json') as TerritoriesJson).main.fa
    .localeDisplayNames.territories;
  const worldCountries = require('world-countries/countries.json') as WorldCountry[];
  const isoNames = (require('i18n-iso-countries/langs/fa.json') as { countries: Record<string, string | string[]> }).countries;
  const codes = new Set([...worldCountries.map((c) => c.cca2), ...Object.keys(isoNames)]);
  return [...codes].sort().map((code) => {
    const cldrAlternatives = Object.entries(territories)
      .filter(([id]) => id.startsWith(`${code}-alt-`))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const short = cldrAlternatives.filter(([id]) => id.endsWith('-alt-short')).map(([, name]) => name);
    const variants = cldrAlternatives.filter(([id]) => !id.endsWith('-alt-short')).map(([, name]) => name);
    const persian = worldCountries.find((c) => c.cca2 === code)?.translations['per'];
    const iso = isoNames[code];
    return {
      code,
      preferred: [...short, ...(territories[code] ? [territories[code]] : [])],
      others: [...variants, ...(persian ? [persian.common, persian.official] : []), ...(iso === undefined ? [] : [iso].flat())],
    };
  });
}

/** IANA zone → territory, from CLDR's windowsZones plus the system tz database for zones CLDR lacks. */
function zoneTerritories(): Map<string, string> {
  const map = new Map<string, string>();
  const windows = require('cldr-core/supplemental/windowsZones.json') as WindowsZonesJson;
  for (const { mapZone } of windows.supplemental.windowsZones.mapTimezones) {
    if (!/^[A-Z]{2}$/.test(mapZone._territory) || mapZone._territory === 'ZZ') continue;
    for (const zone of mapZone._type.split(' ')) if (!map.has(zone)) map.set(zone, mapZone._territory);
  }
  const zoneTab = '/usr/share/zoneinfo/zone.tab';
  if (existsSync(zoneTab)) {
    for (const line of readFileSync(zoneTab, 'utf8').split('\n')) {
      const [country, , zone] = line.split('\t');
      if (country && zone && !line.startsWith('#') && !map.has(zone)) map.set(zone, country);
    }
    const links = '/usr/share/zoneinfo/tzdata.zi';
    if (existsSync(links)) {
      for (const line of readFileSync(links, 'utf8').split('\n')) {
        const [tag, target, alias] = line.split(' ');
        const country = target ? map.get(target) : undefined;
        if (tag === 'L' && alias && country && !map.has(alias)) map.set(alias, country);
      }
    }
  }
  return map;
}

function readExemplarCities(): ExemplarCity[] {
  const zones = (require('cldr-dates-full/main/fa/timeZoneNames.json') as {
    main: { fa: { dates: { timeZoneNames: { zone: ZoneNode } } } };
  }).main.fa.dates.timeZoneNames.zone;
  const territories = zoneTerritories();
  const cities: ExemplarCity[] = [];
  const walk = (node: ZoneNode, path: string[]): void => {
    for (const [name, child] of Object.entries(node)) {
      if (typeof child !== 'object') continue;
      const zone = [...path, name].join('/');
      if (typeof child.exemplarCity === 'string') {
        // «وینسنس، اندیانا»: the city is the part before the comma.
        const city = child.exemplarCity.split('،')[0]!.trim();
        cities.push({ zone, name: city, country: territories.get(zone) });
      } else walk(child, [...path, name]);
    }
  };
  walk(zones, []);
  return cities.sort((a, b) => (a.zone < b.zone ? -1 : 1));
}

async function readBanks(): Promise<SourceBank[]> {
  const tools = (await import('@persian-tools/persian-tools')) as unknown as {
    shebaMapCodes: Record<string, { persianName: string }>;
  };
  return Object.keys(tools.shebaMapCodes)
    .sort()
    .map((code) => ({ persianName: tools.shebaMapCodes[code]!.persianName }));
}

// ------------------------------------------------------------------------------------------ main

interface LoadedFile {
  name: string;
  path: string;
  entries: GazetteerEntry[];
}

async function main(): Promise<void> {
  const problems: string[] = [];
  const notes: string[] = [];

  const stopwords = buildStopwords((require('stopwords-iso/stopwords-iso.json') as { fa: string[] }).fa);
  const commonKeys = commonWordKeys(stopwords);

  // Curated files: optionally sorted in place, then validated.
  const curated: LoadedFile[] = [];
  for (const [name, type] of CURATED_FILES) {
    const path = join(CURATED, name);
    if (!existsSync(path)) {
      problems.push(`${name}: missing`);
      continue;
    }
    let raw = readJson(path);
    if (FIX && Array.isArray(raw)) {
      const text = serializeEntries(raw as GazetteerEntry[]);
      writeFileSync(path, text);
      raw = JSON.parse(text) as unknown;
    }
    problems.push(...validateEntries(name, raw, { key: dictionaryKey, expectedType: type }));
    if (Array.isArray(raw)) curated.push({ name, path, entries: raw as GazetteerEntry[] });
  }

  // Curated texts are stored normalized; a curated text that is a common word must say so.
  for (const file of curated) {
    for (const entry of file.entries) {
      for (const form of formsOf(entry)) {
        if (normalize(form) !== form) problems.push(`${file.name}: «${form}» is not in normalized form («${normalize(form)}»)`);
        if (!entry.ambiguous && commonKeys.has(dictionaryKey(form))) {
          problems.push(`${file.name}: «${form}» is a common word: mark the entry "ambiguous": true or drop the form`);
        }
      }
    }
  }

  const curatedCountryCodes = new Map<string, string>();
  const curatedCountryNames = new Map<string, string>();
  const curatedKeys = new Set<string>();
  const curatedOrgKeys = new Set<string>();
  for (const file of curated) {
    for (const entry of file.entries) {
      for (const form of formsOf(entry)) {
        curatedKeys.add(dictionaryKey(form));
        if (entry.type === 'ORGANIZATION') curatedOrgKeys.add(dictionaryKey(form));
      }
      if (entry.type !== 'COUNTRY') continue;
      const code = String(entry.value?.['code']);
      const name = String(entry.value?.['name']);
      for (const form of formsOf(entry)) curatedCountryCodes.set(dictionaryKey(form), code);
      const known = curatedCountryNames.get(code);
      if (known !== undefined && known !== name) problems.push(`${file.name}: ${code} has two canonical names: ${known}, ${name}`);
      curatedCountryNames.set(code, name);
    }
  }

  const countries = buildCountries({
    forms: readCountryForms(),
    curatedCodes: curatedCountryCodes,
    curatedNames: curatedCountryNames,
    commonKeys,
  });
  const countryKeys = new Set(countries.entries.flatMap(formsOf).map((form) => dictionaryKey(form)));

  const geoNames = loadGeoNames();
  for (const warning of geoNames.warnings) console.warn(`warning: ${warning}`);
  const cities = buildWorldCities({
    exemplarCities: readExemplarCities(),
    geoNamesCities: geoNames.cities,
    geoNamesProvinces: geoNames.provinces,
    takenKeys: new Set([...countryKeys, ...curatedKeys, ...curatedCountryCodes.keys()]),
    commonKeys,
    curatedProvinceCountries: new Set(['IR']),
  });
  const banks = buildBanks(await readBanks(), curatedOrgKeys);

  const generated: ReadonlyArray<readonly [string, string, GazetteerEntry[]]> = [
    ['countries.json', 'COUNTRY', countries.entries],
    ['world-cities.json', 'LOCATION', cities.entries],
    ['banks.json', 'ORGANIZATION', banks.entries],
  ];
  for (const result of [countries, cities, banks]) {
    problems.push(...result.errors);
    notes.push(...result.notes);
  }
  for (const [name, type, entries] of generated) {
    problems.push(...validateEntries(name, sortEntries(entries), { key: dictionaryKey, expectedType: type }));
  }

  // Across all files: one (type, key) has one owner.
  const owners = new Map<string, string>();
  const allFiles = [...curated.map((f) => [f.name, f.entries] as const), ...generated.map(([n, , e]) => [n, e] as const)];
  for (const [name, entries] of allFiles) {
    for (const entry of entries) {
      for (const form of formsOf(entry)) {
        const id = `${entry.type}\u0000${dictionaryKey(form)}`;
        const owner = owners.get(id);
        if (owner !== undefined && owner !== name) problems.push(`${name}: «${form}» (${entry.type}) is also in ${owner}`);
        else owners.set(id, name);
      }
    }
  }

  if (process.env['VERBOSE']) for (const note of notes) console.log(`note: ${note}`);
  if (!CHECK_ONLY && problems.length === 0) {
    for (const [name, , entries] of generated) writeFileSync(join(GENERATED, name), serializeEntries(entries));
    writeFileSync(join(GENERATED, 'stopwords.json'), `${JSON.stringify(stopwords, null, 0).replace(/","/g, '",\n  "').replace(/^\[/, '[\n  ').replace(/\]$/, '\n]')}\n`);
  }
  for (const [name, , entries] of generated) console.log(`${relative(ROOT, join(GENERATED, name))}: ${entries.length} entries`);
  console.log(`dictionaries/generated/stopwords.json: ${stopwords.length} words`);
  for (const file of curated) console.log(`${relative(ROOT, file.path)}: ${file.entries.length} entries`);
  console.log(`GeoNames: ${geoNames.cities.length} cities, ${geoNames.provinces.length} provinces read (libgeonames-common ${geoNames.version ?? 'unavailable'}); ${notes.length} notes (VERBOSE=1 to list)`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    console.error(`${problems.length} problem(s); nothing written${FIX ? ' except sorted curated files' : ''}.`);
    process.exitCode = 1;
  }
}

await main();
