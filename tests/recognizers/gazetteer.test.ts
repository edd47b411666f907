import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

describe('countries', () => {
  it('finds short, long and variant names with their ISO code', () => {
    expect(entity('سفر به جمهوری اسلامی ایران', 'جمهوری اسلامی ایران')?.value).toMatchObject({ code: 'IR' });
    expect(entity('ایالات متحده آمریکا و روسیه', 'ایالات متحده آمریکا')?.value).toMatchObject({ code: 'US' });
    expect(entity('روابط با امریکا', 'امریکا')?.value).toMatchObject({ code: 'US' });
    expect(entity('سفر به انگلیس', 'انگلیس')?.value).toMatchObject({ code: 'GB' });
    expect(entity('ترکمنستان، قزاقستان و روسیه', 'قزاقستان')?.value).toMatchObject({ code: 'KZ' });
  });

  it('reads «رئیس جمهوری X» as the president of X, but keeps «جمهوری اسلامی ایران» whole', () => {
    expect(found('رییس جمهوری آذربایجان گفت', ['COUNTRY'])).toEqual(['COUNTRY:آذربایجان']);
    expect(found('آمادگی جمهوری آذربایجان', ['COUNTRY'])).toEqual(['COUNTRY:جمهوری آذربایجان']);
    expect(found('رییس جمهوری اسلامی ایران', ['COUNTRY'])).toEqual(['COUNTRY:جمهوری اسلامی ایران']);
  });

  it('is tolerant of Arabic letters, diacritics, kashida and ZWNJ', () => {
    expect(found('سفر به ايران', ['COUNTRY'])).toEqual(['COUNTRY:ايران']);
    expect(found('سفر به روسـیه', ['COUNTRY'])).toEqual(['COUNTRY:روسـیه']);
    expect(found('سفر به اِیران', ['COUNTRY'])).toEqual(['COUNTRY:اِیران']);
  });

  it('does not match inside a longer word', () => {
    expect(found('غذای تهرانی و مردم ایرانی', ['COUNTRY', 'LOCATION'])).toEqual([]);
  });
});

describe('places', () => {
  it('finds seas by full name and by the short name news uses', () => {
    expect(entity('امنیت دریای خزر', 'دریای خزر')?.value).toMatchObject({ kind: 'sea' });
    expect(found('کشورهای ساحلی خزر', ['LOCATION'])).toEqual(['LOCATION:خزر']);
  });

  it('prefers a region over the country it contains', () => {
    expect(found('کشورهای آمریکای لاتین', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:آمریکای لاتین']);
  });

  it('finds Iranian cities and world capitals with their country', () => {
    expect(entity('در تهران', 'تهران')?.value).toMatchObject({ kind: 'city', country: 'IR' });
    expect(entity('در باکو', 'باکو')?.value).toMatchObject({ country: 'AZ' });
  });

  it('needs context for a place name that is a common word', () => {
    expect(found('نور خورشید', ['LOCATION'])).toEqual([]);
    expect(found('در شهر نور', ['LOCATION'])).toEqual(['LOCATION:شهر نور']);
  });
});

describe('organizations by name', () => {
  it('finds international bodies and their short names', () => {
    expect(found('سازمان ملل متحد و ناتو', ['ORGANIZATION'])).toEqual(['ORGANIZATION:سازمان ملل متحد', 'ORGANIZATION:ناتو']);
    expect(found('اعضای اوپک و اتحادیه اروپا', ['ORGANIZATION'])).toEqual(['ORGANIZATION:اوپک', 'ORGANIZATION:اتحادیه اروپا']);
  });
});

describe('gazetteer: clubs named like a city or a word, in sports news', () => {
  it('reads the name as the club in a sentence about a game', () => {
    expect(found('سرمربی تیم گفت لیورپول حریف سختی است', ['ORGANIZATION', 'LOCATION'])).toEqual(['ORGANIZATION:لیورپول']);
    expect(found('تنها گل استقلال را مهاجم جوان زد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:استقلال']);
    expect(found('ملوان در صدر جدول لیگ یک ماند', ['ORGANIZATION'])).toEqual(['ORGANIZATION:ملوان']);
  });

  it('keeps the city or the word elsewhere, and in the sentence before', () => {
    expect(found('او سال ها در لیورپول زندگی کرد', ['ORGANIZATION', 'LOCATION'])).toEqual(['LOCATION:لیورپول']);
    expect(found('روز استقلال آمریکا تعطیل است', ['ORGANIZATION'])).toEqual([]);
    expect(found('بازی تمام شد . او به لیورپول رفت', ['ORGANIZATION', 'LOCATION'])).toEqual(['LOCATION:لیورپول']);
  });

  it('takes no sports word as evidence for itself', () => {
    expect(found('یک هوادار پیر آمد', ['ORGANIZATION'])).toEqual([]);
  });
});

describe('gazetteer: context words speak of one kind of organization', () => {
  it('takes a word of sports for a club and a word of the press for a paper', () => {
    expect(found('مهاجم استقلال مصدوم شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:استقلال']);
    expect(found('تیتر اعتماد درباره انتخابات بود', ['ORGANIZATION'])).toEqual(['ORGANIZATION:اعتماد']);
  });

  it('does not take a word of sports for a paper named like a word', () => {
    expect(found('مهاجم جوان به خط حمله رفت', ['ORGANIZATION'])).toEqual([]);
  });

  it('takes an interview for a paper or agency named like a word, however «گفت‌وگو» is written', () => {
    expect(found('وزیر در گفتگو با مهر افزود', ['ORGANIZATION'])).toEqual(['ORGANIZATION:مهر']);
    expect(found('او در گفت و گو با فارس گفت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:فارس']);
    expect(found('او در گفت‌وگو با اعتماد گفت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:اعتماد']);
    expect(found('او در مصاحبه با شرق گفت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:شرق']);
  });

  it('takes no interview where «با» or «گفتگو» is missing', () => {
    expect(found('سفر با مهر مادری همراه بود', ['ORGANIZATION'])).toEqual([]);
    expect(found('گفتگو درباره مهر ماه', ['ORGANIZATION'])).toEqual([]);
  });
});

describe('gazetteer: a city that names a club', () => {
  it('is the city by itself and the club in sports news', () => {
    expect(found('مارسی شهری بندری است', ['ORGANIZATION', 'LOCATION'])).toEqual(['LOCATION:مارسی']);
    expect(found('بازیکنان مارسی در لیگ فرانسه درخشیدند', ['ORGANIZATION', 'LOCATION'])).toEqual(['ORGANIZATION:مارسی']);
  });

  it('knows clubs and services by their everyday short names', () => {
    expect(found('گل رئال در دقیقه آخر', ['ORGANIZATION'])).toEqual(['ORGANIZATION:رئال']);
    expect(found('اینستا فیلتر شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:اینستا']);
    expect(found('قیمت ۱۰۰ ریال شد', ['ORGANIZATION'])).toEqual([]);
  });
});
