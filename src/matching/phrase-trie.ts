/**
 * A character trie of dictionary keys, walked over tokens.
 *
 * Keys are {@link dictionaryKey}s: no spaces and no ZWNJ. A phrase is matched by feeding the keys of
 * consecutive tokens into the trie, so «علی‌اف», «علی اف» and «علیاف» all reach the same node: Persian
 * writes the parts of a compound joined, with a half-space, or with a space, and real text uses all three.
 * A match can only end at a token boundary, never inside a token (so «تهرانی» is not «تهران»).
 * Cost: one walk per start token, bounded by the longest key, independent of the number of entries.
 */
/** What the trie reads of a token: its dictionary key. */
export interface KeyedToken {
  readonly key: string;
}

/** {@link TrieNode.code} of a node with no child. */
const NO_CHILD = -1;

/**
 * A node of three fields: a user dictionary of 100,000 names has hundreds of thousands of them, and every field
 * costs each of them a word. Every node has all three from birth, so that all nodes share one shape and the walk
 * reads them fast. What `code` and `kid` hold tells what the node is:
 * - its only child (`kid`) under one code unit (`code`, a number): past the first letters most nodes have one
 *   child, and a field read is much cheaper than a lookup;
 * - from the second child on, its children (`kid`, an array) under the code units of `code` (a string) in
 *   ascending order: a string and an array take a fifth of the memory of a map of a few entries;
 * - no child (`code` -1);
 * - packed: no child, and the rest of one key in `code` (a string; `values` are then those of that key): the
 *   unshared end of a name takes one node, not one per letter (a user dictionary of 100,000 names needed a
 *   million nodes).
 */
class TrieNode<T> {
  code: number | string = NO_CHILD;
  kid: TrieNode<T> | TrieNode<T>[] | undefined = undefined;
  /**
   * The values of the key ending here: one value alone until the key is first matched or a second value comes
   * (most keys of a large dictionary are never matched, and an array of one takes more memory than its value).
   * Values are never arrays themselves.
   */
  values: T | T[] | undefined = undefined;
}

/** The rest of the one key packed into `node`, or undefined when it is not packed. */
function packedOf(node: TrieNode<unknown>): string | undefined {
  return node.kid === undefined && typeof node.code === 'string' ? node.code : undefined;
}

/** The node `rest` units into a packed key whose values are `values`: made on the way, never stored. */
function packedNode<T>(rest: string, values: T | T[] | undefined): TrieNode<T> {
  const node = new TrieNode<T>();
  node.values = values;
  if (rest.length > 0) node.code = rest;
  return node;
}

/** The child of `node` (not packed) under `code`. */
function childAt<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  const codes = node.code;
  if (codes === code) return node.kid as TrieNode<T>;
  if (typeof codes !== 'string') return undefined;
  const kids = node.kid;
  if (!Array.isArray(kids)) return undefined;
  const at = indexOfCode(codes, code);
  return codes.charCodeAt(at) === code ? kids[at] : undefined;
}

/** Where `code` is, or would go, in the ascending code units `codes`: a scan for a few, else a binary search. */
function indexOfCode(codes: string, code: number): number {
  let lo = 0;
  let hi = codes.length;
  while (hi - lo > 8) {
    const mid = (lo + hi) >> 1;
    if (codes.charCodeAt(mid) < code) lo = mid + 1;
    else hi = mid;
  }
  while (lo < hi && codes.charCodeAt(lo) < code) lo++;
  return lo;
}

/** The values of the key that ends at `node` (those of a packed node are its packed key's), as an array kept there. */
function valuesHere<T>(node: TrieNode<T>): T[] | undefined {
  return packedOf(node) === undefined ? valueArray(node) : undefined;
}

/** `node.values` as an array, stored back in place of a single value. */
function valueArray<T>(node: TrieNode<T>): T[] | undefined {
  const { values } = node;
  if (values === undefined) return undefined;
  if (Array.isArray(values)) return values as T[];
  const array = [values];
  node.values = array;
  return array;
}

/** Whether a key goes on past `node`: it has a child or a packed rest. */
function hasChildren(node: TrieNode<unknown>): boolean {
  return node.code !== NO_CHILD;
}

/** Stores the first unit of `node`'s packed key as a real child, which holds the rest. */
function unpack<T>(node: TrieNode<T>, packed: string): void {
  const child = new TrieNode<T>();
  child.values = node.values;
  if (packed.length > 1) child.code = packed.slice(1);
  node.values = undefined;
  node.code = packed.charCodeAt(0);
  node.kid = child;
}

