/**
 * `npm run bench`: throughput, start-up, memory, scaling, dictionary size, dates' share and worker
 * speed-up of the BUILT library on a deterministic ~5 MB corpus (bench/corpus.ts). Prints a markdown
 * table and writes bench/results.json.
 *
 * The library is bundled by esbuild (what tsup uses, same settings: ESM, es2022, dependencies external)
 * into node_modules/.cache/persian-ner-bench/ for each run, so a concurrent `npm run build` (which
 * cleans dist/) cannot pull files from under the benchmark.
 *
 * Real news: PEYMA's dev documents from ../shared/datasets, when they are there (bench/real-news.ts), beside
 * natural's tokenizer in the same run. Cold start: bench/cold-start.ts on the same build.
 *
 * Environment: BENCH_MB (corpus size, default 5).
 * The machine may be shared: numbers are noisy, ratios within one run are the meaningful part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { Bench } from 'tinybench';
import { builtinData } from '../src/dictionaries/builtin';
import type * as Library from '../src/index';
import type * as NodeLibrary from '../src/node/index';
import { coldStart, type ColdStart } from './cold-start';
import { heapPerEntry, type HeapPerEntry } from './heap-per-entry';
import { makeCorpus, sampleNews, syntheticNames } from './corpus';
import { PEYMA_DEV, peymaDocuments } from './real-news';
import { jsonAsParse } from '../scripts/json-as-parse';

const ROOT = resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const BUILD_DIR = join(ROOT, 'node_modules/.cache/persian-ner-bench');
const DIST = join(BUILD_DIR, 'index.js');
const DIST_NODE = join(BUILD_DIR, 'node/index.js');
const REFERENCE_DATE = '2024-01-15';
const MB = 1e6;

// ---------------------------------------------------------------- helpers

async function build(): Promise<void> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
    outdir: BUILD_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    // as tsup.config.ts builds the package: the runtime dependencies stay imports, zod, franc-min and jalaali-js
    // are bundled, the dictionaries are JSON.parse of a string, Persian letters are written as they are (a build
    // with zod's 93 modules to load and the dictionaries as object literals took twice as long to import)
    external: Object.keys(packageJson.dependencies ?? {}),
    plugins: [jsonAsParse],
    charset: 'utf8',
    logLevel: 'warning',
  });
  if (!existsSync(DIST) || !existsSync(join(BUILD_DIR, 'node/worker.js'))) throw new Error('bench build is incomplete');
}

/**
 * Median time (ms) of `fn` with tinybench: `iterations` timed runs after `warmup` untimed ones. The median, not
 * the mean: on a shared machine one run slowed by a neighbour would otherwise move the figure.
 */
