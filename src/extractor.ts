/**
 * The extractor: normalize → tokenize → recognizers → resolve overlaps → entities in original offsets.
 */
import * as z from 'zod/mini';
import { describeIssue, unitInterval } from './validation';
import { normalizeMapped, type MappedText } from './normalize/index';
import { kindAt, sameUnits, scanTokens, type TokenSpans } from './tokenize/index';
import { builtinData, type BuiltinData } from './dictionaries/builtin';
import { buildLexicon, type Lexicon, type RemovedEntry } from './dictionaries/lexicon';
import { DictionaryError, dictionaryEntrySchema, toDictionaryError, validateDictionary, type DictionaryEntry, type UserDictionary } from './dictionaries/user';
import { Scan } from './recognizers/scan';
import { Vocabulary } from './recognizers/words';
import { recognizeGazetteer } from './recognizers/gazetteer';
import { recognizePeople } from './recognizers/person';
import { recognizeAgenciesAfterRoles, recognizeLocationsByHead, recognizeOrganizationsByHead, recognizeReportSources } from './recognizers/head-nouns';
import { recognizeOrganizationExtensions, recognizeWebsites } from './recognizers/organization-names';
import { DateScanner } from './recognizers/date/index';
import { KnownFamilyNames, recognizeFamilyMentions } from './recognizers/family-mentions';
import { resolveOverlaps, type ResolvedCandidate } from './resolve-overlaps';
import type { Candidate, RecognizerContext, WorkToken } from './recognizers/types';
import type { BuiltinEntityType, Entity, EntityType } from './types';

/** Options of {@link extractEntities} and {@link Extractor.extract}. */
export interface ExtractOptions {
  /** Relative dates (امروز، سال گذشته …) resolve against it. A `Date` or `'YYYY-MM-DD'`; default: now. */
  referenceDate?: Date | string;
  /** Only these types are returned. */
  types?: readonly EntityType[];
  /** Also return entities nested inside the returned ones (in `entity.nested`). */
  nested?: boolean;
  /** Drop entities below this confidence. Default 0. */
  minConfidence?: number;
}

/** How to build an extractor: what to add to, remove from or replace in the built-in dictionaries. */
export interface ExtractorConfig {
  /** Whole user dictionaries; each one's `name` is the `source` of what it finds. */
  dictionaries?: readonly UserDictionary[];
  /** Single entries, added as a dictionary named `'user'`. */
  entries?: readonly DictionaryEntry[];
  /** Built-in entries to take out, by text (and optionally type): `{ text: 'خزر' }`. */
  remove?: readonly RemovedEntry[];
  /**
   * Built-in types to replace entirely by your own dictionaries: their built-in entries and rules are off.
   * `true` turns off every built-in dictionary and rule (dates included).
   */
  replaceBuiltin?: true | readonly BuiltinEntityType[];
}

/** An extractor with its own dictionaries. Immutable: {@link Extractor.extend} returns a new one. */
export interface Extractor {
  /** Finds the entities of `text`, sorted by start, without overlaps. */
  extract(text: string, options?: ExtractOptions): Entity[];
  /** A new extractor with this one's dictionaries plus `config`; this one stays as it is. */
  extend(config: ExtractorConfig): Extractor;
  /** The types this extractor can return. */
  readonly types: readonly EntityType[];
}

const BUILTIN_TYPES: readonly BuiltinEntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'DATE'];

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar day written `YYYY-MM-DD` (2023-02-30 is refused). */
function isCalendarDay(s: string): boolean {
  return isoDay.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

const referenceDateSchema = z.custom<Date | string>(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime())) || (typeof v === 'string' && isCalendarDay(v)),
  { error: (issue) => (typeof issue.input === 'string' && isoDay.test(issue.input) ? 'is not a real calendar day' : "must be a valid Date or a 'YYYY-MM-DD' string") },
);

const extractOptionsSchema = z.optional(
  z.strictObject({
    referenceDate: z.optional(referenceDateSchema),
    types: z.optional(z.array(z.string().check(z.minLength(1)))),
    nested: z.optional(z.boolean()),
    minConfidence: z.optional(unitInterval),
  }),
);

