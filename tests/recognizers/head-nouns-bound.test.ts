// A name after a head noun has at most MAX_NAME_TOKENS tokens, dictionary names counted: a head never reads on
// to the end of its block («سپاه سپاه سپاه …», or a user entry that is also a head noun).
import { describe, expect, it } from 'vitest';
import { createExtractor, extractEntities } from '../../src/index';
import { describeGrowth, MAX_GROWTH, measureGrowth, repeatedTo } from '../robustness/growth';

const MAX_NAME_TOKENS = 12;
const tokensOf = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('names after head nouns are bounded', () => {
  it('«سپاه» repeated: no organization of more than the head and twelve tokens', () => {
    const organizations = extractEntities('سپاه '.repeat(2000)).filter((e) => e.type === 'ORGANIZATION');
    expect(organizations.length).toBeGreaterThan(0);
    for (const e of organizations) expect(tokensOf(e.text)).toBeLessThanOrEqual(1 + MAX_NAME_TOKENS);
  });

  it('a user entry equal to a head noun, repeated, grows linearly', async () => {
    const extractor = createExtractor({ entries: [{ type: 'ORGANIZATION', text: 'وزارت' }, { type: 'LOCATION', text: 'استان' }] });
    for (const piece of ['وزارت ', 'استان ', 'سپاه ']) {
      const growth = await measureGrowth((text) => extractor.extract(text), (size) => repeatedTo(piece, size));
      expect(growth.ratios.every((r) => r <= MAX_GROWTH), describeGrowth(piece, growth)).toBe(true);
    }
  }, 600_000);

  it('a long listed name after a head is still taken whole', () => {
    const text = 'سفارت پادشاهی متحد بریتانیای کبیر و ایرلند شمالی در تهران';
    expect(extractEntities(text).find((e) => e.type === 'ORGANIZATION')?.text).toBe('سفارت پادشاهی متحد بریتانیای کبیر و ایرلند شمالی');
  });
});
