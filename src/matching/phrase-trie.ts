/**
 * A character trie of dictionary keys, walked over tokens.
 *
 * Keys are {@link dictionaryKey}s: no spaces and no ZWNJ. A phrase is matched by feeding the keys of
 * consecutive tokens into the trie, so «علی‌اف», «علی اف» and «علیاف» all reach the same node: Persian
 * writes the parts of a compound joined, with a half-space, or with a space, and real text uses all three.
 * A match can only end at a token boundary, never inside a token (so «تهرانی» is not «تهران»).
 * Cost: one walk per start token, bounded by the longest key, independent of the number of entries.
 */
import type { WorkToken } from '../recognizers/types';

/**
 * A node keeps its only child inline (`only`, under code unit `code`) and switches to a map at the second:
 * past the first letters most nodes have one child, and a field read is much cheaper than a map lookup.
 */
interface TrieNode<T> {
  code?: number;
  only?: TrieNode<T>;
  next?: Map<number, TrieNode<T>>;
  values?: T[];
}

function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  return node.code === code ? node.only : node.next?.get(code);
}

function addChild<T>(node: TrieNode<T>, code: number): TrieNode<T> {
  const existing = childOf(node, code);
  if (existing) return existing;
  const child: TrieNode<T> = {};
  if (node.only === undefined && node.next === undefined) {
    node.code = code;
    node.only = child;
  } else {
    node.next ??= new Map(node.only && node.code !== undefined ? [[node.code, node.only]] : []);
    node.code = undefined;
    node.only = undefined;
    node.next.set(code, child);
  }
  return child;
}

/** One match: tokens `[first, last]` (inclusive) and what was stored under that key. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  values: readonly T[];
}

const NO_MATCHES: readonly never[] = Object.freeze([]);

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = {};
  private size = 0;

  /** Number of keys stored. */
  get keyCount(): number {
    return this.size;
  }

  /** Stores `value` under `key` (a dictionary key). Empty keys are ignored. */
  add(key: string, value: T): void {
    if (!key) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) node = addChild(node, key.charCodeAt(i));
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    node.values.push(value);
  }

  /** The values stored under exactly `key`. */
  get(key: string): readonly T[] | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = childOf(node, key.charCodeAt(i));
    return node?.values;
  }

  /**
   * All matches starting at token `first`, shortest first. `joinable[j]` says whether token `j + 1` may continue
   * a phrase ending at token `j` (only spaces or ZWNJ between them). At most `maxTokens` tokens are read.
   */
  matchesAt(tokens: readonly WorkToken[], first: number, joinable: ArrayLike<number>, maxTokens = 12): readonly PhraseMatch<T>[] {
    let out: PhraseMatch<T>[] | undefined; // allocated on the first match: most tokens start none
    let node: TrieNode<T> | undefined = this.root;
    const limit = Math.min(tokens.length, first + maxTokens);
    for (let j = first; j < limit && node; j++) {
      const key = (tokens[j] as WorkToken).key;
      if (!key) break;
      for (let i = 0; i < key.length && node; i++) node = childOf(node, key.charCodeAt(i));
      if (!node) break;
      if (node.values) (out ??= []).push({ first, last: j, values: node.values });
      if (!joinable[j]) break;
    }
    return out ?? NO_MATCHES;
  }
}
