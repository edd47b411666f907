import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

describe('people: title and name', () => {
  it('reports the title in the value, not in the span', () => {
    const e = entity('دکتر محمد مهدی آخوندزاده گفت', 'محمد مهدی آخوندزاده');
    expect(e).toMatchObject({ type: 'PERSON', source: 'rule' });
    expect(e?.value).toMatchObject({ title: 'دکتر', given: 'محمد مهدی', family: 'آخوندزاده', gender: 'male' });
  });

  it('takes one unknown word after a title as the family name', () => {
    expect(found('آقای کاظمیان گفت', ['PERSON'])).toEqual(['PERSON:کاظمیان']);
    expect(found('سرلشکر باقری‌فرد افزود', ['PERSON'])).toEqual(['PERSON:باقری‌فرد']);
  });

  it('keeps lineage titles and blessings inside the span', () => {
    expect(found('حجت‌الاسلام سید حسن خمینی', ['PERSON'])).toEqual(['PERSON:سید حسن خمینی']);
    expect(found('حضرت زینب (س) فرمود', ['PERSON'])).toEqual(['PERSON:حضرت زینب (س)']);
  });

  it('reads سید joined to the given name', () => {
    expect(entity('حجت الاسلام سیدمحمدحسن ابوترابی فرد گفت', 'سیدمحمدحسن ابوترابی فرد')?.value).toMatchObject({ family: 'ابوترابی فرد' });
  });

  it('finds no name after a title followed by a function word', () => {
    expect(found('آقای که آمد', ['PERSON'])).toEqual([]);
  });
});

describe('people: given and family names', () => {
  it('finds a given name with a listed or surname-shaped family name', () => {
    expect(found('الهام علی اف رییس جمهوری', ['PERSON'])).toEqual(['PERSON:الهام علی اف']);
    expect(found('سخنان حسن روحانی', ['PERSON'])).toEqual(['PERSON:حسن روحانی']);
    expect(found('با حضور مجید کاظمی‌پور', ['PERSON'])).toEqual(['PERSON:مجید کاظمی‌پور']);
  });

  it('joins a family name written apart from its ending', () => {
    expect(found('میلاد عبادی پور و سعید معروف', ['PERSON'])).toContain('PERSON:میلاد عبادی پور');
  });

  it('takes an unknown word after a plain given name', () => {
    expect(found('حسین مهاجران رئیس اتحادیه', ['PERSON'])).toEqual(['PERSON:حسین مهاجران']);
  });

  it('counts as plain the given names that are words news hardly uses (حمید، مسعود), not those it does (امید)', () => {
    expect(found('حمید کهرام در نشست خبری حضور داشت', ['PERSON'])).toEqual(['PERSON:حمید کهرام']);
    expect(found('مسعود ژیانی در نشست خبری حضور داشت', ['PERSON'])).toEqual(['PERSON:مسعود ژیانی']);
    expect(found('امید کهرام در نشست خبری حضور داشت', ['PERSON'])).toEqual([]);
  });

  it('needs evidence for a given name that is also a word', () => {
    expect(found('امید دارم که بیاید', ['PERSON'])).toEqual([]);
    expect(found('باران شدیدی بارید', ['PERSON'])).toEqual([]);
    expect(found('امید حاجی‌زاده گفت', ['PERSON'])).toEqual(['PERSON:امید حاجی‌زاده']);
  });

  it('does not take a place or a compound verb for a family name', () => {
    expect(found('ایران خبر داد', ['PERSON'])).toEqual([]);
    expect(found('علی رغم این', ['PERSON'])).toEqual([]);
    expect(found('دولت حسن روحانی', ['PERSON'])).toEqual(['PERSON:حسن روحانی']);
  });
});