async function medianMs(name: string, fn: () => unknown, iterations: number, warmup = 1): Promise<number> {
  const bench = new Bench({ iterations, time: 0, warmupIterations: warmup, warmupTime: 0, throws: true });
  bench.add(name, fn);
  const [task] = await bench.run();
  const result = task?.result;
  if (!result || (result.state !== 'completed' && result.state !== 'aborted-with-statistics')) {
    throw new Error(`benchmark ${name} did not complete`);
  }
  return result.latency.p50;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs an ES-module snippet in a fresh `node` and parses the JSON it prints last. */
function freshNode<T>(script: string): T {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`fresh node failed: ${run.stderr}`);
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as T;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
const fmt = (n: number, digits = 2): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// ---------------------------------------------------------------- sections

interface ThroughputRow {
  name: string;
  medianMs: number;
  mbPerSecond: number;
  tokensPerSecond: number;
  tokens: number;
}

/**
 * natural's Farsi tokenizer, required directly: importing `natural` whole prints notices and loads every
 * module of the toolkit.
 */
function naturalTokenizer(): { tokenize(text: string): string[] } {
  const require = createRequire(import.meta.url);
  const NaturalFa = require('natural/lib/natural/tokenizers/aggressive_tokenizer_fa') as new () => { tokenize(text: string): string[] };
  return new NaturalFa();
}

async function throughput(lib: typeof Library, corpus: string, bytes: number): Promise<ThroughputRow[]> {
  const natural = naturalTokenizer();
  const ourTokens = lib.tokenize(corpus).length;
  const counts: Record<string, number> = {
    'persian-ner normalize': ourTokens,
    'persian-ner tokenize': ourTokens,
    'persian-ner extractEntities': ourTokens,
    'natural AggressiveTokenizerFa': natural.tokenize(corpus).length,
    'whitespace split': corpus.split(/\s+/).filter(Boolean).length,
  };
  const runs: Array<[string, () => unknown, number]> = [
    ['persian-ner normalize', () => lib.normalize(corpus), 7],
    ['persian-ner tokenize', () => lib.tokenize(corpus), 5],
    ['persian-ner extractEntities', () => lib.extractEntities(corpus, { referenceDate: REFERENCE_DATE }), 5],
    ['natural AggressiveTokenizerFa', () => natural.tokenize(corpus), 7],
    ['whitespace split', () => corpus.split(/\s+/), 7],
  ];
  const rows: ThroughputRow[] = [];
  for (const [name, fn, iterations] of runs) {
    const ms = await medianMs(name, fn, iterations, 2);
    const tokens = counts[name] ?? 0;
    rows.push({ name, medianMs: round(ms), mbPerSecond: round(bytes / MB / (ms / 1000)), tokensPerSecond: Math.round(tokens / (ms / 1000)), tokens });
    console.log(`  ${name}: ${fmt(ms, 0)} ms`);
  }
  return rows;
}

interface RealNews {
  documents: number;
  bytes: number;
  rows: ThroughputRow[];
  /** extractEntities' speed as a fraction of natural's tokenizer on the same documents (MB/s over MB/s). */
  extractVsNatural: number;
  tokenizeVsNatural: number;
}

/**
 * Every task once per document, as a service would call it, over all of PEYMA dev's documents: 16k distinct
 * words, where the synthetic corpus repeats a few hundred, and the fixed cost of a call counts.
 */
async function realNews(lib: typeof Library, documents: readonly string[]): Promise<RealNews> {
  const natural = naturalTokenizer();
  const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
  const each = (fn: (d: string) => unknown) => (): void => {
    for (const d of documents) fn(d);
  };
  const count = (tokens: (d: string) => unknown[]): number => documents.reduce((sum, d) => sum + tokens(d).length, 0);
  const ourTokens = count((d) => lib.tokenize(d));
  const tasks: Array<[string, () => unknown, number]> = [
    ['persian-ner normalize', each((d) => lib.normalize(d)), ourTokens],
    ['persian-ner tokenize', each((d) => lib.tokenize(d)), ourTokens],
    ['persian-ner extractEntities', each((d) => lib.extractEntities(d, { referenceDate: REFERENCE_DATE })), ourTokens],
    ['natural AggressiveTokenizerFa', each((d) => natural.tokenize(d)), count((d) => natural.tokenize(d))],
    ['whitespace split', each((d) => d.split(/\s+/)), count((d) => d.split(/\s+/))],
  ];
  const rows: ThroughputRow[] = [];
  for (const [name, fn, tokens] of tasks) {
    const ms = await medianMs(`real news: ${name}`, fn, 9, 2);
    rows.push({ name, medianMs: round(ms), mbPerSecond: round(bytes / MB / (ms / 1000)), tokensPerSecond: Math.round(tokens / (ms / 1000)), tokens });
    console.log(`  ${name}: ${fmt(ms, 0)} ms`);
  }
  const speed = (name: string): number => rows.find((r) => r.name === name)?.mbPerSecond ?? 0;
  const naturalSpeed = speed('natural AggressiveTokenizerFa') || 1;
  return {
    documents: documents.length,
    bytes,
    rows,
    extractVsNatural: round(speed('persian-ner extractEntities') / naturalSpeed, 3),
    tokenizeVsNatural: round(speed('persian-ner tokenize') / naturalSpeed, 3),
  };
}

function startup(corpus: string): { importMs: number; firstCallMs: number; rssMB: number; rssAfterImportMB: number; heapUsedMB: number } {
  const url = pathToFileURL(DIST).href;
  const importRuns = Array.from({ length: 7 }, () =>
    freshNode<number>(`const t = performance.now(); await import(${JSON.stringify(url)}); console.log(JSON.stringify(performance.now() - t));`),
  );
  const sample = sampleNews(ROOT).slice(0, 2000);
  const firstCallRuns = Array.from({ length: 5 }, () =>
    freshNode<number>(
      `const m = await import(${JSON.stringify(url)}); const t = performance.now(); m.extractEntities(${JSON.stringify(sample)}); console.log(JSON.stringify(performance.now() - t));`,
    ),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'persian-ner-bench-')), 'corpus.txt');
  writeFileSync(file, corpus);
  const memory = freshNode<{ rss: number; afterImport: number; heap: number }>(
    `import { readFileSync } from 'node:fs';
     const m = await import(${JSON.stringify(url)});
     const text = readFileSync(${JSON.stringify(file)}, 'utf8');
     m.extractEntities('گرم کردن');
     const afterImport = process.memoryUsage().rss;
     let heap = 0;
     const found = m.extractEntities(text, { referenceDate: '${REFERENCE_DATE}' });
     heap = Math.max(heap, process.memoryUsage().heapUsed);
     console.log(JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024, afterImport, heap, found: found.length }));`,
  );
  return {
    importMs: round(median(importRuns)),
    firstCallMs: round(median(firstCallRuns)),
    rssMB: round(memory.rss / MB, 1),
    rssAfterImportMB: round(memory.afterImport / MB, 1),
    heapUsedMB: round(memory.heap / MB, 1),
  };
}

