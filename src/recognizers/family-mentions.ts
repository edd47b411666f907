/**
 * Later mentions of a person by family name alone. News names a person in full once and by family name
 * after that («علی‌اصغر تک‌بند … تک‌بند با تأکید بر …»), and a family name alone is weak evidence anywhere
 * else. So the family names of people found in full (a given name and a family name, with good confidence)
 * are remembered for the rest of the text, and their bare mentions become people too.
 */
import { dictionaryKey } from '../normalize/index';
import type { PersonValue } from '../types';
import { joinText } from './person';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

/** Confidence of a full name good enough to teach its family name (a given name and a listed or surname-shaped family name). */
const MIN_TEACHING_CONFIDENCE = 0.75;

/** Confidence of a bare family name known from earlier in the text. */
const MENTION_CONFIDENCE = 0.7;

/** Shortest family-name key remembered (two-letter names are mostly words). */
const MIN_KEY_LENGTH = 3;

/** Most tokens a family name is written in («تک بند», «هاشمی رفسنجانی»). */
const MAX_FAMILY_TOKENS = 2;

/** The family names of one text, learned as it is read. */
export class KnownFamilyNames {
  private readonly families = new Map<string, string>();
  /** Keys of the first written word of each family name: most tokens are ruled out by this one lookup. */
  private readonly firstWords = new Set<string>();
  /** Family names as written that were learned already: news repeats them, and their keys cost a normalization. */
  private readonly written = new Set<string>();

  /** Remembers the family names of the people named in full among `candidates`. */
  learn(candidates: readonly Candidate[]): void {
    for (const c of candidates) {
      if (c.type !== 'PERSON' || c.confidence < MIN_TEACHING_CONFIDENCE) continue;
      const value = c.value as PersonValue | undefined;
      if (!value?.given || !value.family || this.written.has(value.family)) continue;
      this.written.add(value.family);
      const key = dictionaryKey(value.family);
      if (key.length < MIN_KEY_LENGTH) continue;
      this.families.set(key, value.family);
      // «تک‌بند» is one token, «تک بند» two: the first word either way
      this.firstWords.add(dictionaryKey(value.family.split(/\s+/)[0] ?? ''));
      this.firstWords.add(dictionaryKey(value.family.split(/[\s\u200c]+/)[0] ?? ''));
    }
  }

  /** Whether some family name of the text begins with the word whose key is `key`. */
  beginsWith(key: string): boolean {
    return this.firstWords.has(key);
  }

  /** The family name written with key `key`, if a person of the text has it. */
  familyOf(key: string): string | undefined {
    return this.families.get(key);
  }

  get size(): number {
    return this.families.size;
  }
}

/** The last token of a known family name starting at token `i`, or -1. */
function familyEndingAt(scan: Scan, i: number, known: KnownFamilyNames): number {
  if (!scan.isNameToken(i) || !known.beginsWith(scan.keyAt(i))) return -1;
  let key = '';
  let found = -1;
  for (let j = i; j < i + MAX_FAMILY_TOKENS && scan.isNameToken(j); j++) {
    key += scan.keyAt(j);
    if (known.familyOf(key) !== undefined) found = j;
    if (!scan.joinable[j]) break;
  }
  return found;
}

/** PERSON candidates for the bare mentions of family names learned earlier in the text. */
export function recognizeFamilyMentions(scan: Scan, known: KnownFamilyNames): Candidate[] {
  const out: Candidate[] = [];
  if (known.size === 0) return out;
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const last = familyEndingAt(scan, i, known);
    if (last < 0) continue;
    // one word that is also a common word is that word («قاضی» alone is a judge; «قاضی زاده» is a name);
    // an adjective before the verb it forms a predicate with is that adjective: «امیدوار بود»
    if ((last === i && scan.hasFlag(i, WordFlag.commonWord)) || scan.lexicon.trailingVerbs.has(scan.keyAt(last + 1))) continue;
    out.push(candidate('PERSON', tokens[i]!.start, tokens[last]!.end, 'rule', MENTION_CONFIDENCE, { family: joinText(scan, i, last) }));
    i = last;
  }
  return out;
}