function addChild<T>(node: TrieNode<T>, code: number): TrieNode<T> {
  const packed = packedOf(node);
  if (packed !== undefined) unpack(node, packed);
  const existing = childAt(node, code);
  if (existing) return existing;
  const child = new TrieNode<T>();
  const { kid } = node;
  if (kid === undefined) {
    node.code = code;
    node.kid = child;
    return child;
  }
  const codes = typeof node.code === 'string' ? node.code : String.fromCharCode(node.code);
  const kids = Array.isArray(kid) ? kid : [kid];
  const at = indexOfCode(codes, code);
  node.code = codes.slice(0, at) + String.fromCharCode(code) + codes.slice(at);
  // a new array of exactly the new length: inserting would leave room for a dozen more in each of them
  const grown = new Array<TrieNode<T>>(kids.length + 1);
  for (let k = 0; k < at; k++) grown[k] = kids[k]!;
  grown[at] = child;
  for (let k = at; k < kids.length; k++) grown[k + 1] = kids[k]!;
  node.kid = grown;
  return child;
}

/**
 * One match: tokens `[first, last]` (inclusive) and what was stored under that key. Made by a constructor, not
 * an object literal: matches are made by the hundred thousand and die young, and a literal's allocation site is
 * one V8 may decide to pretenure (allocate straight in the old generation) when the first few it sees survive.
 */
export class PhraseMatch<T> {
  constructor(
    readonly first: number,
    readonly last: number,
    readonly values: readonly T[],
  ) {}
}

const NO_MATCHES: readonly never[] = Object.freeze([]);

/** Most tokens a match reads by default: a listed phrase of more words can never match (user entries are refused). */
export const MAX_PHRASE_TOKENS = 12;

/** Whether one of `matches` ends at token `last`. */
export function someEndsAt(matches: readonly PhraseMatch<unknown>[], last: number): boolean {
  for (let k = 0; k < matches.length; k++) if (matches[k]!.last === last) return true;
  return false;
}

/** {@link cursorReach}: a key ends at the cursor. */
const ENDS_HERE = 1;

/** The bit of {@link cursorReach} for a next token's first code unit (a filter: codes share bits). */
function reachBit(unit: number): number {
  return 2 << unit % 31;
}

/**
 * What a match from `cursor` may reach, as bits of one number, so that a caller can keep it beside the cursor
 * and skip the trie for most tokens without touching its nodes (scattered in memory, they cost a cache miss each):
 * whether a key ends at the cursor, and a filter of the first code units of the keys that go on from it.
 */
export function cursorReach(cursor: TrieCursor<unknown> | null): number {
  const node = cursor as TrieNode<unknown> | null;
  if (!node) return 0;
  const { code } = node;
  if (typeof code === 'number') return (code === NO_CHILD ? 0 : reachBit(code)) | (node.values !== undefined ? ENDS_HERE : 0);
  // a packed rest: only its first unit goes on; several children: each of theirs
  if (node.kid === undefined) return reachBit(code.charCodeAt(0));
  let reach = node.values !== undefined ? ENDS_HERE : 0;
  for (let k = 0; k < code.length; k++) reach |= reachBit(code.charCodeAt(k));
  return reach;
}

/**
 * Whether a match of the trie may start at token `first` whose word's cursor has {@link cursorReach} `reach`: a
 * key ends there, or one goes on with the first unit of the next token's key (a false yes costs only the walk).
 */
export function mayMatchFrom(reach: number, tokens: readonly KeyedToken[], first: number, joinable: ArrayLike<number>): boolean {
  if ((reach & ENDS_HERE) !== 0) return true;
  if (reach === 0 || !joinable[first]) return false;
  const next = tokens[first + 1]?.key;
  return next !== undefined && next.length > 0 && (reach & reachBit(next.charCodeAt(0))) !== 0;
}

/** Where one token's key leads from the root of a trie: a match starting with that token continues from here. */
export type TrieCursor<T> = { readonly [cursorBrand]: T };
declare const cursorBrand: unique symbol;

/** How many units of a key tell which keys {@link PhraseTrie.addWhenFirstRead} adds together (as `keyStartCode` reads them). */
const KEY_START_LENGTH = 2;

export class PhraseTrie<T> {
  private readonly root = new TrieNode<T>();
  private size = 0;
  /** What adds keys when their start is first read (see {@link addWhenFirstRead}), and the starts it was given. */
  private fill: ((start: string) => void) | undefined = undefined;
  /** The starts given to `fill`, as numbers: the first unit × 0x10000 + the second (0 for a key of one unit). */
  private readonly filledStarts = new Set<number>();

  /** Number of keys stored so far (keys added when first read count once they are). */
  get keyCount(): number {
    return this.size;
  }

