/**
 * People named in the credits of a film, a series, a play or a book: «به کارگردانی گروندال برگستن ،», «با بازی
 * آنیکا لوند و …», «و تهیه‌کنندگی سوبارو هیگاشینو». The phrase says that a person's name follows, so up to three words of
 * no other use there are a person, listed or not: the names of foreign directors and actors are in no list and
 * have no Persian surname ending. The name must end where the text clearly moves on: at punctuation, «و», a
 * function word or a verb; a name the other rules found there is left to them.
 */
import { dictionaryKey } from '../normalize/index';
import type { PersonValue } from '../types';
import { joinText } from './person';
import type { Scan } from './scan';
import { CREDITS } from './credit-words';
import { phraseAt } from './token-reading';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

const CONFIDENCE = 0.6;
const AND = dictionaryKey('و');

/** Most words of a name the rule takes: where a longer one ends is not clear, and the rule leaves it. */
const MAX_NAME_WORDS = 3;

/** Words a name of the credits cannot hold: function words, roles, verbs, listed common words. */
const NOT_NAME = WordFlag.commonWord | WordFlag.functionWord | WordFlag.verb | WordFlag.endsName;

/** Whether token `index` may be a word of a name in the credits. */
function mayBeNameWord(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return token !== undefined && token.kind === 'word' && token.key.length >= 2 && !scan.hasFlag(index, NOT_NAME);
}

/** Whether the text clearly moves on at token `index`: past the end, punctuation, a function word («و» too) or a verb. */
function movesOn(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  if (token === undefined || token.kind === 'punctuation') return true;
  return token.kind === 'word' && scan.hasFlag(index, WordFlag.functionWord | WordFlag.verb);
}

/** Whether token `index` is punctuation, «و» or past the end. */
function closedOff(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return token === undefined || token.kind === 'punctuation' || token.key === AND;
}

/** PERSON candidates of names in credits that no candidate in `found` (the other rules') starts at. */
export function recognizeCredits(scan: Scan, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!scan.blockHas(WordFlag.creditNoun)) return out;
  const { tokens, joinable } = scan;
  let peopleStarts: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    // the word that introduces a credit, before its first word
    if (!scan.hasFlag(i + 1, WordFlag.creditNoun)) continue;
    const credit = phraseAt(tokens, scan.context.text, i, CREDITS);
    if (!credit || !joinable[credit.last]) continue;
    const first = credit.last + 1;
    let last = first - 1;
    while (last + 1 < tokens.length && last + 1 - first < MAX_NAME_WORDS && mayBeNameWord(scan, last + 1) && (last < first || joinable[last])) last++;
    if (last < first || !movesOn(scan, last + 1)) continue;
    // «به کارگردانی گروندال برگستن اکران شد»: the word right before a light verb is the verb's, not the name's;
    // not before a participle and its auxiliary («… برگستن | ساخته شد»), where the participle is the verb's
    if (last > first && scan.hasFlag(last + 1, WordFlag.lightVerb) && !scan.hasFlag(last + 2, WordFlag.lightVerb)) last--;
    // one word alone is a name only closed off by punctuation or «و»: «به کارگردانی فیلمش سپرد» is his film
    if (last === first && !closedOff(scan, last + 1)) continue;
    peopleStarts ??= new Set(found.filter((c) => c.type === 'PERSON').map((c) => c.start));
    if (peopleStarts.has(tokens[first]!.start)) continue;
    const value: PersonValue = last > first ? { given: tokens[first]!.text, family: joinText(scan, first + 1, last) } : { family: tokens[first]!.text };
    out.push(candidate('PERSON', tokens[first]!.start, tokens[last]!.end, 'rule', CONFIDENCE, value));
    i = last;
  }
  return out;
}
