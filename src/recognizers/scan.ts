/**
 * One shared look at the tokens for the dictionary and rule recognizers: which tokens may continue a phrase,
 * and the gazetteer and name matches starting at each token, computed once and only where asked.
 */
import type { GazetteerHit, Lexicon, NamePart } from '../dictionaries/lexicon';
import { mayMatchFrom, PhraseMatch } from '../matching/phrase-trie';
import { NO_CONTEXT, type RecognizerContext, type WorkToken } from './types';
import { WordFlag } from './words';

/** Token kinds that can be part of a name: a word, a Latin word, a number. */
const isNameKind = (kind: string): boolean => kind === 'word' || kind === 'latin' || kind === 'number';

/** Longest gap between two tokens of one phrase (a space, a ZWNJ, or a few of them). */
const MAX_GAP = 3;

function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x200c) return false;
  }
  return true;
}

/** Longest table of tokens by offset kept from one text to the next (that of a block of about 64 K units). */
const MAX_KEPT_OFFSETS = 1 << 17;

/** Per-token bits computed once per scan: a name token, and a token a match may start at. */
const NAME_TOKEN = 1;
const MAY_OPEN = 2;

const NONE: readonly never[] = Object.freeze([]);

/** A listed name part in the tokens: tokens `[first, last]` and what the dictionary says of it. */
export interface PartMatch {
  first: number;
  last: number;
  part: NamePart;
}

/** Made by a constructor, like {@link PhraseMatch}: a part lives for one block. */
class FoundPart implements PartMatch {
  constructor(
    public first: number,
    public last: number,
    public part: NamePart,
  ) {}
}

/** A new {@link PartMatch}. */
export function partMatch(first: number, last: number, part: NamePart): PartMatch {
  return new FoundPart(first, last, part);
}

/** The longest match of each role starting at one token. */
export type NameParts = Readonly<Partial<Record<NamePart['role'], PartMatch>>>;

/** Made by a constructor, like {@link PhraseMatch}; the parts of a token without any are one of them too (one shape). */
class PartsFound implements NameParts {
  constructor(
    readonly title: PartMatch | undefined,
    readonly given: PartMatch | undefined,
    readonly family: PartMatch | undefined,
  ) {}
}

const NO_PARTS: NameParts = Object.freeze(new PartsFound(undefined, undefined, undefined));

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
  return best && bestPart ? partMatch(best.first, best.last, bestPart) : undefined;
}

function namePartsOf(matches: readonly PhraseMatch<NamePart>[]): NameParts {
  if (matches.length === 0) return NO_PARTS;
  return new PartsFound(longestOfRole(matches, 'title'), longestOfRole(matches, 'given'), longestOfRole(matches, 'family'));
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
  return values.length > 0 ? new PhraseMatch(match.first, match.last, values) : undefined;
}

/** Whether some of `values` must not be matched by text spelled a certain way (see {@link GazetteerHit.unlessSpelled}). */
function hasSpellingRule(values: readonly { unlessSpelled?: readonly string[] | undefined }[]): boolean {
  for (let k = 0; k < values.length; k++) if (values[k]!.unlessSpelled !== undefined) return true;
  return false;
}

/** Tokens `first` to `last` as spelled: their texts joined, without ZWNJ. */
function spellingOf(tokens: readonly WorkToken[], first: number, last: number): string {
  let text = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) text += tokens[k]!.text;
  return text.includes('\u200c') ? text.replaceAll('\u200c', '') : text;
}

/**
 * `match` without the values the text is another word for: keys fold «آ» into «ا», so «اقدام» (an action)
 * reaches the town «آقدام», which is not matched when the text is spelled like the word.
 */
function withoutFoldedWords<T extends { unlessSpelled?: readonly string[] | undefined }>(match: PhraseMatch<T>, tokens: readonly WorkToken[]): PhraseMatch<T> | undefined {
  if (!hasSpellingRule(match.values)) return match;
  const spelling = spellingOf(tokens, match.first, match.last);
  const values = match.values.filter((v) => v.unlessSpelled === undefined || !v.unlessSpelled.includes(spelling));
  if (values.length === match.values.length) return match;
  return values.length > 0 ? new PhraseMatch(match.first, match.last, values) : undefined;
}

/** `matches` with {@link withoutFoldedWords} applied, the same array when nothing changes. */
function withoutFoldedWordsAll<T extends { unlessSpelled?: readonly string[] | undefined }>(matches: readonly PhraseMatch<T>[], tokens: readonly WorkToken[]): readonly PhraseMatch<T>[] {
  for (let k = 0; k < matches.length; k++) {
    if (!hasSpellingRule(matches[k]!.values)) continue;
    const kept: PhraseMatch<T>[] = matches.slice(0, k);
    for (let j = k; j < matches.length; j++) {
      const m = withoutFoldedWords(matches[j]!, tokens);
      if (m) kept.push(m);
    }
    return kept;
  }
  return matches;
}