  /**
   * Keys to add only when they are first needed. Before the first lookup from the root of a key, `fill(start)` is
   * called with the key's first {@link KEY_START_LENGTH} units, or with all of a shorter key; it must add every
   * such key that begins with `start` (all those of its first unit for a one-unit start), once per start. A walk
   * from a cursor needs nothing more: the start of the key that made the cursor was filled. A first short text reads
   * the starts of a seventh of the built-in names, and the start-up pays for those only.
   */
  addWhenFirstRead(fill: (start: string) => void): void {
    this.fill = fill;
  }

  /** Adds, if not yet added, the keys that begin as `key` does. */
  private fillFor(key: string): void {
    const { fill } = this;
    if (fill === undefined || key.length === 0) return;
    // a number, not a slice: this runs for every word a text first meets
    const code = key.charCodeAt(0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
    if (this.filledStarts.has(code)) return;
    this.filledStarts.add(code);
    fill(key.slice(0, KEY_START_LENGTH));
  }

  /** Stores `value` under `key` (a dictionary key). Empty keys are ignored. */
  add(key: string, value: T): void {
    if (!key) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      if (!hasChildren(node) && node.values === undefined && node !== this.root) {
        // a new end of a key: packed into this node
        node.code = key.slice(i);
        node.values = value;
        this.size++;
        return;
      }
      const packed = packedOf(node);
      if (packed !== undefined && packed.length === key.length - i && key.endsWith(packed)) {
        valueArray(node)?.push(value);
        return;
      }
      node = addChild(node, key.charCodeAt(i));
    }
    // a key ending where another's packed end begins: that end moves one node down
    const packed = packedOf(node);
    if (packed !== undefined) unpack(node, packed);
    if (node.values === undefined) {
      node.values = value;
      this.size++;
    } else valueArray(node)?.push(value);
  }

  /** The values stored under exactly `key`. */
  get(key: string): readonly T[] | undefined {
    this.fillFor(key);
    const node = this.walk(this.root, key);
    return node && valuesHere(node);
  }

  /** Where `key` (one token's key) leads from the root, or null when no stored key starts with it. */
  start(key: string): TrieCursor<T> | null {
    if (!key) return null;
    this.fillFor(key);
    return (this.walk(this.root, key) ?? null) as TrieCursor<T> | null;
  }

  /**
   * All matches starting at token `first`, shortest first. `joinable[j]` says whether token `j + 1` may continue
   * a phrase ending at token `j` (only spaces or ZWNJ between them). At most `maxTokens` tokens are read.
   */
  matchesAt(tokens: readonly KeyedToken[], first: number, joinable: ArrayLike<number>, maxTokens = MAX_PHRASE_TOKENS): readonly PhraseMatch<T>[] {
    const key = tokens[first]?.key;
    return key ? this.matchesFrom(this.start(key), tokens, first, joinable, maxTokens) : NO_MATCHES;
  }

  /** {@link matchesAt}, given where token `first` leads ({@link start} of its key, which callers may keep). */
  matchesFrom(cursor: TrieCursor<T> | null, tokens: readonly KeyedToken[], first: number, joinable: ArrayLike<number>, maxTokens = MAX_PHRASE_TOKENS): readonly PhraseMatch<T>[] {
    let node = cursor as TrieNode<T> | null | undefined;
    let out: PhraseMatch<T>[] | undefined; // allocated on the first match: most tokens start none
    const limit = Math.min(tokens.length, first + maxTokens);
    for (let j = first; node; ) {
      const values = valuesHere(node);
      if (values) {
        const match = new PhraseMatch(first, j, values);
        // most tokens start one match: an array of exactly one (a push would reserve room for seventeen)
        if (out === undefined) out = [match];
        else out.push(match);
      }
      if (!joinable[j] || !hasChildren(node) || ++j >= limit) break;
      const key = (tokens[j] as KeyedToken).key;
      if (!key) break;
      node = this.walk(node, key);
    }
    return out ?? NO_MATCHES;
  }

  private walk(from: TrieNode<T>, key: string): TrieNode<T> | undefined {
    let node: TrieNode<T> | undefined = from;
    for (let i = 0; i < key.length && node; i++) {
      const packed = packedOf(node);
      if (packed !== undefined) {
        // the rest of `key` must begin the packed key: one node made for where it ends
        const rest = key.length - i;
        if (rest > packed.length) return undefined;
        for (let k = 0; k < rest; k++) if (packed.charCodeAt(k) !== key.charCodeAt(i + k)) return undefined;
        // where the key ends with the packed one, its values are read: kept as an array in the stored node
        return packedNode(packed.slice(rest), rest === packed.length ? valueArray(node) : node.values);
      }
      node = childAt(node, key.charCodeAt(i));
    }
    return node;
  }
}
