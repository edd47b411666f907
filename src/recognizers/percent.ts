/**
 * PERCENT: a number before «درصد» or «٪» («۵ درصد», «۵٪», «پنج درصد», «۲٫۵ درصدی», «منفی ۰٫۵ درصد»), before «در صد»
 * written apart («۵۰ در صد»), «صد در صد» and «صددرصد»; ranges are one entity («۵ تا ۱۰ درصد», «بین ۲ درصد تا ۳
 * درصد»). «درصد» alone or after a vague count («چند درصد») is no PERCENT. The rule runs only at those words.
 */
import type { PercentValue } from '../types';
import { APART_PERCENT, HUNDRED_PERCENT, PERCENT_WORDS } from './measure-words';
import type { Scan } from './scan';
import { amountEndingAt, rangeEnding, spacedApart, type Measured } from './token-reading';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

const CONFIDENCE = { digits: 0.95, words: 0.9 } as const;

/** «در» of «در صد» written apart. */
const APART_IN = 'در';

function percentValue(value: number, low?: number): PercentValue {
  return low === undefined ? { value } : { value: Math.min(low, value), max: Math.max(low, value) };
}

/** The last token of the number before the percent word at token `i` («۵ | درصد», «۵۰ | در صد»), or -1. */
function numberEndBefore(scan: Scan, i: number): number {
  const { tokens } = scan;
  const { text } = scan.context;
  const key = tokens[i]!.key;
  if (PERCENT_WORDS.has(key)) return i > 0 && spacedApart(tokens, text, i - 1) ? i - 1 : -1;
  if (APART_PERCENT.has(key) && i > 1 && tokens[i - 1]!.key === APART_IN && spacedApart(tokens, text, i - 1) && spacedApart(tokens, text, i - 2)) return i - 2;
  return -1;
}

/** PERCENT candidates of the scan's tokens. */
export function recognizePercents(scan: Scan): Candidate[] {
  const { tokens } = scan;
  const { text } = scan.context;
  const out: Candidate[] = [];
  let previous: Measured<'%'> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.percent)) continue;
    const token = tokens[i]!;
    if (token.key === HUNDRED_PERCENT) {
      out.push(candidate('PERCENT', token.start, token.end, 'rule', CONFIDENCE.words, percentValue(100)));
      continue;
    }
    const numberEnd = numberEndBefore(scan, i);
    const amount = numberEnd < 0 ? undefined : amountEndingAt(tokens, text, numberEnd);
    if (!amount) continue;
    const range = rangeEnding(tokens, text, amount, '%', previous);
    if (range?.merged) out.pop();
    const first = range?.first ?? amount.first;
    const confidence = amount.digitsOnly ? CONFIDENCE.digits : CONFIDENCE.words;
    out.push(candidate('PERCENT', tokens[first]!.start, token.end, 'rule', confidence, percentValue(amount.value, range?.low)));
    previous = { first, last: i, unit: '%', amount: amount.value };
  }
  return out;
}
