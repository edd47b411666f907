/**
 * Speakers before a quotation. News quotes people in one fixed shape: the speaker's family name opens the sentence,
 * a verb of saying follows at once, then a colon and the quotation: «تندرو تصریح کرد : …», «گل‌آور تندرو ادامه داد
 * : …». The shape names a person even when the name is in no list and has no surname ending (تندرو، پیشه‌ور),
 * so the rule takes one or two words of no other use in that place: no function word, role, head noun, verb or
 * known name (those are what «وزیر افزود :», «وی گفت :» or «پلیس اعلام کرد :» put there). Only verbs a person says
 * count: an organization «اعلام کرد» (announced), it does not «ادامه داد» (went on).
 */
import { dictionaryKey } from '../normalize/index';
import type { PersonValue } from '../types';
import { joinText } from './person';
import type { Scan } from './scan';
import { phrases } from './measure-words';
import { phraseAt } from './token-reading';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

/**
 * Verbs of saying in the third person singular that people, not organizations, say before a quotation; as every
 * phrase, matched by key: written apart, with a ZWNJ or joined («خاطر نشان کرد», «خاطرنشان کرد»), «تأکید» as «تاکید».
 */
const QUOTING_VERBS = phrases(
  ['گفت', 'افزود', 'ادامه داد', 'تصریح کرد', 'خاطرنشان کرد', 'اظهار داشت', 'اظهار کرد', 'یادآور شد', 'بیان کرد', 'بیان داشت', 'عنوان کرد', 'اضافه کرد', 'تاکید کرد', 'توضیح داد'].map(
    (verb) => [verb, true] as const,
  ),
);

/** Words between the speaker and the verb: «همچنین», «نیز» (also). */
const ALSO = new Set(['همچنین', 'نیز'].map(dictionaryKey));

const CONFIDENCE = 0.6;

/** Most words of a speaker's name the rule takes («ولی پور», «حقی فام»). */
const MAX_NAME_WORDS = 2;

/** Whether token `index` may be a word of an unlisted speaker's name: a word of no other use at the start of a sentence. */
function mayBeSpeakerWord(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  if (!token || token.kind !== 'word' || token.key.length < 2) return false;
  if (scan.hasFlag(index, WordFlag.commonWord | WordFlag.functionWord | WordFlag.verb | WordFlag.endsName)) return false;
  // the word knows its heads already: no second lookup of its key
  if (token.word.organizationHead !== undefined || token.word.locationHead !== undefined) return false;
  if (scan.lexicon.roles.matchesAt(scan.tokens, index, scan.joinable, 6).length > 0) return false;
  return scan.gazetteerAt(index).length === 0 && scan.namesAt(index).length === 0;
}

/** Whether token `index` begins a sentence: the first token, or one after sentence punctuation. */
function opensSentence(scan: Scan, index: number): boolean {
  if (index === 0) return true;
  const before = scan.tokens[index - 1]!;
  return before.kind === 'punctuation' && before.text !== '،' && before.text !== ',';
}

/**
 * Whether one of `tokens` is a colon: most blocks have none, and then no sentence opener need be looked at. The kind
 * is compared first: it is one of a few shared strings, where the text of every token would be read.
 */
function hasColon(tokens: Scan['tokens']): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'punctuation' && tokens[i]!.text === ':') return true;
  return false;
}

/** PERSON candidates of speakers before a quotation: «X [همچنین] افزود :». */
export function recognizeQuotedSpeakers(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  if (!hasColon(tokens)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!opensSentence(scan, i) || !mayBeSpeakerWord(scan, i)) continue;
    for (let last = i; last < i + MAX_NAME_WORDS && (last === i || mayBeSpeakerWord(scan, last)); last++) {
      if (last > i && !scan.joinable[last - 1]) break;
      let verb = last + 1;
      if (ALSO.has(scan.keyAt(verb))) verb++;
      const end = phraseAt(tokens, scan.context.text, verb, QUOTING_VERBS)?.last;
      if (end === undefined || tokens[end + 1]?.text !== ':') continue;
      const family = joinText(scan, i, last);
      const value: PersonValue = { family };
      out.push(candidate('PERSON', tokens[i]!.start, tokens[last]!.end, 'rule', CONFIDENCE, value));
      break;
    }
  }
  return out;
}
