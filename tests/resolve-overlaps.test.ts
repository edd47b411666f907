import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../src/resolve-overlaps';
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

  it('ignores empty spans', () => {
    expect(resolveOverlaps([c('A', 3, 3)])).toEqual([]);
  });
});
