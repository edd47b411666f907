/**
 * Fuzzing: the hostile-input properties of tests/robustness, run for a fixed wall-clock budget.
 *
 *   npm run fuzz                          # FUZZ_SECONDS=600: ten minutes
 *   FUZZ_SECONDS=60 npx vitest run tests/fuzz --testTimeout=0
 *   FUZZ_SEED=123 ...                     # replay a run (the seed is printed at the start)
 *
 * Without FUZZ_SECONDS the budget is 3 seconds, because this folder is also part of `npm test`
 * (`tests/**\/*.test.ts`). The budget is split between the properties below; fast-check stops each one
 * when its share of time is used (`interruptAfterTimeLimit`), and a counterexample fails the run with
 * the shrunk input and the seed to replay it.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extractEntities, normalize, sentences, tokenize } from '../../src/index';
import { anyString, expectExactSortedDisjoint, expectValidEntities, hostileString } from '../robustness/hostile';

const seconds = Number(process.env.FUZZ_SECONDS ?? 3);
const budgetSeconds = Number.isFinite(seconds) && seconds > 0 ? seconds : 3;
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);

/** Longer inputs than the robustness tests use: whole paragraphs of hostile text. */
const paragraph = fc.array(fc.oneof(hostileString, anyString), { maxLength: 20 }).map((parts) => parts.join(''));
const inputs = fc.oneof(hostileString, anyString, paragraph);

const PROPERTIES: ReadonlyArray<[string, (input: string) => void]> = [
  ['extractEntities', (input) => expectValidEntities(input, extractEntities(input, { referenceDate: '2024-01-15', nested: true }))],
  ['tokenize', (input) => expectExactSortedDisjoint(input, tokenize(input))],
  ['sentences', (input) => expectExactSortedDisjoint(input, sentences(input))],
  ['normalize', (input) => void normalize(normalize(input))],
];

const shareMs = Math.max(250, (budgetSeconds * 1000) / PROPERTIES.length);

describe(`fuzz (${budgetSeconds}s, seed ${seed})`, () => {
  it.each(PROPERTIES)('%s survives hostile input', (_name, check) => {
    fc.assert(fc.property(inputs, check), {
      seed,
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: shareMs,
      markInterruptAsFailure: false,
    });
  }, shareMs * 4 + 30_000);
});