function gazetteerMatches(tokens: readonly WorkToken[], index: number, joinable: Uint8Array, lexicon: Lexicon): readonly PhraseMatch<GazetteerHit>[] {
  const { word } = tokens[index] as WorkToken;
  if (!mayMatchFrom(word.gazetteerReach, tokens, index, joinable)) return NONE;
  const matches = withoutFoldedWordsAll(lexicon.gazetteer.matchesFrom(word.gazetteer, tokens, index, joinable), tokens);
  // shortest first: only the last one can span several tokens when the first does not
  if (matches.length === 0 || matches[matches.length - 1]!.last === index) return matches;
  const kept: PhraseMatch<GazetteerHit>[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = respectsWords(matches[k]!, tokens, lexicon.stopwords);
    if (m) kept.push(m);
  }
  return kept;
}

/** `array` if it holds `size` elements, else a new one twice as large (the contents do not carry over). */
function atLeast(array: Uint8Array, size: number): Uint8Array {
  return array.length >= size ? array : new Uint8Array(Math.max(size, array.length * 2));
}

/**
 * Makes the first `used` entries of `memo` unknown again and gives it room for `size`. The arrays keep their length
 * from block to block and call to call: memos are only read and written below the block's token count, and
 * growing them by pushes each time cost more than the rules that read them on short texts.
 */
function forgetAll(memo: unknown[], used: number, size: number): void {
  memo.fill(undefined, 0, Math.min(used, memo.length));
  while (memo.length < size) memo.push(undefined);
}

/**
 * The shared scan of one block of tokens. One object serves block after block of an extraction ({@link Scan.start}):
 * its per-token tables are reused, since a block's matches are done with when the next block starts.
 */
export class Scan {
  context: RecognizerContext = NO_CONTEXT;
  tokens: readonly WorkToken[] = NONE;
  lexicon!: Lexicon;
  /** `joinable[j]`: token `j + 1` may continue a phrase that reaches token `j`. */
  joinable: Uint8Array = new Uint8Array(0);
  /** Per token: {@link NAME_TOKEN} and {@link MAY_OPEN}. */
  private kinds: Uint8Array = new Uint8Array(0);
  /**
   * Per token: its word's {@link WordFlag}s, side by side. The rules ask for them at nearly every token, and an
   * array read costs less than following each token to its word.
   */
  private flags: Uint32Array = new Uint32Array(0);
  /** The {@link WordFlag}s of any of the block's words: a rule whose words the block lacks has nothing to do. */
  private blockFlags = 0;
  /**
   * By offset from the block's first token's start: the token that starts there and the one that ends there (+1;
   * 0 for none). Built when first asked for ({@link tokenStartingAt}), once per block.
   */
  private byOffset: Int32Array = new Int32Array(0);
  private byOffsetBuilt = false;
  private readonly gazetteer: Array<readonly PhraseMatch<GazetteerHit>[] | undefined> = [];
  private readonly names: Array<readonly PhraseMatch<NamePart>[] | undefined> = [];
  private readonly parts: Array<NameParts | undefined> = [];
  /** How many entries of the memos above may hold something: the current block's token count. */
  private used = 0;

  /** Makes this the scan of `context`'s tokens (what it knew of the previous block is forgotten). */
  start(context: RecognizerContext, lexicon: Lexicon): this {
    const { tokens, text } = context;
    const n = tokens.length;
    this.context = context;
    this.tokens = tokens;
    this.lexicon = lexicon;
    const kinds = (this.kinds = atLeast(this.kinds, n));
    const flags = (this.flags = this.flags.length >= n ? this.flags : new Uint32Array(Math.max(n, this.flags.length * 2)));
    let blockFlags = 0;
    for (let j = 0; j < n; j++) {
      const token = tokens[j] as WorkToken;
      const wordFlags = token.word.flags;
      blockFlags |= wordFlags;
      flags[j] = wordFlags;
      kinds[j] = isNameKind(token.kind) ? NAME_TOKEN | (wordFlags & WordFlag.mayOpenMatch ? MAY_OPEN : 0) : 0;
    }
    this.blockFlags = blockFlags;
    this.byOffsetBuilt = false;
    const joinable = (this.joinable = atLeast(this.joinable, n));
    for (let j = 0; j < n; j++) {
      joinable[j] = j + 1 < n && kinds[j]! & kinds[j + 1]! & NAME_TOKEN && isPhraseGap(text, tokens[j]!.end, tokens[j + 1]!.start) ? 1 : 0;
    }
    this.forgetMemos(n);
    return this;
  }

  /** Lets go of the last block (its text and matches), so that an idle extractor does not hold on to them. */
  finish(): void {
    this.context = NO_CONTEXT;
    this.tokens = NONE;
    this.forgetMemos(0);
    // a block of one very long token makes a table as long: it is not kept for the next text
    if (this.byOffset.length > MAX_KEPT_OFFSETS) this.byOffset = new Int32Array(0);
  }

