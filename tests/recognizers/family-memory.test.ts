// The family-name memory reads forward: a family name alone counts as the person only after the person was
// named in full («بهروز کمالوندی … کمالوندی»), never before, in one text and across the pieces of a stream.
import { describe, expect, it } from 'vitest';
import { extractStream } from '../../src/stream/index';
import { collect } from '../helpers/collect';
import { found } from './helpers';

describe('family names alone, after a full mention only', () => {
  it('a mention before the full name is not a person by memory', () => {
    const text = 'سپس کمالوندی به تهران رفت. بهروز کمالوندی گفت که سفر خوبی بود.';
    expect(found(text, ['PERSON'])).toEqual(['PERSON:بهروز کمالوندی']);
  });

  it('the same mention after the full name is', () => {
    const text = 'بهروز کمالوندی گفت که سفر خوبی بود. سپس کمالوندی به تهران رفت.';
    expect(found(text, ['PERSON'])).toEqual(['PERSON:بهروز کمالوندی', 'PERSON:کمالوندی']);
  });

  it('in one sentence too: before the full name no, after it yes', () => {
    const text = 'دیدار کمالوندی و بهروز کمالوندی با کمالوندی دیگر';
    const people = found(text, ['PERSON']);
    expect(people).toEqual(['PERSON:بهروز کمالوندی', 'PERSON:کمالوندی']);
  });

  it('a stream remembers across its pieces, as the whole text does', async () => {
    const text = 'بهروز کمالوندی گفت. سپس کمالوندی افزود که کار ادامه دارد.';
    const whole = found(text, ['PERSON']);
    expect(whole).toEqual(['PERSON:بهروز کمالوندی', 'PERSON:کمالوندی']);
    for (const size of [1, 5, 20, 25]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      const streamed = await collect(extractStream(chunks, { types: ['PERSON'] }));
      expect(streamed.map((e) => `${e.type}:${e.text}`), `chunks of ${size}`).toEqual(whole);
    }
  });
});
