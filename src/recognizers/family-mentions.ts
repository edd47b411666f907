/**
 * Later mentions of a person by family name alone. News names a person in full once and by family name
 * after that («علی‌اصغر تک‌بند … تک‌بند با تأکید بر …»), and a family name alone is weak evidence anywhere
 * else. So the family names of people found in full (a given name and a family name, with good confidence)
 * are remembered for the rest of the text, and their bare mentions become people too: after the full mention
 * only, never before it («کمالوندی … بهروز کمالوندی» finds no bare mention), in one text as in the pieces of a
 * stream read one after the other.
 */
import { dictionaryKey } from '../normalize/index';
import type { PersonValue } from '../types';
import { joinText } from './person';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

/** Confidence of a full name good enough to teach its family name (a given name and a listed or surname-shaped family name). */
const MIN_TEACHING_CONFIDENCE = 0.75;

/**
 * Confidence of a given name alone that the context made a person («زنی به نام فاطمه», «نسرین گفت»): in a story
 * the same person is then named by that given name alone, and it is remembered as a family name is.
 */
const MIN_GIVEN_TEACHING_CONFIDENCE = 0.55;

/** Confidence of a bare family name known from earlier in the text. */
const MENTION_CONFIDENCE = 0.7;

/** Shortest family-name key remembered (two-letter names are mostly words). */
const MIN_KEY_LENGTH = 3;

/** Most tokens a family name is written in («تک بند», «هاشمی رفسنجانی»). */
const MAX_FAMILY_TOKENS = 2;

/** Most family names remembered; past it the memory starts over (memory stays bounded on any text or stream). */
const MAX_FAMILY_NAMES = 1 << 16;

/** Where a family name was learned: in which text (a stream's piece), and the offset its full mention ends at. */
interface Learned {
  text: number;
  from: number;
  /** A given name used alone, not a family name. */
  given: boolean;
}

/** The family names of one text (or of the pieces of one stream), learned as it is read. */
export class KnownFamilyNames {
  private readonly families = new Map<string, Learned>();
  /** Keys of the first written word of each family name: most tokens are ruled out by this one lookup. */
  private readonly firstWords = new Set<string>();
  /** Family names as written, with their keys: news repeats them, and a key costs a normalization. */
  private readonly written = new Map<string, string>();
  /** The text being read: 0, then one more for each piece of a stream ({@link nextText}). */
  private text = 0;

  /** Remembers the family names of the people named in full among `candidates` (offsets of the current text). */
  learn(candidates: readonly Candidate[]): void {
    for (const c of candidates) {
      if (c.type !== 'PERSON') continue;
      const value = c.value as PersonValue | undefined;
      if (!value?.given) continue;
      const given = value.family === undefined && value.title === undefined;
      if (!value.family && !(given && c.confidence >= MIN_GIVEN_TEACHING_CONFIDENCE)) continue;
      if (!given && c.confidence < MIN_TEACHING_CONFIDENCE) continue;
      const name = value.family ?? value.given;
      const key = this.keyOf(name);
      if (key.length < MIN_KEY_LENGTH) continue;
      const known = this.families.get(key);
      if (known && known.text === this.text && known.from <= c.end) continue;
      if (known && known.text !== this.text) continue; // learned in an earlier piece: known from this one's start
      if (!known && this.families.size >= MAX_FAMILY_NAMES) this.forgetAll();
      this.families.set(key, { text: this.text, from: c.end, given: known?.given ?? given });
      // «تک‌بند» is one token, «تک بند» two: the first word either way
      this.firstWords.add(dictionaryKey(name.split(/\s+/)[0] ?? ''));
      this.firstWords.add(dictionaryKey(name.split(/[\s\u200c]+/)[0] ?? ''));
    }
  }

  /** Moves on to the next piece of the same stream: the names learned so far count from its start. */
  nextText(): void {
    this.text++;
  }

  /** Whether some family name of the text begins with the word whose key is `key`. */
  beginsWith(key: string): boolean {
    return this.firstWords.has(key);
  }

  /** Whether the name written with key `key` was learned as a given name used alone. */
  isGiven(key: string): boolean {
    return this.families.get(key)?.given ?? false;
  }

  /**
   * Where the family name written with key `key` starts to count in the current text: the end of its first full
   * mention, 0 when it was learned in an earlier piece, undefined when no person of the text has it.
   */
  knownFrom(key: string): number | undefined {
    const known = this.families.get(key);
    if (known === undefined) return undefined;
    return known.text === this.text ? known.from : 0;
  }

  get size(): number {
    return this.families.size;
  }

  private keyOf(family: string): string {
    let key = this.written.get(family);
    if (key === undefined) {
      key = dictionaryKey(family);
      if (this.written.size >= MAX_FAMILY_NAMES) this.written.clear();
      this.written.set(family, key);
    }
    return key;
  }

  /** Forgets the family names learned (the keys of names as written are kept: they depend on the names alone). */
  forgetAll(): void {
    if (this.families.size === 0) return;
    this.families.clear();
    this.firstWords.clear();
  }
}

/** The last token of a family name starting at token `i` and known there (after its full mention), or -1. */
function familyEndingAt(scan: Scan, i: number, known: KnownFamilyNames): number {
  if (!scan.isNameToken(i) || !known.beginsWith(scan.keyAt(i))) return -1;
  const start = scan.tokens[i]!.start;
  let key = '';
  let found = -1;
  for (let j = i; j < i + MAX_FAMILY_TOKENS && scan.isNameToken(j); j++) {
    key += scan.keyAt(j);
    const from = known.knownFrom(key);
    if (from !== undefined && start >= from) found = j;
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
    const text = joinText(scan, i, last);
    const value = last === i && known.isGiven(scan.keyAt(i)) ? { given: text } : { family: text };
    out.push(candidate('PERSON', tokens[i]!.start, tokens[last]!.end, 'rule', MENTION_CONFIDENCE, value));
    i = last;
  }
  return out;
}
