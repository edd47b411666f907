/**
 * User dictionaries: their shape, validation (zod) and parsing from JSON or TSV.
 * Nothing here touches the built-in dictionaries; an invalid dictionary is refused whole.
 */
import * as z from 'zod/mini';
import { describeIssue, formatPath, nonBlank, parseOptions, unitInterval } from '../validation';
import { MAX_PHRASE_TOKENS } from '../matching/phrase-trie';
import { dictionaryKey, normalize } from '../normalize/index';
import { tokenizeNormalized } from '../tokenize/index';
import type { EntityType } from '../types';

/** One dictionary entry, as users write it (and as the built-in gazetteers are stored). */
export interface DictionaryEntry {
  /** A built-in type (`'PERSON'`, `'COUNTRY'`, `'ORGANIZATION'`, `'LOCATION'`, `'DATE'`) or a type of your own. */
  type: EntityType;
  /** The canonical text, e.g. `'دریای خزر'`. */
  text: string;
  /** Other ways to write it, e.g. `['خزر', 'دریای مازندران']`. */
  aliases?: string[];
  /** Structured value returned with every match, e.g. `{ kind: 'sea' }`. */
  value?: Record<string, unknown>;
  /** Confidence of a match, in [0, 1]. Default 0.95. */
  confidence?: number;
  /** A word that is also a common word: matched only with supporting context. */
  ambiguous?: boolean;
}

/** A named set of entries; the name is reported as the `source` of what it finds. */
export interface UserDictionary {
  name: string;
  entries: DictionaryEntry[];
}

/** A dictionary or an option was refused. `path` locates the offending entry or field. */
export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
  constructor(
    message: string,
    /** Where the problem is, e.g. `['entries', 3, 'type']`. */
    readonly path: ReadonlyArray<string | number> = [],
  ) {
    super(message);
  }
}

/** Token kinds a listed phrase is matched word by word over (punctuation between words is not read). */
const PHRASE_TOKEN_KINDS: ReadonlySet<string> = new Set(['word', 'latin', 'number']);

/** Why a listed text can never match anything, or undefined when it can. */
function unmatchable(text: string): string | undefined {
  if (dictionaryKey(text) === '') return 'has nothing to match after normalization (only joiners, marks, kashida or control characters)';
  const words = tokenizeNormalized(normalize(text)).filter((t) => PHRASE_TOKEN_KINDS.has(t.kind)).length;
  if (words > MAX_PHRASE_TOKENS) return `has ${words} words: a match spans at most ${MAX_PHRASE_TOKENS}, so it can never match`;
  return undefined;
}

/** A listed text: not blank, and something can match it. */
const matchableText = nonBlank.check(
  z.superRefine((text: string, ctx) => {
    const problem = unmatchable(text);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: text });
  }),
);

/** Deepest a value may nest: no data needs more, and walking far deeper would overflow the stack of whoever does. */
const MAX_VALUE_DEPTH = 32;
/** Most objects, arrays and primitives a value may hold (a value shared at every level would be walked 2^depth times). */
const MAX_VALUE_NODES = 100_000;

const JSON_DATA = 'must be JSON data (objects, arrays, strings, finite numbers, booleans or null)';

/**
 * What is wrong with an entry's value, an object of JSON data, and where inside it; undefined when nothing is.
 * Iterative, and reading no getter: it runs on the value as given, before anything else reads it.
 */
