import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorReach, mayMatchFrom, PhraseTrie } from '../../src/matching/phrase-trie';
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

describe('PhraseTrie with keys that share and split their ends', () => {
  it('finds every key, and every prefix that is a key, whatever order they were added in', () => {
    const keys = ['جمهوریاسلامیایران', 'جمهوری', 'جمهوریآذربایجان', 'جم', 'جمهوریاسلامی', 'ایران', 'ایرانخودرو', 'ای'];
    for (const order of [keys, [...keys].reverse()]) {
      const t = new PhraseTrie<string>();
      for (const key of order) t.add(key, key);
      for (const key of keys) expect(t.get(key), key).toEqual([key]);
      expect(t.get('جمهوریاسلام')).toBeUndefined();
      expect(t.get('جمهوریاسلامیایرانی')).toBeUndefined();
      expect(t.keyCount).toBe(keys.length);
      const words = tokens('جمهوری', 'اسلامی', 'ایران');
      expect(t.matchesAt(words, 0, [1, 1, 1]).map((m) => m.values[0])).toEqual(['جمهوری', 'جمهوریاسلامی', 'جمهوریاسلامیایران']);
    }
  });

  it('keeps a second value of the same long key, and a key that is the start of another', () => {
    const t = new PhraseTrie<number>();
    t.add('سازمانمللمتحد', 1);
    t.add('سازمانمللمتحد', 2);
    t.add('سازمان', 3);
    expect(t.get('سازمانمللمتحد')).toEqual([1, 2]);
    expect(t.matchesAt(tokens('سازمان', 'ملل', 'متحد'), 0, [1, 1, 1]).map((m) => m.values)).toEqual([[3], [1, 2]]);
    expect(t.matchesAt(tokens('سازمان', 'ملل'), 0, [1, 1])).toHaveLength(1);
    expect(t.start('سازمانم')).not.toBeNull();
    expect(t.start('سازمانن')).toBeNull();
  });

  it("lets a cursor's reach turn away a token no match can start at", () => {
    const t = new PhraseTrie<string>();
    t.add('دریایخزر', 'sea');
    const reach = cursorReach(t.start('دریای'));
    expect(mayMatchFrom(reach, tokens('دریای', 'خزر'), 0, [1, 1])).toBe(true);
    expect(mayMatchFrom(reach, tokens('دریای', 'سیاه'), 0, [1, 1])).toBe(false);
    expect(mayMatchFrom(reach, tokens('دریای', 'خزر'), 0, [0, 1])).toBe(false);
    expect(mayMatchFrom(cursorReach(t.start('دریایخزر')), tokens('دریایخزر'), 0, [0])).toBe(true);
    expect(mayMatchFrom(cursorReach(null), tokens('دریای', 'خزر'), 0, [1, 1])).toBe(false);
  });

  it('agrees with a map of its keys, whatever keys are added in whatever order', () => {
    // a small alphabet makes keys share starts, end inside each other's packed ends and fan out into many children
    const key = fc.string({ unit: fc.constantFrom(...'ابپتسشیکلمنو'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat(9)), { maxLength: 60 }), fc.array(key, { maxLength: 20 }), (added, probes) => {
        const t = new PhraseTrie<number>();
        const expected = new Map<string, number[]>();
        for (const [k, v] of added) {
          t.add(k, v);
          expected.set(k, [...(expected.get(k) ?? []), v]);
        }
        expect(t.keyCount).toBe(expected.size);
        for (const [k, values] of expected) expect(t.get(k)).toEqual(values);
        for (const probe of probes) {
          expect(t.get(probe)).toEqual(expected.get(probe));
          const startsSome = [...expected.keys()].some((k) => k.startsWith(probe));
          expect(t.start(probe) !== null).toBe(startsSome);
          // a key's prefixes that are keys match one token at a time, shortest first
          const parts = [...probe];
          const matches = t.matchesAt(tokens(...parts), 0, parts.map(() => 1)).map((m) => m.last + 1);
          expect(matches).toEqual(parts.map((_, n) => n + 1).filter((n) => expected.has(parts.slice(0, n).join(''))));
          // the filter kept beside a cursor never turns away a token a match starts at
          if (matches.length > 0) expect(mayMatchFrom(cursorReach(t.start(parts[0] ?? '')), tokens(...parts), 0, parts.map(() => 1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('PhraseTrie keys added when first read', () => {
  /** A trie whose keys are added a start at a time, by a fill that records the starts it was asked for. */
  function lazyTrie(keys: readonly string[]): { trie: PhraseTrie<string>; asked: string[] } {
    const trie = new PhraseTrie<string>();
    const asked: string[] = [];
    const waiting = new Set(keys);
    trie.addWhenFirstRead((start) => {
      asked.push(start);
      for (const key of waiting) {
        if (!key.startsWith(start)) continue;
        trie.add(key, key);
        waiting.delete(key);
      }
    });
    return { trie, asked };
  }

  it('adds the keys of a start before the first lookup that reads it, and only once', () => {
    const { trie, asked } = lazyTrie(['تهران', 'تهرانپارس', 'تبریز', 'اصفهان']);
    expect(trie.keyCount).toBe(0);
    expect(trie.get('تهران')).toEqual(['تهران']);
    expect(trie.keyCount).toBe(2); // the keys that begin with «ته»: not تبریز, not اصفهان
    expect(trie.matchesAt(tokens('تهران', 'پارس'), 0, [1, 1]).map((m) => m.values)).toEqual([['تهران'], ['تهرانپارس']]);
    expect(trie.matchesAt(tokens('تبریز'), 0, [0]).map((m) => m.values)).toEqual([['تبریز']]);
    expect(trie.get('تو')).toBeUndefined();
    expect(asked).toEqual(['ته', 'تب', 'تو']);
  });

  it('adds every key of a unit for a key of one unit, whose matches may go on into any of them', () => {
    const { trie, asked } = lazyTrie(['اصفهان', 'ابوظبی', 'ایران']);
    expect(trie.matchesAt(tokens('ا', 'یران'), 0, [1, 1]).map((m) => m.values)).toEqual([['ایران']]);
    expect(trie.keyCount).toBe(3);
    expect(asked).toEqual(['ا']);
  });

  it('finds the same matches as a trie built at once', () => {
    const keys = ['جمهوریاسلامیایران', 'جمهوری', 'ایران', 'ایرانخودرو', 'خودرو', 'علیاف', 'ع'];
    const eager = new PhraseTrie<string>();
    for (const key of keys) eager.add(key, key);
    const words = tokens('جمهوری', 'اسلامی', 'ایران', 'خودرو', 'علی', 'اف', 'ع');
    const joinable = [1, 1, 1, 1, 1, 1, 1];
    const { trie } = lazyTrie(keys);
    for (let first = 0; first < words.length; first++) {
      expect(trie.matchesAt(words, first, joinable), String(first)).toEqual(eager.matchesAt(words, first, joinable));
    }
  });
});
