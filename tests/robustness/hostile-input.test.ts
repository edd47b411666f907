import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, normalize, normalizeWithMap, sentences, tokenize } from '../../src/index';
import { anyString, expectExactSortedDisjoint, expectValidEntities, HOSTILE_FRAGMENTS, hostileString } from './hostile';

const referenceDate = '2024-01-15';
const inputs = fc.oneof(hostileString, anyString);

describe('hostile input never breaks the contract', () => {
  it('extractEntities: never throws; entities exact, sorted, disjoint, confidence in [0, 1]', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expectValidEntities(input, extractEntities(input, { referenceDate }));
      }),
      { numRuns: 400 },
    );
  });

  it('extractEntities with nested: nested entities are exact slices inside their parent', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        for (const e of extractEntities(input, { referenceDate, nested: true })) {
          for (const inner of e.nested ?? []) {
            expect(inner.text).toBe(input.slice(inner.start, inner.end));
            expect(inner.start >= e.start && inner.end <= e.end).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tokenize: tokens exact, sorted, disjoint', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const tokens = tokenize(input);
        expectExactSortedDisjoint(input, tokens);
        for (const t of tokens) expect(typeof t.normalized).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('sentences: sentences exact, sorted, disjoint', () => {
    fc.assert(
      fc.property(inputs, (input) => expectExactSortedDisjoint(input, sentences(input))),
      { numRuns: 400 },
    );
  });

  it('normalize: returns a string and is idempotent', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const once = normalize(input);
        expect(typeof once).toBe('string');
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('normalizeWithMap: every span of the normalized text maps inside the input, monotonically', () => {
    fc.assert(
      fc.property(inputs, fc.nat(), fc.nat(), (input, a, b) => {
        const n = normalizeWithMap(input);
        const len = n.text.length;
        const start = len === 0 ? 0 : a % (len + 1);
        const end = start + (len - start === 0 ? 0 : b % (len - start + 1));
        const [s, e] = n.toOriginalSpan(start, end);
        expect(0 <= s && s <= e && e <= input.length).toBe(true);
        const [whole0, whole1] = n.toOriginalSpan(0, len);
        expect(whole0).toBeLessThanOrEqual(s);
        expect(e).toBeLessThanOrEqual(whole1);
      }),
      { numRuns: 400 },
    );
  });

  it.each(Object.entries(HOSTILE_FRAGMENTS))('each %s fragment alone, repeated and inside Persian text', (_name, fragments) => {
    for (const fragment of fragments) {
      for (const input of [fragment, fragment.repeat(50), `دکتر ${fragment}محمد مهدی${fragment} در ${fragment}تهران`]) {
        expectValidEntities(input, extractEntities(input, { referenceDate }));
        expectExactSortedDisjoint(input, tokenize(input));
        expectExactSortedDisjoint(input, sentences(input));
        expect(typeof normalize(input)).toBe('string');
      }
    }
  });
});

// These need the input validation of the extractor and the text functions; they fail until it lands.
describe('[validation] non-strings and bad options are refused with a message saying what was expected', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['extractEntities(42)', () => extractEntities(42 as unknown as string), /string/i],
    ['extractEntities(null)', () => extractEntities(null as unknown as string), /string/i],
    ['extractEntities(undefined)', () => extractEntities(undefined as unknown as string), /string/i],
    ['tokenize(42)', () => tokenize(42 as unknown as string), /string/i],
    ['sentences({})', () => sentences({} as unknown as string), /string/i],
    ['normalize([])', () => normalize([] as unknown as string), /string/i],
    ["referenceDate: 'yesterday'", () => extractEntities('امروز', { referenceDate: 'yesterday' }), /referenceDate/],
    ["referenceDate: new Date('x')", () => extractEntities('امروز', { referenceDate: new Date('x') }), /referenceDate/],
    ["types: 'PERSON'", () => extractEntities('ایران', { types: 'PERSON' as unknown as string[] }), /types/],
    ['minConfidence: 2', () => extractEntities('ایران', { minConfidence: 2 }), /minConfidence/],
  ];
  it.each(cases)('%s throws a TypeError or a validation error naming the problem', (_label, call, mentions) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(mentions);
  });
});
