/**
 * Memory of user dictionaries: the heap an extractor keeps per user entry, measured at a given number of entries
 * in a fresh process (`--expose-gc`, collected before each reading). The extractor's own fixed cost (its copy of
 * the built-in lexicon) is measured with no user entries and taken off, so the figure is what each entry adds.
 *
 *   npx tsx bench/heap-per-entry.ts [dist/index.js] [entries]
 *
 * `npm run bench` runs it on its own build too (100,000 entries).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticNames } from './corpus';

export interface HeapPerEntry {
  entries: number;
  /** Heap an extractor with `entries` user entries keeps beyond one with none, per entry. */
  bytesPerEntry: number;
  /** Heap of an extractor with no user entries (its built-in lexicon), in MB. */
  extractorMB: number;
}

/** Heap kept per user entry by an extractor of `entries` synthetic person names, built from the module at `entry`. */
export function heapPerEntry(entry: string, entries = 100_000): HeapPerEntry {
  const url = pathToFileURL(resolve(entry)).href;
  const folder = mkdtempSync(join(tmpdir(), 'persian-ner-heap-'));
  const file = join(folder, 'entries.json');
  writeFileSync(file, JSON.stringify(syntheticNames(entries)));
  const script = `const m = await import(${JSON.stringify(url)});
const { readFileSync } = await import('node:fs');
const entries = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));
const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
const h0 = heap();
const empty = m.createExtractor({ dictionaries: [{ name: 'none', entries: [] }] });
empty.extract('سلام');
const h1 = heap();
const full = m.createExtractor({ dictionaries: [{ name: 'synthetic', entries }] });
if (full.extract(entries[0].text + ' گفت').length === 0) throw new Error('the user entry was not found');
const h2 = heap();
console.log(JSON.stringify([h1 - h0, h2 - h1, empty.types.length + full.types.length]));`;
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  rmSync(folder, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`heap measurement failed: ${run.stderr}`);
  const [emptyBytes = 0, fullBytes = 0] = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as number[];
  return { entries, bytesPerEntry: Math.round((fullBytes - emptyBytes) / entries), extractorMB: Math.round(emptyBytes / 1e5) / 10 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = process.argv[2] ?? 'dist/index.js';
  const result = heapPerEntry(entry, Number(process.argv[3] ?? 100_000));
  console.log(`${entry}: ${result.bytesPerEntry} bytes of heap per user entry at ${result.entries.toLocaleString('en-US')} entries (an extractor with none: ${result.extractorMB} MB)`);
}
