/**
 * Every public function checks its options as `extractEntities` does: an unknown key or a bad value is a
 * TypeError naming the option, never silently ignored.
 */
import { describe, expect, it } from 'vitest';
import {
  createExtractor,
  DictionaryError,
  extractEntities,
  extractStream,
  normalize,
  normalizeWithMap,
  parseDictionary,
  renderHtml,
  type NormalizeOptions,
} from '../src/index';
import { extractBatch } from '../src/node/index';
import { BUILTIN_TYPES } from '../src/extractor';

/** The TypeError `run` throws (or `undefined`). */
function typeErrorOf(run: () => unknown): TypeError | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return error as TypeError;
  }
  return undefined;
}

describe('normalize options', () => {
  it('refuses an unknown option, naming it and the real ones («letters» is persianLetters)', () => {
    const error = typeErrorOf(() => normalize('كتاب', { letters: false } as NormalizeOptions));
    expect(error?.message).toMatch(/unknown key "letters"/);
    expect(error?.message).toMatch(/known options: .*persianLetters/);
    expect(normalize('كتاب', { persianLetters: false })).toBe('كتاب');
  });

  it('refuses a bad value, naming the option and what it takes', () => {
    expect(typeErrorOf(() => normalize('۱۲', { digits: 'xyz' } as unknown as NormalizeOptions))?.message).toBe(
      'persian-ner: invalid option digits: must be one of "fa", "en", "keep"',
    );
    expect(typeErrorOf(() => normalize('x', { kashida: 'yes' } as unknown as NormalizeOptions))?.message).toMatch(/option kashida: expected boolean/);
    expect(typeErrorOf(() => normalizeWithMap('x', 'fa' as unknown as NormalizeOptions))?.message).toMatch(/invalid options: expected object/);
  });

  it('takes every option it documents, and undefined for any of them', () => {
    expect(normalize('12 كتاب', { digits: 'en', persianLetters: true, kashida: undefined })).toBe('12 کتاب');
  });
});

describe('parseDictionary options', () => {
  it('works without options: the format is read from the content, the name is "user"', () => {
    expect(parseDictionary('PRODUCT\tپیکان')).toEqual({ name: 'user', entries: [{ type: 'PRODUCT', text: 'پیکان' }] });
    expect(parseDictionary('[{"type":"PRODUCT","text":"پیکان"}]')).toEqual({ name: 'user', entries: [{ type: 'PRODUCT', text: 'پیکان' }] });
    expect(parseDictionary('\uFEFF {"entries":[{"type":"PRODUCT","text":"پیکان"}]}', { name: 'cars' }).name).toBe('cars');
  });

  it('refuses a format it does not read (CSV) instead of reading it as TSV', () => {
    const error = typeErrorOf(() => parseDictionary('type,text\nPRODUCT,"پیکان, سمند"', { format: 'csv', name: 'cars.csv' } as never));
    expect(error?.message).toBe('persian-ner: invalid option format: must be one of "json", "tsv"');
  });

  it('refuses an empty or non-string name and unknown keys, naming the option', () => {
    expect(typeErrorOf(() => parseDictionary('PRODUCT\tپیکان', { name: '' }))?.message).toMatch(/option name: must be a non-empty string/);
    expect(typeErrorOf(() => parseDictionary('PRODUCT\tپیکان', { name: 3 } as never))?.message).toMatch(/option name: expected string/);
    expect(typeErrorOf(() => parseDictionary('PRODUCT\tپیکان', { fromat: 'tsv' } as never))?.message).toMatch(/unknown key "fromat".*format, name/);
  });

  it('never says dictionary "undefined"', () => {
    expect(() => parseDictionary('PRODUCT\t', { format: 'tsv' })).toThrowError(/^dictionary "user": line 1 \(text\)/);
    expect(() => createExtractor({ dictionaries: [{ entries: [] } as never] })).toThrowError(/^dictionaries\[0\]: dictionary: name: expected string$/);
  });
});

