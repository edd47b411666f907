/**
 * The extractor: normalize → tokenize → recognizers → resolve overlaps → entities in original offsets.
 */
import * as z from 'zod/mini';
import { rememberingParser, unitInterval } from './validation';
import { normalizeMapped, type MappedText } from './normalize/index';
import { kindAt, sameUnits, scanTokens, type TokenSpans } from './tokenize/index';
import { builtinData, type BuiltinData } from './dictionaries/builtin';
import { buildLexicon, type Lexicon, type RemovedEntry } from './dictionaries/lexicon';
import { DictionaryError, dictionaryEntrySchema, toDictionaryError, validateDictionary, type DictionaryEntry, type UserDictionary } from './dictionaries/user';
import { Scan } from './recognizers/scan';
import { Vocabulary, WordFlag } from './recognizers/words';
import { recognizeGazetteer } from './recognizers/gazetteer';
import { recognizePeople } from './recognizers/person';
import { recognizeCredits } from './recognizers/credits';
import { recognizePeopleInLists } from './recognizers/person-lists';
import { recognizeQuotedSpeakers } from './recognizers/speakers';
import { recognizeAgenciesAfterRoles, recognizeLocationsByHead, recognizeOrganizationsByHead, recognizeReportSources } from './recognizers/head-nouns';
import { recognizeOrganizationExtensions, recognizeWebsites } from './recognizers/organization-names';
import { recognizeCompassPlaces, recognizePlacesWithClitics } from './recognizers/place-phrases';
import { DateScanner } from './recognizers/date/index';
import { KnownFamilyNames, recognizeFamilyMentions } from './recognizers/family-mentions';
import { recognizeMoney } from './recognizers/money';
import { recognizePercents } from './recognizers/percent';
import { recognizeTimes, tieTimesToDays } from './recognizers/time';
import { resolveOverlaps, type ResolvedCandidate } from './resolve-overlaps';
import type { Candidate, RecognizerContext, WorkToken } from './recognizers/types';
import type { BuiltinEntityType, Entity, EntityType, ImpliedDates } from './types';

/** Options of {@link extractEntities} and {@link Extractor.extract}. */
export interface ExtractOptions {
  /** Relative dates (امروز، سال گذشته …) resolve against it. A `Date` or `'YYYY-MM-DD'`; default: now. */
  referenceDate?: Date | string;
  /**
   * Only these types are returned. Each must be a built-in type or a type of the extractor's own dictionaries
   * (an unknown one, e.g. `'location'`, is refused with a TypeError listing the known types).
   */
  types?: readonly EntityType[];
  /** Also return the entities inside the returned ones, as a tree (in `entity.nested`, which never overlap each other). */
  nested?: boolean;
  /** Drop entities below this confidence. Default 0. */
  minConfidence?: number;
  /**
   * Where a date written without its year («۲۸ اسفند», «مهرماه», «عید فطر») is placed: the occurrence nearest the
   * reference date (`'nearest'`, the default), the latest that has begun by it (`'past'`), or the first that has not
   * ended before it (`'future'`, like chrono's `forwardDate`). A written weekday picks the year it falls on.
   */
  impliedDates?: ImpliedDates;
}

/** How to build an extractor: what to add to, remove from or replace in the built-in dictionaries. */
export interface ExtractorConfig {
  /** Whole user dictionaries; each one's `name` is the `source` of what it finds. */
  dictionaries?: readonly UserDictionary[];
  /** Single entries, added as a dictionary named `'user'`. */
  entries?: readonly DictionaryEntry[];
  /** Built-in entries to take out, by text (and optionally built-in type): `{ text: 'خزر' }`, `{ text: 'نور', type: 'LOCATION' }`. */
  remove?: readonly RemovedEntry[];
  /**
   * Built-in types to replace entirely by your own dictionaries: their built-in entries and rules are off.
   * `true` turns off every built-in dictionary and rule (dates, times, money and percentages included).
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

/** The types the library finds on its own: the one list every check of a type name reads. */
export const BUILTIN_TYPES: readonly BuiltinEntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'DATE', 'TIME', 'MONEY', 'PERCENT'];
const builtinTypeSchema = z.enum(BUILTIN_TYPES as [BuiltinEntityType, ...BuiltinEntityType[]]);

/** The values of {@link ExtractOptions.impliedDates}. */
const IMPLIED_DATES = ['nearest', 'past', 'future'] as const satisfies readonly ImpliedDates[];

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
    impliedDates: z.optional(z.enum(IMPLIED_DATES)),
  }),
);

