import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

describe('speakers before a quotation', () => {
  it('takes an unlisted name of one or two words that opens a sentence before a verb of saying and a colon', () => {
    expect(found('تندرو تصریح کرد : برنامه‌ها هفته بعد آغاز می‌شود', ['PERSON'])).toEqual(['PERSON:تندرو']);
    expect(found('پیشه‌ور همچنین افزود : بازار آرام بود', ['PERSON'])).toEqual(['PERSON:پیشه‌ور']);
    expect(found('گل‌آور تندرو تصریح کرد : کار ادامه دارد', ['PERSON'])).toEqual(['PERSON:گل‌آور تندرو']);
    expect(found('نشست پایان یافت. پیشه‌ور خاطرنشان کرد : بازار آرام بود', ['PERSON'])).toEqual(['PERSON:پیشه‌ور']);
    // the verb in any spelling its key folds: apart, joined, with the hamza
    expect(found('پیشه‌ور خاطر نشان کرد : بازار آرام بود', ['PERSON'])).toEqual(['PERSON:پیشه‌ور']);
    expect(found('پیشه‌ور تأکید کرد : بازار آرام بود', ['PERSON'])).toEqual(['PERSON:پیشه‌ور']);
  });

  it('gives the name as the family name', () => {
    expect(entity('تندرو تصریح کرد : برنامه آغاز می‌شود', 'تندرو')?.value).toEqual({ family: 'تندرو' });
  });

  it('needs the colon, the start of the sentence and a verb people say', () => {
    expect(found('تندرو تصریح کرد که برنامه آغاز می‌شود', ['PERSON'])).toEqual([]);
    expect(found('امروز و تندرو تصریح کرد : برنامه آغاز می‌شود', ['PERSON'])).toEqual([]);
    expect(found('پیشه‌ور اعلام کرد : برنامه آغاز می‌شود', ['PERSON'])).toEqual([]);
  });

  it('takes no pronoun, role, head noun, plural or known name for a speaker', () => {
    for (const text of ['وی ادامه داد : برنامه آغاز می‌شود', 'استاندار افزود : برنامه آغاز می‌شود', 'دانشجویان گفتند : برنامه آغاز می‌شود', 'شهرداری تاکید کرد : برنامه آغاز می‌شود']) {
      expect(found(text, ['PERSON']), text).toEqual([]);
    }
    expect(found('وزارت نیرو تاکید کرد : برنامه آغاز می‌شود', ['PERSON', 'ORGANIZATION'])).toEqual(['ORGANIZATION:وزارت نیرو']);
  });
});