const removedSchema = z.strictObject({ type: z.optional(z.string().check(z.minLength(1))), text: z.string().check(z.minLength(1)) });
const extractorConfigSchema = z.strictObject({
  dictionaries: z.optional(z.array(z.unknown())),
  entries: z.optional(z.array(dictionaryEntrySchema)),
  remove: z.optional(z.array(removedSchema)),
  replaceBuiltin: z.optional(z.union([z.literal(true), z.array(z.enum(BUILTIN_TYPES as [BuiltinEntityType, ...BuiltinEntityType[]]))])),
});

interface ResolvedOptions {
  referenceDate: Date;
  types?: ReadonlySet<EntityType>;
  nested: boolean;
  minConfidence: number;
}

function resolveOptions(options: ExtractOptions | undefined): ResolvedOptions {
  const parsed = extractOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.');
    throw new TypeError(`persian-ner: invalid ${path ? `option ${path}` : 'options'}: ${issue ? describeIssue(issue) : 'is invalid'}`);
  }
  const o = parsed.data ?? {};
  const ref = o.referenceDate;
  return {
    referenceDate: ref === undefined ? new Date() : typeof ref === 'string' ? new Date(`${ref}T00:00:00Z`) : ref,
    types: o.types ? new Set(o.types) : undefined,
    nested: o.nested ?? false,
    minConfidence: o.minConfidence ?? 0,
  };
}

/** Longest stretch of normalized text handled at once: recognizers never look across a block's edge. */
const BLOCK_SIZE = 16_384;

/**
 * Splits normalized text into blocks at line breaks, or, in a very long line, after a sentence end or at a space.
 * No entity spans a line break or a sentence end, so recognition per block loses nothing and keeps memory bounded.
 */
function* blocks(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + BLOCK_SIZE);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('؟ '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const at = cut > 0 ? cut + 1 : space > 0 ? space + 1 : window.length;
      end = start + at;
    }
    yield [start, end];
    start = end;
  }
}

/**
 * Token objects reused from block to block and call to call: a block's tokens are done with when the next
 * block starts (candidates keep offsets, never tokens), and half a million short-lived objects per 5 MB
 * would otherwise keep the garbage collector busy.
 */
class TokenPool {
  private readonly objects: WorkToken[] = [];
  /** The list handed out, reused too. */
  private readonly tokens: WorkToken[] = [];
  /** The scanner's arrays, reused too. */
  private spans: TokenSpans | undefined;

  /** The tokens of `text.slice(from, to)`, in a list and objects of this pool (valid until the next call). */
  tokensOf(text: string, from: number, to: number, vocabulary: Vocabulary): WorkToken[] {
    const block = text.slice(from, to);
    const spans = (this.spans = scanTokens(block, this.spans));
    const { tokens } = this;
    if (tokens.length > spans.count) tokens.length = spans.count;
    for (let k = 0; k < spans.count; k++) {
      const start = (spans.starts[k] ?? 0) + from;
      const end = (spans.ends[k] ?? 0) + from;
      const word = vocabulary.wordIn(block, start - from, end - from);
      const token = (this.objects[k] ??= { start, end, text: word.text, kind: 'word', key: word.key, word });
      token.start = start;
      token.end = end;
      token.text = word.text;
      token.kind = kindAt(spans, k);
      token.key = word.key;
      token.word = word;
      tokens[k] = token;
    }
    return tokens;
  }
}

interface Pipeline {
  lexicon: () => Lexicon;
  vocabulary: () => Vocabulary;
  tokens: TokenPool;
  /** The shared scan, reused from block to block. */
  scan: Scan;
  /** The date recognizer, reused from block to block; undefined when the built-in DATE type is replaced. */
  dates: DateScanner | undefined;
  /** The built-in person rules are on. */
  people: boolean;
}

