/**
 * The long version of tests/robustness/growth.test.ts, part of `npm run fuzz`: every whole-text function on
 * character classes glued in pairs, every data unit at all three sizes, and data units paired with many others,
 * until the time budget (FUZZ_SECONDS, shared with the other fuzz files; FUZZ_SEED replays the pairs). Skipped in
 * `npm test`, where the short version runs.
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_DATA_UNITS,
  CHAR_UNITS,
  charPairPieces,
  dataPairPieces,
  EXTRACT,
  pairsOf,
  seededRandom,
  SIZES,
  tooFast,
  WHOLE_TEXT,
  type Measured,
} from '../robustness/growth';

const budgetSeconds = Number(process.env.FUZZ_SECONDS ?? 0);
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);
/** This file's share of the fuzz budget. */
const shareMs = (budgetSeconds * 1000) / 2;

/** Measures pieces in order until the deadline; the failures, and how many were measured. */
async function untilDeadline(work: ReadonlyArray<readonly [run: Measured, name: string, piece: string]>, deadline: number): Promise<{ failures: string[]; measured: number }> {
  const failures: string[] = [];
  let measured = 0;
  for (const [run, name, piece] of work) {
    if (performance.now() > deadline) break;
    failures.push(...(await tooFast(run, [[name, piece]], SIZES)));
    measured++;
  }
  return { failures, measured };
}

describe.skipIf(!(budgetSeconds > 0))(`growth, long (${budgetSeconds}s, seed ${seed})`, () => {
  it('whole-text functions on glued character classes, data units and their pairs, until the budget', async () => {
    const deadline = performance.now() + shareMs;
    const charPairs = charPairPieces(pairsOf(CHAR_UNITS, seed, CHAR_UNITS.length));
    const work: Array<readonly [Measured, string, string]> = [
      ...ALL_DATA_UNITS.map(([kind, unit]) => [EXTRACT, `${kind} ${unit}`, `${unit} `] as const),
      ...Object.entries(WHOLE_TEXT).flatMap(([fn, run]) => charPairs.slice(0, 300).map(([name, piece]) => [run, `${fn}: ${name}`, piece] as const)),
      ...dataPairPieces(pairsOf(ALL_DATA_UNITS, seed, 50)).map(([name, piece]) => [EXTRACT, name, piece] as const),
    ];
    const random = seededRandom(seed);
    for (let i = work.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [work[i], work[j]] = [work[j]!, work[i]!];
    }
    const { failures, measured } = await untilDeadline(work, deadline);
    console.info(`growth, long: ${measured} of ${work.length} inputs measured in ${budgetSeconds / 2}s`);
    expect(failures).toEqual([]);
  }, shareMs + 600_000);
});
