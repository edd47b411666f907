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
