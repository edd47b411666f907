/**
 * The credits of a film, a series, a play or a book, after the word that introduces each: «به کارگردانی», «با
 * بازی», and «و …» in a list of credits («به کارگردانی … و تهیه‌کنندگی …»). Keyed like the tokens; the words are
 * flagged per word (see `WordFlag.creditNoun`), so that a block without them costs the credits rule nothing.
 */
import { dictionaryKey } from '../normalize/index';
import { phrases, type Phrases } from './measure-words';

/** Each credit, with the words that introduce it. */
const CREDIT_NOUNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['کارگردانی', ['به', 'و']],
  ['تهیه کنندگی', ['به', 'و']],
  ['نویسندگی', ['به', 'و']],
  ['آهنگسازی', ['به', 'و']],
  ['فیلمبرداری', ['به', 'و']],
  // not «با صدای» (aloud, «با صدای بلند») nor «با اجرای» (by carrying out, «با اجرای طرح»)
  ['بازی', ['با']],
];

/** The credits with the word before them: «به کارگردانی», «و تهیه کنندگی», «با بازی». */
export const CREDITS: Phrases<true> = phrases(CREDIT_NOUNS.flatMap(([noun, openers]) => openers.map((opener) => [`${opener} ${noun}`, true] as const)));

/** Keys of the first word of each credit, written apart or whole («تهیه» of «تهیه کنندگی», «تهیه‌کنندگی»). */
const FIRST_WORDS: ReadonlySet<string> = new Set(CREDIT_NOUNS.flatMap(([noun]) => [dictionaryKey(noun.split(' ')[0] ?? noun), dictionaryKey(noun)]));

/** Whether the word of key `key` begins a credit. */
export function beginsCredit(key: string): boolean {
  return FIRST_WORDS.has(key);
}
