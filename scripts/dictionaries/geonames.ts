/**
 * GeoNames Persian names as Debian ships them: `libgeonames-common` has the translations
 * (`geonames.mo`, message id = GeoNames id or `CC.admin1`), `libgeonames0` has the city table (id, country,
 * population) compiled into a GResource. Both are CC-BY-4.0 data from geonames.org. Node-only build code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const MO_PATH = '/usr/share/locale/fa/LC_MESSAGES/geonames.mo';
const LIBRARY_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];
const CITIES_RESOURCE = '/com/lomiri/geonames/cities.compiled';

/** One GeoNames city with its Persian name. */
export interface GeoNamesCity {
  id: string;
  /** The Persian name as GeoNames has it (uncleaned). */
  name: string;
  country: string;
  population: number;
}

/** One first-level administrative division (province, state) with its Persian name. */
export interface GeoNamesProvince {
  /** `CC.code`, e.g. `IR.26`. */
  id: string;
  name: string;
  country: string;
}

/** What could be read; `undefined` parts were unavailable (see `warnings`). */
export interface GeoNamesData {
  cities: GeoNamesCity[];
  provinces: GeoNamesProvince[];
  /** The Debian package version the data came from. */
  version: string | undefined;
  warnings: string[];
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function tryAptInstall(pkg: string, warnings: string[]): boolean {
  if (!isRoot()) {
    warnings.push(`${pkg} is not installed and this is not root: skipping it (run as root to apt-get install it)`);
    return false;
  }
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'ignore' });
    return true;
  } catch {
    warnings.push(`apt-get install ${pkg} failed: skipping it`);
    return false;
  }
}

/** Message id → translation, read from the `.mo` catalogue with gettext's `msgunfmt`. */
export function readMoCatalogue(path: string): Map<string, string> {
  const po = execFileSync('msgunfmt', ['--no-wrap', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const catalogue = new Map<string, string>();
  const pair = /^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$/gm;
  for (const match of po.matchAll(pair)) {
    const [, id, text] = match;
    if (id && text) catalogue.set(id, JSON.parse(`"${text}"`) as string);
  }
  return catalogue;
}

function findLibrary(): string | undefined {
  for (const dir of LIBRARY_DIRS) {
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((name) => /^libgeonames\.so\.\d/.test(name));
    if (file) return `${dir}/${file}`;
  }
  return undefined;
}

interface CityRecord {
  id: string;
  country: string;
  population: number;
}

/**
 * Parses the compiled city table: per city the NUL-terminated strings id, name, admin1 code, admin1 name,
 * country code, country name, time zone, then (4-byte aligned) the population as int32.
 */
export function parseCityTable(table: Buffer): CityRecord[] {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < table.length; i++) {
    if (table[i] !== 0) continue;
    if (i > from) spans.push([from, i]);
    from = i + 1;
  }
  const at = (index: number): string => {
    const span = spans[index];
    return span ? table.toString('utf8', span[0], span[1]) : '';
  };
  const records: CityRecord[] = [];
  for (let t = 0; t + 6 < spans.length; t++) {
    if (!/^\d{3,10}$/.test(at(t))) continue;
    // The admin1 code may be empty, which shifts the later strings by one.
    for (const shift of [0, -1]) {
      const country = at(t + 4 + shift);
      const zoneIndex = t + 6 + shift;
      if (!/^[A-Z]{2}$/.test(country) || !/^([A-Za-z_]+\/[-+\w/]+|UTC)$/.test(at(zoneIndex))) continue;
      const zoneEnd = (spans[zoneIndex]?.[1] ?? 0) + 1;
      const populationAt = (zoneEnd + 3) & ~3;
      const population = populationAt + 4 <= table.length ? table.readInt32LE(populationAt) : 0;
      records.push({ id: at(t), country, population });
      t = zoneIndex;
      break;
    }
  }
  return records;
}

function packageVersion(pkg: string): string | undefined {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads GeoNames Persian city and province names, installing the Debian packages with apt-get when missing
 * and running as root. Never throws: whatever cannot be read is reported in `warnings` and left empty.
 */
export function loadGeoNames(): GeoNamesData {
  const warnings: string[] = [];
  const empty = (): GeoNamesData => ({ cities: [], provinces: [], version: undefined, warnings });
  if (!existsSync(MO_PATH) && !tryAptInstall('libgeonames-common', warnings)) return empty();
  if (!existsSync(MO_PATH)) {
    warnings.push(`${MO_PATH} is still missing: skipping GeoNames`);
    return empty();
  }
  let catalogue: Map<string, string>;
  try {
    catalogue = readMoCatalogue(MO_PATH);
  } catch {
    warnings.push('msgunfmt failed (is gettext installed?): skipping GeoNames');
    return empty();
  }
  const provinces: GeoNamesProvince[] = [];
  for (const [id, name] of catalogue) {
    const province = /^([A-Z]{2})\.\w+$/.exec(id);
    if (province?.[1]) provinces.push({ id, name, country: province[1] });
  }
  let library = findLibrary();
  if (!library && tryAptInstall('libgeonames0', warnings)) library = findLibrary();
  const cities: GeoNamesCity[] = [];
  if (!library) {
    warnings.push('libgeonames0 is missing: GeoNames cities have no country codes, skipping cities');
  } else {
    try {
      const table = execFileSync('gresource', ['extract', library, CITIES_RESOURCE], { maxBuffer: 64 * 1024 * 1024 });
      for (const record of parseCityTable(table)) {
        const name = catalogue.get(record.id);
        if (name) cities.push({ ...record, name });
      }
    } catch {
      warnings.push('gresource (libglib2.0-bin) could not extract the city table: skipping GeoNames cities');
    }
  }
  return { cities, provinces, version: packageVersion('libgeonames-common'), warnings };
}
