import { describe, expect, it } from 'vitest';
import { createExtractor, extractEntities, DictionaryError, type Entity } from '../src/index';

describe('extractEntities: contract', () => {
  it('returns exact slices of the original input, sorted and disjoint', () => {
    const text = 'سفير ايران در باكو با الهام علي‌اف ديدار كرد';
    const entities = extractEntities(text);
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
  });

  it('reports the normalized text beside the original slice', () => {
    const [baku] = extractEntities('در باكو').filter((e) => e.type === 'LOCATION');
    expect(baku).toMatchObject({ text: 'باكو', normalized: 'باکو', source: 'dictionary' });
  });

  it('filters by type', () => {
    const text = 'الهام علی‌اف در باکو گفت';
    const types = new Set(extractEntities(text, { types: ['LOCATION'] }).map((e) => e.type));
    expect([...types]).toEqual(['LOCATION']);
  });

  it('drops entities below minConfidence', () => {
    const all = extractEntities('خبرگزاری آران در باکو');
    const sure = extractEntities('خبرگزاری آران در باکو', { minConfidence: 0.99 });
    expect(sure.length).toBeLessThan(all.length);
    for (const e of sure) expect(e.confidence).toBeGreaterThanOrEqual(0.99);
  });

  it('places dates written without a year as impliedDates says (nearest by default)', () => {
    // read on 1 Farvardin 1403: 28 Esfand was two days before, 5 Farvardin is four days after
    const date = (text: string, impliedDates?: 'nearest' | 'past' | 'future'): unknown =>
      extractEntities(text, { referenceDate: '2024-03-20', types: ['DATE'], ...(impliedDates ? { impliedDates } : {}) })[0]?.value;
    expect(date('۲۸ اسفند')).toMatchObject({ jalali: '1402-12-28' });
    expect(date('۲۸ اسفند', 'future')).toMatchObject({ jalali: '1403-12-28' });
    expect(date('۵ فروردین')).toMatchObject({ jalali: '1403-01-05' });
    expect(date('۵ فروردین', 'past')).toMatchObject({ jalali: '1402-01-05' });
  });

  it('returns nested entities when asked', () => {
    const [embassy] = extractEntities('سفارت جمهوری اسلامی ایران در باکو', { nested: true });
    expect(embassy).toMatchObject({ type: 'ORGANIZATION', text: 'سفارت جمهوری اسلامی ایران' });
    expect(embassy!.nested?.map((e) => [e.type, e.text])).toContainEqual(['COUNTRY', 'جمهوری اسلامی ایران']);
  });

  it('returns nested entities as a tree: the embassy holds the country, which holds what is inside it', () => {
    const [embassy] = extractEntities('سفارت جمهوری اسلامی ایران در باکو', { nested: true });
    expect(embassy!.nested?.map((e) => [e.type, e.text])).toEqual([['COUNTRY', 'جمهوری اسلامی ایران']]);
    expect(embassy!.nested![0]!.nested?.map((e) => e.text)).toEqual(['جمهوری اسلامی', 'ایران']);
  });

  it('refuses non-strings and bad options with a TypeError that says what was expected', () => {
    expect(() => extractEntities(42 as unknown as string)).toThrowError(/expects a string, got number/);
    expect(() => extractEntities('x', { referenceDate: 'yesterday' })).toThrowError(/referenceDate.*YYYY-MM-DD/);
    expect(() => extractEntities('x', { referenceDate: '2023-02-30' })).toThrowError(/not a real calendar day/);
    expect(() => extractEntities('x', { types: 'PERSON' as unknown as string[] })).toThrowError(TypeError);
    expect(() => extractEntities('x', { minConfidence: 2 })).toThrowError(/minConfidence/);
    expect(() => extractEntities('x', { impliedDates: 'later' as never })).toThrowError(/impliedDates/);
    expect(() => extractEntities('x', { bogus: true } as never)).toThrowError(TypeError);
  });

  it('returns nothing for empty and non-Persian input', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('   \n\n ')).toEqual([]);
  });
});

