import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import { decodeChunks, extractReadable } from '../../src/node/index';
import { collect } from '../helpers/collect';

const TEXT = [
  'حسن روحانی رئیس جمهور ایران روز دوشنبه ۱۵ خرداد ۱۴۰۲ به تهران بازگشت.',
  'دکتر محمد مهدی آخوندزاده در دانشگاه تهران سخنرانی کرد 😀.',
  'وزارت امور خارجه آلمان درباره دریای خزر بیانیه داد.\r\n',
  'الهام علی‌اف رئیس جمهور آذربایجان در باکو گفت.',
]
  .join(' ')
  .repeat(5);
const BYTES = Buffer.from(TEXT, 'utf8');

/** The bytes cut at the given sizes: inside multi-byte UTF-8 sequences too. */
function byteChunks(sizes: readonly number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < BYTES.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    out.push(BYTES.subarray(at, at + size));
    at += size;
  }
  return out;
}


describe('Node streams', () => {
  it('decodeChunks rebuilds the text from bytes cut anywhere (multi-byte characters split)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }), async (sizes) => {
        const chunks = await collect(decodeChunks(Readable.from(byteChunks(sizes))));
        expect(chunks.join('')).toBe(TEXT);
      }),
      { numRuns: 50 },
    );
  });

  it('extractReadable equals extractEntities on the whole decoded text', async () => {
    const referenceDate = '2023-06-05';
    const streamed = await collect(extractReadable(Readable.from(byteChunks([7, 1, 33, 2])), { referenceDate, maxBuffer: 512 }));
    expect(streamed).toEqual(extractEntities(TEXT, { referenceDate }));
    for (const e of streamed) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  });

  it('accepts a stream of strings (setEncoding) as well', async () => {
    const readable = Readable.from(byteChunks([100]));
    readable.setEncoding('utf8');
    const streamed = await collect(extractReadable(readable));
    expect(streamed).toEqual(extractEntities(TEXT));
  });

  it('rejects a stream of objects with a TypeError', async () => {
    await expect(collect(extractReadable(Readable.from([{ not: 'text' }])))).rejects.toThrow(TypeError);
  });
});
