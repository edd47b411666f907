import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinData } from '../../src/dictionaries/builtin';
import { builtinForms, foldingCollisions, readPersianWords } from '../../scripts/dictionaries/folding';
import { serializeCollisions, staleVariants, type SpellingVariant } from '../../scripts/build-folding-collisions';
import { found } from '../recognizers/helpers';

const DIR = join(__dirname, '..', '..', 'dictionaries');
const variants = JSON.parse(readFileSync(join(DIR, 'curated', 'spelling-variants.json'), 'utf8')) as SpellingVariant[];

describe('key folding: the forms it would merge with other words', () => {
  it('finds a form whose key is another word’s, and not its own spelling or a reviewed variant', () => {
    const words = ['اقدام', 'اقدامات', 'سوییس', 'تهران', 'ریال'];
    const variantsOf = new Map([['سوئیس', ['سوییس']]]);
    expect(foldingCollisions(['آقدام', 'سوئیس', 'تهران', 'رئال', 'رئال مادرید'], words, variantsOf)).toEqual([
      { text: 'آقدام', words: ['اقدام'] },
      { text: 'رئال', words: ['ریال'] },
    ]);
  });

  it('a spelling with ZWNJ or a space is the same spelling', () => {
    expect(foldingCollisions(['تل‌آویو'], ['تل آویو', 'تلآویو'], new Map())).toEqual([]);
  });

  it('generated/folding-collisions.json holds every collision of the built-in data: a new entry that folds onto a word fails here', () => {
    const words = [...readPersianWords(), ...builtinData.stopwords];
    const collisions = foldingCollisions(builtinForms(builtinData), words, new Map(variants.map((v) => [v.text, v.variants])));
    expect(serializeCollisions(collisions)).toBe(readFileSync(join(DIR, 'generated', 'folding-collisions.json'), 'utf8'));
    expect(staleVariants(variants, words)).toEqual([]);
    expect(collisions.map((c) => c.text)).toEqual(expect.arrayContaining(['آقدام', 'آوج', 'انی', 'سئول']));
  }, 120_000);
});

describe('key folding: matching keeps the colliding forms apart', () => {
  it('a word spelled like the common word is no entry', () => {
    for (const text of ['اقدام دولت برای مهار تورم', 'قیمت ها به اوج رسید', 'صد هزار ریال پرداخت کرد', 'سیول خانه ها را برد', 'او الان آمد']) {
      expect(found(text, ['PERSON', 'LOCATION', 'ORGANIZATION', 'COUNTRY'])).toEqual([]);
    }
  });

  it('the entry spelled as listed is still found', () => {
    expect(found('رئال مادرید به مصاف بارسلونا رفت', ['ORGANIZATION'])).toContain('ORGANIZATION:رئال مادرید');
    expect(found('سفر رئیس جمهور به سئول', ['LOCATION'])).toEqual(['LOCATION:سئول']);
    expect(found('زلزله در شهر آقدام', ['LOCATION'])).toEqual(['LOCATION:شهر آقدام']);
  });

  it('spellings reviewed as one name keep folding: «سوییس» is Switzerland', () => {
    expect(found('سفر به سوییس و آلمان', ['COUNTRY'])).toEqual(['COUNTRY:سوییس', 'COUNTRY:آلمان']);
    expect(found('سفر به امریکا', ['COUNTRY'])).toEqual(['COUNTRY:امریکا']);
  });
});