describe('createExtractor: user dictionaries', () => {
  it('adds entries of new types, with the dictionary name as source', () => {
    const ex = createExtractor({ dictionaries: [{ name: 'cars', entries: [{ type: 'PRODUCT', text: 'پیکان', value: { maker: 'ایران خودرو' } }] }] });
    const [car] = ex.extract('او یک پیکان خرید');
    expect(car).toMatchObject({ type: 'PRODUCT', text: 'پیکان', source: 'cars', value: { maker: 'ایران خودرو' } });
    expect(ex.types).toContain('PRODUCT');
  });

  it('a user entry never cuts a longer rule match: it adds a candidate, and the longer span wins', () => {
    const spans = (entities: readonly Entity[]): string[] => entities.map((e) => `${e.type} ${e.text}`);
    expect(spans(extractEntities('دکتر شبنم نیک‌سرشت گفت'))).toEqual(['PERSON شبنم نیک‌سرشت']);
    for (const type of ['PERSON', 'PRODUCT']) {
      for (const text of ['نیک‌سرشت', 'شبنم']) {
        expect(spans(createExtractor({ entries: [{ type, text }] }).extract('دکتر شبنم نیک‌سرشت گفت')), `${type} ${text}`).toEqual(['PERSON شبنم نیک‌سرشت']);
      }
    }
    // an agency named after its head's title: «مدیرکل | منابع طبیعی استان گیلان»
    expect(spans(extractEntities('مدیرکل منابع طبیعی استان گیلان گفت'))).toEqual(['ORGANIZATION منابع طبیعی استان گیلان']);
    const withEntry = createExtractor({ entries: [{ type: 'PRODUCT', text: 'طبیعی' }] });
    expect(spans(withEntry.extract('مدیرکل منابع طبیعی استان گیلان گفت'))).toEqual(['ORGANIZATION منابع طبیعی استان گیلان']);
  });

  it('a user entry that replaces a built-in one is still a known name to the rules', () => {
    const tehran = createExtractor({ entries: [{ type: 'LOCATION', text: 'تهران', value: { kind: 'city', note: 'mine' } }] });
    expect(tehran.extract('علی تهران گفت').map((e) => [e.type, e.text, e.source])).toEqual([['LOCATION', 'تهران', 'user']]);
  });

  it('matches aliases whatever the spelling (Arabic letters, ZWNJ or space)', () => {
    const ex = createExtractor({ entries: [{ type: 'ORGANIZATION', text: 'نمونه‌گستر', aliases: ['شرکت نمونه'] }] });
    expect(ex.extract('شركت نمونه و نمونه گستر').map((e) => e.text)).toEqual(['شركت نمونه', 'نمونه گستر']);
  });

  it('lets user entries win over built-ins for the same text', () => {
    const ex = createExtractor({ entries: [{ type: 'LOCATION', text: 'باکو', value: { kind: 'city', note: 'mine' } }] });
    const [baku] = ex.extract('در باکو');
    expect(baku).toMatchObject({ source: 'user', value: { note: 'mine' } });
  });

  it('removes built-in entries', () => {
    const ex = createExtractor({ remove: [{ text: 'باکو' }] });
    expect(ex.extract('در باکو').filter((e) => e.text === 'باکو')).toEqual([]);
    expect(extractEntities('در باکو').filter((e) => e.text === 'باکو')).toHaveLength(1);
  });

  it('replaces built-in types entirely', () => {
    const ex = createExtractor({ replaceBuiltin: ['LOCATION'], entries: [{ type: 'LOCATION', text: 'کیش' }] });
    const found = ex.extract('از باکو به کیش');
    expect(found.map((e) => e.text)).toEqual(['کیش']);
  });

  it('replaces the built-in TIME, MONEY and PERCENT rules, and keeps times of day without the built-in dates', () => {
    const text = 'صبح امروز ۵ درصد یعنی ۲ میلیون دلار';
    expect(createExtractor().types).toEqual(expect.arrayContaining(['TIME', 'MONEY', 'PERCENT']));
    const noMoney = createExtractor({ replaceBuiltin: ['MONEY', 'PERCENT'] });
    expect(noMoney.types).not.toContain('MONEY');
    expect(noMoney.extract(text).map((e) => e.type)).toEqual(['TIME']);
    const noDates = createExtractor({ replaceBuiltin: ['DATE'] });
    expect(noDates.extract('صبح امروز و روز دوشنبه').map((e) => `${e.type}:${e.text}`)).toEqual(['TIME:صبح امروز']);
    expect(createExtractor({ replaceBuiltin: true }).extract(text)).toEqual([]);
  });

  it('refuses a bad entry naming it, and leaves existing extractors working', () => {
    const before = createExtractor({ entries: [{ type: 'PRODUCT', text: 'پیکان' }] });
    expect(() => before.extend({ entries: [{ type: 'PRODUCT', text: 'سمند' }, { type: 'PRODUCT', text: '' }] })).toThrowError(DictionaryError);
    expect(() => createExtractor({ dictionaries: [{ name: 'bad', entries: [{ type: 1, text: 'x' }] }] } as never)).toThrowError(/dictionaries\[0\]: dictionary "bad": entries\[0\]\.type/);
    expect(before.extract('پیکان و سمند').map((e) => e.text)).toEqual(['پیکان']);
  });

  it('extend returns a new extractor and leaves the old one unchanged', () => {
    const a = createExtractor({ entries: [{ type: 'PRODUCT', text: 'پیکان' }] });
    const b = a.extend({ entries: [{ type: 'PRODUCT', text: 'سمند' }] });
    expect(a.extract('پیکان و سمند').map((e) => e.text)).toEqual(['پیکان']);
    expect(b.extract('پیکان و سمند').map((e) => e.text)).toEqual(['پیکان', 'سمند']);
  });

  it('does not see later changes to the objects it was given', () => {
    const entries = [{ type: 'PRODUCT', text: 'پیکان' }];
    const ex = createExtractor({ entries });
    entries[0]!.text = 'سمند';
    expect(ex.extract('پیکان').map((e) => e.text)).toEqual(['پیکان']);
  });

  it('treats __proto__ and constructor as ordinary entries', () => {
    const ex = createExtractor({ entries: [{ type: 'WORD', text: '__proto__' }, { type: 'WORD', text: 'constructor' }] });
    expect(ex.extract('a __proto__ b constructor').map((e) => e.text)).toEqual(['__proto__', 'constructor']);
  });
});

