import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderHtml, toDisplacy, typeClassName, typeColor } from '../../src/html/index';
import { extractEntities } from '../../src/index';
import { summarizeValue } from '../../src/html/summary';
import type { Entity } from '../../src/types';

function entity(text: string, phrase: string, type: string, extra: Partial<Entity> = {}, from = 0): Entity {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return { type, text: phrase, start, end: start + phrase.length, normalized: phrase, source: 'rule', confidence: 0.9, ...extra };
}

/** Text of the page with the tags removed and entities decoded: what a reader sees, labels aside. */
function visibleText(html: string): string {
  const withoutLabels = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<div class="ent-legend">[\s\S]*?<\/div>/, '').replace(/<span class="ent-label">[^<]*<\/span>/g, '');
  return withoutLabels
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const TEXT = 'الهام علی اف رییس جمهوری آذربایجان در باکو گفت.';

describe('renderHtml', () => {
  const entities = [
    entity(TEXT, 'الهام علی اف', 'PERSON', { value: { given: 'الهام', family: 'علی اف' } }),
    entity(TEXT, 'آذربایجان', 'COUNTRY', { value: { code: 'AZ', name: 'آذربایجان' } }),
    entity(TEXT, 'باکو', 'LOCATION', { value: { kind: 'city', country: 'AZ' } }),
  ];

  it('wraps the text right-to-left in Persian and marks each entity with its type', () => {
    const html = renderHtml(TEXT, entities);
    expect(html).toContain('<div class="persian-ner" dir="rtl" lang="fa">');
    expect(html).toContain('<mark class="ent ent-person" data-type="PERSON" data-start="0" data-end="12"');
    expect(html).toContain('>الهام علی اف<span class="ent-label">PERSON</span></mark>');
    expect(html).toContain('<mark class="ent ent-country" data-type="COUNTRY"');
    expect(html.match(/<mark /g)).toHaveLength(3);
    expect(visibleText(html)).toBe(TEXT);
  });

  it('puts the value summary and confidence in the title', () => {
    const html = renderHtml(TEXT, entities);
    expect(html).toContain('title="COUNTRY · AZ · confidence 0.90 · rule"');
    expect(html).toContain('given: الهام, family: علی اف');
  });

  it('uses Persian labels on request, and a map of your own', () => {
    const fa = renderHtml(TEXT, entities, { labels: 'fa' });
    expect(fa).toContain('<span class="ent-label">شخص</span>');
    expect(fa).toContain('<span class="ent-label">کشور</span>');
    expect(fa).toContain('<span class="ent-label">مکان</span>');
    expect(fa).not.toContain('<span class="ent-label">PERSON</span>');
    const numeric = extractEntities('ساعت ۱۰ صبح ۵ درصد از ۲ میلیون دلار', { referenceDate: '2024-01-15' });
    const labels = renderHtml('ساعت ۱۰ صبح ۵ درصد از ۲ میلیون دلار', numeric, { labels: 'fa' });
    for (const label of ['زمان', 'درصد', 'مبلغ']) expect(labels).toContain(`<span class="ent-label">${label}</span>`);
    expect(toDisplacy('۵ درصد', extractEntities('۵ درصد')).ents).toEqual([{ start: 0, end: 6, label: 'PERCENT' }]);
    const own = renderHtml(TEXT, entities, { labels: { PERSON: 'P' } });
    expect(own).toContain('<span class="ent-label">P</span>');
    expect(own).toContain('<span class="ent-label">COUNTRY</span>');
  });

  it('shows a legend of the types present, a chosen list, or none', () => {
    const legend = /<div class="ent-legend">(.*?)<\/div>/;
    expect(renderHtml(TEXT, entities).match(legend)?.[1]).toBe(
      '<span class="ent ent-person" data-type="PERSON">PERSON</span><span class="ent ent-country" data-type="COUNTRY">COUNTRY</span><span class="ent ent-location" data-type="LOCATION">LOCATION</span>',
    );
    expect(renderHtml(TEXT, entities, { legend: ['DATE'] }).match(legend)?.[1]).toContain('data-type="DATE"');
    expect(renderHtml(TEXT, entities, { legend: false })).not.toContain('ent-legend"');
    expect(renderHtml(TEXT, [])).not.toContain('ent-legend"');
  });

  it('is a fragment with its own styles by default and a full document when standalone', () => {
    const fragment = renderHtml(TEXT, entities);
    expect(fragment.startsWith('<style>')).toBe(true);
    expect(fragment).toContain('.persian-ner .ent-person{background:#aa9cfc}');
    expect(fragment).not.toContain('<html');
    expect(renderHtml(TEXT, entities, { style: false })).not.toContain('<style>');
    const page = renderHtml(TEXT, entities, { standalone: true, title: 'a <b> title' });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="fa" dir="rtl">');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>a &lt;b&gt; title</title>');
  });

  it('keeps markup in the input inert, in text and in attributes', () => {
    const text = '<script>alert(1)</script> سلام "x" & \'y\' <img src=x onerror=alert(2)>';
    const evil = entity(text, 'سلام', '"><script>bad()</script>', { source: '"onmouseover="x', value: { note: '<b>' } });
    const html = renderHtml(text, [evil], { labels: 'fa' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/"\s*onmouseover=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(visibleText(html)).toBe(text);
  });

  it('escapes whatever the input is (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 5));
        const ents: Entity[] = start < end ? [{ type: 'X<', text: text.slice(start, end), start, end, normalized: '', source: 's', confidence: 1 }] : [];
        const html = renderHtml(text, ents);
        const tags = html.replace(/<style>[\s\S]*?<\/style>/, '').match(/<\/?([a-z]+)/g) ?? [];
        expect(new Set(tags.map((t) => t.replace(/[</]/g, '')))).toSatisfy((names: Set<string>) => [...names].every((n) => ['div', 'mark', 'span'].includes(n)));
        expect(visibleText(html)).toBe(text);
      }),
    );
  });

  it('keeps offsets exact around emoji (surrogate pairs)', () => {
    const text = '😀 سلام 👍🏽 تهران 🇮🇷 ایران';
    const ents = [entity(text, 'تهران', 'LOCATION'), entity(text, 'ایران', 'COUNTRY')];
    const html = renderHtml(text, ents);
    expect(html).toContain(`data-start="${text.indexOf('تهران')}"`);
    expect(html).toContain('>تهران<span class="ent-label">');
    expect(html).toContain('>ایران<span class="ent-label">');
    expect(visibleText(html)).toBe(text);
    const emoji = { ...entity(text, '👍🏽', 'EMOJI') };
    expect(renderHtml(text, [emoji])).toContain('>👍🏽<span');
  });

  it('skips overlapping, empty and out-of-range entities instead of breaking the markup', () => {
    const text = 'دریای خزر و باکو';
    const sea = entity(text, 'دریای خزر', 'LOCATION');
    const inner = entity(text, 'خزر', 'LOCATION');
    const outside: Entity = { ...sea, start: 10, end: 999 };
    const empty: Entity = { ...sea, start: 3, end: 3 };
    const html = renderHtml(text, [inner, sea, outside, empty]);
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(html).toContain('>دریای خزر<span');
    expect(visibleText(html)).toBe(text);
  });

  it('gives user types a stable class and colour of their own', () => {
    expect(typeClassName('DRUG')).toBe('ent-drug');
    expect(typeClassName('دارو')).toMatch(/^ent-t[0-9a-z]+$/);
    expect(typeClassName('دارو')).toBe(typeClassName('دارو'));
    expect(typeClassName('دارو')).not.toBe(typeClassName('بیماری'));
    expect(typeColor('DRUG')).toBe(typeColor('DRUG'));
    expect(typeColor('DRUG')).toMatch(/^hsl\(\d+, 70%, 82%\)$/);
    expect(typeColor('PERSON')).toBe('#aa9cfc');
    expect(typeColor('DRUG', { DRUG: '#f0c' })).toBe('#f0c');
    const text = 'آسپرین خوردم';
    const html = renderHtml(text, [entity(text, 'آسپرین', 'دارو')]);
    expect(html).toContain(`.persian-ner .${typeClassName('دارو')}{background:${typeColor('دارو')}}`);
  });

  it('writes newlines of the input as they are (the styles keep them)', () => {
    const text = 'خط اول\nخط دوم';
    expect(renderHtml(text, [])).toContain('خط اول\nخط دوم');
    expect(renderHtml(text, [])).toContain('white-space:pre-wrap');
  });
});

