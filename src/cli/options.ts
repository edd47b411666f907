/**
 * Parsing and validation of option values. Each parser throws commander's `InvalidArgumentError`,
 * so the message names the flag: `option '--reference-date <date>' argument '2024-13-01' is invalid. …`
 */
import { InvalidArgumentError } from 'commander';
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { toLatinDigits } from '../numbers/index';

/** A day written year first, with `-` or `/` (`2024-01-15`, `1402/10/25`, `1402/1/5`), in Latin digits. */
const YEAR_MONTH_DAY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
/** Years before this are read as Solar Hijri (1389-08-10), later ones as Gregorian. */
const FIRST_GREGORIAN_YEAR = 1700;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isGregorianDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `--reference-date`: a day written year first as a Persian user types it: Gregorian `2024-01-15`, or Solar
 * Hijri (years before 1700) `1402-10-25`, `1402/10/25`, `۱۴۰۲/۱۰/۲۵`; Persian or Arabic-Indic digits, `-` or
 * `/`. Returns the Gregorian `YYYY-MM-DD`.
 */
export function parseReferenceDate(value: string): string {
  const match = YEAR_MONTH_DAY.exec(toLatinDigits(value.trim()));
  const invalid = new InvalidArgumentError('expected a day written year first, YYYY-MM-DD or YYYY/MM/DD: 2024-01-15, or Solar Hijri 1402/10/25 (also in Persian digits).');
  if (!match) throw invalid;
  const [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
  if (year < FIRST_GREGORIAN_YEAR) {
    if (!isValidJalaaliDate(year, month, day)) throw invalid;
    const g = toGregorian(year, month, day);
    return `${pad(g.gy, 4)}-${pad(g.gm)}-${pad(g.gd)}`;
  }
  if (!isGregorianDate(year, month, day)) throw invalid;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `--jobs`: a whole number of worker threads, at least 1. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new InvalidArgumentError('expected a whole number of worker threads, at least 1.');
  }
  return jobs;
}

/** `--min-confidence`: a number in [0, 1]. */
export function parseConfidence(value: string): number {
  const confidence = Number(value);
  if (value.trim() === '' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    throw new InvalidArgumentError('expected a number from 0 to 1, e.g. 0.8.');
  }
  return confidence;
}

/** `--types PERSON,DATE`: a comma-separated list, checked against the known types later. */
export function parseTypeList(value: string): string[] {
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (types.length === 0) throw new InvalidArgumentError('expected a comma-separated list of types, e.g. PERSON,DATE.');
  return types;
}

/** Collects a repeatable option (`--dict a.tsv --dict b.json`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Matches the requested types against the known ones, ignoring case; returns them spelled as known.
 * @returns the types, or the first unknown one
 */
export function resolveTypes(requested: readonly string[], known: readonly string[]): { types: string[] } | { unknown: string } {
  const byFolded = new Map(known.map((t) => [t.toLocaleUpperCase('en'), t]));
  const types: string[] = [];
  for (const type of requested) {
    const found = byFolded.get(type.toLocaleUpperCase('en'));
    if (found === undefined) return { unknown: type };
    types.push(found);
  }
  return { types };
}
