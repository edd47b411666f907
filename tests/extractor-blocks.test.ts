// Long texts are extracted in blocks of about 16 K units; a block never ends inside a word or a token, so what a
// text holds does not depend on where the blocks fall.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/index';

const BLOCK = 16_384;

describe('extraction blocks', () => {
  it('a word longer than a block stays one word: «ک…کتهران» holds no Tehran', () => {
    for (const length of [BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK]) {
      expect(extractEntities('ک'.repeat(length) + 'تهران')).toEqual([]);
      expect(extractEntities(`در ${'ک'.repeat(length)}تهران`)).toEqual([]);
    }
  });

  it('a word right after a block-long word is found', () => {
    const text = `${'ک'.repeat(BLOCK)} تهران`;
    expect(extractEntities(text).map((e) => [e.type, e.text, e.start])).toEqual([['LOCATION', 'تهران', BLOCK + 1]]);
  });

  it('text without white space is cut between tokens only: every name of «تهران+تهران+…» is found whole', () => {
    const text = 'تهران+'.repeat(10_000);
    const found = extractEntities(text);
    expect(found).toHaveLength(10_000);
    for (const e of found) expect(e.text).toBe('تهران');
  });

  it('and after a mark no token holds («، ؛ » …) when there is one: every name is found whole', () => {
    const text = '«تهران»'.repeat(5_000);
    const found = extractEntities(text);
    expect(found).toHaveLength(5_000);
    for (const e of found) expect(e.text).toBe('تهران');
  });
});
