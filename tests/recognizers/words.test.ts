import { describe, expect, it } from 'vitest';
import { builtinData } from '../../src/dictionaries/builtin';
import { buildLexicon } from '../../src/dictionaries/lexicon';
import { dictionaryKey } from '../../src/normalize/index';
import { Vocabulary, WordFlag } from '../../src/recognizers/words';

const lexicon = buildLexicon({ builtin: builtinData, excludeBuiltinTypes: new Set(), removed: [], dictionaries: [] });
const wordOf = (vocabulary: Vocabulary, text: string) => vocabulary.wordIn(`«${text}»`, 1, text.length + 1);

describe('vocabulary', () => {
  it('describes a word once and gives every token that spells it the same description', () => {
    const vocabulary = new Vocabulary(lexicon);
    const block = 'ایران و ایران';
    const first = vocabulary.wordIn(block, 0, 5);
    expect(vocabulary.wordIn(block, 8, 13)).toBe(first);
    expect(first).toMatchObject({ text: 'ایران', key: dictionaryKey('ایران') });
    expect(first.gazetteer).not.toBeNull();
  });

  it('tells words apart that share a hash bucket, across any number of words (the table grows)', () => {
    const vocabulary = new Vocabulary(lexicon);
    const texts = Array.from({ length: 5000 }, (_, i) => `واژه${i}`);
    const words = texts.map((t) => wordOf(vocabulary, t));
    texts.forEach((t, i) => {
      expect(wordOf(vocabulary, t)).toBe(words[i]);
      expect(words[i]!.text).toBe(t);
    });
  });

  it('knows the facts the rules ask about', () => {
    const vocabulary = new Vocabulary(lexicon);
    expect(wordOf(vocabulary, 'وزارت').organizationHead?.kind).toBe('ministry');
    expect(wordOf(vocabulary, 'دریای').locationHead).toBeDefined();
    expect(wordOf(vocabulary, 'می‌روند').flags & WordFlag.commonWord).not.toBe(0);
    expect(wordOf(vocabulary, 'از').flags & WordFlag.mayOpenMatch).toBe(0);
    expect(wordOf(vocabulary, 'تهران').flags & WordFlag.commonWord).toBe(0);
    expect(wordOf(vocabulary, 'آذر').dateTrigger?.entry).toMatchObject({ kind: 'month' });
    expect(wordOf(vocabulary, 'سیدمحمد').flags & WordFlag.joinedNamePrefix).not.toBe(0);
    expect(wordOf(vocabulary, 'سید').flags & WordFlag.joinedNamePrefix).toBe(0);
    expect(wordOf(vocabulary, 'میزان').flags & WordFlag.joinedNamePrefix).toBe(0);
  });

  it('has a flag for each thing it knows beside its flags exactly when it knows it (rules read the flags first)', () => {
    const vocabulary = new Vocabulary(lexicon);
    const texts = ['وزارت', 'منطقه', 'دریای', 'استان', 'به', 'ایرانم', 'تهران', 'رفت', 'و', 'سازمان', 'کوه', 'گزارش', 'خانه'];
    const seen = { organization: 0, location: 0, report: 0, clitic: 0, gazetteer: 0 };
    for (const text of texts) {
      const word = wordOf(vocabulary, text);
      const has = (flag: number): boolean => (word.flags & flag) !== 0;
      expect(has(WordFlag.hasOrganizationHead), text).toBe(word.organizationHead !== undefined || word.organizationHeadPhrases !== undefined);
      expect(has(WordFlag.hasLocationHead), text).toBe(word.locationHead !== undefined);
      expect(has(WordFlag.hasReportSources), text).toBe(word.reportSources !== null);
      expect(has(WordFlag.hasPlaceWithClitic), text).toBe(word.placeWithClitic !== undefined);
      expect(has(WordFlag.hasGazetteer), text).toBe(word.gazetteer !== null);
      seen.organization += Number(has(WordFlag.hasOrganizationHead));
      seen.location += Number(has(WordFlag.hasLocationHead));
      seen.report += Number(has(WordFlag.hasReportSources));
      seen.clitic += Number(has(WordFlag.hasPlaceWithClitic));
      seen.gazetteer += Number(has(WordFlag.hasGazetteer));
    }
    // the words above have each of them, and words without
    for (const count of Object.values(seen)) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(texts.length);
    }
  });
});
