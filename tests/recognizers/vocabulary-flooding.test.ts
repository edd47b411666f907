// Hash flooding: words made to share a hash (as anyone can, knowing the hash function from the source) must not
// make the vocabulary slow. The words below all have the same 32-bit FNV-1a hash, the function the vocabulary
// used without a seed; looking them up must cost about what as many ordinary words cost.
import { describe, expect, it } from 'vitest';
import { builtinData } from '../../src/dictionaries/builtin';
import { buildLexicon } from '../../src/dictionaries/lexicon';
import { Vocabulary } from '../../src/recognizers/words';
import { seededRandom } from '../robustness/growth';

const lexicon = buildLexicon({ builtin: builtinData, excludeBuiltinTypes: new Set(), removed: [], dictionaries: [] });

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const fnv = (state: number, text: string): number => {
  let h = state;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
};

/** Two different two-unit blocks that take FNV-1a from `state` to the same state (a birthday search). */
function collidingBlocks(state: number, random: () => number): [string, string] {
  const seen = new Map<number, string>();
  const unit = (): number => 0x0600 + Math.floor(random() * (0xd7ff - 0x0600));
  for (;;) {
    const block = String.fromCharCode(unit(), unit());
    const h = fnv(state, block);
    const other = seen.get(h);
    if (other !== undefined && other !== block) return [other, block];
    seen.set(h, block);
  }
}

/** 2^n distinct words of 2n units with one FNV-1a hash: each word picks one of two colliding blocks n times. */
function collidingWords(n: number): string[] {
  const random = seededRandom(1402);
  let words = [''];
  let state = FNV_OFFSET;
  for (let k = 0; k < n; k++) {
    const [a, b] = collidingBlocks(state, random);
    state = fnv(state, a);
    words = words.flatMap((w) => [w + a, w + b]);
  }
  return words;
}

function randomWords(count: number, length: number): string[] {
  const random = seededRandom(14);
  return Array.from({ length: count }, () => Array.from({ length }, () => String.fromCharCode(0x0621 + Math.floor(random() * 1024))).join(''));
}

/** Milliseconds to look every word up in a fresh vocabulary (each is described once), then again. */
function lookupTime(words: readonly string[]): number {
  const vocabulary = new Vocabulary(lexicon);
  const started = performance.now();
  for (let round = 0; round < 2; round++) for (const w of words) vocabulary.wordIn(w, 0, w.length);
  return performance.now() - started;
}

describe('vocabulary under hash flooding', () => {
  it('words sharing an FNV-1a hash cost at most 5× as many ordinary words', () => {
    const flood = collidingWords(13);
    expect(new Set(flood).size).toBe(8192);
    expect(new Set(flood.map((w) => fnv(FNV_OFFSET, w))).size).toBe(1);
    const ordinary = randomWords(flood.length, flood[0]!.length);
    let ratio = Infinity;
    for (let attempt = 0; attempt < 5 && ratio > 5; attempt++) ratio = Math.min(ratio, lookupTime(flood) / lookupTime(ordinary));
    expect(ratio).toBeLessThanOrEqual(5);
  }, 120_000);

  it('still finds every word again, whatever its hash', () => {
    const vocabulary = new Vocabulary(lexicon);
    const flood = collidingWords(10);
    const described = flood.map((w) => vocabulary.wordIn(w, 0, w.length));
    flood.forEach((w, i) => expect(vocabulary.wordIn(`«${w}»`, 1, w.length + 1)).toBe(described[i]));
  });
});
