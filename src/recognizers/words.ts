/**
 * The vocabulary: what the recognizers know of each distinct token text, found once and shared by every token
 * that spells it. A text repeats its words (a few thousand make up most of any news text), so one map lookup per
 * token replaces the dictionary key, the set lookups and the trie walks each recognizer would otherwise repeat.
 */
import type { HeadNoun } from '../dictionaries/builtin';
import { kindOf, type GazetteerHit, type Lexicon, type NamePart } from '../dictionaries/lexicon';
import { cursorReach, type TrieCursor } from '../matching/phrase-trie';
import { foldKey } from '../normalize/dictionary-key';
import { dictionaryKey, normalize } from '../normalize/index';
import { sameUnits } from '../tokenize/index';
import { beginsCredit } from './credit-words';
import { dateTriggerOf, type Trigger } from './date/lexicon';
import { anchorsPercent, anchorsTime, opensCurrency } from './measure-words';

/** Yes/no facts about a word, as bits of {@link Word.flags}. */
export const WordFlag = {
  /** A match may start here: not a stop word, or a stop word that opens some listed name («به نام …»). */
  mayOpenMatch: 1,
  /** A function word, a verb form, a role, a head noun or a listed non-name: no name by itself. */
  commonWord: 2,
  /** A word that ends a name after a head noun: a verb form, a boundary word, a verb of saying, another head. */
  endsName: 4,
  /** A role that heads an agency's provincial office («مدیرکل», «رئیس»). */
  agencyRole: 8,
  /** A currency name or the start of one: MONEY looks for an amount before it. */
  currency: 16,
  /** «درصد», «٪» …: PERCENT looks for a number before it. */
  percent: 32,
  /** «ساعت», «ربع», a clock numeral or a part of the day: TIME looks around it. */
  time: 64,
  /** A function word, a verb form, a role or a head noun: no name even after a title (unlike a listed non-name). */
  functionWord: 128,
  /** A verb form: with می/نمی, or a finite form of a listed verb (کرد، نکردند، توانسته). */
  verb: 256,
  /** A form of a light verb, the second part of a compound verb (کرد، نکرده، می‌شود). */
  lightVerb: 512,
  /** A verb with its prefix می or نمی (می‌گذراند، می روند). */
  prefixedVerb: 1024,
  /** The part after a half-space of a word of known names («ریزی» of «برنامه‌ریزی»), when written apart. */
  compoundTail: 2048,
  /** The last word of a role or of a word of saying (رئیس، سخنگوی، «به گفته»): a name may follow it. */
  personCueEnd: 4096,
  /** A compass point (شمال، جنوب غربی …): a known place after it may make a place phrase. */
  compassPoint: 8192,
  /** A given name written joined to سید or میر («سیدمحمد», «میرحسین»): see {@link JOINED_NAME_PREFIXES}. */
  joinedNamePrefix: 16384,
  /** The first word of a credit of a film or a book («کارگردانی», «تهیه» of «تهیه‌کنندگی», «بازی»). */
  creditNoun: 32768,
  // What the word has beside its flags, as flags too: a rule that reads them at every token asks the scan's array
  // of flags first, and follows a token to its word only where there is something to read.
  /** {@link Word.organizationHead} or {@link Word.organizationHeadPhrases} is set. */
  hasOrganizationHead: 65536,
  /** {@link Word.locationHead} is set. */
  hasLocationHead: 131072,
  /** {@link Word.reportSources} is set. */
  hasReportSources: 262144,
  /** {@link Word.placeWithClitic} is set. */
  hasPlaceWithClitic: 524288,
  /** {@link Word.gazetteer} is set: a gazetteer key starts with the word's. */
  hasGazetteer: 1048576,
} as const;

/** What the recognizers know of one distinct token text. */
export interface Word {
  readonly text: string;
  /** The text's dictionary key. */
  readonly key: string;
  /** Bits of {@link WordFlag}. */
  readonly flags: number;
  readonly organizationHead: HeadNoun | undefined;
  /** Two-word heads this word opens, by the key of their second word («منطقه» → «آزاد»). */
  readonly organizationHeadPhrases: ReadonlyMap<string, HeadNoun> | undefined;
  readonly locationHead: HeadNoun | undefined;
  /** Where the key leads in the lexicon's tries: a match starting with this word continues from there. */
  readonly gazetteer: TrieCursor<GazetteerHit> | null;
  readonly names: TrieCursor<NamePart> | null;
  /** What a match from {@link gazetteer} and from {@link names} may reach (see `cursorReach`). */
  readonly gazetteerReach: number;
  readonly namesReach: number;
  readonly reportSources: TrieCursor<true> | null;
  /** The date word this word is, or begins (see the date recognizer's lexicon). */
  readonly dateTrigger: Trigger | undefined;
  /** The country or town this word names with a colloquial clitic joined to it («ایرانم», «کرمانه»). */
  readonly placeWithClitic: GazetteerHit | undefined;
  /**
   * Whether the word has the shape of a family name (the person rules' `isSurnameShaped`), worked out by them on
   * first need and kept here: it depends on the word alone, and they ask for it at most tokens.
   */
  surnameShaped: boolean | undefined;
}