describe('people: family name alone', () => {
  it('finds a listed family name after a role or before a verb of saying', () => {
    expect(found('ظریف گفت که مذاکرات ادامه دارد', ['PERSON'])).toEqual(['PERSON:ظریف']);
    expect(found('لاریجانی گفت که', ['PERSON'])).toEqual(['PERSON:لاریجانی']);
    expect(found('وزیر امور خارجه ، عراقچی', ['PERSON'])).toEqual(['PERSON:عراقچی']);
  });

  it('does not read a word after a noun or preposition as a family name', () => {
    expect(found('در پایان گفت', ['PERSON'])).toEqual([]);
    expect(found('مردی ظریف گفت', ['PERSON'])).toEqual([]);
    // a description of an office is no name: «مقام معظم رهبری» (the Leader) is not a Mr Rahbari either
    expect(found('مقام معظم رهبری در دیدار با', ['PERSON'])).toEqual([]);
  });
});

describe('people: the dictionary of well-known people', () => {
  it('finds world figures in Persian spelling with their parts', () => {
    expect(entity('دیدار با ولادیمیر پوتین', 'ولادیمیر پوتین')?.value).toMatchObject({ given: 'ولادیمیر', family: 'پوتین' });
  });

  it('leaves the title of a well-known person out of the span, in value.title', () => {
    expect(entity('پیام سردار سلیمانی به فرماندهان', 'سلیمانی')?.value).toMatchObject({ title: 'سردار', family: 'سلیمانی' });
    expect(found('پیام حضرت آیت‌الله خامنه‌ای خوانده شد', ['PERSON'])).toEqual(['PERSON:خامنه‌ای']);
    expect(entity('پیام حضرت آیت‌الله خامنه‌ای خوانده شد', 'خامنه‌ای')?.value).toMatchObject({ title: 'حضرت آیت‌الله' });
    // a lineage title stays in, the title before it goes to the value
    expect(entity('آیت‌الله سید علی خامنه‌ای فرمودند', 'سید علی خامنه‌ای')?.value).toMatchObject({ title: 'آیت‌الله سید', given: 'علی' });
    expect(entity('شاهزاده ویلیام به کانادا رفت', 'ویلیام')?.value).toMatchObject({ title: 'شاهزاده' });
  });

  it('keeps a title word that is the given name, and امام before a name', () => {
    expect(found('سردار آزمون دو گل زد', ['PERSON'])).toEqual(['PERSON:سردار آزمون']);
    expect(found('امیر حاتمی وزیر دفاع بود', ['PERSON'])).toEqual(['PERSON:امیر حاتمی']);
    expect(found('زیارت امام رضا در مشهد', ['PERSON'])).toEqual(['PERSON:امام رضا']);
  });

  it('takes no office or common word listed as a short form for a person', () => {
    for (const text of ['این امری ضروری است', 'جناح راست مجلس', 'اموری که باید انجام شود', 'کشور متکی به نفت', 'رهبر انقلاب گفت']) {
      expect(found(text, ['PERSON'])).toEqual([]);
    }
  });
});

describe('people: names of three parts, titles before words, and context', () => {
  it('does not cut a name of three parts', () => {
    expect(found('جورج دبلیو بوش به عراق حمله کرد', ['PERSON'])).toEqual(['PERSON:جورج دبلیو بوش']);
    expect(found('امید یوسفی کنعانی در جلسه حاضر شد', ['PERSON'])).toEqual(['PERSON:امید یوسفی کنعانی']);
    // a word after the family name that is no name is left out
    expect(found('علی کریمی دیروز آمد', ['PERSON'])).toEqual(['PERSON:علی کریمی']);
  });

  it('does not swallow a common word after a given name, also with a clitic', () => {
    expect(found('زهرا دخترشان را به مدرسه برد', ['PERSON'])).toEqual([]);
    expect(found('مریم همسرش را دید', ['PERSON'])).toEqual([]);
    expect(found('امام علی فرمود', ['PERSON'])).toEqual(['PERSON:امام علی']);
  });

  it('a title opens a name even when the family name is also a place or a word', () => {
    expect(entity('آقای تهرانی گفت که جلسه لغو شد', 'تهرانی')?.value).toMatchObject({ title: 'آقای', family: 'تهرانی' });
    // but a role or a function word after a title is none
    expect(found('آقای رئیس جمهور گفت', ['PERSON'])).toEqual([]);
    expect(found('خانم و آقا آمدند', ['PERSON'])).toEqual([]);
  });

  it('an ambiguous given name before a word of surname shape is a person when the context says so', () => {
    expect(found('امید پرتوکیا، مدیر شرکت، گفت', ['PERSON'])).toEqual(['PERSON:امید پرتوکیا']);
    expect(found('امید پرتوکیا گفت', ['PERSON'])).toEqual(['PERSON:امید پرتوکیا']);
    expect(found('امید پرتوکیا بسیار است', ['PERSON'])).toEqual([]);
    // a given name that is also a family name ends the name as its family name
    expect(found('مسعود برومند، مدیر شرکت، گفت', ['PERSON'])).toEqual(['PERSON:مسعود برومند']);
  });
});

