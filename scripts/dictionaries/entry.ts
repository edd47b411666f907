/**
 * The shape of a gazetteer entry (the same shape as a user dictionary entry) and the checks every shipped
 * gazetteer file must pass: valid types and kinds, sorted by `text`, no duplicate (type, text).
 */
import type { LocationKind, OrganizationKind } from '../../src/types';

/** One entry of a gazetteer file. */
export interface GazetteerEntry {
  type: string;
  /** The canonical written form, in normalized Persian. */
  text: string;
  /** Other genuine written forms of the same entity (not mere spacing/ZWNJ/Arabic-letter variants). */
  aliases?: string[];
  value?: Record<string, unknown>;
  /** The text is also a common word: the matcher must see supporting context before accepting it. */
  ambiguous?: boolean;
}

/** Every {@link LocationKind}, as runtime data; the `satisfies` check keeps it in step with the type. */
export const LOCATION_KINDS = [
  'city', 'province', 'county', 'village', 'sea', 'gulf', 'lake', 'river', 'mountain', 'island', 'region',
  'continent', 'port', 'strait', 'desert', 'place',
] as const satisfies readonly LocationKind[];

/** Every {@link OrganizationKind}, as runtime data. */
export const ORGANIZATION_KINDS = [
  'ministry', 'government', 'news-agency', 'media', 'university', 'bank', 'party', 'international', 'military',
  'club', 'company', 'embassy', 'parliament', 'court', 'federation', 'organization',
] as const satisfies readonly OrganizationKind[];

// Compile-time proof that the arrays above list every member of the union types.
type Missing<Union, Listed> = Exclude<Union, Listed>;
const locationKindsComplete: Missing<LocationKind, (typeof LOCATION_KINDS)[number]> extends never ? true : false = true;
const organizationKindsComplete: Missing<OrganizationKind, (typeof ORGANIZATION_KINDS)[number]> extends never
  ? true
  : false = true;
void locationKindsComplete;
void organizationKindsComplete;

const locationKindSet: ReadonlySet<string> = new Set(LOCATION_KINDS);
const organizationKindSet: ReadonlySet<string> = new Set(ORGANIZATION_KINDS);
const ALPHA2 = /^[A-Z]{2}$/;
const ALLOWED_TYPES: ReadonlySet<string> = new Set(['COUNTRY', 'LOCATION', 'ORGANIZATION']);
const ENTRY_FIELDS: ReadonlySet<string> = new Set(['type', 'text', 'aliases', 'value', 'ambiguous']);

/** Code-point order: deterministic and locale-independent. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries sorted by text, then type (the order every file is stored in). */
export function sortEntries(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  return [...entries].sort((a, b) => compareText(a.text, b.text) || compareText(a.type, b.type));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueProblems(entry: GazetteerEntry): string[] {
  const value = entry.value;
  if (value === undefined) return entry.type === 'ORGANIZATION' ? [] : ['missing value'];
  if (!isRecord(value)) return ['value is not an object'];
  const problems: string[] = [];
  const country = value['country'];
  if (country !== undefined && (typeof country !== 'string' || !ALPHA2.test(country))) {
    problems.push(`country ${JSON.stringify(country)} is not an alpha-2 code`);
  }
  if (entry.type === 'COUNTRY') {
    const code = value['code'];
    if (typeof code !== 'string' || !ALPHA2.test(code)) problems.push(`code ${JSON.stringify(code)} is not alpha-2`);
    if (typeof value['name'] !== 'string' || value['name'] === '') problems.push('missing canonical name');
  } else if (entry.type === 'LOCATION') {
    const kind = value['kind'];
    if (typeof kind !== 'string' || !locationKindSet.has(kind)) problems.push(`invalid location kind ${JSON.stringify(kind)}`);
  } else if (entry.type === 'ORGANIZATION') {
    const kind = value['kind'];
    if (kind !== undefined && (typeof kind !== 'string' || !organizationKindSet.has(kind))) {
      problems.push(`invalid organization kind ${JSON.stringify(kind)}`);
    }
  }
  return problems;
}

function shapeProblems(raw: unknown): string[] {
  if (!isRecord(raw)) return ['entry is not an object'];
  const problems: string[] = [];
  for (const field of Object.keys(raw)) if (!ENTRY_FIELDS.has(field)) problems.push(`unknown field ${field}`);
  if (typeof raw['type'] !== 'string' || !ALLOWED_TYPES.has(raw['type'])) problems.push(`invalid type ${JSON.stringify(raw['type'])}`);
  if (typeof raw['text'] !== 'string' || raw['text'].trim() === '') problems.push('empty text');
  else if (raw['text'] !== raw['text'].trim() || /\s{2,}/.test(raw['text'])) problems.push('stray whitespace in text');
  const aliases = raw['aliases'];
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || aliases.length === 0 || !aliases.every((a) => typeof a === 'string' && a.trim() !== '')) {
      problems.push('aliases must be a non-empty array of non-empty strings');
    } else if (new Set(aliases).size !== aliases.length || aliases.includes(raw['text'])) {
      problems.push('aliases repeat each other or the text');
    }
  }
  if (raw['ambiguous'] !== undefined && raw['ambiguous'] !== true) problems.push('ambiguous must be true or absent');
  return problems;
}

