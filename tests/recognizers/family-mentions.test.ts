import { describe, expect, it } from 'vitest';
import { createExtractor, extractEntities } from '../../src/index';
import { found } from './helpers';

describe('people: later mentions by family name alone', () => {
  it('finds the family name alone once the person was named in full earlier in the text', () => {
    const text = 'بهروز کمالوندی در نشست خبری حاضر شد. در ادامه کمالوندی از برنامه‌های سازمان سخن گفت.';
    expect(found(text, ['PERSON'])).toEqual(['PERSON:بهروز کمالوندی', 'PERSON:کمالوندی']);
    const mention = extractEntities(text, { referenceDate: '2024-01-15' }).find((e) => e.text === 'کمالوندی');
    expect(mention).toMatchObject({ source: 'rule', value: { family: 'کمالوندی' } });
    // weaker than the full name it comes from
    expect(mention!.confidence).toBeLessThan(0.75);
  });

  it('finds a family name of two parts written joined, apart or with a half-space', () => {
    const text = 'محمدرضا قاضی‌زاده در جلسه حضور داشت. سپس قاضی زاده و قاضیزاده گفتند که قاضی‌زاده حاضر است.';
    expect(found(text, ['PERSON'])).toEqual(['PERSON:محمدرضا قاضی‌زاده', 'PERSON:قاضی زاده', 'PERSON:قاضیزاده', 'PERSON:قاضی‌زاده']);
  });

  it('remembers the family name across blocks of a long text', () => {
    const filler = 'این جمله فقط برای طولانی کردن متن است و نامی ندارد.\n'.repeat(600);
    const text = `بهروز کمالوندی سخنرانی کرد.\n${filler}در پایان کمالوندی از همه تشکر کرد.`;
    expect(text.length).toBeGreaterThan(20_000);
    expect(found(text, ['PERSON'])).toEqual(['PERSON:بهروز کمالوندی', 'PERSON:کمالوندی']);
  });

  it('needs the full name first: a text is a new memory, and a bare word stays a word', () => {
    expect(found('در ادامه کمالوندی از برنامه‌های سازمان سخن گفت.', ['PERSON'])).toEqual([]);
    // the earlier call taught nothing to this one
    extractEntities('بهروز کمالوندی حاضر شد.');
    expect(found('در ادامه کمالوندی از برنامه‌های سازمان سخن گفت.', ['PERSON'])).toEqual([]);
  });

  it('does not read an adjective before its copula as the name («امیدوار بود»)', () => {
    expect(found('حسن امیدوار به تهران رفت. او امیدوار بود که کار تمام شود.', ['PERSON'])).toEqual(['PERSON:حسن امیدوار']);
  });

  it('is off with the built-in person rules', () => {
    const extractor = createExtractor({ replaceBuiltin: ['PERSON'] });
    const text = 'بهروز کمالوندی در نشست خبری حاضر شد. در ادامه کمالوندی سخن گفت.';
    expect(extractor.extract(text, { referenceDate: '2024-01-15' }).filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});
