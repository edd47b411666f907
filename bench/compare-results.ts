/**
 * Do two builds find the same entities? Runs `extractEntities` of each build on the founding article and on
 * PEYMA dev's documents (when ../shared is there) and compares every result, field by field.
 *
 *   npx tsx bench/compare-results.ts BEFORE/dist/index.js AFTER/dist/index.js
 *
 * Exits 1 and prints the first differences when they differ: a speed change must not change what is found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index';
import { peymaDocuments } from './real-news';

const ROOT = resolve(import.meta.dirname, '..');
const FOUNDING_ARTICLE = resolve(ROOT, '../shared/corpus/caspian-summit-news.txt');

function documents(): Array<{ name: string; text: string; referenceDate: string }> {
  const out: Array<{ name: string; text: string; referenceDate: string }> = [];
  const sample = existsSync(FOUNDING_ARTICLE) ? FOUNDING_ARTICLE : resolve(ROOT, 'examples/sample-news.txt');
  out.push({ name: 'founding article', text: readFileSync(sample, 'utf8'), referenceDate: '2010-11-01' });
  (peymaDocuments(ROOT) ?? []).forEach((text, i) => out.push({ name: `PEYMA dev #${i + 1}`, text, referenceDate: '2024-01-15' }));
  return out;
}

async function main(): Promise<void> {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: npx tsx bench/compare-results.ts BEFORE/dist/index.js AFTER/dist/index.js');
    process.exit(2);
  }
  const load = async (file: string): Promise<typeof Library> => (await import(pathToFileURL(resolve(file)).href)) as typeof Library;
  const [a, b] = [await load(before), await load(after)];
  let differing = 0;
  let entities = 0;
  const docs = documents();
  for (const doc of docs) {
    const options = { referenceDate: doc.referenceDate, nested: true };
    const x = a.extractEntities(doc.text, options);
    const y = b.extractEntities(doc.text, options);
    entities += y.length;
    if (isDeepStrictEqual(x, y)) continue;
    differing++;
    if (differing <= 5) {
      console.log(`${doc.name} differs:`);
      console.log(`  before: ${JSON.stringify(x.filter((e) => !y.some((f) => isDeepStrictEqual(e, f))))}`);
      console.log(`  after:  ${JSON.stringify(y.filter((e) => !x.some((f) => isDeepStrictEqual(e, f))))}`);
    }
  }
  console.log(`${docs.length} documents, ${entities} entities after: ${differing === 0 ? 'identical results' : `${differing} documents differ`}`);
  process.exit(differing === 0 ? 0 : 1);
}

await main();