function jsonProblem(value: unknown): { path: Array<string | number>; message: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { path: [], message: 'expected object' };
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
  for (let nodes = 0; stack.length > 0; nodes++) {
    if (nodes >= MAX_VALUE_NODES) return { path: [], message: `is too large (more than ${MAX_VALUE_NODES} values)` };
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { path, message: `${JSON_DATA}: a number must be finite` };
      continue;
    }
    if (typeof v !== 'object') return { path, message: `${JSON_DATA}, not a ${typeof v}` };
    if (path.length >= MAX_VALUE_DEPTH) return { path, message: `nests deeper than ${MAX_VALUE_DEPTH} levels` };
    const isArray = Array.isArray(v);
    const prototype = Object.getPrototypeOf(v) as object | null;
    if (!isArray && prototype !== Object.prototype && prototype !== null) {
      return { path, message: `${JSON_DATA}, not a ${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'class instance'}` };
    }
    if (Object.getOwnPropertySymbols(v).length > 0) return { path, message: `${JSON_DATA}: it has a symbol key` };
    for (const key of Object.keys(v)) {
      if (isArray && key === 'length') continue;
      const descriptor = Object.getOwnPropertyDescriptor(v, key)!;
      const at = [...path, isArray ? Number(key) : key];
      if (!('value' in descriptor)) return { path: at, message: `${JSON_DATA}, not a getter` };
      stack.push({ value: descriptor.value, path: at });
    }
  }
  return undefined;
}

/** An entry's value: an object of JSON data. */
const jsonRecord = z.custom<Record<string, unknown>>().check(
  z.superRefine((value: Record<string, unknown>, ctx) => {
    const problem = jsonProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: value });
  }),
);

/** zod schema of one entry; unknown keys are refused so that typos (`alias`) do not pass silently. */
export const dictionaryEntrySchema = z.strictObject({
  type: nonBlank,
  text: matchableText,
  aliases: z.optional(z.array(matchableText)),
  value: z.optional(jsonRecord),
  confidence: z.optional(unitInterval),
  ambiguous: z.optional(z.boolean()),
});

/** `value` and everything in it made read-only (values already frozen are taken as frozen through). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The validated dictionary made one that nothing can change: not the caller's later edits to what it passed in,
 * and not a result's value being changed (values are handed out as they are stored, like the built-in ones).
 * zod's output is already made of new objects and arrays; only the values it passes through as they are need a
 * copy. Strings cannot change and are shared with the caller's (a structured clone copied every text and type:
 * a fifth of the memory a user entry takes).
 */
function ownFrozenCopy(parsed: UserDictionary): UserDictionary {
  for (const entry of parsed.entries as DictionaryEntry[]) {
    if (entry.value !== undefined) entry.value = deepFreeze(structuredClone(entry.value));
    if (entry.aliases) Object.freeze(entry.aliases);
    Object.freeze(entry);
  }
  Object.freeze(parsed.entries);
  return Object.freeze(parsed);
}

/** zod schema of a whole user dictionary. */
export const userDictionarySchema = z.strictObject({
  name: nonBlank,
  entries: z.array(dictionaryEntrySchema),
});

/** Turns a zod failure into a {@link DictionaryError} naming the first offending path. */
export function toDictionaryError(where: string, error: z.core.$ZodError, describe?: (path: ReadonlyArray<PropertyKey>) => string): DictionaryError {
  const issue = error.issues[0];
  const path = (issue?.path ?? []) as ReadonlyArray<string | number>;
  const at = describe ? describe(path) : formatPath(path);
  return new DictionaryError(`${where}: ${at ? `${at}: ` : ''}${issue ? describeIssue(issue) : 'is invalid'}`, path);
}

/**
 * Validates a user dictionary. Returns a deep, frozen copy, so later changes to the argument do not reach an
 * extractor, and values found in results cannot be changed.
 * @throws DictionaryError naming the entry and what is wrong with it.
 */
export function validateDictionary(input: unknown): UserDictionary {
  const name = typeof input === 'object' && input !== null ? (input as { name?: unknown }).name : undefined;
  const parsed = userDictionarySchema.safeParse(input);
  if (!parsed.success) throw toDictionaryError(typeof name === 'string' && name.trim() ? `dictionary "${name}"` : 'dictionary', parsed.error);
  return ownFrozenCopy(parsed.data as UserDictionary);
}