/** Prefixes written joined to a given name: «سیدمحمدحسن» is سید + محمدحسن. */
export const JOINED_NAME_PREFIXES: readonly string[] = ['سید', 'میر'].map(dictionaryKey);

/** Whether `key` may be a given name written joined to `prefix`: the prefix and two letters at least after it. */
export function startsJoinedName(key: string, prefix: string): boolean {
  return key.length > prefix.length + 1 && key.startsWith(prefix);
}

/**
 * Shortest name of a place a clitic may be joined to: shorter names and a clitic spell ordinary words too
 * («رشت|ه», «قطر|ه», «فراه|م»).
 */
const MIN_CLITIC_HOST = 5;

/** Places people live in, whose names colloquial text joins a clitic to (not a continent, a sea or a region). */
const CLITIC_HOST_KINDS: ReadonlySet<string> = new Set(['city', 'province', 'county', 'village']);

function isCliticHost(h: GazetteerHit): boolean {
  if (!h.builtin || h.ambiguous) return false;
  return h.type === 'COUNTRY' || (h.type === 'LOCATION' && CLITIC_HOST_KINDS.has(kindOf(h) ?? ''));
}

/**
 * The built-in, unambiguous country or town a word of key `key` names with a clitic joined to it: «ایران|م»,
 * «آمریکا|ست». Not a word that is a known name or a stop word itself, nor a listed word («شیرازه»).
 */