describe('extractEntities: expanded ligatures', () => {
  it('keeps results disjoint in the original when one character expands to several words', () => {
    const text = 'يوسف ﷺ ﺍ ﷲ';
    const entities = extractEntities(text);
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('extractEntities: long texts', () => {
  it('finds in every block of a long text what it finds in that paragraph alone', () => {
    // Longer than a block (16,384 units), so the tables reused from block to block must start afresh each time;
    // a varying lead of filler words keeps the same words from falling on the same token numbers in every block.
    const paragraph = 'دکتر محمد رضایی روز ۱۵ خرداد ۱۴۰۲ در تهران با وزیر امور خارجه ایران دیدار کرد و به دانشگاه تهران رفت.';
    const paragraphs = Array.from({ length: 400 }, (_, k) => 'این خبر '.repeat(k % 7) + paragraph);
    const text = paragraphs.join('\n');
    expect(text.length).toBeGreaterThan(2 * 16_384);
    const options = { referenceDate: '2024-01-15' };
    let offset = 0;
    const expected = paragraphs.flatMap((p) => {
      const shift = offset;
      offset += p.length + 1;
      return extractEntities(p, options).map((e) => ({ ...e, start: e.start + shift, end: e.end + shift }));
    });
    expect(extractEntities(paragraph, options).map((e) => e.type)).toEqual(['PERSON', 'DATE', 'LOCATION', 'COUNTRY', 'ORGANIZATION']);
    expect(extractEntities(text, options)).toEqual(expected);
  });
});