const removedSchema = z.strictObject({ type: z.optional(builtinTypeSchema), text: z.string().check(z.minLength(1)) });
const extractorConfigSchema = z.strictObject({
  dictionaries: z.optional(z.array(z.unknown())),
  entries: z.optional(z.array(dictionaryEntrySchema)),
  remove: z.optional(z.array(removedSchema)),
  replaceBuiltin: z.optional(z.union([z.literal(true), z.array(builtinTypeSchema)])),
});

interface ResolvedOptions {
  referenceDate: Date;
  types?: ReadonlySet<EntityType>;
  nested: boolean;
  minConfidence: number;
  impliedDates: ImpliedDates;
}

/** `types` names only known types: a misspelt one would silently return nothing. */
function checkTypes(types: readonly string[], known: readonly EntityType[]): void {
  types.forEach((type, i) => {
    if (known.includes(type)) return;
    const meant = known.find((k) => k.toUpperCase() === type.toUpperCase());
    throw new TypeError(`persian-ner: invalid option types[${i}]: unknown type "${type}" (${meant ? `did you mean "${meant}"? ` : ''}known types: ${known.join(', ')})`);
  });
}

/**
 * Checked options with their defaults, but for the reference date's default (now, worked out at each call) and the
 * check of `types` against an extractor's types. Remembered for a repeated set of primitive options: a reference
 * date given as a string is parsed once, not at every call.
 */
const parseExtractOptions = rememberingParser(extractOptionsSchema, (parsed): Omit<ResolvedOptions, 'referenceDate'> & { referenceDate?: Date; typeList?: readonly EntityType[] } => {
  const o = parsed ?? {};
  const ref = o.referenceDate;
  return {
    referenceDate: typeof ref === 'string' ? new Date(`${ref}T00:00:00Z`) : ref,
    typeList: o.types,
    types: o.types ? new Set(o.types) : undefined,
    nested: o.nested ?? false,
    minConfidence: o.minConfidence ?? 0,
    impliedDates: o.impliedDates ?? 'nearest',
  };
});

/** Checked options with their defaults; `knownTypes` are the types `types` may name. */
function resolveOptions(options: ExtractOptions | undefined, knownTypes: readonly EntityType[]): ResolvedOptions {
  const o = parseExtractOptions(options);
  if (o.typeList) checkTypes(o.typeList, knownTypes);
  return o.referenceDate ? (o as ResolvedOptions) : { ...o, referenceDate: new Date() };
}

/** Longest stretch of normalized text handled at once: recognizers never look across a block's edge. */
const BLOCK_SIZE = 16_384;

/** The first token whose span ends after `offset` (binary search over the sorted spans), or `spans.count`. */
function tokenEndingAfter(spans: TokenSpans, offset: number): number {
  let lo = 0;
  let hi = spans.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans.ends[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where a block of text without white space that reaches `bound` may end: before the token that holds or follows
 * `bound` (the tokens of the whole text, so never inside one), or after it when it started the block.
 */
function tokenBoundary(spans: TokenSpans, blockStart: number, bound: number): number {
  const k = tokenEndingAfter(spans, bound);
  if (k >= spans.count) return bound;
  const tokenStart = spans.starts[k] ?? 0;
  if (tokenStart >= bound) return bound;
  return tokenStart > blockStart ? tokenStart : (spans.ends[k] ?? bound);
}

/**
 * Where the block of normalized text that starts at `start` ends. Text is split into blocks at line breaks, or, in a
 * very long line, after a sentence end or at a space. No entity spans a line break or a sentence end, so recognition
 * per block loses nothing and keeps memory bounded. A block never ends inside a word or any other token: a stretch
 * of {@link BLOCK_SIZE} units without white space ends between two of the text's tokens (`spans`), and only a token
 * longer than a block makes a longer block.
 */
function blockEnd(text: string, spans: TokenSpans, start: number): number {
  const end = Math.min(text.length, start + BLOCK_SIZE);
  if (end === text.length) return end;
  const window = text.slice(start, end);
  const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('؟ '), window.lastIndexOf('! '));
  const space = window.lastIndexOf(' ');
  return cut > 0 ? start + cut + 1 : space > 0 ? start + space + 1 : tokenBoundary(spans, start, end);
}

/** Most token spans kept for the next call (the spans of a text of up to about 256 K units). */
const MAX_POOLED_SPANS = 1 << 16;

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

  /** Lets go of the spans of a long text (they hold each of its tokens), so that it does not stay in memory. */
  trim(): void {
    if ((this.spans?.starts.length ?? 0) > MAX_POOLED_SPANS) this.spans = undefined;
  }

  /** The token spans of the whole normalized `text`, in the arrays of this pool (valid until the next call). */
  spansOf(text: string): TokenSpans {
    return (this.spans = scanTokens(text, this.spans));
  }

  /**
   * The tokens of `spans` from token `first` that start before `to` (a block of the text), in a list and objects of
   * this pool (valid until the next call).
   */
  tokensOf(text: string, spans: TokenSpans, first: number, to: number, vocabulary: Vocabulary): WorkToken[] {
    const { tokens } = this;
    let count = 0;
    for (let k = first; k < spans.count && (spans.starts[k] ?? 0) < to; k++, count++) {
      const start = spans.starts[k] ?? 0;
      const end = spans.ends[k] ?? 0;
      const word = vocabulary.wordIn(text, start, end);
      const token = (this.objects[count] ??= { start, end, text: word.text, kind: 'word', key: word.key, word });
      token.start = start;
      token.end = end;
      token.text = word.text;
      token.kind = kindAt(spans, k);
      token.key = word.key;
      token.word = word;
      tokens[count] = token;
    }
    tokens.length = count;
    return tokens;
  }
}