type RuleRecognizer = (scan: Scan) => Candidate[];
/** The recognizers on the shared scan, with the types they can produce (`undefined`: any, user types too). */
const RULES: ReadonlyArray<{ types?: readonly BuiltinEntityType[]; recognize: RuleRecognizer }> = [
  { recognize: recognizeGazetteer },
  { types: ['PERSON'], recognize: recognizePeople },
  { types: ['ORGANIZATION'], recognize: recognizeOrganizationsByHead },
  { types: ['ORGANIZATION'], recognize: recognizeAgenciesAfterRoles },
  { types: ['ORGANIZATION'], recognize: recognizeReportSources },
  { types: ['ORGANIZATION'], recognize: recognizeOrganizationExtensions },
  { types: ['ORGANIZATION'], recognize: recognizeWebsites },
  { types: ['LOCATION'], recognize: recognizeLocationsByHead },
];

function appendAll(out: Candidate[], more: readonly Candidate[]): void {
  for (const c of more) out.push(c);
}

/**
 * Every recognizer that can produce a wanted type runs; the gazetteer runs unless only dates are wanted. People
 * named in full teach `families` their family names, whose bare mentions then count here and in later blocks.
 */
function candidatesOf(context: RecognizerContext, pipeline: Pipeline, wanted: ResolvedOptions['types'], families: KnownFamilyNames): Candidate[] {
  const out: Candidate[] = [];
  const onlyDates = wanted !== undefined && wanted.size === 1 && wanted.has('DATE');
  if (!onlyDates) {
    const scan = pipeline.scan.start(context, pipeline.lexicon());
    for (const rule of RULES) {
      if (!wanted || !rule.types || rule.types.some((t) => wanted.has(t))) appendAll(out, rule.recognize(scan));
    }
    if (pipeline.people && (!wanted || wanted.has('PERSON'))) {
      families.learn(out);
      appendAll(out, recognizeFamilyMentions(scan, families));
    }
  }
  if (pipeline.dates && (!wanted || wanted.has('DATE'))) appendAll(out, pipeline.dates.scan(context));
  return out;
}

/** The entity of a kept candidate (a non-empty span of the normalized text), with offsets into the original. */
function toEntity(c: ResolvedCandidate, original: string, normalized: MappedText): Entity {
  const start = normalized.map.startAt(c.start);
  const end = Math.max(start, normalized.map.endAt(c.end - 1));
  const text = original.slice(start, end);
  const { type, source, value } = c;
  // most input is normalized already: one string then serves as both
  const normalizedText = sameUnits(text, 0, text.length, normalized.text, c.start, c.end) ? text : normalized.text.slice(c.start, c.end);
  const confidence = Math.round(c.confidence * 1000) / 1000;
  // `value` in the literal itself when there is one: a property added later costs the object a second store
  const entity: Entity =
    value === undefined
      ? { type, text, start, end, normalized: normalizedText, source, confidence }
      : { type, text, start, end, normalized: normalizedText, source, confidence, value };
  if (c.nested?.length) entity.nested = c.nested.map((n) => toEntity(n, original, normalized));
  return entity;
}

function runExtraction(input: unknown, options: ExtractOptions | undefined, pipeline: Pipeline): Entity[] {
  if (typeof input !== 'string') throw new TypeError(`persian-ner: extractEntities expects a string, got ${input === null ? 'null' : typeof input}`);
  const o = resolveOptions(options);
  const n = normalizeMapped(input);
  const out: Entity[] = [];
  const families = new KnownFamilyNames();
  try {
    for (const [from, to] of blocks(n.text)) {
      const context: RecognizerContext = { text: n.text, tokens: pipeline.tokens.tokensOf(n.text, from, to, pipeline.vocabulary()), referenceDate: o.referenceDate };
      let candidates = candidatesOf(context, pipeline, o.types, families);
      if (o.types) candidates = candidates.filter((c) => o.types!.has(c.type));
      if (o.minConfidence > 0) candidates = candidates.filter((c) => c.confidence >= o.minConfidence);
      for (const c of resolveOverlaps(candidates, o.nested)) {
        const entity = toEntity(c, input, n);
        // One input character can expand to several words («ﷺ» → «صلی الله علیه و سلم»): spans disjoint in the
        // normalized text can then meet in the original. The earlier one is kept, so results stay disjoint.
        const previous = out.at(-1);
        if (entity.end > entity.start && (!previous || entity.start >= previous.end)) out.push(entity);
      }
    }
  } finally {
    pipeline.scan.finish();
  }
  return out;
}

