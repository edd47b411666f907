/**
 * MONEY: an amount before a currency name, in digits, words or both («۵۰ میلیارد ریال», «دو میلیون دلار»,
 * «۱٫۵ میلیون یورو», «۳ هزار و ۵۰۰ میلیارد تومان», «۱۰ میلیون دلاری»), and ranges of them («۵ تا ۱۰ میلیون
 * دلار», «بین ۲۰ هزار تا ۳۰ هزار تومان»). A currency name alone («نرخ دلار») or after a vague count («میلیون‌ها
 * دلار», «چند میلیون دلار») is no MONEY: there is no amount. The country that names a currency stays an entity of
 * its own after the amount («۱۰۰ دینار | عراق»: MONEY in Iraqi dinars, then the COUNTRY), as Persian corpora tag
 * it. The rule runs only at currency names.
 */
import type { MoneyValue } from '../types';
import { CURRENCIES, type Currency } from './measure-words';
import type { Scan } from './scan';
import { amountEndingAt, countAt, phraseAt, rangeEnding, spacedApart, type Measured } from './token-reading';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

/** Digits leave less doubt than words («یک دلار» may be «a dollar» said in passing). */
const CONFIDENCE = { digits: 0.95, words: 0.85 } as const;

/** Rials in a toman. */
const RIALS_PER_TOMAN = 10;

/** The value of an amount (or a range from `low` to `high`) in `currency`; tomans are given in rials. */
function moneyValue(currency: Currency, amount: number, low?: number): MoneyValue {
  const scale = currency.unit === 'toman' ? RIALS_PER_TOMAN : 1;
  const value: MoneyValue = { amount: amount * scale, currency: currency.code };
  if (low !== undefined) {
    value.amount = Math.min(low, amount) * scale;
    value.max = Math.max(low, amount) * scale;
  }
  if (currency.unit) value.unit = currency.unit;
  return value;
}

/** Currencies whose hundredth news names «سنت»: the dollars and the euro. */
const CENT_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);
const CENT = 'سنت';
const AND = 'و';

/**
 * Cents after dollars or euros ending at token `last`: «۵۰ دلار و ۸۲ سنت» is one amount, 50.82. Their count and
 * last token, or undefined.
 */
function centsAfter(scan: Scan, last: number, currency: Currency): { cents: number; last: number } | undefined {
  const { tokens } = scan;
  const { text } = scan.context;
  if (!CENT_CURRENCIES.has(currency.code) || scan.keyAt(last + 1) !== AND || !spacedApart(tokens, text, last) || !spacedApart(tokens, text, last + 1)) return undefined;
  const cents = countAt(tokens, text, last + 2, 99);
  if (!cents || cents.value < 1) return undefined;
  if (scan.keyAt(cents.last + 1) !== CENT || !spacedApart(tokens, text, cents.last)) return undefined;
  return { cents: cents.value, last: cents.last + 1 };
}

/** The last token of the money in the currency name at tokens `[first, last]`: before the country that ends it (or runs on past it: «وون | کره جنوبی»), if any. */
function moneyEnd(scan: Scan, first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    if (scan.gazetteerAt(k).some((m) => m.last >= last && m.values.some((hit) => hit.type === 'COUNTRY'))) return k - 1;
  }
  return last;
}

/** MONEY candidates of the scan's tokens. */
export function recognizeMoney(scan: Scan): Candidate[] {
  const { tokens } = scan;
  const { text } = scan.context;
  const out: Candidate[] = [];
  let previous: Measured<Currency> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.currency) || !spacedApart(tokens, text, i - 1)) continue;
    const name = phraseAt(tokens, text, i, CURRENCIES);
    if (!name) continue;
    const amount = amountEndingAt(tokens, text, i - 1);
    if (!amount) continue;
    const range = rangeEnding(tokens, text, amount, name.value, previous);
    if (range?.merged) out.pop();
    const first = range?.first ?? amount.first;
    const confidence = amount.digitsOnly ? CONFIDENCE.digits : CONFIDENCE.words;
    let last = moneyEnd(scan, i, name.last);
    let value = amount.value;
    const cents = last === name.last && !range ? centsAfter(scan, last, name.value) : undefined;
    if (cents) {
      value = Math.round(value * 100 + cents.cents) / 100;
      last = cents.last;
    }
    out.push(candidate('MONEY', tokens[first]!.start, tokens[last]!.end, 'rule', confidence, moneyValue(name.value, value, range?.low)));
    previous = { first, last: cents ? last : name.last, unit: name.value, amount: amount.value };
    i = cents ? last : name.last;
  }
  return out;
}