describe('types', () => {
  it('refuses an unknown type, listing the known ones from the list of built-in types', () => {
    const error = typeErrorOf(() => extractEntities('در تهران', { types: ['location'] }));
    expect(error?.message).toBe(
      `persian-ner: invalid option types[0]: unknown type "location" (did you mean "LOCATION"? known types: ${BUILTIN_TYPES.join(', ')})`,
    );
    expect(typeErrorOf(() => extractEntities('x', { types: ['PERSON', 'CITY'] }))?.message).toMatch(/types\[1\]: unknown type "CITY" \(known types: PERSON, /);
  });

  it("knows the extractor's own types, and every built-in type even where replaced", () => {
    const extractor = createExtractor({ entries: [{ type: 'DRUG', text: 'آسپرین' }], replaceBuiltin: ['DATE'] });
    expect(extractor.extract('آسپرین در تهران', { types: ['DRUG', 'DATE'] }).map((e) => e.type)).toEqual(['DRUG']);
    expect(typeErrorOf(() => extractor.extract('x', { types: ['drug'] }))?.message).toMatch(/did you mean "DRUG"\? known types: .*PERCENT, DRUG\)$/);
    expect(typeErrorOf(() => extractEntities('x', { types: ['DRUG'] }))?.message).toMatch(/unknown type "DRUG"/);
  });

  it('every built-in type is accepted', () => {
    for (const type of BUILTIN_TYPES) expect(() => extractEntities('x', { types: [type] })).not.toThrow();
  });
});

describe('createExtractor remove', () => {
  it('refuses a type that is not built in (only built-in entries can be removed)', () => {
    expect(() => createExtractor({ remove: [{ text: 'تهران', type: 'CITY' }] })).toThrowError(DictionaryError);
    expect(() => createExtractor({ remove: [{ text: 'تهران', type: 'CITY' }] })).toThrowError(/^createExtractor: remove\[0\]\.type: must be one of "PERSON", /);
    expect(createExtractor({ remove: [{ text: 'تهران', type: 'LOCATION' }] }).extract('در تهران')).toEqual([]);
  });
});

describe('the other functions with options', () => {
  it('renderHtml refuses unknown keys and bad values', () => {
    expect(typeErrorOf(() => renderHtml('x', [], { label: 'fa' } as never))?.message).toMatch(/unknown key "label" \(known options: standalone, labels, /);
    expect(typeErrorOf(() => renderHtml('x', [], { labels: 'de' } as never))?.message).toMatch(/option labels: has none of the accepted forms/);
  });

  it('extractStream checks its options before reading, also with no chunk at all', async () => {
    await expect(extractStream([], { types: ['location'] }).next()).rejects.toThrow(/unknown type "location"/);
    await expect(extractStream([], { maxBuffer: 1 }).next()).rejects.toThrow(/maxBuffer/);
  });

  it('extractBatch checks its options and the extraction options before starting workers', async () => {
    await expect(extractBatch([], { jobs: 2, extractOptions: { types: ['location'] } }).next()).rejects.toThrow(/unknown type "location"/);
    await expect(extractBatch([], { job: 2 } as never).next()).rejects.toThrow(/unknown key "job"/);
    await expect(extractBatch(['x'], { jobs: 1.5 }).next()).rejects.toThrow(/option jobs: must be a positive integer/);
  });
});

describe('options checked once for the same values', () => {
  it('still refuses a value changed in place after it was accepted', () => {
    const options: { referenceDate: string } = { referenceDate: '2024-01-15' };
    expect(() => extractEntities('امروز', options)).not.toThrow();
    options.referenceDate = '2024-02-30';
    expect(typeErrorOf(() => extractEntities('امروز', options))?.message).toMatch(/referenceDate/);
    const digits: NormalizeOptions = { digits: 'en' };
    expect(normalize('۱۲', digits)).toBe('12');
    (digits as Record<string, unknown>).digits = 'roman';
    expect(typeErrorOf(() => normalize('۱۲', digits))?.message).toMatch(/digits/);
  });

  it('gives the same results for equal options in new objects, and new results for new values', () => {
    expect(normalize('۱۲', { digits: 'en' })).toBe('12');
    expect(normalize('۱۲', { digits: 'en' })).toBe('12');
    expect(normalize('12', { digits: 'fa' })).toBe('۱۲');
    const day = (referenceDate: string): unknown => extractEntities('امروز', { referenceDate })[0]?.value;
    expect(day('2024-01-15')).not.toEqual(day('2024-01-16'));
  });

  it('checks a Date again on every call: it may have been changed in place', () => {
    const referenceDate = new Date('2024-01-15T00:00:00Z');
    expect(() => extractEntities('امروز', { referenceDate })).not.toThrow();
    referenceDate.setTime(Number.NaN);
    expect(typeErrorOf(() => extractEntities('امروز', { referenceDate }))?.message).toMatch(/referenceDate/);
  });
});
