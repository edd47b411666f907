/**
 * One shared look at the tokens for the dictionary and rule recognizers: which tokens may continue a phrase,
 * and the gazetteer and name matches starting at each token, computed once and only where asked.
 */
import type { GazetteerHit, Lexicon, NamePart } from '../dictionaries/lexicon';
import type { PhraseMatch } from '../matching/phrase-trie';
import type { RecognizerContext, WorkToken } from './types';
import { WordFlag } from './words';

/** Token kinds that can be part of a name: a word, a Latin word, a number. */
const isNameKind = (kind: string): boolean => kind === 'word' || kind === 'latin' || kind === 'number';

/** Longest gap between two tokens of one phrase (a space, a ZWNJ, or a few of them). */
const MAX_GAP = 3;

export interface Scan {
  readonly context: RecognizerContext;
  readonly tokens: readonly WorkToken[];
  readonly lexicon: Lexicon;
  /** `joinable[j]`: token `j + 1` may continue a phrase that reaches token `j`. */
  readonly joinable: Uint8Array;
  gazetteerAt(index: number): readonly PhraseMatch<GazetteerHit>[];
  namesAt(index: number): readonly PhraseMatch<NamePart>[];
  /** The longest listed title, given name and family name starting at token `index` (from {@link namesAt}). */
  namePartsAt(index: number): NameParts;
  /** The key of token `index`, or `''` outside the text. */
  keyAt(index: number): string;
  /** Whether token `index` can be part of a name (a word, a Latin word or a number). */
  isNameToken(index: number): boolean;
  /** Whether the word of token `index` has the {@link WordFlag} `flag` (false outside the text). */
  hasFlag(index: number, flag: number): boolean;
}

function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x200c) return false;
  }
  return true;
}

/** Per-token bits computed once per scan: a name token, and a token a match may start at. */
const NAME_TOKEN = 1;
const MAY_OPEN = 2;

function computeKinds(tokens: readonly WorkToken[]): Uint8Array {
  const kinds = new Uint8Array(tokens.length);
  for (let j = 0; j < tokens.length; j++) {
    const token = tokens[j] as WorkToken;
    if (!isNameKind(token.kind)) continue;
    kinds[j] = NAME_TOKEN | (token.word.flags & WordFlag.mayOpenMatch ? MAY_OPEN : 0);
  }
  return kinds;
}

function computeJoinable(text: string, tokens: readonly WorkToken[], kinds: Uint8Array): Uint8Array {
  const joinable = new Uint8Array(tokens.length);
  for (let j = 0; j + 1 < tokens.length; j++) {
    const a = tokens[j] as WorkToken;
    const b = tokens[j + 1] as WorkToken;
    joinable[j] = kinds[j]! & kinds[j + 1]! & NAME_TOKEN && isPhraseGap(text, a.end, b.start) ? 1 : 0;
  }
  return joinable;
}

function memoized<T>(size: number, compute: (index: number) => T): (index: number) => T {
  const cache: Array<T | undefined> = new Array(size);
  return (index) => (cache[index] ??= compute(index));
}

const NONE: readonly never[] = Object.freeze([]);

/** A listed name part in the tokens: tokens `[first, last]` and what the dictionary says of it. */
export interface PartMatch {
  first: number;
  last: number;
  part: NamePart;
}

/** The longest match of each role starting at one token. */
export type NameParts = Readonly<Partial<Record<NamePart['role'], PartMatch>>>;

const NO_PARTS: NameParts = Object.freeze({});

/** The first of `values` in role `role`. */
export function partOf(values: readonly NamePart[], role: NamePart['role']): NamePart | undefined {
  for (let k = 0; k < values.length; k++) if (values[k]!.role === role) return values[k];
  return undefined;
}

function longestOfRole(matches: readonly PhraseMatch<NamePart>[], role: NamePart['role']): PartMatch | undefined {
  let best: PhraseMatch<NamePart> | undefined;
  let bestPart: NamePart | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (best && m.last <= best.last) continue;
    const part = partOf(m.values, role);
    if (part) {
      best = m;
      bestPart = part;
    }
  }
  return best && bestPart ? { first: best.first, last: best.last, part: bestPart } : undefined;
}

function namePartsOf(matches: readonly PhraseMatch<NamePart>[]): NameParts {
  if (matches.length === 0) return NO_PARTS;
  return { title: longestOfRole(matches, 'title'), given: longestOfRole(matches, 'given'), family: longestOfRole(matches, 'family') };
}

/**
 * Text may write a listed word apart («علی اف» for «علی‌اف»), but a split word is never a function word:
 * «و نیز» (and also) is not «ونیز» (Venice), «را بر» is not «رابر». So where a multi-token match splits a
 * word the entry writes whole, neither side may be a stop word.
 */
function respectsWords(match: PhraseMatch<GazetteerHit>, tokens: readonly WorkToken[], stopwords: ReadonlySet<string>): PhraseMatch<GazetteerHit> | undefined {
  if (match.first === match.last) return match;
  let offset = 0;
  const suspicious: number[] = [];
  for (let j = match.first; j < match.last; j++) {
    offset += (tokens[j] as WorkToken).key.length;
    if (stopwords.has((tokens[j] as WorkToken).key) || stopwords.has((tokens[j + 1] as WorkToken).key)) suspicious.push(offset);
  }
  if (suspicious.length === 0) return match;
  const values = match.values.filter((hit) => suspicious.every((b) => hit.wordBreaks.includes(b)));
  if (values.length === match.values.length) return match;
  return values.length > 0 ? { ...match, values } : undefined;
}

function gazetteerMatches(tokens: readonly WorkToken[], index: number, joinable: Uint8Array, lexicon: Lexicon): readonly PhraseMatch<GazetteerHit>[] {
  const matches = lexicon.gazetteer.matchesFrom((tokens[index] as WorkToken).word.gazetteer, tokens, index, joinable);
  // shortest first: only the last one can span several tokens when the first does not
  if (matches.length === 0 || matches[matches.length - 1]!.last === index) return matches;
  const kept: PhraseMatch<GazetteerHit>[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = respectsWords(matches[k]!, tokens, lexicon.stopwords);
    if (m) kept.push(m);
  }
  return kept;
}

/** Prepares the shared scan of a context. */
export function createScan(context: RecognizerContext, lexicon: Lexicon): Scan {
  const { tokens, text } = context;
  const kinds = computeKinds(tokens);
  const joinable = computeJoinable(text, tokens, kinds);
  const isNameToken = (index: number): boolean => ((kinds[index] ?? 0) & NAME_TOKEN) !== 0;
  const mayOpenMatch = (index: number): boolean => ((kinds[index] ?? 0) & MAY_OPEN) !== 0;
  const namesAt = memoized(tokens.length, (i) => (mayOpenMatch(i) ? lexicon.names.matchesFrom((tokens[i] as WorkToken).word.names, tokens, i, joinable, 4) : NONE));
  return {
    context,
    tokens,
    lexicon,
    joinable,
    gazetteerAt: memoized(tokens.length, (i) => (mayOpenMatch(i) ? gazetteerMatches(tokens, i, joinable, lexicon) : NONE)),
    namesAt,
    namePartsAt: memoized(tokens.length, (i) => namePartsOf(namesAt(i))),
    keyAt: (index) => tokens[index]?.key ?? '',
    isNameToken,
    hasFlag: (index, flag) => ((tokens[index]?.word.flags ?? 0) & flag) !== 0,
  };
}
