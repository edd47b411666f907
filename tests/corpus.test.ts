/**
 * The founding article: every one of its 65 gold entities must come out exactly (span and type).
 * Reads ../shared/corpus when it is there; skips with a message when it is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/index';

const dir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const present = existsSync(`${dir}caspian-summit-news.gold.json`);
if (!present) console.log('corpus.test: ../shared/corpus is not here; the founding-article test is skipped');

describe.skipIf(!present)('the founding article (caspian-summit-news)', () => {
  const text = present ? readFileSync(`${dir}caspian-summit-news.txt`, 'utf8') : '';
  const gold: Array<{ type: string; start: number; end: number; text: string }> = present
    ? JSON.parse(readFileSync(`${dir}caspian-summit-news.gold.json`, 'utf8')).entities
    : [];
  const found = extractEntities(text, { referenceDate: '2010-11-01' });
  const key = (e: { type: string; start: number; end: number }) => `${e.type} ${e.start}-${e.end} ${text.slice(e.start, e.end)}`;

  it('finds every gold entity with its exact span and type', () => {
    const predicted = new Set(found.map(key));
    expect(gold.map(key).filter((k) => !predicted.has(k))).toEqual([]);
  });

  it('finds nothing that is not in the gold', () => {
    const wanted = new Set(gold.map(key));
    expect(found.map(key).filter((k) => !wanted.has(k))).toEqual([]);
  });

  it('resolves the values users rely on', () => {
    const at = (start: number) => found.find((e) => e.start === start);
    expect(at(312)?.value).toMatchObject({ given: 'الهام' });
    expect(at(394)?.value).toMatchObject({ code: 'IR' });
    expect(at(2296)?.value).toMatchObject({ code: 'TM' });
    expect(at(572)?.value).toMatchObject({ kind: 'city', country: 'AZ' });
    expect(at(2773)?.value).toMatchObject({ calendar: 'gregorian', granularity: 'year', start: '2007-01-01', end: '2007-12-31' });
    expect(at(3250)?.value).toMatchObject({ calendar: 'jalali', granularity: 'month', jalali: '1389-09', relative: true });
  });
});
