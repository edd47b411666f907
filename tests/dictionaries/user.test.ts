import { describe, expect, it } from 'vitest';
import { DictionaryError, parseDictionary, validateDictionary } from '../../src/dictionaries/user';

describe('validateDictionary', () => {
  it('accepts a well-formed dictionary and returns a copy', () => {
    const input = { name: 'mine', entries: [{ type: 'PRODUCT', text: 'پیکان', aliases: ['پیکان جوانان'], value: { maker: 'ایران خودرو' } }] };
    const dict = validateDictionary(input);
    expect(dict).toEqual(input);
    input.entries[0]!.text = 'changed';
    expect(dict.entries[0]!.text).toBe('پیکان');
  });

  it('names the offending entry and field', () => {
    const bad = { name: 'mine', entries: [{ type: 'X', text: 'الف' }, { type: '', text: 'ب' }] };
    expect(() => validateDictionary(bad)).toThrowError(DictionaryError);
    expect(() => validateDictionary(bad)).toThrowError(/dictionary "mine": entries\[1\]\.type: must be a non-empty string/);
  });

  it('refuses unknown keys so that typos do not pass silently', () => {
    expect(() => validateDictionary({ name: 'd', entries: [{ type: 'X', text: 'الف', alias: ['ب'] }] })).toThrowError(/entries\[0\]/);
  });

  it('refuses a confidence outside [0, 1]', () => {
    expect(() => validateDictionary({ name: 'd', entries: [{ type: 'X', text: 'الف', confidence: 2 }] })).toThrowError(/confidence/);
  });

  it('keeps __proto__ and constructor as ordinary texts and values', () => {
    const dict = validateDictionary(JSON.parse('{"name":"d","entries":[{"type":"X","text":"__proto__","value":{"__proto__":{"polluted":true}}},{"type":"constructor","text":"constructor"}]}'));
    expect(dict.entries.map((e) => e.text)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseDictionary', () => {
  it('reads JSON arrays and { entries } objects', () => {
    const entries = [{ type: 'LOCATION', text: 'کیش' }];
    expect(parseDictionary(JSON.stringify(entries), { format: 'json', name: 'a.json' }).entries).toEqual(entries);
    expect(parseDictionary(JSON.stringify({ entries }), { format: 'json', name: 'a.json' }).entries).toEqual(entries);
  });

  it('reports broken JSON with the dictionary name', () => {
    expect(() => parseDictionary('[{', { format: 'json', name: 'a.json' })).toThrowError(/dictionary "a.json": not valid JSON/);
  });

  it('reads TSV with a header, comments, aliases and JSON values', () => {
    const tsv = 'type\ttext\taliases\tvalue\n# a comment\n\nORGANIZATION\tشرکت نمونه\tنمونه|نمونه‌گستر\t{"kind":"company"}\nPRODUCT\tپیکان\n';
    const dict = parseDictionary(tsv, { format: 'tsv', name: 'd.tsv' });
    expect(dict.entries).toEqual([
      { type: 'ORGANIZATION', text: 'شرکت نمونه', aliases: ['نمونه', 'نمونه‌گستر'], value: { kind: 'company' } },
      { type: 'PRODUCT', text: 'پیکان' },
    ]);
  });

  it('names the TSV line of a bad entry', () => {
    expect(() => parseDictionary('PRODUCT\tپیکان\nPRODUCT\t\n', { format: 'tsv', name: 'd.tsv' })).toThrowError(/dictionary "d.tsv": line 2 \(text\)/);
    expect(() => parseDictionary('PRODUCT\tپیکان\t\t{oops\n', { format: 'tsv', name: 'd.tsv' })).toThrowError(/line 1: the value column is not valid JSON/);
  });

  it('refuses a non-string source with a TypeError', () => {
    expect(() => parseDictionary(42 as unknown as string, { format: 'json', name: 'x' })).toThrowError(TypeError);
  });
});
