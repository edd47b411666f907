/**
 * Cold start: import of the built library plus its first `extractEntities` call, timed together in fresh
 * processes (what a CLI run, a serverless function or a worker pays before its first result).
 *
 *   npx tsx bench/cold-start.ts [dist/index.js] [runs]
 *
 * `npm run bench` runs it on its own build too. Prints the median and every run, in ms.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A short Persian text with an entity of every built-in type but one. */
const FIRST_TEXT = 'الهام علی‌اف، رییس جمهوری آذربایجان، روز دوشنبه ۱۵ دی ۱۴۰۲ در باکو با نماینده وزارت امور خارجه ایران دیدار کرد.';

export interface ColdStart {
  /** Median over the runs of import + first call. */
  medianMs: number;
  /** Median of the import alone, in the same processes. */
  importMs: number;
  /** Median of the first call alone. */
  firstCallMs: number;
  runs: number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Times import + first call of the ES module at `entry` in `runs` fresh `node` processes. */
export function coldStart(entry: string, runs = 7): ColdStart {
  const url = pathToFileURL(resolve(entry)).href;
  const script = `const t0 = performance.now();
const m = await import(${JSON.stringify(url)});
const t1 = performance.now();
const found = m.extractEntities(${JSON.stringify(FIRST_TEXT)}, { referenceDate: '2024-01-15' });
const t2 = performance.now();
if (found.length === 0) throw new Error('no entities found');
console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const pairs = Array.from({ length: runs }, () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`cold start failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as [number, number];
  });
  const totals = pairs.map(([i, f]) => i + f);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    medianMs: round(median(totals)),
    importMs: round(median(pairs.map(([i]) => i))),
    firstCallMs: round(median(pairs.map(([, f]) => f))),
    runs: totals.map(round),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = process.argv[2] ?? 'dist/index.js';
  const result = coldStart(entry, Number(process.argv[3] ?? 7));
  console.log(`${entry}: import + first extractEntities call, median of ${result.runs.length} fresh processes: ${result.medianMs} ms`);
  console.log(`  import ${result.importMs} ms, first call ${result.firstCallMs} ms; runs: ${result.runs.join(', ')} ms`);
}