  /** Whether token `index` is one of the block's: the memos are read and written only there. */
  private inBlock(index: number): boolean {
    return index >= 0 && index < this.tokens.length;
  }

  /** Forgets what the memos hold, with room for `size` tokens. */
  private forgetMemos(size: number): void {
    forgetAll(this.gazetteer, this.used, size);
    forgetAll(this.names, this.used, size);
    forgetAll(this.parts, this.used, size);
    this.used = size;
  }

  /** Gazetteer matches starting at token `index`, shortest first (computed once). */
  gazetteerAt(index: number): readonly PhraseMatch<GazetteerHit>[] {
    if (!this.inBlock(index)) return NONE;
    let matches = this.gazetteer[index];
    if (matches === undefined) {
      matches = this.mayOpenMatch(index) ? gazetteerMatches(this.tokens, index, this.joinable, this.lexicon) : NONE;
      this.gazetteer[index] = matches;
    }
    return matches;
  }

  /**
   * Whether a built-in entry (see {@link GazetteerHit.builtin}) starts at token `index`: what the rules take for a
   * known name. User entries are left out, so that they never change what the rules find.
   */
  builtinEntryAt(index: number): boolean {
    const matches = this.gazetteerAt(index);
    for (let k = 0; k < matches.length; k++) {
      const values = matches[k]!.values;
      for (let h = 0; h < values.length; h++) if (values[h]!.builtin) return true;
    }
    return false;
  }

  /** Name-part matches (titles, given and family names) starting at token `index`, shortest first (computed once). */
  namesAt(index: number): readonly PhraseMatch<NamePart>[] {
    if (!this.inBlock(index)) return NONE;
    let matches = this.names[index];
    if (matches === undefined) {
      const word = this.mayOpenMatch(index) ? (this.tokens[index] as WorkToken).word : undefined;
      matches =
        word && mayMatchFrom(word.namesReach, this.tokens, index, this.joinable)
          ? withoutFoldedWordsAll(this.lexicon.names.matchesFrom(word.names, this.tokens, index, this.joinable, 4), this.tokens)
          : NONE;
      this.names[index] = matches;
    }
    return matches;
  }

  /** The longest listed title, given name and family name starting at token `index` (from {@link namesAt}). */
  namePartsAt(index: number): NameParts {
    if (!this.inBlock(index)) return NO_PARTS;
    let parts = this.parts[index];
    if (parts === undefined) {
      parts = namePartsOf(this.namesAt(index));
      this.parts[index] = parts;
    }
    return parts;
  }

  /** The key of token `index`, or `''` outside the text. */
  keyAt(index: number): string {
    return this.tokens[index]?.key ?? '';
  }

  /** The token that starts at `offset`, or -1. */
  tokenStartingAt(offset: number): number {
    return this.tokenAtOffset(offset, 0);
  }

  /** The token that ends at `offset`, or -1. */
  tokenEndingAt(offset: number): number {
    return this.tokenAtOffset(offset, 1);
  }

  /**
   * {@link tokenStartingAt} (`side` 0) or {@link tokenEndingAt} (`side` 1), read from a table by offset: the people-in-lists
   * rule asks for every candidate of a block, and two binary searches each took a third of its time on entity-dense text.
   */
  private tokenAtOffset(offset: number, side: 0 | 1): number {
    const { tokens } = this;
    if (tokens.length === 0) return -1;
    const base = tokens[0]!.start;
    const span = tokens[tokens.length - 1]!.end - base + 1;
    if (!this.byOffsetBuilt) {
      if (this.byOffset.length < 2 * span) this.byOffset = new Int32Array(Math.max(2 * span, this.byOffset.length * 2));
      const table = this.byOffset;
      table.fill(0, 0, 2 * span);
      for (let j = 0; j < tokens.length; j++) {
        table[2 * (tokens[j]!.start - base)] = j + 1;
        table[2 * (tokens[j]!.end - base) + 1] = j + 1;
      }
      this.byOffsetBuilt = true;
    }
    const at = offset - base;
    return at < 0 || at >= span ? -1 : this.byOffset[2 * at + side]! - 1;
  }

  /** Whether token `index` can be part of a name (a word, a Latin word or a number). */
  isNameToken(index: number): boolean {
    return index >= 0 && index < this.tokens.length && (this.kinds[index]! & NAME_TOKEN) !== 0;
  }

  /** Whether the word of some token of the block has the {@link WordFlag} `flag`. */
  blockHas(flag: number): boolean {
    return (this.blockFlags & flag) !== 0;
  }

  /** Whether the word of token `index` has the {@link WordFlag} `flag` (false outside the text). */
  hasFlag(index: number, flag: number): boolean {
    return index >= 0 && index < this.tokens.length && (this.flags[index]! & flag) !== 0;
  }

  private mayOpenMatch(index: number): boolean {
    return index >= 0 && index < this.tokens.length && (this.kinds[index]! & MAY_OPEN) !== 0;
  }
}
