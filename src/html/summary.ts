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

/** `10:00`, `18:30:05`, with the part of the day and the day: `10:00, morning, 2024-01-15`. */
function summarizeTime(value: ValueRecord): string {
  const parts: string[] = [];
  const two = (n: number): string => String(n).padStart(2, '0');
  if (typeof value.hour === 'number') {
    const minute = typeof value.minute === 'number' ? value.minute : 0;
    parts.push(`${two(value.hour)}:${two(minute)}${typeof value.second === 'number' ? `:${two(value.second)}` : ''}`);
  }
  const period = scalarText(value.period);
  if (period) parts.push(period);
  if (isRecord(value.date)) {
    const day = summarizeDate(value.date);
    if (day) parts.push(day);
  }
  return parts.join(', ');
}

/** `2000000 USD`, `5000000…10000000 USD`; tomans as written with their rials: `200000 IRR (20000 toman)`. */
function summarizeMoney(value: ValueRecord): string {
  const amount = scalarText(value.amount);
  const currency = scalarText(value.currency);
  if (!amount || !currency) return summarizeGeneric(value);
  const max = scalarText(value.max);
  const text = `${max ? `${amount}…${max}` : amount} ${currency}`;
  if (value.unit === 'toman' && typeof value.amount === 'number') {
    const toman = (n: unknown): string => (typeof n === 'number' ? String(n / 10) : '');
    return `${text} (${max ? `${toman(value.amount)}…${toman(value.max)}` : toman(value.amount)} toman)`;
  }
  return text;
}

/** `2.5%`, `5…10%`. */
function summarizePercent(value: ValueRecord): string {
  const low = scalarText(value.value);
  if (!low) return '';
  const max = scalarText(value.max);
  return `${max ? `${low}…${max}` : low}%`;
}

/** Summaries of the built-in types with values of their own shape. */
const SUMMARIZERS: Readonly<Record<string, (value: ValueRecord) => string>> = {
  DATE: summarizeDate,
  TIME: summarizeTime,
  MONEY: summarizeMoney,
  PERCENT: summarizePercent,
};

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
 * location or organization, the Jalali/Gregorian dates and range of a date, the parts of a person's name, the
 * clock time of a time, the amount and currency of money, the number of a percentage.
 * Returns `''` when there is nothing to show.
 *
 * @example summarizeValue(entity) // 'jalali 1389-08, gregorian 2010-10-23…2010-11-21'
 */
export function summarizeValue(entity: Pick<Entity, 'type' | 'value'>): string {
  const value = entity.value;
  if (!isRecord(value)) return '';
  const summarize = SUMMARIZERS[entity.type];
  if (summarize) return summarize(value);
  const fields = SUMMARY_FIELDS[entity.type];
  return fields ? summarizeFields(value, fields) : summarizeGeneric(value);
}
