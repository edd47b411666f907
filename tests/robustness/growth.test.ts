// Worst-case time: no unit of text grows more than MAX_GROWTH× in time per 10× in size (see ./growth.ts for the
// units, the sizes and how noise is kept out). A failure names the unit and its times. The long version (every
// function on every pair, many more pairs) is tests/fuzz/growth.test.ts, run by `npm run fuzz`.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import {
  ALL_DATA_UNITS,
  BLOCK_SIZES,
  CHAR_UNITS,
  charPairPieces,
  dataPairPieces,
  describeGrowth,
  EXTRACT,
  MAX_GROWTH,
  measureGrowth,
  NAMED_INPUTS,
  pairsOf,
  repeatedTo,
  SIZES,
  tooFast,
  WHOLE_TEXT,
} from './growth';
import { expectValidEntities } from './hostile';

const LONG = 20 * 60_000; // a hang guard only: the assertions are on growth

/** Data-unit pairs measured here (each unit is in about two of them); the long version measures them all. */
const DATA_PAIRS = 256;

describe(`no input grows more than ${MAX_GROWTH}× in time per 10× in size (${SIZES.join(' → ')} units)`, () => {
  it.each(NAMED_INPUTS)('$name', async ({ name, piece, tail }) => {
    for (const [what, run] of Object.entries(WHOLE_TEXT)) {
      const growth = await measureGrowth(run, (size) => repeatedTo(piece, size, tail));
      expect(growth.ratios.every((r) => r <= MAX_GROWTH), describeGrowth(`${what}: ${name}`, growth)).toBe(true);
    }
    const largest = repeatedTo(piece, SIZES[SIZES.length - 1]!, tail);
    expectValidEntities(largest, extractEntities(largest, { referenceDate: '2024-01-15', nested: true }));
  }, LONG);

  it.each(Object.entries(WHOLE_TEXT))('%s: every character class alone', async (name, run) => {
    expect(await tooFast(run, CHAR_UNITS.map((unit) => [JSON.stringify(unit), unit] as const)), `${name}: units that grew too fast`).toEqual([]);
  }, LONG);

  it.each(['extractEntities', 'tokenize'])('%s: character classes glued to each other', async (name) => {
    expect(await tooFast(WHOLE_TEXT[name]!, charPairPieces(pairsOf(CHAR_UNITS, 14)))).toEqual([]);
  }, LONG);

  it('extraction: every data unit alone (titles, roles, head nouns, months, weekdays, eras, number words, date words, verbs, rule words)', async () => {
    const pieces = ALL_DATA_UNITS.map(([kind, unit]) => [`${kind} ${unit}`, `${unit} `] as const);
    expect(await tooFast(EXTRACT, pieces, BLOCK_SIZES)).toEqual([]);
  }, LONG);

  it(`extraction: ${DATA_PAIRS} pairs of data units, apart and glued with «و» or a ZWNJ`, async () => {
    expect(await tooFast(EXTRACT, dataPairPieces(pairsOf(ALL_DATA_UNITS, 1402).slice(0, DATA_PAIRS)), BLOCK_SIZES)).toEqual([]);
  }, LONG);
});
