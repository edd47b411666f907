import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../src/matching/phrase-trie';
import type { KeyedToken } from '../../src/matching/phrase-trie';

const tokens = (...keys: string[]): KeyedToken[] => keys.map((key) => ({ key }));

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('دریایخزر', 'sea');
  trie.add('خزر', 'caspian');
  trie.add('علیاف', 'aliyev');

  it('matches a phrase across tokens whatever separated its parts', () => {
    const all = [1, 1, 1];
    expect(trie.matchesAt(tokens('علی', 'اف'), 0, all).map((m) => [m.last, m.values])).toEqual([[1, ['aliyev']]]);
    expect(trie.matchesAt(tokens('علیاف'), 0, all).map((m) => m.values)).toEqual([['aliyev']]);
  });

  it('returns every match from a start, shortest first', () => {
    const t = new PhraseTrie<string>();
    t.add('سازمانملل', 'short');
    t.add('سازمانمللمتحد', 'long');
    expect(t.matchesAt(tokens('سازمان', 'ملل', 'متحد'), 0, [1, 1, 1]).map((m) => m.values[0])).toEqual(['short', 'long']);
  });

  it('never ends a match inside a token', () => {
    expect(trie.matchesAt(tokens('خزری'), 0, [1])).toEqual([]);
  });

  it('does not continue across a token that may not be joined', () => {
    expect(trie.matchesAt(tokens('علی', 'اف'), 0, [0, 0])).toEqual([]);
  });

  it('keeps several values under one key and counts keys', () => {
    const t = new PhraseTrie<number>();
    t.add('الف', 1);
    t.add('الف', 2);
    t.add('', 3);
    expect(t.get('الف')).toEqual([1, 2]);
    expect(t.keyCount).toBe(1);
  });
});
