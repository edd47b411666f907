import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type ResolvedCandidate } from '../src/resolve-overlaps';
import type { Candidate } from '../src/recognizers/types';

const c = (type: string, start: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({ type, start, end, source: 'rule', confidence: 0.5, ...extra });

describe('resolveOverlaps', () => {
  it('keeps the longer span', () => {
    const out = resolveOverlaps([c('LOCATION', 0, 3), c('ORGANIZATION', 0, 10), c('COUNTRY', 5, 10)]);
    expect(out.map((x) => [x.type, x.start, x.end])).toEqual([['ORGANIZATION', 0, 10]]);
  });

  it('then the higher priority (user dictionaries)', () => {
    const out = resolveOverlaps([c('LOCATION', 0, 5, { confidence: 0.9 }), c('SEA', 0, 5, { priority: 1, confidence: 0.1 })]);
    expect(out.map((x) => x.type)).toEqual(['SEA']);
  });

  it('then the more specific type, then the higher confidence', () => {
    expect(resolveOverlaps([c('LOCATION', 0, 5, { confidence: 0.9 }), c('COUNTRY', 0, 5)]).map((x) => x.type)).toEqual(['COUNTRY']);
    expect(resolveOverlaps([c('LOCATION', 0, 5, { confidence: 0.4 }), c('LOCATION', 0, 5, { confidence: 0.8 })])[0]!.confidence).toBe(0.8);
  });

  it('ranks the numeric types above DATE and below the names', () => {
    expect(resolveOverlaps([c('DATE', 0, 5, { confidence: 0.9 }), c('TIME', 0, 5)]).map((x) => x.type)).toEqual(['TIME']);
    expect(resolveOverlaps([c('TIME', 0, 5, { confidence: 0.9 }), c('PERCENT', 0, 5)]).map((x) => x.type)).toEqual(['PERCENT']);
    expect(resolveOverlaps([c('PERCENT', 0, 5, { confidence: 0.9 }), c('MONEY', 0, 5)]).map((x) => x.type)).toEqual(['MONEY']);
    expect(resolveOverlaps([c('MONEY', 0, 5, { confidence: 0.9 }), c('LOCATION', 0, 5)]).map((x) => x.type)).toEqual(['LOCATION']);
  });

  it('returns disjoint spans sorted by start', () => {
    const out = resolveOverlaps([c('A', 20, 25), c('A', 0, 5), c('A', 4, 9), c('A', 10, 12), c('A', 11, 30)]);
    expect(out.map((x) => [x.start, x.end])).toEqual([[0, 5], [11, 30]]);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
  });

  it('attaches contained candidates as nested when asked', () => {
    const out = resolveOverlaps([c('ORGANIZATION', 0, 25), c('COUNTRY', 6, 25), c('DATE', 30, 35)], true);
    expect(out[0]!.nested?.map((x) => x.type)).toEqual(['COUNTRY']);
    expect(out[1]!.nested).toBeUndefined();
  });

  it('nests as a tree: what is inside a nested candidate is nested in it, never beside it', () => {
    // «سفارت جمهوری اسلامی ایران»: ORG 0–25 over COUNTRY 6–25, COUNTRY 6–19, COUNTRY 20–25
    const [embassy] = resolveOverlaps([c('ORGANIZATION', 0, 25), c('COUNTRY', 6, 19), c('COUNTRY', 20, 25), c('COUNTRY', 6, 25)], true);
    const shape = (x: ResolvedCandidate): unknown => [x.type, x.start, x.end, ...(x.nested ? [x.nested.map(shape)] : [])];
    expect(shape(embassy!)).toEqual(['ORGANIZATION', 0, 25, [['COUNTRY', 6, 25, [['COUNTRY', 6, 19], ['COUNTRY', 20, 25]]]]]);
  });

  it('nested entities are sorted, disjoint, inside their parent and not the parent again, at every level', () => {
    const candidate = fc
      .tuple(fc.constantFrom('PERSON', 'COUNTRY', 'LOCATION', 'ORGANIZATION', 'DATE', 'DRUG'), fc.nat(40), fc.integer({ min: 1, max: 15 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([type, start, length, confidence]) => c(type, start, start + length, { confidence }));
    const checkLevel = (parent: { start: number; end: number; type: string } | undefined, items: readonly ResolvedCandidate[]): void => {
      items.forEach((x, i) => {
        if (i > 0) expect(x.start).toBeGreaterThanOrEqual(items[i - 1]!.end);
        if (parent) {
          expect(x.start).toBeGreaterThanOrEqual(parent.start);
          expect(x.end).toBeLessThanOrEqual(parent.end);
          expect(x.start === parent.start && x.end === parent.end && x.type === parent.type).toBe(false);
        }
        if (x.nested) {
          expect(x.nested.length).toBeGreaterThan(0);
          checkLevel(x, x.nested);
        }
      });
    };
    fc.assert(fc.property(fc.array(candidate, { maxLength: 20 }), (candidates) => checkLevel(undefined, resolveOverlaps(candidates, true))));
  });

  it.each([
    ['a few candidates', 0],
    ['many candidates', 40],
  ])('keeps the first of two candidates that tie in everything, among %s', (_, others) => {
    // ties are decided by the order the candidates come in (the recognizers' order): sorting them by start, by
    // insertion for a few or by the built-in sort for many, must keep that order
    const far = Array.from({ length: others }, (_, k) => c('DATE', 100 + 3 * k, 101 + 3 * k));
    const first = c('PERSON', 10, 15, { value: { id: 'first' } });
    const second = c('PERSON', 10, 15, { value: { id: 'second' } });
    const before = c('LOCATION', 2, 4);
    for (const [a, b] of [
      [first, second],
      [second, first],
    ] as const) {
      const kept = resolveOverlaps([...far, before, a, b]);
      expect(kept.find((x) => x.start === 10)?.value).toEqual(a.value);
    }
  });

  it('ignores empty spans', () => {
    expect(resolveOverlaps([c('A', 3, 3)])).toEqual([]);
  });
});