/** A slice of about `bytes` UTF-8 bytes, ending at a paragraph break. */
function sliceOf(corpus: string, bytes: number): string {
  const approx = corpus.slice(0, Math.floor(bytes / 1.8));
  const cut = approx.lastIndexOf('\n\n');
  return cut > 0 ? approx.slice(0, cut) : approx;
}

async function scaling(lib: typeof Library, slice: string): Promise<{ sizesKB: number[]; ms: number[]; ratios: number[] }> {
  const factors = [1, 10, 100];
  const ms: number[] = [];
  for (const factor of factors) {
    const text = Array.from({ length: factor }, () => slice).join('\n\n');
    ms.push(await medianMs(`scale ${factor}x`, () => lib.extractEntities(text, { referenceDate: REFERENCE_DATE }), factor === 100 ? 1 : 5));
  }
  const base = ms[0] ?? 1;
  return {
    sizesKB: factors.map((f) => round((Buffer.byteLength(slice) * f) / 1000, 0)),
    ms: ms.map((m) => round(m)),
    ratios: ms.map((m) => round(m / base)),
  };
}

async function dictionarySize(lib: typeof Library, text: string): Promise<Record<string, number>> {
  const builtinEntries = builtinData.entries.length;
  const userEntries = syntheticNames(Math.max(10 * builtinEntries, 1000));
  const buildStart = performance.now();
  const big = lib.createExtractor({ dictionaries: [{ name: 'synthetic', entries: userEntries }] });
  const buildMs = performance.now() - buildStart;
  // 49 KB takes a few milliseconds: many runs, and warm-ups enough for the new extractor's code and vocabulary
  // to settle, or the ratio measures the warm-up.
  const builtinMs = await medianMs('built-in dictionaries', () => lib.extractEntities(text, { referenceDate: REFERENCE_DATE }), 25, 5);
  const bigMs = await medianMs('built-in + 10x user entries', () => big.extract(text, { referenceDate: REFERENCE_DATE }), 25, 5);
  return {
    builtinEntries,
    userEntries: userEntries.length,
    extractorBuildMs: round(buildMs),
    builtinMs: round(builtinMs),
    withUserMs: round(bigMs),
    ratio: round(bigMs / builtinMs),
  };
}

