import { describe, expect, it } from 'vitest';
import { amountEndingAt, amountStartingAt } from '../../src/recognizers/token-reading';
import { contextOf } from './date/context';

/** The amount that ends at the last token of `text`, as [value, text of its span]. */
function endingAtLast(input: string): [number, string] | undefined {
  const { text, tokens } = contextOf(input);
  const amount = amountEndingAt(tokens, text, tokens.length - 1);
  return amount && [amount.value, text.slice(tokens[amount.first]!.start, tokens[amount.last]!.end)];
}

describe('amounts read off the tokens', () => {
  it('reads the longest amount ending at a token', () => {
    expect(endingAtLast('بودجه ۳ هزار و ۵۰۰ میلیارد')).toEqual([3_500e9, '۳ هزار و ۵۰۰ میلیارد']);
    expect(endingAtLast('سال ۱۴۰۲ ۵۰ میلیارد')).toEqual([50e9, '۵۰ میلیارد']);
    expect(endingAtLast('دو میلیون و نیم')).toEqual([2.5e6, 'دو میلیون و نیم']);
    expect(endingAtLast('۳۲، ۳۹۰')).toEqual([32_390, '۳۲، ۳۹۰']);
    expect(endingAtLast('۲/۵')).toEqual([2.5, '۲/۵']);
    expect(endingAtLast('منفی ۲٫۵')).toEqual([-2.5, 'منفی ۲٫۵']);
    expect(endingAtLast('رشد -۰٫۳')).toEqual([-0.3, '-۰٫۳']);
  });

  it('keeps apart what is written apart', () => {
    expect(endingAtLast('۶۰۰-۵۰۰')).toEqual([500, '۵۰۰']); // a range, not minus five hundred
    expect(endingAtLast('۲۰ و ۵')).toEqual([5, '۵']);
    expect(endingAtLast('۳۲، ۳۹')).toEqual([39, '۳۹']); // a thousands group has three digits
    expect(endingAtLast('۱/۲/۳')).toBeUndefined(); // a date
    expect(endingAtLast('چند میلیون')).toBeUndefined();
    expect(endingAtLast('نه')).toBeUndefined();
    expect(endingAtLast('کتاب')).toBeUndefined();
  });

  it('reads whole numbers only when halves are left to the caller', () => {
    const { text, tokens } = contextOf('هشت و نیم');
    expect(amountStartingAt(tokens, text, 0)?.value).toBe(8.5);
    expect(amountStartingAt(tokens, text, 0, false)).toMatchObject({ value: 8, last: 0 });
  });
});