interface ExtractorState {
  dictionaries: readonly UserDictionary[];
  removed: readonly RemovedEntry[];
  replaced: ReadonlySet<EntityType>;
}

function validateConfig(config: unknown): ExtractorState {
  if (config === undefined) return { dictionaries: [], removed: [], replaced: new Set() };
  const parsed = extractorConfigSchema.safeParse(config);
  if (!parsed.success) throw toDictionaryError('createExtractor', parsed.error);
  const c = parsed.data;
  const dictionaries = (c.dictionaries ?? []).map((d, i) => {
    try {
      return validateDictionary(d);
    } catch (error) {
      if (error instanceof DictionaryError) throw new DictionaryError(`dictionaries[${i}]: ${error.message}`, ['dictionaries', i, ...error.path]);
      throw error;
    }
  });
  if (c.entries?.length) dictionaries.push(validateDictionary({ name: 'user', entries: c.entries }));
  const replaced: ReadonlySet<EntityType> = new Set(c.replaceBuiltin === true ? BUILTIN_TYPES : (c.replaceBuiltin ?? []));
  return { dictionaries, removed: structuredClone(c.remove ?? []) as RemovedEntry[], replaced };
}

function makeExtractor(state: ExtractorState, builtin: BuiltinData): Extractor {
  let lexicon: Lexicon | undefined;
  let vocabulary: Vocabulary | undefined;
  const pipeline: Pipeline = {
    lexicon: () =>
      (lexicon ??= buildLexicon({ builtin, excludeBuiltinTypes: state.replaced, removed: state.removed, dictionaries: state.dictionaries })),
    vocabulary: () => (vocabulary ??= new Vocabulary(pipeline.lexicon())),
    tokens: new TokenPool(),
    scan: new Scan(),
    dates: state.replaced.has('DATE') ? undefined : new DateScanner(),
    people: !state.replaced.has('PERSON'),
  };
  const types = [...new Set<EntityType>([...BUILTIN_TYPES.filter((t) => !state.replaced.has(t)), ...state.dictionaries.flatMap((d) => d.entries.map((e) => e.type))])];
  return Object.freeze({
    extract: (text: string, options?: ExtractOptions) => runExtraction(text, options, pipeline),
    extend: (config: ExtractorConfig) => {
      const more = validateConfig(config);
      return makeExtractor(
        {
          dictionaries: [...state.dictionaries, ...more.dictionaries],
          removed: [...state.removed, ...more.removed],
          replaced: new Set([...state.replaced, ...more.replaced]),
        },
        builtin,
      );
    },
    types: Object.freeze(types),
  });
}

/**
 * Creates an extractor with your own dictionaries on top of (or instead of) the built-in ones.
 * Everything is validated first: a bad entry throws a {@link DictionaryError} naming it, and nothing is built.
 *
 * ```ts
 * const extractor = createExtractor({
 *   entries: [{ type: 'ORGANIZATION', text: 'شرکت نمونه', aliases: ['نمونه'] }],
 *   remove: [{ text: 'خزر' }],
 * });
 * extractor.extract('مدیر شرکت نمونه گفت');
 * ```
 */
export function createExtractor(config?: ExtractorConfig): Extractor {
  return makeExtractor(validateConfig(config), builtinData);
}

let defaultExtractor: Extractor | undefined;

/**
 * Finds the named entities of a Persian text with the built-in dictionaries: PERSON, COUNTRY, ORGANIZATION,
 * LOCATION and DATE, with offsets into `text` (UTF-16 code units), sorted by start and without overlaps.
 *
 * ```ts
 * extractEntities('الهام علی‌اف دیروز به تهران آمد', { referenceDate: '2024-01-15' });
 * ```
 * @throws TypeError when `text` is not a string or an option is invalid.
 */
export function extractEntities(text: string, options?: ExtractOptions): Entity[] {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
