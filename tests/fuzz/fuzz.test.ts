/**
 * Fuzzing: every generated string goes through extraction (nested too), tokenization, sentence splitting and
 * normalization, which must not throw and must keep their contract (see tests/robustness/hostile.ts).
 *
 *   npm run fuzz                          # 10^6 strings (FUZZ_RUNS), then the long growth test for FUZZ_SECONDS
 *   FUZZ_RUNS=10000 npm run fuzz          # fewer strings
 *   FUZZ_SECONDS=60 npx vitest run tests/fuzz --testTimeout=0   # as many strings as a minute allows
 *   FUZZ_SEED=123 ...                     # replay a run (the seed is printed at the start)
 *
 * Without either variable the budget is 3 seconds, because this folder is also part of `npm test`
 * (`tests/**\/*.test.ts`). A counterexample fails the run with the shrunk input and the seed to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, normalize, sentences, tokenize } from '../../src/index';
import { anyString, expectExactSortedDisjoint, expectValidEntities, hostileString } from '../robustness/hostile';

const runs = Number(process.env.FUZZ_RUNS ?? 0);
const seconds = Number(process.env.FUZZ_SECONDS ?? 3);
const budgetSeconds = Number.isFinite(seconds) && seconds > 0 ? seconds : 3;
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);
const byCount = Number.isSafeInteger(runs) && runs > 0;
/** Without a count, this file's share of the time budget (the long growth test has the other half). */
const shareMs = Math.max(1000, (budgetSeconds * 1000) / (process.env.FUZZ_SECONDS === undefined ? 1 : 2));

/** Longer inputs than the robustness tests use: whole paragraphs of hostile text. */
const paragraph = fc.array(fc.oneof(hostileString, anyString), { maxLength: 20 }).map((parts) => parts.join(''));
const inputs = fc.oneof(hostileString, anyString, paragraph);

/** Everything a string must survive. */
function survives(input: string): void {
  expectValidEntities(input, extractEntities(input, { referenceDate: '2024-01-15', nested: true }));
  expectExactSortedDisjoint(input, tokenize(input));
  expectExactSortedDisjoint(input, sentences(input));
  const once = normalize(input);
  expect(normalize(once)).toBe(once);
}

describe(`fuzz (${byCount ? `${runs} strings` : `${shareMs / 1000}s`}, seed ${seed})`, () => {
  it('every public text function survives hostile input and keeps its contract', () => {
    let checked = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        checked++;
        survives(input);
      }),
      byCount ? { seed, numRuns: runs } : { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: shareMs, markInterruptAsFailure: false },
    );
    console.info(`fuzz: ${checked} strings checked (seed ${seed})`);
  }, byCount ? 0 : shareMs * 4 + 30_000);
});
