import { describe, expect, it } from 'vitest';
import { createExtractor, extractEntities } from '../../src/index';
import type { Extractor } from '../../src/index';
import { builtinData } from '../../src/dictionaries/builtin';
import type { UserDictionary } from '../../src/dictionaries/user';

const TEXTS = [
  'حسن روحانی رئیس جمهور ایران روز دوشنبه ۱۵ خرداد ۱۴۰۲ به تهران بازگشت.',
  'دکتر محمد مهدی آخوندزاده در دانشگاه تهران سخنرانی کرد.',
  'وزارت امور خارجه آلمان درباره دریای خزر بیانیه داد.',
  'الهام علی‌اف رئیس جمهور آذربایجان در باکو گفت.',
  'سال گذشته سازمان ملل متحد نشستی در نیویورک برگزار کرد.',
];
const referenceDate = '2024-01-15';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const createWith = (config: { dictionaries: UserDictionary[] }): Extractor => createExtractor(config);

describe('one extractor, many concurrent callers', () => {
  it('gives the same results to interleaved async tasks as to sequential calls', async () => {
    const expected = TEXTS.map((t) => extractEntities(t, { referenceDate }));
    const tasks = Array.from({ length: 40 }, async (_, i) => {
      const results = [];
      for (let round = 0; round < 5; round++) {
        const index = (i + round) % TEXTS.length;
        await tick();
        const options = round % 2 === 0 ? { referenceDate } : { referenceDate, types: undefined };
        results.push([index, extractEntities(TEXTS[index] ?? '', options)] as const);
        await tick();
      }
      return results;
    });
    for (const results of await Promise.all(tasks)) {
      for (const [index, entities] of results) expect(entities).toEqual(expected[index]);
    }
  });

  it('a result handed to a caller can be mutated without affecting later results', () => {
    const first = extractEntities(TEXTS[0] ?? '', { referenceDate });
    const snapshot = structuredClone(first);
    for (const e of first) {
      e.text = 'X';
      e.start = -1;
      // Values may be frozen (shared with the dictionaries): a failed write is fine, a leaked one is not.
      try {
        if (e.value && typeof e.value === 'object') (e.value as Record<string, unknown>).mutated = true;
      } catch {
        // frozen
      }
    }
    expect(extractEntities(TEXTS[0] ?? '', { referenceDate })).toEqual(snapshot);
  });
});

describe('[needs user dictionaries] extractors built side by side are independent', () => {
  const dictA: UserDictionary = { name: 'dict-a', entries: [{ type: 'PRODUCT', text: 'زرین‌پلاس' }] };
  const dictB: UserDictionary = { name: 'dict-b', entries: [{ type: 'BRAND', text: 'کاوه‌نو' }] };
  const text = 'محصول زرین‌پلاس و برند کاوه‌نو در تهران معرفی شدند.';

  it('each finds only its own entries, and the default extractor finds neither', () => {
    const before = extractEntities(text, { referenceDate });
    const a = createWith({ dictionaries: [dictA] });
    const b = createWith({ dictionaries: [dictB] });
    const typesOf = (extractor: Pick<Extractor, 'extract'>): string[] => extractor.extract(text, { referenceDate }).map((e) => e.type);
    expect(typesOf(a)).toContain('PRODUCT');
    expect(typesOf(a)).not.toContain('BRAND');
    expect(typesOf(b)).toContain('BRAND');
    expect(typesOf(b)).not.toContain('PRODUCT');
    const after = extractEntities(text, { referenceDate });
    expect(after).toEqual(before);
    expect(after.map((e) => e.type)).not.toContain('PRODUCT');
  });

  it('changing a dictionary object after building does not change the extractor', () => {
    const dict: UserDictionary = { name: 'mutable', entries: [{ type: 'PRODUCT', text: 'زرین‌پلاس' }] };
    const extractor = createWith({ dictionaries: [dict] });
    const before = extractor.extract(text);
    dict.entries.push({ type: 'BRAND', text: 'کاوه‌نو' });
    dict.name = 'renamed';
    expect(extractor.extract(text)).toEqual(before);
  });
});

describe('built-in dictionaries are frozen', () => {
  it('their lists cannot be changed (ES modules are strict) and stay as they were', () => {
    const entries = builtinData.entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(Object.isFrozen(builtinData)).toBe(true);
    expect(Object.isFrozen(entries)).toBe(true);
    const length = entries.length;
    expect(() => (entries as unknown as unknown[]).push({ type: 'PERSON', text: 'نفوذی' })).toThrow(TypeError);
    expect(entries.length).toBe(length);
  });

  it('the values results hand out cannot be changed, so no caller changes what the next one sees', () => {
    const text = 'سفیر آلمان و سردار سلیمانی در تهران';
    const values = extractEntities(text).map((e) => e.value);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(Object.isFrozen(value)).toBe(true);
      expect(() => {
        (value as Record<string, unknown>).code = 'XX';
      }).toThrow(TypeError);
    }
    expect(extractEntities(text).map((e) => e.value)).toEqual(values);
  });
});