interface Pipeline {
  lexicon: () => Lexicon;
  vocabulary: () => Vocabulary;
  tokens: TokenPool;
  /** The shared scan, reused from block to block. */
  scan: Scan;
  /** The family names learned in the text being read whole (those of a text read in pieces are in its memory). */
  families: KnownFamilyNames;
  /** The date recognizer, reused from block to block; undefined when the built-in DATE and TIME types are both replaced. */
  dates: DateScanner | undefined;
  /** The built-in DATE type is on (the date recognizer may run for TIME alone: parts of a day need the day). */
  builtinDates: boolean;
  /** The built-in person rules are on. */
  people: boolean;
  /** The built-in TIME rules are on. */
  times: boolean;
  /** The rules of the built-in types that are not replaced. */
  rules: typeof RULES;
  /** The types `types` may name: the built-in ones and those of the extractor's dictionaries. */
  knownTypes: readonly EntityType[];
}

type RuleRecognizer = (scan: Scan) => Candidate[];
/**
 * The recognizers on the shared scan, with the types they can produce (`undefined`: any, user types too) and, where
 * a rule reacts only to certain words, their {@link WordFlag}s: a block none of whose words has one is skipped
 * without calling the rule (most blocks have no currency, compass point or head noun).
 */
const RULES: ReadonlyArray<{ types?: readonly BuiltinEntityType[]; needs?: number; recognize: RuleRecognizer }> = [
  { needs: WordFlag.hasGazetteer, recognize: recognizeGazetteer },
  { types: ['PERSON'], recognize: recognizePeople },
  { types: ['PERSON'], recognize: recognizeQuotedSpeakers },
  { types: ['ORGANIZATION'], needs: WordFlag.hasOrganizationHead, recognize: recognizeOrganizationsByHead },
  { types: ['ORGANIZATION'], needs: WordFlag.agencyRole, recognize: recognizeAgenciesAfterRoles },
  { types: ['ORGANIZATION'], needs: WordFlag.hasReportSources, recognize: recognizeReportSources },
  { types: ['ORGANIZATION'], needs: WordFlag.hasGazetteer, recognize: recognizeOrganizationExtensions },
  { types: ['ORGANIZATION'], recognize: recognizeWebsites },
  { types: ['LOCATION'], needs: WordFlag.hasLocationHead, recognize: recognizeLocationsByHead },
  { types: ['LOCATION'], needs: WordFlag.compassPoint, recognize: recognizeCompassPlaces },
  { types: ['COUNTRY', 'LOCATION'], needs: WordFlag.hasPlaceWithClitic, recognize: recognizePlacesWithClitics },
  { types: ['TIME'], needs: WordFlag.time, recognize: recognizeTimes },
  { types: ['MONEY'], needs: WordFlag.currency, recognize: recognizeMoney },
  { types: ['PERCENT'], needs: WordFlag.percent, recognize: recognizePercents },
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
    for (const rule of pipeline.rules) {
      if (rule.needs !== undefined && !scan.blockHas(rule.needs)) continue;
      if (!wanted || !rule.types || rule.types.some((t) => wanted.has(t))) appendAll(out, rule.recognize(scan));
    }
    if (pipeline.people && (!wanted || wanted.has('PERSON'))) {
      families.learn(out);
      appendAll(out, recognizeFamilyMentions(scan, families));
      appendAll(out, recognizePeopleInLists(scan, out));
      appendAll(out, recognizeCredits(scan, out));
    }
  }
  const times = pipeline.times && (!wanted || wanted.has('TIME'));
  if (pipeline.dates && (times || (pipeline.builtinDates && (!wanted || wanted.has('DATE'))))) {
    const dates = pipeline.dates.scan(context);
    appendAll(out, dates);
    if (times) tieTimesToDays(out, dates, context);
    // run for TIME alone: the built-in dates only served to tie parts of the day to their days
    if (!pipeline.builtinDates) return out.filter((c) => c.type !== 'DATE' || c.source !== 'rule');
  }
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

