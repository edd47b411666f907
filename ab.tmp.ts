import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { makeCorpus } from './bench/corpus';
type Lib = typeof import('./src/index');
const out = process.cwd() + '/node_modules/.cache/ab';
async function bundle(root: string, name: string): Promise<Lib> {
  await build({ absWorkingDir: root, entryPoints: { [name]: 'src/index.ts' }, outdir: out, bundle: true, format: 'esm', platform: 'node', target: 'es2022', packages: 'external', logLevel: 'warning' });
  return (await import(pathToFileURL(`${out}/${name}.js`).href)) as Lib;
}
const base = await bundle('/tmp/base', 'base');
const next = await bundle(process.cwd(), 'next');
const corpus = makeCorpus(process.cwd(), 1e6);
const ref = { referenceDate: '2024-01-15' };
const old5 = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'DATE'];
const runs: Record<string, number[]> = { base: [], next: [], nextOld5: [] };
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
for (let k = 0; k < 2; k++) { base.extractEntities(corpus, ref); next.extractEntities(corpus, ref); }
for (let k = 0; k < 25; k++) {
  runs.base!.push(time(() => base.extractEntities(corpus, ref)));
  runs.next!.push(time(() => next.extractEntities(corpus, ref)));
  runs.nextOld5!.push(time(() => next.extractEntities(corpus, { ...ref, types: old5 })));
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
for (const [k, v] of Object.entries(runs)) console.log(k, 'median', med(v).toFixed(0), 'ms', (corpus.length * 2 / 1e6 / (med(v) / 1000)).toFixed(1), 'MB/s(approx)', v.map((x) => x.toFixed(0)).join(' '));
const ratios = runs.next!.map((v, i) => v / runs.base![i]!); console.log('paired next/base median', med(ratios).toFixed(3), 'quartiles', [...ratios].sort((a,b)=>a-b)[6]!.toFixed(3), [...ratios].sort((a,b)=>a-b)[18]!.toFixed(3));
const r5 = runs.nextOld5!.map((v, i) => v / runs.next![i]!); console.log('paired nextOld5/next median', med(r5).toFixed(3));
const counts: Record<string, number> = {};
for (const e of next.extractEntities(corpus, ref)) counts[e.type] = (counts[e.type] ?? 0) + 1;
console.log(counts, 'corpus bytes', Buffer.byteLength(corpus));