function placeWithCliticOf(key: string, lexicon: Lexicon, known: boolean): GazetteerHit | undefined {
  if (known || key.length <= MIN_CLITIC_HOST || lexicon.notPlaceNames.has(key) || lexicon.stopwords.has(key)) return undefined;
  for (const clitic of lexicon.placeClitics) {
    if (!key.endsWith(clitic) || key.length - clitic.length < MIN_CLITIC_HOST) continue;
    const hit = lexicon.gazetteer.get(key.slice(0, key.length - clitic.length))?.find(isCliticHost);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Present and past-continuous verbs carry the prefix می or نمی, written with a half-space (می‌روند) or, in
 * careless text, as a separate word (می روند): either way the token is no name.
 */
const VERB_PREFIX = /^ن?می(?:\u200c|$)/;
/** The prefix می/نمی of a verb written whole with its half-space, in a dictionary key (which has no ZWNJ). */
const VERB_PREFIX_KEY = /^ن?می/;

/** Most distinct words remembered; past it the vocabulary starts over (memory stays bounded on any input). */
const MAX_WORDS = 1 << 17;

/**
 * Pronoun clitics and the plural written joined to a noun: «دخترشان» (their daughter), «همسرش», «برادرها».
 * Longest first.
 */
const CLITICS = ['هایشان', 'هایش', 'های', 'ها', 'شان', 'مان', 'تان', 'ش', 'م', 'ت'];

/** A listed non-name or a role with a clitic after it is no name either: «فاطمه | دخترشان», «علی | همکارش». */
function withCliticOfCommonWord(key: string, lexicon: Lexicon): boolean {
  for (const clitic of CLITICS) {
    if (key.length - clitic.length < 2 || !key.endsWith(clitic)) continue;
    const stem = key.slice(0, key.length - clitic.length);
    if (lexicon.notNames.has(stem) || lexicon.roles.get(stem) !== undefined) return true;
  }
  return false;
}

function describe(text: string, lexicon: Lexicon): Word {
  const key = foldKey(text, normalize);
  const verbForm = VERB_PREFIX.test(text);
  const verb = verbForm || lexicon.verbs.has(key);
  const stopword = lexicon.stopwords.has(key);
  const organizationHead = lexicon.organizationHeads.get(key);
  const locationHead = lexicon.locationHeads.get(key);
  const personVerb = lexicon.personVerbs.get(key) !== undefined;
  const headStop = lexicon.headStops.has(key);
  const functionWord =
    verbForm || stopword || headStop || organizationHead !== undefined || locationHead !== undefined || personVerb || lexicon.roles.get(key) !== undefined;
  const commonWord = functionWord || lexicon.notNames.has(key) || withCliticOfCommonWord(key, lexicon);
  const flags =
    (!stopword || lexicon.openingStopwords.has(key) ? WordFlag.mayOpenMatch : 0) |
    (commonWord ? WordFlag.commonWord : 0) |
    (functionWord ? WordFlag.functionWord : 0) |
    (verb || headStop || personVerb || organizationHead !== undefined ? WordFlag.endsName : 0) |
    (lexicon.agencyRoles.has(key) ? WordFlag.agencyRole : 0) |
    (opensCurrency(key) ? WordFlag.currency : 0) |
    (anchorsPercent(key) ? WordFlag.percent : 0) |
    (anchorsTime(key) ? WordFlag.time : 0) |
    (verb ? WordFlag.verb : 0) |
    (verbForm ? WordFlag.prefixedVerb : 0) |
    (lexicon.compoundTails.has(key) ? WordFlag.compoundTail : 0) |
    (lexicon.personCueEnds.has(key) ? WordFlag.personCueEnd : 0) |
    (lexicon.compassPoints.has(key) ? WordFlag.compassPoint : 0) |
    (JOINED_NAME_PREFIXES.some((prefix) => startsJoinedName(key, prefix)) ? WordFlag.joinedNamePrefix : 0) |
    (beginsCredit(key) ? WordFlag.creditNoun : 0) |
    (lexicon.lightVerbs.has(verbForm ? key.replace(VERB_PREFIX_KEY, '') : key) ? WordFlag.lightVerb : 0);
  const gazetteer = lexicon.gazetteer.start(key);
  const names = lexicon.names.start(key);
  const organizationHeadPhrases = lexicon.organizationHeadPhrases.get(key);
  const reportSources = lexicon.reportSources.start(key);
  const placeWithClitic = placeWithCliticOf(key, lexicon, gazetteer !== null);
  const has =
    (organizationHead !== undefined || organizationHeadPhrases !== undefined ? WordFlag.hasOrganizationHead : 0) |
    (locationHead !== undefined ? WordFlag.hasLocationHead : 0) |
    (reportSources !== null ? WordFlag.hasReportSources : 0) |
    (placeWithClitic !== undefined ? WordFlag.hasPlaceWithClitic : 0) |
    (gazetteer !== null ? WordFlag.hasGazetteer : 0);
  return {
    text,
    key,
    flags: flags | has,
    organizationHead,
    organizationHeadPhrases,
    locationHead,
    gazetteer,
    names,
    gazetteerReach: cursorReach(gazetteer),
    namesReach: cursorReach(names),
    reportSources,
    dateTrigger: dateTriggerOf(key),
    placeWithClitic,
    surnameShaped: undefined,
  };
}

/**
 * FNV-1a over the UTF-16 code units of `source.slice(start, end)`, from a `seed`, then mixed by murmur3's finalizer so
 * that every bit of a slot depends on the seed. Unseeded, anyone reading this code could make thousands of words
 * share a slot and turn every lookup into a walk through them (hash flooding); with a random seed per vocabulary
 * they cannot tell which words collide.
 */
function hashOf(source: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A random 32-bit seed (not for secrets: it only keeps word collisions unpredictable). */
const randomSeed = (): number => (Math.random() * 0x1_0000_0000) >>> 0;

const INITIAL_CAPACITY = 1024;

/**
 * `source.slice(start, end)` as a string of its own. A long slice may share the memory of its source (V8 makes
 * slices of 13 units or more that way), and a remembered word must not keep a whole block of text alive.
 */
function ownCopy(source: string, start: number, end: number): string {
  const slice = source.slice(start, end);
  return slice.length < 13 ? slice : [...slice].join('');
}

/**
 * The words of one lexicon, described on first sight. An open-addressing hash table keyed by the characters
 * of a token, so a token of a known word is found in its block without a string of its own being made.
 */
export class Vocabulary {
  private slots: Array<Word | undefined> = new Array<Word | undefined>(INITIAL_CAPACITY);
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private count = 0;
  private readonly seed = randomSeed();

  constructor(private readonly lexicon: Lexicon) {}

  /** The word spelled `source.slice(start, end)` (a token of normalized text). */
  wordIn(source: string, start: number, end: number): Word {
    const hash = hashOf(source, start, end, this.seed);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.slots[slot];
      if (word === undefined) return this.add(describe(ownCopy(source, start, end), this.lexicon), hash);
      if (this.hashes[slot] === hash && sameUnits(word.text, 0, word.text.length, source, start, end)) return word;
    }
  }

  private add(word: Word, hash: number): Word {
    if (this.count >= MAX_WORDS) this.reset(INITIAL_CAPACITY);
    else if (2 * (this.count + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    this.place(word, hash);
    this.count++;
    return word;
  }

  private place(word: Word, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.slots[slot] = word;
    this.hashes[slot] = hash;
  }

  private reset(capacity: number): void {
    this.slots = new Array<Word | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.count = 0;
  }

  private rehash(capacity: number): void {
    const { slots, hashes } = this;
    this.reset(capacity);
    for (let k = 0; k < slots.length; k++) {
      const word = slots[k];
      if (word !== undefined) {
        this.place(word, hashes[k] ?? 0);
        this.count++;
      }
    }
  }
}
