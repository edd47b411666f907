import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

// Names in no list and of no Persian shape, as foreign directors' and actors' names are: only the credit tells.
describe('people named in credits', () => {
  it('takes an unlisted name of up to three words after a credit', () => {
    expect(found('فیلمی به کارگردانی گروندال برگستن ، امشب پخش می‌شود', ['PERSON'])).toEqual(['PERSON:گروندال برگستن']);
    expect(found('فیلمی به نویسندگی سوبارو هیگاشینو در ژاپن ساخته شد', ['PERSON'])).toEqual(['PERSON:سوبارو هیگاشینو']);
    expect(found('نمایشی با بازی گروندال برگستن و آنیکا لوند ، از فردا اجرا می‌شود', ['PERSON'])).toContain('PERSON:گروندال برگستن');
    expect(found('فیلمی به کارگردانی گروندال برگستن تورکل ، امشب پخش می‌شود', ['PERSON'])).toEqual(['PERSON:گروندال برگستن تورکل']);
  });

  it('reads each credit of a list, written whole, with a half-space or apart', () => {
    for (const credit of ['تهیه‌کنندگی', 'تهیه کنندگی', 'تهیهکنندگی']) {
      expect(found(`سریالی به کارگردانی گروندال برگستن و ${credit} سوبارو هیگاشینو در تهران ساخته می‌شود`, ['PERSON']), credit).toEqual([
        'PERSON:گروندال برگستن',
        'PERSON:سوبارو هیگاشینو',
      ]);
    }
  });

  it('gives the first word as the given name, one word alone as the family name', () => {
    expect(entity('فیلمی به کارگردانی گروندال برگستن ، امشب پخش می‌شود', 'گروندال برگستن')?.value).toEqual({ given: 'گروندال', family: 'برگستن' });
    expect(entity('فیلمی به کارگردانی برگستن ، امشب پخش می‌شود', 'برگستن')?.value).toEqual({ family: 'برگستن' });
  });

  it('leaves the noun of a compound verb out of the name, not a participle', () => {
    expect(found('این فیلم به کارگردانی گروندال برگستن اکران شد', ['PERSON'])).toEqual(['PERSON:گروندال برگستن']);
    expect(found('این فیلم به کارگردانی گروندال برگستن ساخته شد', ['PERSON'])).toEqual(['PERSON:گروندال برگستن']);
  });

  it('takes one word only when punctuation or «و» closes it off', () => {
    expect(found('او همه حواسش را به کارگردانی فیلمش سپرد', ['PERSON'])).toEqual([]);
    expect(found('او با بازی درخشانش در این فیلم شناخته شد', ['PERSON'])).toEqual([]);
  });

  it('needs the word that introduces the credit, and a name that ends where the text moves on', () => {
    expect(found('کارگردانی گروندال برگستن را ستودند', ['PERSON'])).toEqual([]);
    expect(found('با صدای گروندال برگستن ، جلسه آغاز شد', ['PERSON'])).toEqual([]);
    expect(found('تیم با بازی در این ورزشگاه برد', ['PERSON'])).toEqual([]);
    // four words or more: where the name ends is not clear
    expect(found('فیلمی به کارگردانی گروندال برگستن تورکل لوند ، امشب پخش می‌شود', ['PERSON'])).toEqual([]);
  });
});