describe('people: words of saying and roles around a family name alone', () => {
  it('reads no given name across a function word (keys drop spaces: «تن از» spells a listed name)', () => {
    expect(found('سه تن از کارگران معدن زخمی شدند', ['PERSON'])).toEqual([]);
  });

  it('finds a family name opening a sentence whose verb of saying comes later in the clause', () => {
    expect(found('کاووسی با اشاره به کمبود آب در استان گفت که طرح ادامه دارد', ['PERSON'])).toEqual(['PERSON:کاووسی']);
    expect(found('نوروزی در خصوص بودجه سال آینده توضیح داد', ['PERSON'])).toEqual(['PERSON:نوروزی']);
    // a long clause: the verb of saying sixteen words after the name
    expect(found('نوروزی در خصوص برنامه‌های سال آینده برای توسعه حمل و نقل عمومی در شهرهای بزرگ استان توضیح داد', ['PERSON'])).toEqual(['PERSON:نوروزی']);
    // not past the end of the clause, and not for a word after a noun
    expect(found('کاووسی ، آب و برق . گفت', ['PERSON'])).toEqual([]);
    expect(found('کارشناس هواشناسی در این باره گفت', ['PERSON'])).toEqual([]);
  });

  it('finds a family name after a word of saying', () => {
    expect(found('به گفته کاووسی این طرح ادامه دارد', ['PERSON'])).toEqual(['PERSON:کاووسی']);
    expect(found('به نقل از نوروزی نوشت', ['PERSON'])).toEqual(['PERSON:نوروزی']);
    // a plural or an indefinite noun is none
    expect(found('به گفته کارشناس‌های محیط زیست', ['PERSON'])).toEqual([]);
  });

  it('takes an ambiguous title before a family name and a verb of saying, leaving the title out', () => {
    expect(entity('سردار کاووسی افزود که عملیات ادامه دارد', 'کاووسی')?.value).toMatchObject({ title: 'سردار', family: 'کاووسی' });
    expect(found('سردار بزرگ ایران', ['PERSON'])).toEqual([]);
  });
});

describe('people: given names alone, and family names that are words', () => {
  it('finds a given name alone after «… ی به نام», a word of saying, or before a verb of saying', () => {
    expect(found('مردی به نام بهروز در را باز کرد', ['PERSON'])).toEqual(['PERSON:بهروز']);
    expect(found('بهروز گفت که در را باز کرده است', ['PERSON'])).toEqual(['PERSON:بهروز']);
    // not without context, and not a word after a preposition
    expect(found('کتاب بهروز روی میز است', ['PERSON'])).toEqual([]);
    expect(found('به نام خدا', ['PERSON'])).toEqual([]);
    expect(found('جایگاه این کشور در اسلام گفت', ['PERSON'])).toEqual([]);
  });

  it('remembers a given name that context made a person for its later bare mentions', () => {
    expect(found('زنی به نام ژیلا آمد . همسایه‌ها ژیلا را دیدند', ['PERSON'])).toEqual(['PERSON:ژیلا', 'PERSON:ژیلا']);
    // not before it is taught
    expect(found('همسایه‌ها ژیلا را دیدند', ['PERSON'])).toEqual([]);
  });

  it('takes a word as the family name after a given name when a verb of saying follows', () => {
    expect(found('رضا شایسته گفت که طرح ادامه دارد', ['PERSON'])).toEqual(['PERSON:رضا شایسته']);
    expect(found('رضا شایسته است', ['PERSON'])).toEqual([]);
  });

  it('reads the second of two given names as the family name before a verb of saying', () => {
    expect(found('محسن آرمین گفت که', ['PERSON'])).toEqual(['PERSON:محسن آرمین']);
  });

  it('waits for a verb later in the clause after an ambiguous given name and a word of surname shape', () => {
    expect(found('رسول دیناروند روز چهارشنبه در این مراسم گفت', ['PERSON'])).toEqual(['PERSON:رسول دیناروند']);
    expect(found('رسول دیناروند روز چهارشنبه آمد', ['PERSON'])).toEqual([]);
  });

  it('does not take a colloquial verb with می for a family name', () => {
    expect(found('راشل میگه که نمیاد', ['PERSON'])).toEqual([]);
    expect(entity('دکتر اکبر میرعرب در همایش', 'اکبر میرعرب')).toBeDefined();
  });
});