/** Options of {@link parseDictionary}. */
export interface ParseDictionaryOptions {
  /** `'json'` or `'tsv'`; default: read from the content (JSON when it opens with `[` or `{`, else TSV). */
  format?: 'json' | 'tsv';
  /** The dictionary's name, reported as `source` and in errors, e.g. the file name. Default `'user'`. */
  name?: string;
}

const DICTIONARY_FORMATS = ['json', 'tsv'] as const;
const parseDictionaryOptionsSchema = z.optional(z.strictObject({ format: z.optional(z.enum(DICTIONARY_FORMATS)), name: z.optional(nonBlank) }));

/** The format of a dictionary's text: JSON when its first character (after a byte order mark and blanks) is `[` or `{`. */
export function dictionaryFormatOf(source: string): 'json' | 'tsv' {
  return /^\uFEFF?\s*[[{]/.test(source) ? 'json' : 'tsv';
}

/**
 * Parses a dictionary from the text of a JSON or TSV file and validates it.
 *
 * - JSON: an array of entries, or `{ "entries": [...] }`.
 * - TSV: one entry a line, `type<TAB>text[<TAB>aliases separated by |[<TAB>value as JSON]]`;
 *   blank lines and lines starting with `#` are skipped; a first line `type<TAB>text…` is a header.
 *
 * ```ts
 * parseDictionary('PRODUCT\tپیکان\tپیکان جوانان', { name: 'cars.tsv' }); // { name: 'cars.tsv', entries: [...] }
 * ```
 * @throws TypeError for a bad option (an unknown key, a format other than `'json'` or `'tsv'`, an empty name).
 * @throws DictionaryError naming the line or entry and what is wrong.
 */
export function parseDictionary(source: string, options?: ParseDictionaryOptions): UserDictionary {
  if (typeof source !== 'string') throw new TypeError(`persian-ner: parseDictionary expects a string, got ${source === null ? 'null' : typeof source}`);
  const { format = dictionaryFormatOf(source), name = 'user' } = parseOptions(parseDictionaryOptionsSchema, options) ?? {};
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(source.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new DictionaryError(`dictionary "${name}": not valid JSON (${(error as Error).message})`);
    }
    const entries = Array.isArray(data) ? data : (data as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(entries)) throw new DictionaryError(`dictionary "${name}": expected an array of entries or { "entries": [...] }`);
    return validateDictionary({ name, entries });
  }
  return parseTsv(source, name);
}

const TSV_COLUMNS = ['type', 'text', 'aliases', 'value'] as const;

function parseTsv(source: string, name: string): UserDictionary {
  const entries: unknown[] = [];
  const lineOfEntry: number[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (index === 0 && cells[0]?.trim().toLowerCase() === 'type') return; // header
    const [type = '', text = '', aliases = '', value = ''] = cells.map((c) => c.trim());
    if (cells.length > TSV_COLUMNS.length) {
      throw new DictionaryError(`dictionary "${name}": line ${index + 1}: expected at most ${TSV_COLUMNS.length} tab-separated columns (${TSV_COLUMNS.join(', ')})`, [index]);
    }
    const entry: Record<string, unknown> = { type, text };
    if (aliases) entry.aliases = aliases.split('|').map((a) => a.trim());
    if (value) {
      try {
        entry.value = JSON.parse(value);
      } catch {
        throw new DictionaryError(`dictionary "${name}": line ${index + 1}: the value column is not valid JSON`, [index]);
      }
    }
    entries.push(entry);
    lineOfEntry.push(index + 1);
  });
  const parsed = userDictionarySchema.safeParse({ name, entries });
  if (!parsed.success) {
    throw toDictionaryError(`dictionary "${name}"`, parsed.error, (path) => {
      const [, entryIndex, field] = path;
      const line = typeof entryIndex === 'number' ? lineOfEntry[entryIndex] : undefined;
      return line ? `line ${line}${field !== undefined ? ` (${String(field)})` : ''}` : formatPath(path);
    });
  }
  return ownFrozenCopy(parsed.data as UserDictionary);
}