async function datesShare(lib: typeof Library, text: string): Promise<Record<string, number>> {
  const allMs = await medianMs('all types', () => lib.extractEntities(text, { referenceDate: REFERENCE_DATE }), 5);
  const types = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION'];
  const noDateMs = await medianMs('without DATE', () => lib.extractEntities(text, { referenceDate: REFERENCE_DATE, types }), 5);
  return { allMs: round(allMs), withoutDateMs: round(noDateMs), dateShare: round(Math.max(0, (allMs - noDateMs) / allMs)) };
}

async function workerSpeedUp(nodeLib: typeof NodeLibrary, corpus: string): Promise<Record<string, number>> {
  const documents = corpus.split('\n\n').filter((d) => d.trim());
  const firstResultMs: Record<number, number> = {};
  const drain = async (jobs: number): Promise<void> => {
    const started = performance.now();
    let first = true;
    for await (const _ of nodeLib.extractBatch(documents, { jobs, extractOptions: { referenceDate: REFERENCE_DATE } })) {
      if (first) firstResultMs[jobs] = performance.now() - started;
      first = false;
    }
  };
  const oneMs = await medianMs('extractBatch jobs 1', drain.bind(null, 1), 1);
  const twoMs = await medianMs('extractBatch jobs 2', drain.bind(null, 2), 1);
  return {
    documents: documents.length,
    jobs1Ms: round(oneMs),
    jobs2Ms: round(twoMs),
    speedUp: round(oneMs / twoMs),
    // Time to the first result: with workers, mostly their start-up (module import + extractor build).
    jobs1FirstResultMs: round(firstResultMs[1] ?? 0),
    jobs2FirstResultMs: round(firstResultMs[2] ?? 0),
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  await build();
  const lib = (await import(pathToFileURL(DIST).href)) as typeof Library;
  const nodeLib = (await import(pathToFileURL(DIST_NODE).href)) as typeof NodeLibrary;
  const targetMB = Number(process.env.BENCH_MB ?? 5);
  const corpus = makeCorpus(ROOT, targetMB * MB);
  const bytes = Buffer.byteLength(corpus);
  console.log(`Corpus: ${fmt(bytes / MB)} MB (${corpus.length.toLocaleString('en-US')} UTF-16 units), Node ${process.version}\n`);

  // Fresh processes first: this machine runs a third slower after half a minute at full load (a cold start
  // measured 180 ms before 40 s of CPU work and 242 ms after), and the sections below are such work.
  console.log('Start-up and memory (fresh processes)…');
  const start = startup(corpus);
  const cold: ColdStart = coldStart(DIST);
  const heap: HeapPerEntry = heapPerEntry(DIST, 100_000);

  console.log('Throughput…');
  const rows = await throughput(lib, corpus, bytes);
  const documents = peymaDocuments(ROOT);
  let real: RealNews | undefined;
  if (documents) {
    console.log(`Real news (${PEYMA_DEV}, ${documents.length} documents)…`);
    real = await realNews(lib, documents);
  } else {
    console.log(`Real news: ${PEYMA_DEV} is not beside the project; that section is left out.`);
  }
  const slice = sliceOf(corpus, 50_000);
  console.log('Scaling…');
  const scale = await scaling(lib, slice);
  console.log('Dictionary size…');
  const dictionaries = await dictionarySize(lib, slice);
  console.log("Dates' share…");
  const dates = await datesShare(lib, Array.from({ length: 10 }, () => slice).join('\n\n'));
  console.log('Worker speed-up…');
  const workers = await workerSpeedUp(nodeLib, corpus);

  const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
  const tokenizeMs = byName['persian-ner tokenize']?.medianMs ?? 1;
  const ratios = {
    tokenizeVsNatural: round(tokenizeMs / (byName['natural AggressiveTokenizerFa']?.medianMs ?? 1)),
    tokenizeVsWhitespace: round(tokenizeMs / (byName['whitespace split']?.medianMs ?? 1)),
  };

  const lines = [
    `Corpus: ${fmt(bytes / MB)} MB of Persian news text (bench/corpus.ts, seeded), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| task | median time | MB/s | tokens/s |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.medianMs, 0)} ms | ${fmt(r.mbPerSecond)} | ${Math.round(r.tokensPerSecond).toLocaleString('en-US')} |`),
    '',
    ...(real
      ? [
          `Real news: PEYMA dev, ${real.documents} documents (${fmt(real.bytes / MB)} MB), each task called once per document.`,
          '',
          '| task | median time | MB/s | tokens/s |',
          '| --- | ---: | ---: | ---: |',
          ...real.rows.map((r) => `| ${r.name} | ${fmt(r.medianMs, 0)} ms | ${fmt(r.mbPerSecond)} | ${Math.round(r.tokensPerSecond).toLocaleString('en-US')} |`),
          '',
          `On real news extractEntities runs at ${fmt(real.extractVsNatural, 3)}× the speed of natural's tokenizer, tokenize at ${fmt(real.tokenizeVsNatural, 3)}×.`,
          '',
        ]
      : [`Real news: ${PEYMA_DEV} was not there; not measured.`, '']),
    `tokenize takes ${fmt(ratios.tokenizeVsNatural)}× the time of natural's AggressiveTokenizerFa and ${fmt(ratios.tokenizeVsWhitespace)}× a whitespace split (tokens/s counts each tokenizer's own tokens; for normalize and extractEntities, persian-ner's tokens).`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| import time of the built library, ESM (median of 7 fresh processes) | ${fmt(start.importMs)} ms |`,
    `| first extractEntities call in a fresh process (median of 5) | ${fmt(start.firstCallMs)} ms |`,
    `| cold start: import + first call in one fresh process (median of ${cold.runs.length}, bench/cold-start.ts) | ${fmt(cold.medianMs)} ms |`,
    `| heap per user dictionary entry at ${heap.entries.toLocaleString('en-US')} entries (bench/heap-per-entry.ts) | ${heap.bytesPerEntry} bytes |`,
    `| RSS after import + one call | ${fmt(start.rssAfterImportMB, 1)} MB |`,
    `| peak RSS extracting the whole corpus in one call | ${fmt(start.rssMB, 1)} MB |`,
    `| heap used after that call | ${fmt(start.heapUsedMB, 1)} MB |`,
    `| scaling: ${scale.sizesKB.join(' / ')} KB | ${scale.ms.map((m) => `${fmt(m, 0)} ms`).join(' / ')} (ratios ${scale.ratios.map((r) => fmt(r, 1)).join(' / ')}; linear = 1 / 10 / 100) |`,
    `| dictionaries: ${dictionaries.builtinEntries} built-in vs + ${dictionaries.userEntries} user entries (${fmt(Buffer.byteLength(slice) / 1000, 0)} KB) | ${fmt(dictionaries.builtinMs ?? 0)} ms vs ${fmt(dictionaries.withUserMs ?? 0)} ms (×${fmt(dictionaries.ratio ?? 0)}); building that extractor ${fmt(dictionaries.extractorBuildMs ?? 0, 0)} ms |`,
    `| dates' share of extraction time (all types vs without DATE) | ${fmt((dates.dateShare ?? 0) * 100, 0)} % (${fmt(dates.allMs ?? 0, 0)} vs ${fmt(dates.withoutDateMs ?? 0, 0)} ms) |`,
    `| extractBatch on ${workers.documents} documents: jobs 1 vs 2 | ${fmt((workers.jobs1Ms ?? 0) / 1000)} s vs ${fmt((workers.jobs2Ms ?? 0) / 1000)} s: speed-up ×${fmt(workers.speedUp ?? 0)} (first result after ${fmt(workers.jobs1FirstResultMs ?? 0, 0)} vs ${fmt(workers.jobs2FirstResultMs ?? 0, 0)} ms: worker start-up) |`,
    `| machine load average (1 min) at the end | ${fmt(loadavg()[0] ?? 0)} on ${availableParallelism()} cores |`,
  ];
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    corpus: { bytes, utf16Units: corpus.length },
    throughput: rows,
    ratios,
    realNews: real ?? null,
    startup: start,
    coldStart: cold,
    heapPerUserEntry: heap,
    scaling: scale,
    dictionaries,
    dates,
    workers,
    loadAverage: loadavg(),
    cores: availableParallelism(),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/results.json');
}

await main();
