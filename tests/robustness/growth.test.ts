// Worst-case time: no unit of text grows more than MAX_GROWTH× in time per 10× in size (see ./growth.ts for the
// units, the sizes and how noise is kept out). A failure names the unit and its times. The long version, with
// many more pairs, is tests/fuzz/growth.test.ts (`npm run fuzz`).
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import {
  ALL_DATA_UNITS,
  CHAR_UNITS,
  describeGrowth,
  EXTRACT,
  MAX_GROWTH,
  measureGrowth,
  NAMED_INPUTS,
  repeatedTo,
  SIZES,
  seededRandom,
  WHOLE_TEXT,
  type Measured,
} from './growth';
import { expectValidEntities } from './hostile';

/** The units of `pieces` whose growth is above the bound, described; empty when all are within it. */
function tooSlow(run: Measured, pieces: ReadonlyArray<readonly [name: string, piece: string]>): string[] {
  const failures: string[] = [];
  for (const [name, piece] of pieces) {
    const growth = measureGrowth(run, (size) => repeatedTo(piece, size));
    if (growth.ratios.some((r) => r > MAX_GROWTH)) failures.push(describeGrowth(name, growth));
  }
  return failures;
}

/** Each unit with one other, chosen by a seeded shuffle: every unit is in two pairs. */
function pairsOf<T>(units: readonly T[], seed: number): Array<[T, T]> {
  const random = seededRandom(seed);
  const shuffled = [...units];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.map((unit, i) => [unit, shuffled[(i + 1) % shuffled.length]!]);
}

const LONG = 20 * 60_000; // a hang guard only: the assertions are on growth

describe(`no input grows more than ${MAX_GROWTH}× in time per 10× in size (${SIZES.join(' → ')} units)`, () => {
  it.each(NAMED_INPUTS)('$name', ({ name, piece, tail }) => {
    for (const [what, run] of Object.entries(WHOLE_TEXT)) {
      const growth = measureGrowth(run, (size) => repeatedTo(piece, size, tail));
      expect(growth.ratios.every((r) => r <= MAX_GROWTH), describeGrowth(`${what}: ${name}`, growth)).toBe(true);
    }
    const largest = repeatedTo(piece, SIZES[SIZES.length - 1]!, tail);
    expectValidEntities(largest, extractEntities(largest, { referenceDate: '2024-01-15', nested: true }));
  }, LONG);

  it.each(Object.entries(WHOLE_TEXT))('%s: every character class alone, and glued to each other class', (name, run) => {
    const alone = CHAR_UNITS.map((unit) => [JSON.stringify(unit), unit] as const);
    const glued = pairsOf(CHAR_UNITS, 14).map(([a, b]) => [JSON.stringify(a + b), a + b] as const);
    expect(tooSlow(run, [...alone, ...glued]), `${name}: units that grew too fast`).toEqual([]);
  }, LONG);

  it('extraction: every data unit alone (titles, roles, head nouns, months, weekdays, eras, number words, date words, verbs, rule words)', () => {
    const pieces = ALL_DATA_UNITS.map(([kind, unit]) => [`${kind} ${unit}`, `${unit} `] as const);
    expect(tooSlow(EXTRACT, pieces)).toEqual([]);
  }, LONG);

  it('extraction: data units in pairs, apart and glued with «و» or a ZWNJ', () => {
    const joiners = [' ', 'و', ' و ', '\u200c', '، '];
    const pieces = pairsOf(ALL_DATA_UNITS, 1402).map(([[kindA, a], [kindB, b]], i) => {
      const joiner = joiners[i % joiners.length]!;
      return [`${kindA} ${a} ${JSON.stringify(joiner)} ${kindB} ${b}`, `${a}${joiner}${b} `] as const;
    });
    expect(tooSlow(EXTRACT, pieces)).toEqual([]);
  }, LONG);
});