describe('people: a family name of two words, the second unknown', () => {
  it('keeps the third word of a name where the name plainly ends after it', () => {
    expect(found('فاطمه غیور رزمگاه گفت که مسابقه لغو شد', ['PERSON'])).toEqual(['PERSON:فاطمه غیور رزمگاه']);
    expect(found('در این دیدار فاطمه غیور رزمگاه ، مدیر باشگاه ، حاضر بود', ['PERSON'])).toEqual(['PERSON:فاطمه غیور رزمگاه']);
  });

  it('does not swallow a common word after the name', () => {
    expect(found('فاطمه غیور دخترشان را دید', ['PERSON'])).toEqual(['PERSON:فاطمه غیور']);
    expect(found('گروه به سرپرستی حمزه ترکه مقام دوم را کسب کرد', ['PERSON'])).toEqual(['PERSON:حمزه ترکه']);
  });
});

describe('people: headlines and more verbs of saying', () => {
  it('takes a family name opening a headline before a colon for its speaker', () => {
    expect(found('کاووسی : شرایط تیم عالی است', ['PERSON'])).toEqual(['PERSON:کاووسی']);
    // not in the middle of a sentence, and not a common word
    expect(found('نتیجه نهایی : شرایط تیم عالی است', ['PERSON'])).toEqual([]);
  });

  it('knows «با اعلام این که», «توصیه کرد» and «خواستار» after a name', () => {
    expect(found('کاووسی با اعلام این که طرح آماده است افزود', ['PERSON'])).toEqual(['PERSON:کاووسی']);
    expect(found('نوروزی توصیه کرد که مردم صبر کنند', ['PERSON'])).toEqual(['PERSON:نوروزی']);
  });
});

describe('people: patronymics', () => {
  it('keeps «بن» and the father’s name with the given name', () => {
    expect(found('قیام عبدالله بن زبیر در مکه', ['PERSON'])).toEqual(['PERSON:عبدالله بن زبیر']);
    // «بن» needs a name after it
    expect(found('عبدالله بن که آمد', ['PERSON'])).toEqual([]);
  });
});

describe('people: indefinite nouns after a name', () => {
  it('takes no role or common word with the indefinite ی for a family name', () => {
    expect(found('بهروز بازیکنی کلاس جهانی است', ['PERSON'])).toEqual([]);
    // a family name of that shape still counts with a verb of saying
    expect(found('حسین مدیری گفت که', ['PERSON'])).toEqual(['PERSON:حسین مدیری']);
  });
});

describe('people: امیر before a family name', () => {
  it('reads «امیر» before a listed family name as the given name, also after another title', () => {
    expect(found('امیر کریمی دوم شد', ['PERSON'])).toEqual(['PERSON:امیر کریمی']);
    expect(entity('سرهنگ امیر مجاهدی فرمانده مرکز', 'امیر مجاهدی')?.value).toMatchObject({ title: 'سرهنگ', given: 'امیر' });
    // the full army rank stays a title
    expect(found('امیر سرتیپ حاتمی گفت', ['PERSON'])).toEqual(['PERSON:حاتمی']);
  });
});