describe('toDisplacy', () => {
  it('gives the manual format with offsets as given', () => {
    const text = '🇮🇷 ایران';
    const ents = [entity(text, 'ایران', 'COUNTRY')];
    expect(toDisplacy(text, ents)).toEqual({ text, ents: [{ start: 5, end: 10, label: 'COUNTRY' }], title: null });
    expect(toDisplacy('', [])).toEqual({ text: '', ents: [], title: null });
  });
});

describe('summarizeValue', () => {
  it('summarizes each kind of value in one line', () => {
    expect(summarizeValue({ type: 'COUNTRY', value: { code: 'IR', name: 'ایران' } })).toBe('IR');
    expect(summarizeValue({ type: 'LOCATION', value: { kind: 'sea' } })).toBe('sea');
    expect(summarizeValue({ type: 'LOCATION', value: { kind: 'city', country: 'AZ' } })).toBe('city, in: AZ');
    expect(summarizeValue({ type: 'PERSON', value: { title: 'دکتر', given: 'محمد', family: 'قریب' } })).toBe('title: دکتر, given: محمد, family: قریب');
    expect(
      summarizeValue({ type: 'DATE', value: { calendar: 'jalali', granularity: 'month', jalali: '1402-03', gregorian: '2023-05', start: '2023-05-22', end: '2023-06-21' } }),
    ).toBe('jalali 1402-03, gregorian 2023-05, 2023-05-22…2023-06-21');
    expect(summarizeValue({ type: 'DATE', value: { calendar: 'gregorian', granularity: 'day', gregorian: '2010-11-01', start: '2010-11-01', end: '2010-11-01', relative: true } })).toBe(
      'gregorian 2010-11-01, relative',
    );
    expect(summarizeValue({ type: 'DATE', value: { calendar: 'jalali', granularity: 'week' } })).toBe('week (unresolved)');
    expect(summarizeValue({ type: 'TIME', value: { hour: 20, minute: 5, period: 'night' } })).toBe('20:05, night');
    expect(summarizeValue({ type: 'TIME', value: { period: 'morning', date: { calendar: 'jalali', granularity: 'day', gregorian: '2024-01-15', start: '2024-01-15', end: '2024-01-15' } } })).toBe(
      'morning, gregorian 2024-01-15',
    );
    expect(summarizeValue({ type: 'MONEY', value: { amount: 2e6, currency: 'USD' } })).toBe('2000000 USD');
    expect(summarizeValue({ type: 'MONEY', value: { amount: 200_000, currency: 'IRR', unit: 'toman' } })).toBe('200000 IRR (20000 toman)');
    expect(summarizeValue({ type: 'MONEY', value: { amount: 5e6, max: 1e7, currency: 'USD' } })).toBe('5000000…10000000 USD');
    expect(summarizeValue({ type: 'PERCENT', value: { value: 2.5 } })).toBe('2.5%');
    expect(summarizeValue({ type: 'PERCENT', value: { value: 5, max: 10 } })).toBe('5…10%');
    expect(summarizeValue({ type: 'DRUG', value: { atc: 'N02BA01', nested: { a: 1 } } })).toBe('atc: N02BA01');
    expect(summarizeValue({ type: 'PERSON' })).toBe('');
  });
});
