// The pool runs from source here: src/node/batch.ts starts src/node/worker.ts with `--import tsx`
// (see workerLocation in batch.ts), so these tests need no build.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import { extractBatch } from '../../src/node/index';
import type { Entity } from '../../src/types';

const SENTENCES = [
  'حسن روحانی رئیس جمهور ایران روز دوشنبه ۱۵ خرداد ۱۴۰۲ به تهران بازگشت.',
  'دکتر محمد مهدی آخوندزاده در دانشگاه تهران سخنرانی کرد.',
  'وزارت امور خارجه آلمان درباره دریای خزر بیانیه داد.',
  'الهام علی‌اف رئیس جمهور آذربایجان در باکو گفت.',
  'در سال ۲۰۲۳ میلادی سازمان ملل متحد نشستی در نیویورک برگزار کرد.',
];

/** Texts that differ from each other, so a reordering would show. */
function makeTexts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${i}. ${SENTENCES[i % SENTENCES.length]} ${'متن '.repeat(i % 7)}`);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

const referenceDate = '2023-06-05';

// Generous timeout: every pool starts child processes that load the TypeScript source through tsx.
describe('extractBatch', { timeout: 60_000 }, () => {
  it('with jobs: 1 equals extractEntities text by text', async () => {
    const texts = makeTexts(20);
    const results = await collect(extractBatch(texts, { jobs: 1, extractOptions: { referenceDate } }));
    expect(results).toEqual(texts.map((t) => extractEntities(t, { referenceDate })));
  });

  it('on 2 workers keeps input order and equals in-process results (small groups force many tasks)', async () => {
    const texts = makeTexts(60);
    const results = await collect(
      extractBatch(texts, { jobs: 2, groupSize: 3, inFlightPerJob: 2, extractOptions: { referenceDate } }),
    );
    expect(results).toHaveLength(texts.length);
    expect(results).toEqual(texts.map((t) => extractEntities(t, { referenceDate })));
    // Each result belongs to its own text: offsets index that text.
    results.forEach((entities: Entity[], i) => {
      for (const e of entities) expect(texts[i]?.slice(e.start, e.end)).toBe(e.text);
    });
  });

  it('reads an async source lazily (backpressure): not far ahead of the consumer', async () => {
    let produced = 0;
    async function* source(): AsyncGenerator<string> {
      for (const text of makeTexts(200)) {
        produced++;
        yield text;
      }
    }
    const iterator = extractBatch(source(), { jobs: 2, groupSize: 1, inFlightPerJob: 2 })[Symbol.asyncIterator]();
    await iterator.next();
    // At most jobs × inFlightPerJob groups of one text (+ the one being read) were taken.
    expect(produced).toBeLessThanOrEqual(2 * 2 + 1);
    await iterator.return?.(undefined);
  });

  it('stops and closes the pool when the consumer breaks early', async () => {
    let seen = 0;
    for await (const _ of extractBatch(makeTexts(100), { jobs: 2, groupSize: 2 })) {
      seen++;
      if (seen === 5) break;
    }
    expect(seen).toBe(5);
  });

  it('rejects a non-string text with a TypeError', async () => {
    const texts = ['متن', 42 as unknown as string];
    await expect(collect(extractBatch(texts, { jobs: 2 }))).rejects.toThrow(TypeError);
    await expect(collect(extractBatch(texts, { jobs: 1 }))).rejects.toThrow(TypeError);
  });

  it('propagates an error thrown by the source', async () => {
    function* failing(): Generator<string> {
      yield 'متن اول';
      yield 'متن دوم';
      throw new Error('source broke');
    }
    // groupSize 1: groups are already on the workers when the source fails.
    await expect(collect(extractBatch(failing(), { jobs: 2, groupSize: 1 }))).rejects.toThrow('source broke');
  });

  it('rejects an invalid jobs value', async () => {
    await expect(collect(extractBatch(['x'], { jobs: 0 }))).rejects.toThrow(TypeError);
  });

  it('[needs extractor option validation] propagates an error raised inside a worker', async () => {
    const badOptions = { referenceDate: 'yesterday' };
    await expect(collect(extractBatch(makeTexts(4), { jobs: 2, extractOptions: badOptions }))).rejects.toThrow();
  });

  it('[needs user dictionaries] workers use the given dictionaries like an in-process extractor', async () => {
    const dictionaries = [{ name: 'test-dict', entries: [{ type: 'PRODUCT', text: 'زرین‌پلاس' }] }];
    const texts = ['محصول زرین‌پلاس امروز عرضه شد.', 'هیچ چیز.', 'زرین‌پلاس و زرین‌پلاس.'];
    const onPool = await collect(extractBatch(texts, { jobs: 2, groupSize: 1, dictionaries }));
    const inProcess = await collect(extractBatch(texts, { jobs: 1, dictionaries }));
    expect(onPool).toEqual(inProcess);
    expect(onPool[0]?.some((e) => e.type === 'PRODUCT' && e.source === 'test-dict')).toBe(true);
  });
});
