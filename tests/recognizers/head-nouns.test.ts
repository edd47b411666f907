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

describe('places after a head noun', () => {
  it('includes the head in the span and takes its kind', () => {
    expect(found('در استان البرز', ['LOCATION'])).toEqual(['LOCATION:استان البرز']);
    expect(entity('در استان البرز', 'استان البرز')?.value).toMatchObject({ kind: 'province', country: 'IR' });
    expect(entity('ساکنان شهر کرج', 'شهر کرج')?.value).toMatchObject({ kind: 'city' });
  });

  it('names a place only after a known place: one named after a person is not called by the person', () => {
    expect(entity('به فرودگاه امام خمینی رسید', 'فرودگاه امام خمینی')?.value).toEqual({ kind: 'place' });
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
});
