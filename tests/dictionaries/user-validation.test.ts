// What a user dictionary may hold: values are JSON data (no functions, symbols or endless nesting), every text can
// match something, and what goes in is copied and frozen, so that no result can change a later one.
import { describe, expect, it } from 'vitest';
import { createExtractor, DictionaryError, parseDictionary } from '../../src/index';
import { validateDictionary } from '../../src/dictionaries/user';

const entry = (extra: Record<string, unknown>): unknown => ({ name: 'mine', entries: [{ type: 'PRODUCT', text: 'پیکان', ...extra }] });

function deep(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let k = 0; k < levels; k++) value = { next: value };
  return value;
}

function refusal(call: () => unknown): DictionaryError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DictionaryError);
    return error as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

describe('values are JSON data', () => {
  it.each([
    ['a function', { value: { make: () => 1 } }, /entries\[0\]\.value\.make: .*function/],
    ['a symbol', { value: { tag: Symbol('x') } }, /entries\[0\]\.value\.tag: .*symbol/],
    ['a symbol key', { value: { [Symbol('k')]: 1 } }, /entries\[0\]\.value: .*symbol/],
    ['a bigint', { value: { n: 10n } }, /entries\[0\]\.value\.n: .*bigint/],
    ['a Map', { value: { m: new Map() } }, /entries\[0\]\.value\.m: .*Map/],
    ['a getter', { value: Object.defineProperty({}, 'x', { get: () => 1, enumerable: true }) }, /entries\[0\]\.value\.x: .*getter/],
    ['a getter that throws', { value: Object.defineProperty({}, 'x', { get: () => { throw new Error('boom'); }, enumerable: true }) }, /entries\[0\]\.value\.x: .*getter/],
    ['an array', { value: [1, 2] }, /entries\[0\]\.value: expected object/],
    ['NaN', { value: { n: Number.NaN } }, /entries\[0\]\.value\.n: .*finite/],
    ['100,000 levels of nesting', { value: deep(100_000) }, /entries\[0\]\.value(\.next)+: .*deeper than 32/],
  ])('%s is refused with a DictionaryError naming where', (_what, extra, message) => {
    const error = refusal(() => createExtractor({ dictionaries: [entry(extra) as never] }));
    expect(error.message).toMatch(message);
    expect(refusal(() => createExtractor({ entries: [(entry(extra) as { entries: never[] }).entries[0]!] })).message).toMatch(/value/);
  });

  it('a value that refers to itself is refused, not walked forever', () => {
    const value: Record<string, unknown> = {};
    value.self = value;
    expect(refusal(() => validateDictionary(entry({ value }))).message).toMatch(/deeper than 32/);
  });

  it('a value shared a billion times over is refused as too large, quickly', () => {
    let value: Record<string, unknown> = { leaf: 1 };
    for (let k = 0; k < 30; k++) value = { a: value, b: value };
    expect(refusal(() => validateDictionary(entry({ value }))).message).toMatch(/too large/);
  });

  it('plain nested data, null and arrays are fine', () => {
    const value = { kind: 'car', year: 1967, tags: ['ملی', null, true], maker: { name: 'ایران خودرو' } };
    expect(validateDictionary(entry({ value })).entries[0]!.value).toEqual(value);
  });
});

describe('every text can match', () => {
  it.each([
    ['only a ZWNJ', '\u200c'],
    ['only marks', '\u064b\u0651'],
    ['only kashida', 'ـــ'],
    ['only bidi controls', '\u202b\u202c\u200f'],
  ])('a text of %s is refused (nothing is left after normalization)', (_what, text) => {
    expect(refusal(() => createExtractor({ entries: [{ type: 'X', text }] })).message).toMatch(/entries\[0\]\.text: .*nothing to match/);
    expect(refusal(() => createExtractor({ entries: [{ type: 'X', text: 'الف', aliases: ['ب', text] }] })).message).toMatch(/entries\[0\]\.aliases\[1\]: .*nothing to match/);
    expect(refusal(() => parseDictionary(`X\t${text}\n`, { format: 'tsv', name: 'd.tsv' })).message).toMatch(/line 1 \(text\)/);
  });

  it('a text of more words than a match can span (12) is refused', () => {
    const long = 'یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده';
    expect(refusal(() => createExtractor({ entries: [{ type: 'X', text: long }] })).message).toMatch(/13 words.*12/);
    const twelve = long.slice(0, long.lastIndexOf(' '));
    expect(createExtractor({ entries: [{ type: 'X', text: twelve }] }).extract(`در ${twelve} بود`).map((e) => e.text)).toEqual([twelve]);
  });
});

describe('what goes in is copied and frozen', () => {
  it('changing a result does not change later results', () => {
    const extractor = createExtractor({ entries: [{ type: 'PRODUCT', text: 'پیکان', value: { maker: 'ایران خودرو', tags: ['ملی'] } }] });
    const [first] = extractor.extract('یک پیکان');
    expect(Object.isFrozen(first!.value)).toBe(true);
    expect(() => {
      'use strict';
      (first!.value as { maker: string }).maker = 'changed';
    }).toThrowError(TypeError);
    expect(() => (first!.value as { tags: string[] }).tags.push('x')).toThrowError(TypeError);
    expect(extractor.extract('یک پیکان')[0]!.value).toEqual({ maker: 'ایران خودرو', tags: ['ملی'] });
  });

  it('values read from TSV are frozen too', () => {
    const dictionary = parseDictionary('PRODUCT\tپیکان\t\t{"maker":"ایران خودرو"}\n', { format: 'tsv', name: 'd.tsv' });
    const [found] = createExtractor({ dictionaries: [dictionary] }).extract('یک پیکان');
    expect(Object.isFrozen(found!.value)).toBe(true);
  });
});
