import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

const percents = (text: string): string[] => found(text, ['PERCENT']);

describe('PERCENT', () => {
  it.each([
    ['تورم ۷ درصد شد', '۷ درصد', { value: 7 }],
    ['رشد ۳٪ بود', '۳٪', { value: 3 }],
    ['رشد 3% بود', '3%', { value: 3 }],
    ['هفت درصد کاهش', 'هفت درصد', { value: 7 }],
    ['افزایش ۴٫۵ درصدی', '۴٫۵ درصدی', { value: 4.5 }],
    ['سهم ۶۰ در صد است', '۶۰ در صد', { value: 60 }],
    ['صد در صد موافق', 'صد در صد', { value: 100 }],
    ['صددرصد موافق', 'صددرصد', { value: 100 }],
    ['رشد منفی ۱٫۲ درصد', 'منفی ۱٫۲ درصد', { value: -1.2 }],
    ['بیست و پنج درصد', 'بیست و پنج درصد', { value: 25 }],
    ['نیم درصد', 'نیم درصد', { value: 0.5 }],
    ['۲/۳ درصد', '۲/۳ درصد', { value: 2.3 }],
  ])('%s → %s', (text, span, value) => {
    expect(percents(text)).toEqual([`PERCENT:${span}`]);
    expect(entity(text, span)?.value).toEqual(value);
  });

  it('reads ranges as one percentage', () => {
    expect(entity('۱۵ تا ۲۰ درصد', '۱۵ تا ۲۰ درصد')?.value).toEqual({ value: 15, max: 20 });
    expect(entity('بین ۲ درصد تا ۳ درصد', 'بین ۲ درصد تا ۳ درصد')?.value).toEqual({ value: 2, max: 3 });
    expect(entity('بین ۴ و ۶ درصد', 'بین ۴ و ۶ درصد')?.value).toEqual({ value: 4, max: 6 });
    expect(percents('۴ و ۶ درصد')).toEqual(['PERCENT:۶ درصد']);
  });

  it('takes no low end that belongs to something else', () => {
    expect(found('سال ۱۳۹۹ تا ۱۵ درصد رشد کرد')).toEqual(['DATE:سال ۱۳۹۹', 'PERCENT:۱۵ درصد']);
  });

  it('takes no percent word without a number', () => {
    expect(percents('درصد قبولی بالا رفت')).toEqual([]);
    expect(percents('چند درصد مردم')).toEqual([]);
    expect(percents('در صد سال گذشته')).toEqual([]);
    expect(percents('در صدد است')).toEqual([]);
  });
});
