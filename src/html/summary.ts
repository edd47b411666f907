/**
 * One-line, human-readable summaries of entity values (for the terminal table and HTML tooltips).
 * Browser-safe: no Node built-ins.
 */
import type { Entity } from '../types';

type ValueRecord = Readonly<Record<string, unknown>>;

/** Fields shown for each built-in type, in display order; a label of `''` shows the bare value. */
const SUMMARY_FIELDS: Readonly<Record<string, ReadonlyArray<readonly [field: string, label: string]>>> = {
  COUNTRY: [['code', '']],
  LOCATION: [
    ['kind', ''],
    ['country', 'in'],
  ],
  ORGANIZATION: [
    ['kind', ''],
    ['country', 'in'],
  ],
  PERSON: [
    ['title', 'title'],
    ['given', 'given'],
    ['family', 'family'],
  ],
};

function isRecord(value: unknown): value is ValueRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A Gregorian range, shown once when it is a single day. */
function rangeText(start: unknown, end: unknown): string | undefined {
  const from = scalarText(start);
  const to = scalarText(end);
  if (!from && !to) return undefined;
  if (from === to || !to) return from;
  return `${from ?? '?'}…${to}`;
}

function summarizeDate(value: ValueRecord): string {
  const parts: string[] = [];
  const jalali = scalarText(value.jalali);
  const gregorian = scalarText(value.gregorian);
  const hijri = scalarText(value.hijri);
  if (jalali) parts.push(`jalali ${jalali}`);
  if (hijri) parts.push(`hijri ${hijri}`);
  if (gregorian) parts.push(`gregorian ${gregorian}`);
  const range = rangeText(value.start, value.end);
  if (range && range !== gregorian) parts.push(range);
  if (value.relative === true) parts.push('relative');
  if (parts.length === 0) {
    const granularity = scalarText(value.granularity);
    if (granularity) parts.push(`${granularity} (unresolved)`);
  }
  return parts.join(', ');
}

function summarizeFields(value: ValueRecord, fields: ReadonlyArray<readonly [string, string]>): string {
  return fields
    .map(([field, label]) => {
      const text = scalarText(value[field]);
      if (!text) return undefined;
      return label ? `${label}: ${text}` : text;
    })
    .filter((part): part is string => part !== undefined)
    .join(', ');
}

/** Any other (user) value: its scalar fields as `key: value`. */
function summarizeGeneric(value: ValueRecord): string {
  return Object.entries(value)
    .map(([key, field]) => {
      const text = scalarText(field);
      return text === undefined ? undefined : `${key}: ${text}`;
    })
    .filter((part): part is string => part !== undefined)
    .join(', ');
}

/**
 * Summarizes an entity's structured value in one short line: the ISO code of a country, the kind of a
 * location or organization, the Jalali/Gregorian dates and range of a date, the parts of a person's name.
 * Returns `''` when there is nothing to show.
 *
 * @example summarizeValue(entity) // 'jalali 1389-08, gregorian 2010-10-23…2010-11-21'
 */
export function summarizeValue(entity: Pick<Entity, 'type' | 'value'>): string {
  const value = entity.value;
  if (!isRecord(value)) return '';
  if (entity.type === 'DATE') return summarizeDate(value);
  const fields = SUMMARY_FIELDS[entity.type];
  return fields ? summarizeFields(value, fields) : summarizeGeneric(value);
}
