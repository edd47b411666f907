import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dates } from './context';

const dir = new URL('../../../../shared/corpus/', import.meta.url);
const exists = existsSync(new URL('caspian-summit-news.gold.json', dir));
if (!exists) console.warn('../shared/corpus is absent: the founding-article DATE test is skipped');

interface GoldEntity {
  type: string;
  start: number;
  end: number;
  text: string;
}

describe.skipIf(!exists)('founding article (caspian-summit-news), referenceDate 2010-11-01', () => {
  it('finds exactly the eleven gold DATE spans, resolved', () => {
    const text = readFileSync(new URL('caspian-summit-news.txt', dir), 'utf8');
    const gold = (JSON.parse(readFileSync(new URL('caspian-summit-news.gold.json', dir), 'utf8')) as { entities: GoldEntity[] }).entities
      .filter((e) => e.type === 'DATE')
      .map((e) => `${e.start}:${e.end}:${e.text}`);
    const found = dates(text, '2010-11-01');
    expect(found.map((d) => `${d.start}:${d.end}:${d.text}`)).toEqual(gold);
    const byText = new Map(found.map((d) => [d.text, d.value]));
    expect(byText.get('امروز')).toMatchObject({ gregorian: '2010-11-01', jalali: '1389-08-10', relative: true });
    expect(byText.get('اکتبر سال گذشته')).toMatchObject({ calendar: 'gregorian', gregorian: '2009-10' });
    expect(byText.get('اواخر اسفندماه گذشته')).toMatchObject({ jalali: '1388-12', start: '2010-03-12', end: '2010-03-20' });
    expect(byText.get('سال 2007')).toMatchObject({ gregorian: '2007', start: '2007-01-01' });
    expect(byText.get('آذرماه امسال')).toMatchObject({ jalali: '1389-09' });
    expect(byText.get('روز دوشنبه')).toEqual({ calendar: 'jalali', granularity: 'day', weekday: 2 });
  });
});
