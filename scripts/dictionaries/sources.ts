/**
 * Builders of the generated gazetteers from registry packages: countries (CLDR, world-countries,
 * i18n-iso-countries), world cities (CLDR exemplar cities, GeoNames), banks (persian-tools), stop words.
 * Each builder is pure over its inputs; reading the packages happens in `build-dictionaries.ts`.
 */
import { dictionaryKey } from '../../src/normalize/index';
import type { GazetteerEntry } from './entry';
import { compareText } from './entry';
import type { GeoNamesCity, GeoNamesProvince } from './geonames';
import { cleanSourceName, letterCount, rejectionReason } from './text';

// ---------------------------------------------------------------------------------------------- countries

/** The country names of one ISO 3166 code, in the order the sources are trusted. */
export interface CountryForms {
  code: string;
  /** Preferred short name (CLDR short form or main name), first choice for the canonical `name`. */
  preferred: string[];
  /** Every other raw form (official names, variants). */
  others: string[];
}

/**
 * Source strings that are simply wrong for their code (world-countries `per` has Papua New Guinea's name
 * under Guinea and "Lithuanians" under Lithuania).
 */
const WRONG_SOURCE_FORMS: Readonly<Record<string, readonly string[]>> = {
  GN: ['پاپوآ گینه نو', 'مملکت مستقل پاپوآ گینه نو'],
  LT: ['لیتوانیایی‌ها'],
};

/** Country names that are also ordinary words (چک cheque, غنا wealth, پرو, مالی financial, مصر insistent). */
const AMBIGUOUS_COUNTRY_FORMS: readonly string[] = ['چک', 'غنا', 'پرو', 'مالی', 'مصر', 'موریس', 'جرزی', 'کومور'];

/** A country form as people write it: parenthesised qualifiers dropped; CLDR's «X - Y» and «X، Y» refused. */
function cleanCountryForm(raw: string): string | undefined {
  const text = cleanSourceName(raw.replace(/\s*\([^)]*\)\s*/g, ' '));
  if (text === '' || / - |،|,/.test(text) || letterCount(text) <= 1) return undefined;
  return text;
}

/** Options of {@link buildCountries}. */
export interface CountryBuildInput {
  forms: readonly CountryForms[];
  /** Keys already owned by curated COUNTRY entries, with their code. */
  curatedCodes: ReadonlyMap<string, string>;
  /** Canonical Persian name per code, from the curated variants. */
  curatedNames: ReadonlyMap<string, string>;
  commonKeys: ReadonlySet<string>;
}

/** Result of {@link buildCountries}: entries and the decisions a maintainer should see. */
export interface BuildResult {
  entries: GazetteerEntry[];
  notes: string[];
  /** Problems that must fail the build. */
  errors: string[];
}

/**
 * One COUNTRY entry per code (plus one `ambiguous` entry per form that is a common word). A form claimed by
 * two codes is dropped from both; a form a curated entry already owns is left to the curated file.
 */
