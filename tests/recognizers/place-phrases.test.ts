import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

describe('places: a compass point before a known place', () => {
  it('takes the compass point into the place, one point or two', () => {
    expect(found('زلزله ای در شمال غرب ایران رخ داد', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:شمال غرب ایران']);
    expect(found('باران در جنوب تهران شدید بود', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:جنوب تهران']);
    expect(found('روستاهای شمال‌شرق استان خراسان رضوی', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:شمال‌شرق استان خراسان رضوی']);
    expect(found('کشورهای جنوب شرقی آسیا', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:جنوب شرقی آسیا']);
  });

  it('gives the region the country of its place', () => {
    expect(entity('در شرق آلمان', 'شرق آلمان')?.value).toEqual({ kind: 'region', country: 'DE' });
    expect(entity('در غرب شیراز', 'غرب شیراز')?.value).toEqual({ kind: 'region', country: 'IR' });
  });

  it('is no place before a word that names none', () => {
    expect(found('در شمال کشور برف بارید', ['LOCATION', 'COUNTRY'])).toEqual([]);
    expect(found('شرق و غرب به توافق رسیدند', ['LOCATION', 'COUNTRY'])).toEqual([]);
    expect(found('غرب به رهبری آمریکا', ['LOCATION', 'COUNTRY'])).toEqual(['COUNTRY:آمریکا']);
  });

  it('does not reach over punctuation to a place', () => {
    expect(found('از شمال ، تهران را دیدیم', ['LOCATION', 'COUNTRY'])).toEqual(['LOCATION:تهران']);
  });
});

describe('places: landmarks', () => {
  it('knows halls, towers, squares, stadiums, shrines and prisons by name', () => {
    expect(found('کنسرت در تالار وحدت برگزار شد', ['LOCATION'])).toEqual(['LOCATION:تالار وحدت']);
    expect(found('از برج میلاد تا میدان آزادی راه رفتیم', ['LOCATION'])).toEqual(['LOCATION:برج میلاد', 'LOCATION:میدان آزادی']);
    expect(found('زائران حرم امام رضا', ['LOCATION'])).toEqual(['LOCATION:حرم امام رضا']);
    expect(found('بازداشتگاه گوانتانامو بسته نشد', ['LOCATION'])).toEqual(['LOCATION:گوانتانامو']);
    expect(entity('بازی در ورزشگاه آزادی', 'ورزشگاه آزادی')?.value).toEqual({ kind: 'place', country: 'IR' });
  });

  it('names a landmark after a known place or a well-known person with its head noun', () => {
    expect(found('مراسم در مسجد امام خمینی برگزار شد', ['LOCATION'])).toEqual(['LOCATION:مسجد امام خمینی']);
    expect(found('آب سد کرج کم شد', ['LOCATION'])).toEqual(['LOCATION:سد کرج']);
  });

  it('leaves a landmark head before an ordinary word alone', () => {
    expect(found('در سالن کنفرانس برگزار شد', ['LOCATION'])).toEqual([]);
    expect(found('تالار بزرگ شهر پر بود', ['LOCATION'])).toEqual([]);
    expect(found('برای آزادی زندانیان از زندان تلاش کرد', ['LOCATION'])).toEqual([]);
  });

  it('does not make the words of landmark names words of other names', () => {
    // «شهید» and «امام» are in landmark names; after «دولت» they still name no organization
    expect(found('یاد دولت مرحوم شهید رجائی و مرحوم شهید باهنر', ['ORGANIZATION'])).toEqual([]);
  });
});

describe('places: a clitic joined to a place name', () => {
  it('takes the whole word for the place', () => {
    expect(found('من الان تو ایرانم', ['COUNTRY', 'LOCATION'])).toEqual(['COUNTRY:ایرانم']);
    expect(found('این کتیبه در کرمانه', ['COUNTRY', 'LOCATION'])).toEqual(['LOCATION:کرمانه']);
    expect(found('قوی‌ترین اقتصاد آمریکاست', ['COUNTRY', 'LOCATION'])).toEqual(['COUNTRY:آمریکاست']);
    expect(entity('من تو ایرانم', 'ایرانم')?.value).toEqual({ code: 'IR', name: 'ایران' });
  });

  it('leaves words that a short name and a clitic spell, and listed words', () => {
    expect(found('رشته ورزشی او کشتی است', ['COUNTRY', 'LOCATION'])).toEqual([]);
    expect(found('قطره باران', ['COUNTRY', 'LOCATION'])).toEqual([]);
    expect(found('شیرازه کار از هم پاشید', ['COUNTRY', 'LOCATION'])).toEqual([]);
  });

  it('joins no clitic to a continent or a sea', () => {
    expect(found('اروپام', ['COUNTRY', 'LOCATION'])).toEqual([]);
  });
});

describe('places: a head noun that opens a listed place', () => {
  it('is a word of the place, not a head of its own', () => {
    expect(found('در شهرستان مسجد سلیمان استان خوزستان نفت کشف شد', ['LOCATION'])).toEqual(['LOCATION:شهرستان مسجد سلیمان', 'LOCATION:استان خوزستان']);
  });

  it('still names a landmark when no listed place starts with it', () => {
    expect(found('در مسجد امام خمینی', ['LOCATION'])).toEqual(['LOCATION:مسجد امام خمینی']);
  });

  it('knows Jerusalem by the name Iranian news gives it', () => {
    expect(entity('انتقال سفارت به قدس اشغالی', 'قدس اشغالی')?.value).toMatchObject({ kind: 'city' });
  });
});

describe('places: the main streets of Tehran', () => {
  it('knows them by name though their names are words or names of people', () => {
    expect(found('کتاب فروشی های خیابان انقلاب شلوغ بود', ['LOCATION'])).toEqual(['LOCATION:خیابان انقلاب']);
    expect(found('ترافیک بزرگراه همت سنگین است', ['LOCATION'])).toEqual(['LOCATION:بزرگراه همت']);
  });

  it('leaves a street of no listed name alone', () => {
    expect(found('در خیابان اصلی شهر', ['LOCATION'])).toEqual([]);
  });
});

describe('places: «استان» names only a known province', () => {
  it('takes a listed province or foreign province after it', () => {
    expect(found('در استان البرز باران بارید', ['LOCATION'])).toEqual(['LOCATION:استان البرز']);
  });

  it('reads an ordinary word after it as the sentence going on', () => {
    expect(found('دانشگاه های استان حدود ۳۰ هزار دانشجو دارند', ['LOCATION'])).toEqual([]);
    expect(found('در دیگر محورهای استان وضعیت هوا صاف است', ['LOCATION'])).toEqual([]);
  });
});

describe('places: a number after a head it does not name', () => {
  it('is no name, in words as in digits', () => {
    expect(found('دشمن برای باز پس گیری شهر دو پاتک انجام داد', ['LOCATION'])).toEqual([]);
    expect(found('شهر ۲ بار بمباران شد', ['LOCATION'])).toEqual([]);
  });

  it('still names what a numbered head names', () => {
    expect(found('برنامه شبکه دو پخش شد', ['ORGANIZATION'])).toEqual(['ORGANIZATION:شبکه دو']);
  });
});
