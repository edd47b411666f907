import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import type { Entity } from '../../src/types';
import type { Extractor } from '../../src/extractor';
import { SentenceChunker, extractStream } from '../../src/stream/index';
import { collect } from '../helpers/collect';

const SENTENCES = [
  'حسن روحانی رئیس جمهور ایران روز دوشنبه ۱۵ خرداد ۱۴۰۲ به تهران بازگشت.',
  'دکتر محمد مهدی آخوندزاده در دانشگاه تهران سخنرانی کرد!',
  'آیا وزارت امور خارجه آلمان درباره دریای خزر بیانیه داد؟',
  'الهام علی‌اف رئیس جمهور آذربایجان در باکو گفت 😀👍🏽 که همکاری ادامه دارد.',
  'در سال ۲۰۲۳ میلادی سازمان ملل متحد نشستی در نیویورک برگزار کرد.',
  'خبرگزاری آران گزارش داد: https://example.com/news?id=42 منتشر شد.',
];
const SEPARATORS = [' ', '\n', '\r\n', '\n\n', ' \r\n'];

/** A text of whole sentences joined by spaces and line breaks (CRLF included). */
const textOfSentences = fc
  .array(fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([sentence, sep]) => sentence + sep).join(''));

/** Cuts `text` at the given (random) sizes, anywhere: inside surrogate pairs and CRLFs too. */
function chunk(text: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes.length > 0 ? (sizes[i % sizes.length] ?? 1) : text.length;
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out;
}


/**
 * A stand-in extractor independent of the real recognizers: every Persian word of 4+ letters is an
 * entity. It checks the stream's offset bookkeeping even where the real extractor finds nothing.
 */
const wordExtractor: Pick<Extractor, 'extract'> = {
  extract(text: string): Entity[] {
    return [...text.matchAll(/[\u0600-\u06ff\u200c]{4,}/gu)].map((m) => ({
      type: 'WORD',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      normalized: m[0],
      source: 'test',
      confidence: 1,
    }));
  },
};

const sizes = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 });

describe('extractStream', () => {
  it('gives the same entities, with whole-stream offsets, as one extractEntities call on the concatenation', async () => {
    const referenceDate = '2023-06-05';
    await fc.assert(
      fc.asyncProperty(textOfSentences, sizes, async (text, chunkSizes) => {
        const streamed = await collect(extractStream(chunk(text, chunkSizes), { referenceDate }));
        expect(streamed).toEqual(extractEntities(text, { referenceDate }));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps exact text and offsets through any chunking (stand-in extractor, async source)', async () => {
    await fc.assert(
      fc.asyncProperty(textOfSentences, sizes, async (text, chunkSizes) => {
        async function* source(): AsyncGenerator<string> {
          for (const piece of chunk(text, chunkSizes)) yield piece;
        }
        const streamed = await collect(extractStream(source(), { extractor: wordExtractor }));
        expect(streamed).toEqual(wordExtractor.extract(text));
        for (const e of streamed) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 100 },
    );
  });

  it('passes options through to the given extractor', async () => {
    const seen: unknown[] = [];
    const spy: Pick<Extractor, 'extract'> = { extract: (_t, options) => (seen.push(options), []) };
    await collect(extractStream(['یک. دو.'], { extractor: spy, types: ['DATE'], maxBuffer: 100 }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toEqual({ types: ['DATE'] });
  });

  it('processes a large stream lazily: entities come out long before the source ends', async () => {
    let produced = 0;
    function* source(): Generator<string> {
      for (let i = 0; i < 5000; i++) {
        produced++;
        yield `${SENTENCES[i % SENTENCES.length]} `;
      }
    }
    const iterator = extractStream(source(), { extractor: wordExtractor, maxBuffer: 2048 })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(produced).toBeLessThan(100);
    await iterator.return?.(undefined);
  });

  it('rejects a non-string chunk with a TypeError', async () => {
    await expect(collect(extractStream(['متن', 7 as unknown as string]))).rejects.toThrow(TypeError);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await collect(extractStream([]))).toEqual([]);
    expect(await collect(extractStream(['', '', '']))).toEqual([]);
  });
});

describe('SentenceChunker', () => {
  function run(chunker: SentenceChunker, chunks: readonly string[]): Array<{ text: string; offset: number }> {
    const out = chunks.flatMap((c) => chunker.push(c));
    return [...out, ...chunker.end()];
  }

  it('segments cover the stream exactly, in order, with their offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), sizes, fc.integer({ min: 2, max: 200 }), (text, chunkSizes, maxBuffer) => {
        const segments = run(new SentenceChunker(maxBuffer), chunk(text, chunkSizes));
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let offset = 0;
        for (const s of segments) {
          expect(s.offset).toBe(offset);
          expect(s.text.length).toBeGreaterThan(0);
          offset += s.text.length;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never holds more than maxBuffer after a push, even without any sentence end or whitespace', () => {
    const maxBuffer = 1000;
    const inputs = [
      'کلمه '.repeat(40_000), // no sentence end, only spaces
      'بی‌فاصله😀'.repeat(20_000), // no whitespace at all, surrogate pairs
      `${SENTENCES.join(' ')} `.repeat(2_000), // ordinary text
    ];
    for (const text of inputs) {
      const chunker = new SentenceChunker(maxBuffer);
      const segments = run(chunker, chunk(text, [997, 13, 4096, 1]));
      expect(chunker.peakBuffered).toBeLessThanOrEqual(maxBuffer);
      expect(segments.map((s) => s.text).join('')).toBe(text);
    }
  });

  it('never cuts inside a surrogate pair or a CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('😀', 'ب', '\r\n', '👍🏽', 'x'), { maxLength: 300 }), sizes, (parts, chunkSizes) => {
        const text = parts.join('');
        for (const s of run(new SentenceChunker(7), chunk(text, chunkSizes))) {
          const first = s.text.charCodeAt(0);
          const last = s.text.charCodeAt(s.text.length - 1);
          expect(first >= 0xdc00 && first <= 0xdfff).toBe(false); // starts with a lone low surrogate
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false); // ends with a lone high surrogate
          expect(s.text.startsWith('\n') && s.offset > 0 && text[s.offset - 1] === '\r').toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cuts only at sentence ends when sentences are short', () => {
    const text = `${SENTENCES.join(' ')} `.repeat(50);
    const segments = run(new SentenceChunker(4096), chunk(text, [37]));
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments.slice(0, -1)) expect(s.text.trimEnd()).toMatch(/[.!؟?:;؛…]$/u);
  });

  it('rejects a maxBuffer that is not an integer >= 2', () => {
    expect(() => new SentenceChunker(1)).toThrow(RangeError);
    expect(() => new SentenceChunker(Number.NaN)).toThrow(RangeError);
  });
});
