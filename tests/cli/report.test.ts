import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, summaryLine, type RunStats } from '../../src/cli/report';

const stats = (documents: number, bytes: number, byType: Record<string, number>): RunStats => ({
  documents,
  bytes,
  entitiesByType: new Map(Object.entries(byType)),
  startedAt: 0,
  skipped: 0,
});

describe('the summary line', () => {
  it('prints small inputs in bytes or kB and milliseconds, not 0.000 MB in 0.0 s', () => {
    expect(summaryLine(stats(1, 312, { LOCATION: 1 }), 12)).toBe('1 document, 1 entity (LOCATION 1), 312 B in 12 ms (26.0 kB/s)');
    expect(summaryLine(stats(2, 4_700, { PERSON: 2, DATE: 3 }), 0.2)).toBe('2 documents, 5 entities (DATE 3, PERSON 2), 4.7 kB in 1 ms (4.7 MB/s)');
  });

  it('prints large inputs in MB and seconds', () => {
    expect(summaryLine(stats(330_916, 200e6, { PERSON: 10 }), 55_000)).toBe('330916 documents, 10 entities (PERSON 10), 200.0 MB in 55.0 s (3.6 MB/s)');
  });

  it('chooses the unit by size', () => {
    expect([0, 999, 1000, 999_949, 1e6].map(formatBytes)).toEqual(['0 B', '999 B', '1.0 kB', '999.9 kB', '1.0 MB']);
    expect([0, 12.4, 999, 1000, 61_000].map(formatDuration)).toEqual(['1 ms', '12 ms', '999 ms', '1.0 s', '61.0 s']);
  });
});
