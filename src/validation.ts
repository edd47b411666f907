/**
 * Shared pieces of input validation, on `zod/mini` (the tree-shakable build: the full zod would triple the
 * browser bundle). Messages are written here rather than taken from a zod locale, so that they read the same
 * whatever zod configuration the host application has.
 */
import * as z from 'zod/mini';

/** A string with something other than white space in it. */
export const nonBlank = z.string().check(z.refine((s) => s.trim().length > 0, { error: 'must be a non-empty string' }));

/** A number in [0, 1]. */
export const unitInterval = z.number().check(z.refine((n) => n >= 0 && n <= 1 && !Number.isNaN(n), { error: 'must be a number from 0 to 1' }));

/** The first problem of a failed parse, or undefined. */
export type Issue = z.core.$ZodIssue;

/** What is wrong, in words, for one zod issue. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'has none of the accepted forms';
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

/** Formats a path the way users read it: `entries[3].aliases[0]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/**
 * The options of a public function, checked: returns them parsed, or throws the `TypeError` users see, naming
 * the option and what is wrong (`persian-ner: invalid option digits: must be one of "fa", "en", "keep"`). A key
 * the function does not know is listed with the ones it does (`invalid options: unknown key "letters" (known
 * options: persianLetters, …)`).
 */
export function parseOptions<T>(schema: z.ZodMiniType<T>, options: unknown): T {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue ? formatPath(issue.path) : '';
  let problem = issue ? describeIssue(issue) : 'is invalid';
  if (issue?.code === 'unrecognized_keys') problem += ` (known options: ${optionNames(schema).join(', ')})`;
  throw new TypeError(`persian-ner: invalid ${path ? `option ${path}` : 'options'}: ${problem}`);
}

/** The keys of an object schema, also inside `z.optional`. */
function optionNames(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def as { shape?: Record<string, unknown>; innerType?: z.core.$ZodType };
  if (def.shape) return Object.keys(def.shape);
  return def.innerType ? optionNames(def.innerType) : [];
}

/** Whether `value` is a string, number, boolean, undefined or null: nothing a caller could change in place. */
function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/**
 * {@link parseOptions} for options checked on every call, such as `extractEntities`'s, then `finish`ed (defaults
 * filled in): the last options accepted are remembered when they hold only strings, numbers and booleans, and the
 * same keys with the same values again give the same result without a check (a loop calling
 * `extractEntities(text, { referenceDate: '2024-01-15' })` on short texts spent a twentieth of its time checking).
 * Options holding a `Date` or an array are checked every time: they may have been changed in place since.
 */
export function rememberingParser<T, R = T>(schema: z.ZodMiniType<T>, finish: (parsed: T, options: unknown) => R = (parsed) => parsed as unknown as R): (options: unknown) => R {
  let keys: string[] | undefined;
  let values: unknown[] = [];
  let result: R;
  return (options) => {
    if (options === null || typeof options !== 'object') return finish(parseOptions(schema, options), options);
    const record = options as Record<string, unknown>;
    const now = Object.keys(record);
    if (keys !== undefined && now.length === keys.length && now.every((key, k) => key === keys?.[k] && record[key] === values[k])) return result;
    const finished = finish(parseOptions(schema, options), options);
    const nowValues = now.map((key) => record[key]);
    keys = nowValues.every(isPrimitive) ? now : undefined;
    values = nowValues;
    result = finished;
    return finished;
  };
}
