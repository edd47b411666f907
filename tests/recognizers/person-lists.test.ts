import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('people in lists', () => {
  it('takes the other items of a list with a person in it for people', () => {
    expect(found('در این مراسم بهروز کاووسی ، نوروزی و شهرام تیموری حضور داشتند', ['PERSON'])).toEqual([
      'PERSON:بهروز کاووسی',
      'PERSON:نوروزی',
      'PERSON:شهرام تیموری',
    ]);
  });

  it('takes a list of listed family names for people, with a title before an item left out', () => {
    expect(found('از میان کریمی ، دکتر رضایی و جعفری یکی انتخاب می‌شود', ['PERSON'])).toEqual(['PERSON:کریمی', 'PERSON:رضایی', 'PERSON:جعفری']);
  });

  it('does not take a list of words, or a word after the last name, for people', () => {
    expect(found('علم ، دانش و خردمندی ایشان است', ['PERSON'])).toEqual([]);
    expect(found('اقتصادی ، سیاسی و فرهنگی است', ['PERSON'])).toEqual([]);
    expect(found('آثار بهروز کاووسی و شهرام تیموری ، آثار رسیده به نمایشگاه', ['PERSON'])).toEqual(['PERSON:بهروز کاووسی', 'PERSON:شهرام تیموری']);
  });

  it('keeps a place in a list a place', () => {
    expect(found('بهروز کاووسی از تهران ، اصفهان و شیراز آمد', ['PERSON'])).toEqual(['PERSON:بهروز کاووسی']);
  });
});

describe('people in lists: family endings and unknown given names', () => {
  it('takes a list of family names with endings only family names have for people', () => {
    expect(found('اگر کاووسی‌زاده ، خاکپور ، نوروزی و عزیزی بیایند', ['PERSON'])).toEqual([
      'PERSON:کاووسی‌زاده',
      'PERSON:خاکپور',
      'PERSON:نوروزی',
      'PERSON:عزیزی',
    ]);
    // adjectives in ‑ی prove nothing
    expect(found('اقتصادی ، فرهنگی ، اجتماعی و سیاسی', ['PERSON'])).toEqual([]);
  });

  it('takes an unknown given name before a listed family name as one item', () => {
    expect(found('شاهرخ بیانی - خداد عزیزی - رضا کاووسی', ['PERSON'])).toContain('PERSON:خداد عزیزی');
  });
});