/** Options for {@link validateEntries}. */
export interface ValidateOptions {
  /** Turns a phrase into its lookup key; two texts with one key are duplicates. */
  key: (text: string) => string;
  /** The only entry type the file may hold, when it is a single-type file. */
  expectedType?: string;
}

/**
 * Every problem of one gazetteer file, as `"<file>: <text>: <problem>"` lines; empty when the file is valid.
 * Checks the shape, types, kinds and codes of every entry, the sort order and duplicate (type, key) pairs.
 */
export function validateEntries(file: string, raw: unknown, options: ValidateOptions): string[] {
  if (!Array.isArray(raw)) return [`${file}: not a JSON array`];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  let previous: GazetteerEntry | undefined;
  for (const item of raw as unknown[]) {
    const shape = shapeProblems(item);
    const label = isRecord(item) && typeof item['text'] === 'string' ? item['text'] : JSON.stringify(item);
    if (shape.length > 0) {
      problems.push(...shape.map((p) => `${file}: ${label}: ${p}`));
      continue;
    }
    const entry = item as GazetteerEntry;
    if (options.expectedType !== undefined && entry.type !== options.expectedType) {
      problems.push(`${file}: ${entry.text}: type ${entry.type} does not belong in this file`);
    }
    problems.push(...valueProblems(entry).map((p) => `${file}: ${entry.text}: ${p}`));
    if (previous && (compareText(previous.text, entry.text) || compareText(previous.type, entry.type)) > 0) {
      problems.push(`${file}: ${entry.text}: not sorted (comes after ${previous.text})`);
    }
    previous = entry;
    for (const form of [entry.text, ...(entry.aliases ?? [])]) {
      const id = `${entry.type}\u0000${options.key(form)}`;
      const owner = seen.get(id);
      if (owner !== undefined) problems.push(`${file}: ${form}: duplicate ${entry.type} (also in entry ${owner})`);
      else seen.set(id, entry.text);
    }
  }
  return problems;
}

/** The JSON text a gazetteer file is stored as: one entry per line, stable and diff-friendly. */
export function serializeEntries(entries: readonly GazetteerEntry[]): string {
  const lines = sortEntries(entries).map((entry) => '  ' + JSON.stringify(orderFields(entry)));
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

function orderFields(entry: GazetteerEntry): GazetteerEntry {
  const ordered: GazetteerEntry = { type: entry.type, text: entry.text };
  if (entry.aliases && entry.aliases.length > 0) ordered.aliases = entry.aliases;
  if (entry.value !== undefined) ordered.value = entry.value;
  if (entry.ambiguous) ordered.ambiguous = true;
  return ordered;
}