export function buildCountries(input: CountryBuildInput): BuildResult {
  const notes: string[] = [];
  const errors: string[] = [];
  const claims = new Map<string, Set<string>>();
  const cleaned = input.forms.map((country) => {
    const wrong = new Set((WRONG_SOURCE_FORMS[country.code] ?? []).map((form) => cleanSourceName(form)));
    const clean = (list: readonly string[]): string[] =>
      list.flatMap((raw) => {
        const form = cleanCountryForm(raw);
        return form === undefined || wrong.has(form) ? [] : [form];
      });
    const preferred = clean(country.preferred);
    const all = [...new Set([...preferred, ...clean(country.others)])];
    for (const form of all) {
      const key = dictionaryKey(form);
      const owners = claims.get(key) ?? new Set<string>();
      owners.add(country.code);
      claims.set(key, owners);
    }
    return { code: country.code, preferred, all };
  });
  const ambiguousKeys = new Set(AMBIGUOUS_COUNTRY_FORMS.map((form) => dictionaryKey(form)));
  const entries: GazetteerEntry[] = [];
  for (const country of cleaned) {
    const name = input.curatedNames.get(country.code) ?? country.preferred[0] ?? country.all[0];
    if (name === undefined) {
      errors.push(`country ${country.code}: no usable Persian name in any source`);
      continue;
    }
    const plain: string[] = [];
    const seenKeys = new Set<string>();
    for (const form of country.all) {
      const key = dictionaryKey(form);
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      const curatedCode = input.curatedCodes.get(key);
      if (curatedCode !== undefined) {
        if (curatedCode !== country.code) errors.push(`«${form}»: sources say ${country.code}, curated says ${curatedCode}`);
        continue;
      }
      const owners = claims.get(key);
      if (owners && owners.size > 1) {
        notes.push(`dropped «${form}»: claimed by ${[...owners].sort().join(', ')}`);
        continue;
      }
      if (ambiguousKeys.has(key) || input.commonKeys.has(key)) {
        entries.push({ type: 'COUNTRY', text: form, value: { code: country.code, name }, ambiguous: true });
      } else {
        plain.push(form);
      }
    }
    if (plain.length === 0) continue;
    const text = plain.find((form) => form === name) ?? plain[0]!;
    const aliases = plain.filter((form) => form !== text).sort(compareText);
    entries.push({ type: 'COUNTRY', text, ...(aliases.length ? { aliases } : {}), value: { code: country.code, name } });
  }
  return { entries, notes, errors };
}

// ---------------------------------------------------------------------------------------------- world cities

/** One city name from CLDR's exemplar cities. */
export interface ExemplarCity {
  zone: string;
  name: string;
  country: string | undefined;
}

/** Options of {@link buildWorldCities}. */
export interface CityBuildInput {
  exemplarCities: readonly ExemplarCity[];
  geoNamesCities: readonly GeoNamesCity[];
  geoNamesProvinces: readonly GeoNamesProvince[];
  /** Keys of every country form and every curated entry: those names are left to their owners. */
  takenKeys: ReadonlySet<string>;
  commonKeys: ReadonlySet<string>;
  /** Countries whose provinces are curated by hand (Iran), so GeoNames' are skipped. */
  curatedProvinceCountries: ReadonlySet<string>;
}

/**
 * GeoNames transliterates thousands of small foreign towns into Persian, and many of them spell ordinary
 * words (دارو، سالم، زنده، ونیز…): below this population a GeoNames place needs context (a head noun such as
 * «شهر», or a list of places) before it counts. CLDR's cities and the curated lists are not affected.
 */
const UNAMBIGUOUS_MIN_POPULATION = 1_000_000;

/** A three-letter GeoNames name collides with Persian words too often unless the city is large. */
const SHORT_NAME_MIN_POPULATION = 500_000;

interface PlaceCandidate {
  text: string;
  kind: 'city' | 'province';
  country: string;
  population: number;
  rank: number;
}

/**
 * LOCATION entries for world cities (kind city) and foreign first-level divisions (kind province). Names
 * that are common words, two letters or shorter, qualified («X، Y») or already owned by a country or a
 * curated entry are dropped; of two places with one name the earlier source, then the larger, wins.
 */
