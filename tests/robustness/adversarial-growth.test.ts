// Adversarial growth: inputs made to make matchers backtrack or rescan (repeated titles, numbers,
// unclosed quotes, kashida, ZWNJ runs, endless tokens, 10k-digit numbers) at size n and 10n.
//
// Timed assertions are banned in this repo (they flake on shared machines), so this file asserts only
// that every call completes (the vitest timeout is the hang guard) and that the results keep the
// contract at both sizes. The time ratio 10n/n is printed for information; the real linearity
// measurement, with repeated runs, is `npm run bench` (its "scaling" section prints the ratios).
import { describe, expect, it } from 'vitest';
import { extractEntities, normalize, sentences, tokenize } from '../../src/index';
import { expectExactSortedDisjoint, expectValidEntities } from './hostile';

const BASE_REPEATS = 200;

/** Each adversarial input as a function of its repeat count. */
const ADVERSARIAL: ReadonlyArray<[string, (n: number) => string]> = [
  ['repeated title آقای', (n) => 'آقای '.repeat(n)],
  ['repeated title chain دکتر مهندس', (n) => 'دکتر مهندس '.repeat(n)],
  ['repeated numbers ۱۲', (n) => '۱۲ '.repeat(n)],
  ['number/month soup', (n) => '۱۲ خرداد ۱۴۰۲ و '.repeat(n)],
  ['repeated دریای', (n) => 'دریای '.repeat(n)],
  ['repeated head noun وزارت', (n) => 'وزارت '.repeat(n)],
  ['repeated جمهوری اسلامی', (n) => 'جمهوری اسلامی '.repeat(n)],
  ['unclosed quotes «««', (n) => '«'.repeat(n * 5)],
  ['kashida run', (n) => 'ـ'.repeat(n * 5)],
  ['ZWNJ run', (n) => '\u200c'.repeat(n * 5)],
  ['one long Persian token', (n) => 'ب'.repeat(n * 5)],
  ['one long Latin token', (n) => 'a'.repeat(n * 5)],
  ['long dotted Latin (URL/email-like)', (n) => 'a.'.repeat(n * 3)],
  ['long hyphens', (n) => '-'.repeat(n * 5)],
  ['Latin run ending in www. (URL matcher)', (n) => `${'A'.repeat(n * 5)}www.A`],
  ['year, era letter, then spaces (era abbreviation matcher)', (n) => `۱۴۰۲ ه${' '.repeat(n * 5)}\u0000`],
  ['long digits without spaces', (n) => '۱'.repeat(n * 50)], // 10k digits at the base size
  ['slashes and digits', (n) => '۱۴۰۲/'.repeat(n)],
  ['dots and spaces', (n) => '. '.repeat(n * 2)],
  ['HTML-ish', (n) => '<b>&amp;'.repeat(n)],
  ['mixed RTL/LTR with bidi controls', (n) => 'ایران\u202eIran\u202c '.repeat(n)],
  ['amount words before a currency', (n) => `${'یک و '.repeat(n)}دلار`],
  ['a chain of percent ranges', (n) => `${'۵ درصد تا '.repeat(n)}۶ درصد`],
  ['clock times and days', (n) => 'ساعت ۱۰ صبح روز دوشنبه و صبح امروز '.repeat(n)],
  ['repeated ساعت and ربع', (n) => 'ساعت ربع به '.repeat(n)],
];

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('adversarial inputs complete and keep the contract at n and 10n', () => {
  it.each(ADVERSARIAL)('%s', (name, make) => {
    const times: number[] = [];
    for (const input of [make(BASE_REPEATS), make(BASE_REPEATS * 10)]) {
      times.push(
        timed(() => {
          expectValidEntities(input, extractEntities(input, { referenceDate: '2024-01-15' }));
          expectExactSortedDisjoint(input, tokenize(input));
          expectExactSortedDisjoint(input, sentences(input));
          expect(typeof normalize(input)).toBe('string');
        }),
      );
    }
    const [small = 0, large = 0] = times;
    console.info(`adversarial ${name}: n=${small.toFixed(1)} ms, 10n=${large.toFixed(1)} ms, ratio ${(large / Math.max(small, 0.01)).toFixed(1)} (info only)`);
  });
});
