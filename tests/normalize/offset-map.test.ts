// The offset map stores runs, not spans per unit: a character that normalization expands into many units
// («ﷺ» → «صلی الله علیه و سلم», 18 units) costs one run, so its memory follows the input, not the expansion.
import { describe, expect, it } from 'vitest';
import { normalizeMapped, normalizeWithMap } from '../../src/normalize/index';

describe('offset map of expansions', () => {
  it('«ﷺ» repeated costs at most two runs each (its expansion and the space inserted after it)', () => {
    const { text, map } = normalizeMapped('ﷺ'.repeat(1000));
    expect(text.length).toBeGreaterThan(18_000);
    expect(map.runCount).toBeLessThanOrEqual(2 * 1000 + 1);
  });

  it('every unit of an expansion still maps to the character it came from', () => {
    const input = 'به ﷺ و ﷲ گفت';
    const n = normalizeWithMap(input);
    for (let k = 0; k < n.text.length; k++) {
      const [start, end] = n.toOriginalSpan(k, k + 1);
      const from = input.slice(start, end);
      if (end > start) expect(n.text[k] === ' ' || from === 'ﷺ' || from === 'ﷲ' || from === n.text[k]).toBe(true);
    }
    const expanded = n.text.indexOf('صلی');
    expect(n.toOriginalSpan(expanded, expanded + 'صلی الله علیه و سلم'.length)).toEqual([3, 4]);
    expect(n.toOriginalSpan(expanded + 4, expanded + 9)).toEqual([3, 4]);
  });

  it('an expansion right after text copied as it is: each unit keeps its own span', () => {
    const { text, map } = normalizeMapped('بهﷺ');
    expect(text.startsWith('بهصلی')).toBe(true);
    expect([map.startAt(0), map.endAt(0), map.startAt(1), map.endAt(1)]).toEqual([0, 1, 1, 2]);
    for (let k = 2; k < text.length; k++) expect([map.startAt(k), map.endAt(k)]).toEqual([2, 3]);
  });
});
