import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

describe('organizations after a head noun', () => {
  it('takes the name that follows the head', () => {
    expect(found('خبرنگار خبرگزاری آران گزارش داد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:خبرگزاری آران']);
    expect(entity('خبرنگار خبرگزاری آران گزارش داد', 'خبرگزاری آران')?.value).toMatchObject({ kind: 'news-agency' });
  });

  it('ends the name at a country and reports it: the embassy, then Baku', () => {
    expect(found('سفارت جمهوری اسلامی ایران در باکو اعلام کرد')).toEqual(['ORGANIZATION:سفارت جمهوری اسلامی ایران', 'LOCATION:باکو']);
    expect(entity('سفارت جمهوری اسلامی ایران در باکو', 'سفارت جمهوری اسلامی ایران')?.value).toMatchObject({ kind: 'embassy', country: 'IR' });
  });

  it('stops before function words and verbs', () => {
    expect(found('وزارت نفت اعلام کرد که', ['ORGANIZATION'])).toEqual(['ORGANIZATION:وزارت نفت']);
    expect(found('دانشگاه صنعتی اصفهان و دانشگاه تبریز', ['ORGANIZATION'])).toEqual(['ORGANIZATION:دانشگاه صنعتی اصفهان', 'ORGANIZATION:دانشگاه تبریز']);
  });

  it('finds no organization where the head is an ordinary noun', () => {
    expect(found('مبارزه با جرایم سازمان یافته', ['ORGANIZATION'])).toEqual([]);
    expect(found('برای شرکت در نشست به باکو رفت', ['ORGANIZATION'])).toEqual([]);
    expect(found('شرکت می کنند', ['ORGANIZATION'])).toEqual([]);
    expect(found('این سازمان ها و وزارتخانه ها', ['ORGANIZATION'])).toEqual([]);
  });

  it('needs a known name after a weak head', () => {
    expect(found('گروه کاری تشکیل شد', ['ORGANIZATION'])).toEqual([]);
  });
});

describe('a head noun followed by a verb, a number or a function word is no name', () => {
  it('reads a verb after the head as the head used as a noun', () => {
    expect(found('نماینده آن کشور در جلسه شرکت نکرد', ['ORGANIZATION'])).toEqual([]);
    expect(found('آنها مخالف دولت نیستند', ['ORGANIZATION'])).toEqual([]);
    expect(found('ساکنان این شهر هستند', ['LOCATION'])).toEqual([]);
    expect(found('دولت توانسته بازار را آرام کند', ['ORGANIZATION'])).toEqual([]);
  });

  it('reads a word before a light verb as the verb’s noun', () => {
    expect(found('لایحه را به مجلس ارائه نکرده است', ['ORGANIZATION'])).toEqual([]);
    expect(found('گندم در این استان تولید می شود', ['LOCATION'])).toEqual([]);
  });

  it('takes no number after a head that is not numbered', () => {
    expect(found('دولت 50 میلیارد تومان پرداخت', ['ORGANIZATION'])).toEqual([]);
  });

  it('takes no head after a determiner or a count', () => {
    expect(found('کارکنان این شرکت پروژه ها را', ['ORGANIZATION'])).toEqual([]);
    expect(found('فهرست 12 شرکت مجاز منتشر شد', ['ORGANIZATION'])).toEqual([]);
  });

  it('still takes the names that follow such heads', () => {
    expect(found('شرکت نفت اعلام کرد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:شرکت نفت']);
    expect(found('دولت چین اعلام کرد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:دولت چین']);
  });
});

describe('numbered heads', () => {
  it('takes the number of a military unit, and the unit it belongs to', () => {
    expect(found('فرمانده لشکر 27 گفت', ['ORGANIZATION'])).toEqual(['ORGANIZATION:لشکر 27']);
    expect(found('گردان 3 از تیپ 12 لشکر 5 عراق', ['ORGANIZATION'])).toEqual(['ORGANIZATION:گردان 3', 'ORGANIZATION:تیپ 12 لشکر 5 عراق']);
  });

  it('does not run a unit on into ordinary words', () => {
    expect(found('تیپ 12 نیروهای ویژه وارد شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:تیپ 12']);
    expect(found('حمله تیپ زرهی دشمن دفع شد', ['ORGANIZATION'])).toEqual([]);
  });

  it('takes an ordinal after a parliament or a government, and number words after a channel', () => {
    expect(found('نمایندگان مجلس دهم رأی دادند', ['ORGANIZATION'])).toEqual(['ORGANIZATION:مجلس دهم']);
    expect(found('در دولت یازدهم تصویب شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:دولت یازدهم']);
    expect(found('شبکه چهار سیما پخش می کند', ['ORGANIZATION'])).toEqual(['ORGANIZATION:شبکه چهار سیما']);
  });
});

describe('places after a head noun', () => {
  it('includes the head in the span and takes its kind', () => {
    expect(found('در استان البرز', ['LOCATION'])).toEqual(['LOCATION:استان البرز']);
    expect(entity('در استان البرز', 'استان البرز')?.value).toMatchObject({ kind: 'province', country: 'IR' });
    expect(entity('ساکنان شهر کرج', 'شهر کرج')?.value).toMatchObject({ kind: 'city' });
  });

  it('names a place only after a known place: one named after a person is not called by the person', () => {
    // the Tehran airport is a listed landmark (its country, no name of the person); another airport is not
    expect(entity('به فرودگاه امام خمینی رسید', 'فرودگاه امام خمینی')?.value).toEqual({ kind: 'place', country: 'IR' });
    expect(entity('به فرودگاه شهید بهشتی رسید', 'فرودگاه شهید بهشتی')?.value).toEqual({ kind: 'place' });
    expect(entity('در خیابان شهید بهشتی', 'خیابان شهید بهشتی')?.value).toEqual({ kind: 'place' });
    expect(entity('در استان البرز', 'استان البرز')?.value).toEqual({ kind: 'province', country: 'IR', name: 'البرز' });
  });

  it('takes one unknown word after a strong head', () => {
    expect(found('در روستای لاکان', ['LOCATION'])).toEqual(['LOCATION:روستای لاکان']);
  });

  it('finds no place where the word after the head is no name', () => {
    expect(found('این شهر بزرگ است', ['LOCATION'])).toEqual([]);
    expect(found('در منطقه ای دور', ['LOCATION'])).toEqual([]);
  });

  it('does not run a listed place on to the next one', () => {
    expect(found('کشورهای ساحلی دریای خزر شامل ایران', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:دریای خزر', 'COUNTRY:ایران']);
  });
});
