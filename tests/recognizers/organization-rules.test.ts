import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

describe('organizations: names after a head noun', () => {
  it('joins two words of a name with «و» when the second is a word of known names', () => {
    expect(found('اتحادیه صادرکنندگان نفت و گاز گفت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:اتحادیه صادرکنندگان نفت و گاز']);
    expect(found('رئیس اتحادیه میوه و برای', ['ORGANIZATION'])).toEqual(['ORGANIZATION:اتحادیه میوه']);
  });

  it('does not extend a listed name with ordinary words', () => {
    expect(found('سخنگوی سازمان انرژی اتمی خاطرنشان کرد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:سازمان انرژی اتمی']);
    expect(found('لایحه را به مجلس ارائه کند', ['ORGANIZATION'])).toEqual([]);
  });

  it('extends a listed name with the place it belongs to', () => {
    expect(found('وزارت دفاع روسیه اعلام کرد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:وزارت دفاع روسیه']);
  });

  it('takes a weak head only with words that end in a place', () => {
    expect(found('تیم ملی والیبال ایران برد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:تیم ملی والیبال ایران']);
    expect(found('تیم ژاپن برد', ['ORGANIZATION'])).toEqual([]);
  });
});

describe('organizations: agencies after the title of their head', () => {
  it('finds the field and the place of a provincial office', () => {
    expect(found('مدیرکل محیط زیست استان البرز گفت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:محیط زیست استان البرز']);
  });

  it('never reads the presidency as an agency', () => {
    expect(found('رییس جمهوری آذربایجان', ['ORGANIZATION'])).toEqual([]);
  });
});

describe('organizations: ambiguous names need context', () => {
  it('reads «مهر» and «فارس» as agencies only where news names its source', () => {
    expect(found('به گزارش مهر ، جلسه برگزار شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:مهر']);
    expect(found('مهر مادر', ['ORGANIZATION'])).toEqual([]);
    expect(entity('خبرنگار فارس گزارش داد', 'فارس')).toMatchObject({ type: 'ORGANIZATION' });
  });
});

describe('dictionary phrases never split a function word', () => {
  it('does not read «و نیز» (and also) as Venice', () => {
    expect(found('و نیز گفت', ['LOCATION'])).toEqual([]);
  });

  it('still matches a name written apart', () => {
    expect(found('الهام علی اف', ['PERSON'])).toEqual(['PERSON:الهام علی اف']);
  });

  it('needs context for small GeoNames places that spell ordinary words', () => {
    expect(found('تولید دارو در کشور', ['LOCATION'])).toEqual([]);
  });
});

describe('organizations: the source of a report', () => {
  it('reads the words between «به گزارش» and the comma as the source', () => {
    expect(found('به گزارش فرادید ، قیمت ها افزایش یافت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:فرادید']);
    expect(found('به نقل از ورزش سه ، بازی لغو شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:ورزش سه']);
  });

  it('leaves a reporter and a clause without a comma alone', () => {
    expect(found('به گزارش خبرنگار ما ، جلسه برگزار شد', ['ORGANIZATION'])).toEqual([]);
    expect(found('به گزارش رسیدگی شد و', ['ORGANIZATION'])).toEqual([]);
  });
});
