// A stream gives exactly what the whole text gives, whatever the chunk sizes: on every text the tests read
// (the shipped sample, the founding article when ../shared is there, the benchmark's synthetic news, and texts
// whose people are named in full and then by family name alone).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/corpus';
import { extractEntities } from '../../src/index';
import { extractStream } from '../../src/stream/index';
import { collect } from '../helpers/collect';

const ROOT = join(import.meta.dirname, '../..');
const FOUNDING = join(ROOT, '../shared/corpus/caspian-summit-news.txt');

const FAMILY_TEXT = [
  'بهروز کمالوندی سخنگوی سازمان انرژی اتمی روز دوشنبه در تهران گفت که همکاری ادامه دارد.',
  'سپس کمالوندی افزود: «این نشست مهم بود.»',
  'علی‌اصغر تک‌بند نیز در این دیدار حاضر بود و تک‌بند درباره برنامه‌ها سخن گفت؛ کمالوندی پاسخ داد.',
  'در پایان، تک بند و کمالوندی از همه تشکر کردند.',
].join('\n');

const TEXTS: ReadonlyArray<readonly [string, string]> = [
  ['examples/sample-news.txt', readFileSync(join(ROOT, 'examples/sample-news.txt'), 'utf8')],
  ['synthetic news (bench/corpus.ts, 40 KB)', makeCorpus(ROOT, 40_000)],
  ['full names, then family names alone', FAMILY_TEXT],
  ...(existsSync(FOUNDING) ? [['the founding article', readFileSync(FOUNDING, 'utf8')] as const] : []),
];

const CHUNK_SIZES = [1, 2, 3, 7, 16, 64, 257, 1000, 4096, 1 << 20];
const referenceDate = '2010-11-01';

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}

describe('extractStream equals extractEntities on the whole text', () => {
  it.each(TEXTS)('%s, in chunks of 1 … 1 M units', async (_name, text) => {
    const whole = extractEntities(text, { referenceDate, nested: true });
    expect(whole.length).toBeGreaterThan(0);
    for (const size of CHUNK_SIZES) {
      const streamed = await collect(extractStream(chunks(text, size), { referenceDate, nested: true }));
      expect(streamed, `chunks of ${size}`).toEqual(whole);
    }
  }, 300_000);
});