/**
 * The memory of a text read in pieces (the segments of a stream), carried from one piece to the next: the family
 * names learned in a piece count in the pieces after it, as they would in the whole text.
 */
export interface TextMemory {
  readonly families: KnownFamilyNames;
}

/** A new {@link TextMemory}, for the first piece of a text. */
export function newTextMemory(): TextMemory {
  return { families: new KnownFamilyNames() };
}

function runExtraction(input: unknown, options: ExtractOptions | undefined, pipeline: Pipeline, memory?: TextMemory): Entity[] {
  if (typeof input !== 'string') throw new TypeError(`persian-ner: extractEntities expects a string, got ${input === null ? 'null' : typeof input}`);
  const o = resolveOptions(options, pipeline.knownTypes);
  const n = normalizeMapped(input);
  const out: Entity[] = [];
  // a text read whole starts with no family names known: the pipeline's memory of them, emptied after each call
  const families = memory?.families ?? pipeline.families;
  families.nextText();
  try {
    const spans = pipeline.tokens.spansOf(n.text);
    let firstToken = 0;
    for (let from = 0, to = 0; from < n.text.length; from = to) {
      to = blockEnd(n.text, spans, from);
      const tokens = pipeline.tokens.tokensOf(n.text, spans, firstToken, to, pipeline.vocabulary());
      firstToken += tokens.length;
      const context: RecognizerContext = { text: n.text, tokens, referenceDate: o.referenceDate, impliedDates: o.impliedDates };
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
    pipeline.tokens.trim();
    pipeline.families.forgetAll();
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

/** How each extractor made here extracts one piece of a longer text, with the memory of the pieces before it. */
const pieceExtraction = new WeakMap<object, (text: string, options: ExtractOptions | undefined, memory: TextMemory) => Entity[]>();

/**
 * The entities of one piece of a text read in pieces (a stream's segment), in the piece's offsets: `memory` carries
 * what the earlier pieces taught (see {@link TextMemory}). An extractor not made by this library extracts the piece
 * on its own. Without an extractor, the built-in one.
 */
export function extractPiece(extractor: Pick<Extractor, 'extract'> | undefined, text: string, options: ExtractOptions | undefined, memory: TextMemory): Entity[] {
  const target = extractor ?? builtinExtractor();
  const extractWithMemory = pieceExtraction.get(target);
  return extractWithMemory ? extractWithMemory(text, options, memory) : target.extract(text, options);
}

function makeExtractor(state: ExtractorState, builtin: BuiltinData): Extractor {
  const userTypes = state.dictionaries.flatMap((d) => d.entries.map((e) => e.type));
  let lexicon: Lexicon | undefined;
  let vocabulary: Vocabulary | undefined;
  const pipeline: Pipeline = {
    lexicon: () =>
      (lexicon ??= buildLexicon({ builtin, excludeBuiltinTypes: state.replaced, removed: state.removed, dictionaries: state.dictionaries })),
    vocabulary: () => (vocabulary ??= new Vocabulary(pipeline.lexicon())),
    tokens: new TokenPool(),
    scan: new Scan(),
    families: new KnownFamilyNames(),
    dates: state.replaced.has('DATE') && state.replaced.has('TIME') ? undefined : new DateScanner(),
    builtinDates: !state.replaced.has('DATE'),
    people: !state.replaced.has('PERSON'),
    times: !state.replaced.has('TIME'),
    rules: RULES.filter((rule) => !rule.types || rule.types.some((t) => !state.replaced.has(t))),
    knownTypes: [...new Set<EntityType>([...BUILTIN_TYPES, ...userTypes])],
  };
  const types = [...new Set<EntityType>([...BUILTIN_TYPES.filter((t) => !state.replaced.has(t)), ...userTypes])];
  const extractor: Extractor = Object.freeze({
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
  pieceExtraction.set(extractor, (text, options, memory) => runExtraction(text, options, pipeline, memory));
  return extractor;
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

/** The extractor with the built-in dictionaries only, made on first use. */
function builtinExtractor(): Extractor {
  return (defaultExtractor ??= createExtractor());
}

/**
 * Finds the named entities of a Persian text with the built-in dictionaries and rules: PERSON, COUNTRY,
 * ORGANIZATION, LOCATION, DATE, TIME, MONEY and PERCENT, with offsets into `text` (UTF-16 code units), sorted by start and without overlaps.
 *
 * ```ts
 * extractEntities('الهام علی‌اف دیروز به تهران آمد', { referenceDate: '2024-01-15' });
 * ```
 * @throws TypeError when `text` is not a string or an option is invalid.
 */
export function extractEntities(text: string, options?: ExtractOptions): Entity[] {
  return builtinExtractor().extract(text, options);
}
