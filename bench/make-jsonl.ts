/**
 * Writes a large JSONL corpus (`{"id":…,"text":…}` per line) from the benchmark's seeded news text, for the
 * streaming-memory measurement in the README:
 *
 *   npx tsx bench/make-jsonl.ts 200 /tmp/corpus-200mb.jsonl
 *   /usr/bin/time -v node dist/cli.js extract --input-format jsonl /tmp/corpus-200mb.jsonl > /dev/null
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus';

const megabytes = Number(process.argv[2] ?? 200);
const path = process.argv[3] ?? `/tmp/corpus-${megabytes}mb.jsonl`;
const root = fileURLToPath(new URL('..', import.meta.url));
const paragraphs = makeCorpus(root, 5_000_000).split('\n\n').filter((p) => p.trim());
const out = createWriteStream(path);
let written = 0;
for (let id = 0; written < megabytes * 1e6; id++) {
  const line = `${JSON.stringify({ id, text: paragraphs[id % paragraphs.length] })}\n`;
  written += Buffer.byteLength(line);
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(`${path}: ${(written / 1e6).toFixed(1)} MB`);
