// A batch loses nothing: when a text cannot be extracted, every text before it still comes out (also those of the
// same group of texts on a worker), and a failing text does not take its group down with it.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import { extractBatch } from '../../src/node/index';
import runBatchTask from '../../src/node/worker';

const TEXTS = ['حسن روحانی در تهران بود.', 'الهام علی‌اف در باکو گفت.', 'وزارت امور خارجه ایران بیانیه داد.'];

/** What the iteration yielded before it ended, and the error it ended with. */
async function drain(iterable: AsyncIterable<unknown>): Promise<{ yielded: unknown[]; error: unknown }> {
  const yielded: unknown[] = [];
  try {
    for await (const value of iterable) yielded.push(value);
  } catch (error) {
    return { yielded, error };
  }
  return { yielded, error: undefined };
}

describe('extractBatch loses no text before a failure', { timeout: 120_000 }, () => {
  it.each([1, 2])('a text that is not a string: every text before it is yielded first (jobs %i, one group)', async (jobs) => {
    const { yielded, error } = await drain(extractBatch([...TEXTS, 42 as unknown as string, 'باکو'], { jobs }));
    expect(error).toBeInstanceOf(TypeError);
    expect(yielded).toEqual(TEXTS.map((t) => extractEntities(t)));
  });

  it('a source that throws: the texts read before are yielded, then the error', async () => {
    function* failing(): Generator<string> {
      yield* TEXTS;
      throw new Error('source broke');
    }
    const { yielded, error } = await drain(extractBatch(failing(), { jobs: 2 }));
    expect((error as Error).message).toBe('source broke');
    expect(yielded).toEqual(TEXTS.map((t) => extractEntities(t)));
  });
});

describe('the worker settles each text on its own', () => {
  it('a text that fails gives its error, the others their entities', () => {
    const outcomes = runBatchTask({ texts: [TEXTS[0]!, 42 as unknown as string, TEXTS[1]!] });
    expect(outcomes).toEqual([
      { entities: extractEntities(TEXTS[0]!) },
      { error: { name: 'TypeError', message: expect.stringContaining('expects a string') } },
      { entities: extractEntities(TEXTS[1]!) },
    ]);
  });
});
