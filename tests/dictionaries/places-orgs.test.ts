import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryKey, normalize } from '../../src/normalize/index';
import type { GazetteerEntry } from '../../scripts/dictionaries/entry';
import { validateEntries, sortEntries } from '../../scripts/dictionaries/entry';

const DIR = join(__dirname, '..', '..', 'dictionaries');
const FILES: ReadonlyArray<readonly [string, string]> = [
  ['generated/countries.json', 'COUNTRY'],
  ['generated/world-cities.json', 'LOCATION'],
  ['generated/banks.json', 'ORGANIZATION'],
  ['curated/countries-variants.json', 'COUNTRY'],
  ['curated/iran-places.json', 'LOCATION'],
  ['curated/world-places.json', 'LOCATION'],
  ['curated/geography.json', 'LOCATION'],
  ['curated/landmarks.json', 'LOCATION'],
  ['curated/organizations.json', 'ORGANIZATION'],
];

function load(file: string): GazetteerEntry[] {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as GazetteerEntry[];
}
const byFile = new Map(FILES.map(([file]) => [file, load(file)]));
const all = [...byFile.values()].flat();
const forms = (e: GazetteerEntry): string[] => [e.text, ...(e.aliases ?? [])];

/** The entry of a type whose text or alias is `form` (by dictionary key). */
function find(type: string, form: string): GazetteerEntry | undefined {
  const key = dictionaryKey(form);
  return all.find((e) => e.type === type && forms(e).some((f) => dictionaryKey(f) === key));
}

