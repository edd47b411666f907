/**
 * The vocabulary: what the recognizers know of each distinct token text, found once and shared by every token
 * that spells it. A text repeats its words (a few thousand make up most of any news text), so one map lookup per
 * token replaces the dictionary key, the set lookups and the trie walks each recognizer would otherwise repeat.
 */
import type { HeadNoun } from '../dictionaries/builtin';
import type { GazetteerHit, Lexicon, NamePart } from '../dictionaries/lexicon';
import type { TrieCursor } from '../matching/phrase-trie';
import { foldKey } from '../normalize/dictionary-key';
import { normalize } from '../normalize/index';

/** Yes/no facts about a word, as bits of {@link Word.flags}. */
export const WordFlag = {
  /** A match may start here: not a stop word, or a stop word that opens some listed name («به نام …»). */
  mayOpenMatch: 1,
  /** A verb with the prefix می/نمی (never part of a name). */
  verbForm: 2,
  /** A function word, a verb form, a role, a head noun or a listed non-name: no name by itself. */
  commonWord: 4,
  /** A word that ends a name after a head noun: a verb form, a boundary word, a verb of saying, another head. */
  endsName: 8,
  /** A role that heads an agency's provincial office («مدیرکل», «رئیس»). */
  agencyRole: 16,
} as const;

/** What the recognizers know of one distinct token text. */
export interface Word {
  readonly text: string;
  /** The text's dictionary key. */
  readonly key: string;
  /** Bits of {@link WordFlag}. */
  readonly flags: number;
  readonly organizationHead: HeadNoun | undefined;
  readonly locationHead: HeadNoun | undefined;
  /** Where the key leads in the lexicon's tries: a match starting with this word continues from there. */
  readonly gazetteer: TrieCursor<GazetteerHit> | null;
  readonly names: TrieCursor<NamePart> | null;
  readonly reportSources: TrieCursor<true> | null;
}

/**
 * Present and past-continuous verbs carry the prefix می or نمی, written with a half-space (می‌روند) or, in
 * careless text, as a separate word (می روند): either way the token is no name.
 */
const VERB_PREFIX = /^ن?می(?:\u200c|$)/;

/** Most distinct words remembered; past it the vocabulary starts over (memory stays bounded on any input). */
const MAX_WORDS = 100_000;

function describe(text: string, lexicon: Lexicon): Word {
  const key = foldKey(text, normalize);
  const verbForm = VERB_PREFIX.test(text);
  const stopword = lexicon.stopwords.has(key);
  const organizationHead = lexicon.organizationHeads.get(key);
  const locationHead = lexicon.locationHeads.get(key);
  const personVerb = lexicon.personVerbs.get(key) !== undefined;
  const headStop = lexicon.headStops.has(key);
  const commonWord =
    verbForm || stopword || lexicon.notNames.has(key) || headStop || organizationHead !== undefined || locationHead !== undefined || personVerb || lexicon.roles.get(key) !== undefined;
  const flags =
    (!stopword || lexicon.openingStopwords.has(key) ? WordFlag.mayOpenMatch : 0) |
    (verbForm ? WordFlag.verbForm : 0) |
    (commonWord ? WordFlag.commonWord : 0) |
    (verbForm || headStop || personVerb || organizationHead !== undefined ? WordFlag.endsName : 0) |
    (lexicon.agencyRoles.has(key) ? WordFlag.agencyRole : 0);
  return {
    text,
    key,
    flags,
    organizationHead,
    locationHead,
    gazetteer: lexicon.gazetteer.start(key),
    names: lexicon.names.start(key),
    reportSources: lexicon.reportSources.start(key),
  };
}

/** The words of one lexicon, described on first sight. */
export class Vocabulary {
  private readonly words = new Map<string, Word>();

  constructor(private readonly lexicon: Lexicon) {}

  /** The word spelled `text` (a token of normalized text). */
  word(text: string): Word {
    let word = this.words.get(text);
    if (word === undefined) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      word = describe(text, this.lexicon);
      this.words.set(text, word);
    }
    return word;
  }
}
