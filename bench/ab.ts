/**
 * Two builds timed side by side in one process, runs alternating, so that both see the same machine: on a shared
 * machine whose speed drifts, the ratio of paired runs is the figure to trust, not either time alone.
 *
 *   npx tsx bench/ab.ts BEFORE/dist/index.js AFTER/dist/index.js [rounds]
 *
 * Times normalize, tokenize and extractEntities on 1 MB of the synthetic corpus and on PEYMA dev's documents
 * (when ../shared is there, one call per document), in CPU time of this process. Prints, per task, the median
 * time of each build and the median of the paired ratios after/before (below 1: the after build is faster).
 */
import { cpSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index';
import { makeCorpus } from './corpus';
import { peymaDocuments } from './real-news';

const ROOT = resolve(import.meta.dirname, '..');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** CPU milliseconds (user + system) that `fn` takes. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The build whose entry is `file`, imported from a copy of its folder under node_modules/.cache: tsx compiles every
 * module it loads from outside node_modules again, and a build compiled again ran up to twice as slow, by amounts
 * that differed from build to build (the bench's own build is in node_modules/.cache for the same reason).
 */
async function load(file: string, name: string): Promise<typeof Library> {
  const copy = join(ROOT, 'node_modules/.cache/persian-ner-ab', name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(dirname(resolve(file)), copy, { recursive: true });
  return (await import(pathToFileURL(join(copy, basename(file))).href)) as typeof Library;
}

async function main(): Promise<void> {
  const [before, after, roundsArg] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: npx tsx bench/ab.ts BEFORE/dist/index.js AFTER/dist/index.js [rounds]');
    process.exit(2);
  }
  const rounds = Number(roundsArg ?? 15);
  const builds = [await load(before, 'before'), await load(after, 'after')] as const;
  const synthetic = makeCorpus(ROOT, 1e6);
  const documents = peymaDocuments(ROOT) ?? [];
  const options = { referenceDate: '2024-01-15' };
  const tasks: Array<[string, (lib: typeof Library) => void]> = [
    ['normalize, synthetic 1 MB', (lib) => void lib.normalize(synthetic)],
    ['tokenize, synthetic 1 MB', (lib) => void lib.tokenize(synthetic)],
    ['extractEntities, synthetic 1 MB', (lib) => void lib.extractEntities(synthetic, options)],
  ];
  if (documents.length > 0) {
    tasks.push(
      ['normalize, PEYMA dev documents', (lib) => documents.forEach((d) => lib.normalize(d))],
      ['tokenize, PEYMA dev documents', (lib) => documents.forEach((d) => lib.tokenize(d))],
      ['extractEntities, PEYMA dev documents', (lib) => documents.forEach((d) => lib.extractEntities(d, options))],
    );
  }
  console.log(`${rounds} rounds, alternating; CPU ms (median) before → after, and the median of paired ratios`);
  for (const [name, run] of tasks) {
    for (const lib of builds) for (let w = 0; w < 2; w++) run(lib); // warm-up
    const times: [number[], number[]] = [[], []];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // alternate which build goes first, so neither always runs on a warmer machine
      const order = r % 2 === 0 ? [0, 1] : [1, 0];
      const pair = [0, 0];
      for (const i of order) pair[i] = cpuMs(() => run(builds[i]!));
      times[0].push(pair[0]!);
      times[1].push(pair[1]!);
      ratios.push(pair[1]! / pair[0]!);
    }
    console.log(`  ${name}: ${median(times[0]).toFixed(1)} → ${median(times[1]).toFixed(1)} ms, ratio ${median(ratios).toFixed(3)}`);
  }
}

await main();