describe('shipped gazetteers', () => {
  it.each(FILES)('%s is valid (shape, kinds, codes, sorted, no duplicates)', (file, type) => {
    expect(validateEntries(file, byFile.get(file), { key: dictionaryKey, expectedType: type })).toEqual([]);
  });

  it('every text and alias is stored in normalized form', () => {
    expect(all.flatMap(forms).filter((form) => normalize(form) !== form)).toEqual([]);
  });

  it('no (type, form) is claimed by two files', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, entries] of byFile) {
      for (const e of entries) {
        for (const f of forms(e)) {
          const id = `${e.type} ${dictionaryKey(f)}`;
          const previous = owner.get(id);
          if (previous && previous !== file) clashes.push(`${id}: ${previous}, ${file}`);
          owner.set(id, file);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no entry text or alias is a stop word unless the entry is marked ambiguous', () => {
    const stopwords = new Set((JSON.parse(readFileSync(join(DIR, 'generated/stopwords.json'), 'utf8')) as string[]).map(dictionaryKey));
    const offenders = all.filter((e) => !e.ambiguous && forms(e).some((f) => stopwords.has(dictionaryKey(f))));
    expect(offenders.map((e) => e.text)).toEqual([]);
  });

  it('every ISO country of world-countries has a COUNTRY entry with its code', async () => {
    const countries = (await import('world-countries')).default as Array<{ cca2: string }>;
    const codes = new Set(all.filter((e) => e.type === 'COUNTRY').map((e) => e.value?.['code']));
    expect(countries.map((c) => c.cca2).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('regions are not countries', () => {
    for (const region of ['جهان', 'اروپا', 'آسیا', 'خاورمیانه', 'غرب آسیا']) expect(find('COUNTRY', region)).toBeUndefined();
    expect(find('LOCATION', 'خاورمیانه')?.value).toMatchObject({ kind: 'region' });
    expect(find('LOCATION', 'اروپا')?.value).toMatchObject({ kind: 'continent' });
  });
});

describe('content users rely on', () => {
  it.each([
    ['آذربایجان', 'AZ'],
    ['جمهوری آذربایجان', 'AZ'],
    ['ایران', 'IR'],
    ['جمهوری اسلامی ایران', 'IR'],
    ['ترکمنستان', 'TM'],
    ['قزاقستان', 'KZ'],
    ['روسیه', 'RU'],
    ['فدراسیون روسیه', 'RU'],
    ['ایالات متحده', 'US'],
    ['امریکا', 'US'],
    ['انگلیس', 'GB'],
    ['بریتانیا', 'GB'],
    ['اسرائیل', 'IL'],
    ['عربستان', 'SA'],
    ['بوسنی', 'BA'],
    ['مقدونیه', 'MK'],
    ['آزربایجان', 'AZ'],
    ['یوگسلاوی', 'YU'],
  ])('%s is the country %s', (form, code) => {
    expect(find('COUNTRY', form)?.value).toMatchObject({ code });
  });

  it('a regime is its government, an organization of its country, not the country («رژیم صهیونیستی»)', () => {
    expect(find('COUNTRY', 'رژیم صهیونیستی')).toBeUndefined();
    expect(find('ORGANIZATION', 'رژیم صهیونیستی')?.value).toMatchObject({ kind: 'government', country: 'IL' });
  });

  it('آذربایجان carries جمهوری آذربایجان as an alias and ایران carries جمهوری اسلامی ایران', () => {
    expect(find('COUNTRY', 'آذربایجان')?.aliases).toContain('جمهوری آذربایجان');
    expect(find('COUNTRY', 'ایران')?.aliases).toContain('جمهوری اسلامی ایران');
  });

  it('all 31 provinces of Iran are present', () => {
    const provinces = byFile.get('curated/iran-places.json')!.filter((e) => e.value?.['kind'] === 'province');
    expect(new Set(provinces.map((e) => e.value?.['name'])).size).toBe(31);
    expect(find('LOCATION', 'خراسان رضوی')?.value).toMatchObject({ kind: 'province', country: 'IR' });
    expect(find('LOCATION', 'استان تهران')?.value).toMatchObject({ kind: 'province' });
  });

  it('every Iranian city names an existing province', () => {
    const provinceNames = new Set(
      byFile.get('curated/iran-places.json')!.filter((e) => e.value?.['kind'] === 'province').map((e) => e.value?.['name']),
    );
    const cities = byFile.get('curated/iran-places.json')!.filter((e) => e.value?.['kind'] === 'city');
    expect(cities.length).toBeGreaterThan(400);
    expect(cities.filter((e) => !provinceNames.has(e.value?.['province']))).toEqual([]);
  });

  it.each([
    ['تهران', { kind: 'city', country: 'IR', province: 'تهران' }],
    ['باکو', { kind: 'city', country: 'AZ' }],
    ['کابل', { kind: 'city', country: 'AF' }],
    ['دریای خزر', { kind: 'sea' }],
    ['خزر', { kind: 'sea' }],
    ['خلیج فارس', { kind: 'gulf' }],
    ['تنگه هرمز', { kind: 'strait' }],
    ['تالار وحدت', { kind: 'place', country: 'IR' }],
    ['برج میلاد', { kind: 'place', country: 'IR' }],
    ['حرم رضوی', { kind: 'place', country: 'IR' }],
    ['مسجدالحرام', { kind: 'place', country: 'SA' }],
    ['گوانتانامو', { kind: 'place', country: 'US' }],
    ['خراسان', { kind: 'region', country: 'IR' }],
    ['دشت مغان', { kind: 'region', country: 'IR' }],
  ])('%s is a known place', (form, value) => {
    expect(find('LOCATION', form)?.value).toMatchObject(value);
  });

  it('place names that are common words need context', () => {
    for (const form of ['نور', 'بهار', 'فردوس', 'کوثر', 'فضولی', 'محلات', 'داران', 'کلن', 'دنا']) expect(find('LOCATION', form)?.ambiguous).toBe(true);
  });

  it.each([
    ['سازمان ملل', 'international'],
    ['وزارت امور خارجه', 'ministry'],
    ['مجلس شورای اسلامی', 'parliament'],
    ['خبرگزاری مهر', 'news-agency'],
    ['دانشگاه تهران', 'university'],
    ['بانک ملی', 'bank'],
    ['پرسپولیس', 'club'],
    ['ملوان انزلی', 'club'],
    ['گیتی‌پسند', 'club'],
    ['شفیلد ونزدی', 'club'],
    ['شیکاگو بولز', 'club'],
    ['آبزرور', 'media'],
    ['ورزش سه', 'media'],
    ['آمریکن اکسپرس', 'company'],
    ['کشت و صنعت مغان', 'company'],
  ])('%s is an organization of kind %s', (form, kind) => {
    expect(find('ORGANIZATION', form)?.value).toMatchObject({ kind });
    expect(find('ORGANIZATION', form)?.ambiguous).toBeUndefined();
  });

  it('organization names that are common words are marked ambiguous', () => {
    for (const form of ['مهر', 'فارس', 'استقلال']) expect(find('ORGANIZATION', form)?.ambiguous).toBe(true);
  });

  it('there are 600+ organizations', () => {
    expect(all.filter((e) => e.type === 'ORGANIZATION').length).toBeGreaterThanOrEqual(600);
  });
});

describe('validateEntries', () => {
  const key = dictionaryKey;
  it('reports unsorted files, duplicates, bad codes and kinds', () => {
    const bad: GazetteerEntry[] = [
      { type: 'LOCATION', text: 'ب', value: { kind: 'town' } },
      { type: 'COUNTRY', text: 'الف', value: { code: 'IRN', name: 'الف' } },
      { type: 'COUNTRY', text: 'پ', aliases: ['الف'], value: { code: 'IR', name: 'پ' } },
    ];
    const problems = validateEntries('x', bad, { key }).join('\n');
    expect(problems).toMatch(/invalid location kind/);
    expect(problems).toMatch(/not alpha-2/);
    expect(problems).toMatch(/not sorted/);
    expect(problems).toMatch(/duplicate COUNTRY/);
  });

  it('accepts what sortEntries produces from valid entries', () => {
    const entries: GazetteerEntry[] = [
      { type: 'LOCATION', text: 'ری', value: { kind: 'city', country: 'IR' }, ambiguous: true },
      { type: 'LOCATION', text: 'آمل', value: { kind: 'city', country: 'IR' } },
    ];
    expect(validateEntries('x', sortEntries(entries), { key })).toEqual([]);
  });
});