export function buildWorldCities(input: CityBuildInput): BuildResult {
  const notes: string[] = [];
  const candidates: PlaceCandidate[] = [];
  const consider = (raw: string, candidate: Omit<PlaceCandidate, 'text'>, origin: string): void => {
    const text = cleanSourceName(raw);
    const reason =
      rejectionReason(text, input.commonKeys) ??
      (input.takenKeys.has(dictionaryKey(text)) ? 'owned by a country or curated entry' : undefined) ??
      (letterCount(text) <= 3 && candidate.population < SHORT_NAME_MIN_POPULATION ? 'short name of a small place' : undefined);
    if (reason) notes.push(`${origin}: dropped «${raw}» (${reason})`);
    else candidates.push({ ...candidate, text });
  };
  for (const city of input.exemplarCities) {
    if (!city.country) {
      notes.push(`CLDR: no country for zone ${city.zone}, dropped «${city.name}»`);
      continue;
    }
    consider(city.name, { kind: 'city', country: city.country, population: Number.MAX_SAFE_INTEGER, rank: 0 }, 'CLDR');
  }
  for (const city of input.geoNamesCities) {
    consider(city.name, { kind: 'city', country: city.country, population: city.population, rank: 1 }, 'GeoNames');
  }
  for (const province of input.geoNamesProvinces) {
    if (input.curatedProvinceCountries.has(province.country)) continue;
    consider(province.name, { kind: 'province', country: province.country, population: 0, rank: 2 }, 'GeoNames');
  }
  const best = new Map<string, PlaceCandidate>();
  for (const candidate of candidates) {
    const key = dictionaryKey(candidate.text);
    const current = best.get(key);
    if (!current || candidate.rank < current.rank || (candidate.rank === current.rank && candidate.population > current.population)) {
      best.set(key, candidate);
    }
  }
  const entries = [...best.values()].map(
    (place): GazetteerEntry => ({
      type: 'LOCATION',
      text: place.text,
      value: { kind: place.kind, country: place.country },
      ...(place.rank > 0 && place.population < UNAMBIGUOUS_MIN_POPULATION ? { ambiguous: true } : {}),
    }),
  );
  return { entries, notes, errors: [] };
}

// ---------------------------------------------------------------------------------------------- banks

/** A bank as persian-tools lists it. */
export interface SourceBank {
  persianName: string;
}

/** Short forms news uses for banks whose registered name is longer. */
const BANK_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  'بانک مرکزی جمهوری اسلامی ایران': ['بانک مرکزی', 'بانک مرکزی ایران'],
  'بانک ملی ایران': ['بانک ملی'],
  'بانک صادرات ایران': ['بانک صادرات'],
  'پست بانک ایران': ['پست بانک'],
  'بانک رفاه کارگران': ['بانک رفاه'],
  'بانک قرض الحسنه رسالت': ['بانک رسالت', 'بانک قرض‌الحسنه رسالت'],
  'بانک مهر ایران': ['بانک قرض‌الحسنه مهر ایران'],
  'موسسه اعتباری توسعه': ['مؤسسه اعتباری توسعه'],
  'موسسه اعتباری کوثر': ['مؤسسه اعتباری کوثر'],
  'موسسه اعتباری ملل': ['مؤسسه اعتباری ملل'],
  'موسسه اعتباری نور': ['مؤسسه اعتباری نور'],
};

/** ORGANIZATION entries (kind bank) for the Iranian banks persian-tools lists; curated keys are skipped. */
export function buildBanks(banks: readonly SourceBank[], takenKeys: ReadonlySet<string>): BuildResult {
  const notes: string[] = [];
  const byKey = new Map<string, GazetteerEntry>();
  for (const bank of banks) {
    const text = cleanSourceName(bank.persianName);
    const key = dictionaryKey(text);
    if (byKey.has(key)) continue;
    if (takenKeys.has(key)) {
      notes.push(`banks: «${text}» is curated by hand`);
      continue;
    }
    const aliases = (BANK_SHORT_FORMS[bank.persianName] ?? [])
      .map((form) => cleanSourceName(form))
      .filter((form) => dictionaryKey(form) !== key && !takenKeys.has(dictionaryKey(form)));
    const uniqueAliases = [...new Map(aliases.map((form) => [dictionaryKey(form), form])).values()].sort(compareText);
    byKey.set(key, {
      type: 'ORGANIZATION',
      text,
      ...(uniqueAliases.length ? { aliases: uniqueAliases } : {}),
      value: { kind: 'bank', country: 'IR', name: text },
    });
  }
  return { entries: [...byKey.values()], notes, errors: [] };
}

// ---------------------------------------------------------------------------------------------- stop words

/** The stop words, cleaned, without punctuation or broken multi-space items, unique and sorted. */
export function buildStopwords(words: readonly string[]): string[] {
  const cleaned = words
    .filter((word) => !/\s{2,}/.test(word))
    .map((word) => cleanSourceName(word))
    .filter((word) => /[\u0600-\u06FF]/.test(word) && letterCount(word) >= 1 && !/[.,:;!؟،؛]/.test(word));
  return [...new Set(cleaned)].sort(compareText);
}
