/**
 * The lexicon: built-in data and user dictionaries indexed by dictionary key, ready for the recognizers.
 * Built once per extractor, on its first call. Without user dictionaries the built-in names enter their tries as
 * the texts first read the starts of their keys; nothing else changes afterwards.
 */
import { dictionaryKey, keyStartCode, phraseStartCode } from '../normalize/index';
import { PhraseTrie } from '../matching/phrase-trie';
import type { EntityType, EntityValue } from '../types';
import type { BuiltinData, HeadNoun } from './builtin';
import { deepFreeze, type DictionaryEntry, type UserDictionary } from './user';
import { splitTitles, type TitleInfo } from './titled-names';
import { verbForms } from './verb-forms';

/** What a gazetteer key leads to. */
export interface GazetteerHit {
  type: EntityType;
  /** The entry's canonical text. */
  canonical: string;
  value?: EntityValue;
  source: string;
  confidence: number;
  ambiguous: boolean;
  /** 1 for user dictionaries, 0 for built-ins: user entries win. */
  priority: number;
  /**
   * The built-in dictionaries list this text with this type (a user entry may have replaced the built-in one).
   * The rules take only such entries for known names: other user entries add candidates and never change what
   * the rules find, so that they never cut a longer rule match («دکتر شبنم نیک‌سرشت» stays one person).
   */
  builtin: boolean;
  /** Offsets in the key where the listed text breaks between words (a space or ZWNJ). */
  wordBreaks: readonly number[];
  /**
   * For a person listed with a title before the name («سردار سلیمانی»): where, in the key, the span starts
   * (the title goes to `value.title`); 0 for every other hit.
   */
  nameOffset: number;
  /** Spellings of other words that fold onto this entry's key: text spelled so is not this entry («اقدام» ≠ «آقدام»). */
  unlessSpelled: readonly string[] | undefined;
}

/** The kind of an entry's or a hit's place or organization («club», «media», «city» …), if its value names one. */
export function kindOf(entry: { readonly value?: unknown }): string | undefined {
  return (entry.value as { kind?: string } | undefined)?.kind;
}

/** Whether `hit` is a news agency or other media. */
export function isNews(hit: GazetteerHit): boolean {
  const kind = kindOf(hit);
  return kind === 'media' || kind === 'news-agency';
}

/** The country an entity names or belongs to. */
export function countryOf(hit: GazetteerHit): string | undefined {
  const value = hit.value as { code?: string; country?: string } | undefined;
  return hit.type === 'COUNTRY' ? value?.code : value?.country;
}

/** Whether `hits` hold an unambiguous entry of `type`. */
export function hasUnambiguous(hits: readonly GazetteerHit[], type: string): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k]!.type === type && !hits[k]!.ambiguous) return true;
  return false;
}

/** The role a word plays in a person's name. */
export type NamePartRole = 'title' | 'given' | 'family';

/** What a name key leads to. */
export interface NamePart {
  role: NamePartRole;
  /** The normalized text as listed. */
  text: string;
  gender?: 'male' | 'female';
  ambiguous?: boolean;
  /** For titles: honorific, academic, religious, military, lineage … */
  kind?: string;
  /** Spellings of other words that fold onto this part's key (see {@link GazetteerHit.unlessSpelled}). */
  unlessSpelled?: readonly string[];
}

/** A name part with every field present (absent ones undefined): all parts share one shape, read fast in the rules. */
export function namePart(role: NamePartRole, text: string, details: Omit<NamePart, 'role' | 'text'> = {}): NamePart {
  return { role, text, gender: details.gender, ambiguous: details.ambiguous, kind: details.kind, unlessSpelled: details.unlessSpelled };
}

/** Entries to take out of the built-in dictionaries. */
export interface RemovedEntry {
  /** Only entries of this type; all types when absent. */
  type?: EntityType;
  text: string;
}

/** Indexed data for the recognizers. */
export interface Lexicon {
  gazetteer: PhraseTrie<GazetteerHit>;
  names: PhraseTrie<NamePart>;
  roles: PhraseTrie<true>;
  personVerbs: PhraseTrie<true>;
  /** Words of saying before a name («به گفته», «سخنان»). */
  personCues: PhraseTrie<true>;
  /** Keys of the last words of roles and of words of saying: a name may follow a word of these. */
  personCueEnds: ReadonlySet<string>;
  organizationHeads: ReadonlyMap<string, HeadNoun>;
  /** Heads of two words («منطقه آزاد», «اداره کل»): by the key of the first, then of the second. */
  organizationHeadPhrases: ReadonlyMap<string, ReadonlyMap<string, HeadNoun>>;
  locationHeads: ReadonlyMap<string, HeadNoun>;
  /** Keys of words that end a name after a head noun (سازمان «یافته»). */
  headStops: ReadonlySet<string>;
  /** Keys of function words (stop words). */
  stopwords: ReadonlySet<string>;
  /** Stop words that are the first word of some gazetteer or name entry: only these can open a match. */
  openingStopwords: ReadonlySet<string>;
  /** Keys of words shaped like surnames that are not names. */
  notNames: ReadonlySet<string>;
  presidencyWords: ReadonlySet<string>;
  republicKey: string;
  /** The kinds of organization a word before an ambiguous name speaks of, by its key («any» for every kind). */
  organizationContext: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys of the words of sports news («لیگ», «سرمربی»). */
  sportsContext: ReadonlySet<string>;
  surnameSuffixes: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  agencyRoles: ReadonlySet<string>;
  reportSources: PhraseTrie<true>;
  trailingVerbs: ReadonlySet<string>;
  /** Keys of words that end a name after words of no known name («مجلس», «کشور»). */
  nameEnds: ReadonlySet<string>;
  /** Keys of determiners that make a head noun after them an ordinary noun («این», «هر»). */
  headDeterminers: ReadonlySet<string>;
  /** Keys of ordinal words («دوم», «یازدهم»). */
  ordinals: ReadonlySet<string>;
  /** Keys of numbers written as words («یک», «دو»). */
  cardinals: ReadonlySet<string>;
  /** Keys of compass points that may open a place phrase («شمال», «شمالغرب»). */
  compassPoints: ReadonlySet<string>;
  /** Keys of the second point of a compound compass point written apart («غرب», «شرقی»). */
  compassSeconds: ReadonlySet<string>;
  /** Keys of the clitics colloquial text joins to a place's name («م», «ست»), longest first. */
  placeClitics: readonly string[];
  /** Keys of words that spell a place's name and a clitic but are words of their own («شیرازه»). */
  notPlaceNames: ReadonlySet<string>;
  /** Keys of finite verb forms (کرد، نکردند، توانسته، بنشاند), not those with می/نمی. */
  verbs: ReadonlySet<string>;
  /** Keys of the finite forms of light verbs (کرد، نکرده، دارد), also after می/نمی: they follow their noun. */
  lightVerbs: ReadonlySet<string>;
  /** Keys of the words that occur in known organization and place names (وزارت «امور خارجه»). */
  nameVocabulary: ReadonlySet<string>;
  /** Keys of the parts after a half-space in words of known names («ریزی» of «برنامه‌ریزی»). */
  compoundTails: ReadonlySet<string>;
  /** Types some entry of the lexicon produces. */
  types: ReadonlySet<EntityType>;
}

/** What an extractor is built from. */
export interface LexiconSource {
  builtin: BuiltinData;
  /** Built-in entry types left out entirely (the user replaces them). */
  excludeBuiltinTypes: ReadonlySet<EntityType>;
  removed: readonly RemovedEntry[];
  dictionaries: readonly UserDictionary[];
}

const BUILTIN_CONFIDENCE = 0.95;
const keysOf = (words: readonly string[]): Set<string> => new Set(words.map(dictionaryKey).filter(Boolean));

/**
 * Keys of the last word of each phrase, as a text may write it: «رئیس‌جمهور» ends in «رئیس‌جمهور» or, written
 * apart, in «جمهور».
 */
function lastWordKeys(phrases: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const phrase of phrases) {
    keys.add(dictionaryKey(phrase.split(/\s+/).at(-1) ?? ''));
    keys.add(dictionaryKey(phrase.split(/[\s\u200c]+/).at(-1) ?? ''));
  }
  return keys;
}

/** Commas inside official names («وزارت بهداشت، درمان و آموزش پزشکی») are dropped from keys, as text often drops them. */
const NAME_PUNCTUATION = /[،,؛]/g;

/** The key of a listed name. */
const nameKey = (name: string): string => dictionaryKey(name.replace(NAME_PUNCTUATION, ' '));

function entryKeys(entry: DictionaryEntry): string[] {
  return [entry.text, ...(entry.aliases ?? [])].map(nameKey).filter(Boolean);
}

/** Where, in the key of `text`, one written word ends and the next begins. */
function wordBreaksOf(text: string): number[] {
  const breaks: number[] = [];
  let offset = 0;
  for (const word of text.replace(NAME_PUNCTUATION, ' ').split(/[\s\u200c]+/)) {
    const length = dictionaryKey(word).length;
    if (length === 0) continue;
    if (offset > 0) breaks.push(offset);
    offset += length;
  }
  return breaks;
}

/**
 * What the hits of one dictionary's entries of one type and confidence share: kept once, not in each of them.
 * The few built-in names other words fold onto have one each, with those words.
 */
interface HitOrigin {
  readonly type: EntityType;
  readonly source: string;
  readonly priority: number;
  readonly confidence: number;
  readonly unlessSpelled: readonly string[] | undefined;
}

/** Bits of {@link ListedHit}'s `bits`: the two flags, then the name offset. */
const AMBIGUOUS_BIT = 1;
const BUILTIN_BIT = 2;
const NAME_OFFSET_SHIFT = 2;

/**
 * A gazetteer hit of a listed name. Its word breaks are worked out when first asked for: only a match that splits
 * a word next to a stop word needs them, and building every entry's list up front was a tenth of the start-up.
 * Made by the hundred thousand for a large user dictionary, so it is kept to five fields: what the entries of a
 * dictionary share is in one {@link HitOrigin}, the flags and the name offset are bits of one number, and the
 * listed name gives way to its word breaks once they are known.
 */
class ListedHit implements GazetteerHit {
  /** The name as listed (the entry's text or one of its aliases), then its word breaks. */
  private listedOrBreaks: string | readonly number[];
  private readonly bits: number;

  constructor(
    private readonly origin: HitOrigin,
    readonly canonical: string,
    readonly value: EntityValue | undefined,
    ambiguous: boolean,
    builtin: boolean,
    listed: string,
    nameOffset: number,
  ) {
    this.listedOrBreaks = listed;
    this.bits = (ambiguous ? AMBIGUOUS_BIT : 0) | (builtin ? BUILTIN_BIT : 0) | (nameOffset << NAME_OFFSET_SHIFT);
  }

  get type(): EntityType {
    return this.origin.type;
  }

  get source(): string {
    return this.origin.source;
  }

  get priority(): number {
    return this.origin.priority;
  }

  get confidence(): number {
    return this.origin.confidence;
  }

  get unlessSpelled(): readonly string[] | undefined {
    return this.origin.unlessSpelled;
  }

  get ambiguous(): boolean {
    return (this.bits & AMBIGUOUS_BIT) !== 0;
  }

  get builtin(): boolean {
    return (this.bits & BUILTIN_BIT) !== 0;
  }

  get nameOffset(): number {
    return this.bits >>> NAME_OFFSET_SHIFT;
  }

  get wordBreaks(): readonly number[] {
    const known = this.listedOrBreaks;
    return typeof known === 'string' ? (this.listedOrBreaks = wordBreaksOf(known)) : known;
  }
}

function isRemoved(removed: ReadonlyMap<string, ReadonlyArray<EntityType | undefined>>, key: string, type: EntityType): boolean {
  // most extractors remove nothing: no hash of every key then
  if (removed.size === 0) return false;
  const types = removed.get(key);
  return types !== undefined && types.some((t) => t === undefined || t === type);
}

/** How the entries of one dictionary become gazetteer hits. */
interface EntryRules {
  source: string;
  priority: number;
  /** Whether the name keyed `key` of `entry` is left out. */
  skip: (key: string, entry: DictionaryEntry) => boolean;
  /** Whether the built-in dictionaries list the name keyed `key` with `entry`'s type. */
  builtin: (key: string, entry: DictionaryEntry) => boolean;
  titles?: ReadonlyMap<string, TitleInfo>;
  folded?: ReadonlyMap<string, readonly string[]>;
}

/** What adds one name of an entry of one dictionary to `trie`, as a hit. */
function entryAdder(trie: PhraseTrie<GazetteerHit>, rules: EntryRules): (entry: DictionaryEntry, name: string) => void {
  const { source, priority, skip, builtin, titles = new Map<string, TitleInfo>(), folded = new Map<string, readonly string[]>() } = rules;
  // shared by the entries of one type and confidence: most entries of a dictionary share both with the one before
  const origins = new Map<EntityType, Map<number, HitOrigin>>();
  let last: HitOrigin | undefined;
  const originOf = (type: EntityType, confidence: number, unlessSpelled: readonly string[] | undefined): HitOrigin => {
    if (unlessSpelled) return { type, source, priority, confidence, unlessSpelled };
    if (last?.type === type && last.confidence === confidence) return last;
    let byConfidence = origins.get(type);
    if (!byConfidence) origins.set(type, (byConfidence = new Map()));
    last = byConfidence.get(confidence);
    if (!last) byConfidence.set(confidence, (last = { type, source, priority, confidence, unlessSpelled }));
    return last;
  };
  return (entry, name) => {
    const key = nameKey(name);
    if (!key || skip(key, entry)) return;
    const titled = entry.type === 'PERSON' && entry.value ? splitTitles(name, entry.value, titles) : undefined;
    trie.add(
      key,
      new ListedHit(
        originOf(entry.type, entry.confidence ?? BUILTIN_CONFIDENCE, folded.get(name)),
        entry.text,
        // results hand the value out as it is: frozen, so that no caller changes what the next one sees
        deepFreeze((titled ? { ...entry.value, title: titled.title } : entry.value) as EntityValue | undefined),
        entry.ambiguous ?? false,
        builtin(key, entry),
        name,
        titled?.keyOffset ?? 0,
      ),
    );
  };
}

/** Calls `visit` with the entry's text, then each of its aliases. */
function forEachName(entry: DictionaryEntry, visit: (name: string) => void): void {
  visit(entry.text);
  if (entry.aliases) for (const alias of entry.aliases) visit(alias);
}

/** The separators {@link nameKey} turns into spaces. */
const NAME_PUNCTUATION_UNITS: ReadonlySet<number> = new Set([...'،,؛'].map((c) => c.charCodeAt(0)));

/** {@link keyStartCode} of {@link nameKey}(`name`), mostly without making the key. */
function nameStartCode(name: string): number {
  const code = phraseStartCode(name);
  return NAME_PUNCTUATION_UNITS.has(code >>> 16) || NAME_PUNCTUATION_UNITS.has(code & 0xffff) ? keyStartCode(nameKey(name)) : code;
}

/**
 * Items kept apart by the starts of their keys ({@link keyStartCode}: a key's first two units) until a trie first
 * reads that start (see {@link PhraseTrie.addWhenFirstRead}). The keys of a start are all in one group, in the
 * order they came: a key's values come out in the same order whether its group is added at once or later.
 */
class ByKeyStart<I> {
  private readonly groups = new Map<number, I[]>();
  /** The starts of the groups by their first unit, for a start of one unit, which takes them all. */
  private readonly startsByUnit = new Map<number, number[]>();

  add(start: number, item: I): void {
    if (start === 0) return; // an empty key is never stored
    const group = this.groups.get(start);
    if (group) {
      group.push(item);
      return;
    }
    this.groups.set(start, [item]);
    const unit = start >>> 16;
    const starts = this.startsByUnit.get(unit);
    if (starts) starts.push(start);
    else this.startsByUnit.set(unit, [start]);
  }

  /** The items whose keys begin with `start` (one unit or two), taken out: each group is added once. */
  take(start: string): I[] {
    const starts = start.length === 1 ? (this.startsByUnit.get(start.charCodeAt(0)) ?? []) : [keyStartCode(start)];
    const items: I[] = [];
    for (const code of starts) {
      const group = this.groups.get(code);
      if (group === undefined) continue;
      this.groups.delete(code);
      for (const item of group) items.push(item);
    }
    return items;
  }

  /** Every item not yet taken, group by group, taken out. */
  takeAll(): I[] {
    const items = [...this.groups.values()].flat();
    this.groups.clear();
    return items;
  }
}

/** Adds to `trie`, through `fill`, the items grouped in `groups`: when their starts are first read (`later`), or now. */
function addByKeyStart<T, I>(trie: PhraseTrie<T>, groups: ByKeyStart<I>, fill: (item: I) => void, later: boolean): void {
  const fillStart = (start: string): void => {
    for (const item of groups.take(start)) fill(item);
  };
  if (later) trie.addWhenFirstRead(fillStart);
  else for (const item of groups.takeAll()) fill(item);
}

/**
 * {@link dictionaryKey} remembering the words it was given: the words of listed names repeat («استان», «دانشگاه»),
 * and the lexicon reads each name's words more than once.
 */
function wordKeys(): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let key = known.get(word);
    if (key === undefined) known.set(word, (key = dictionaryKey(word)));
    return key;
  };
}

/** A landmark: a building, square, stadium or shrine («برج میلاد», «حرم امام رضا»), not a place of people. */
const isLandmark = (entry: DictionaryEntry): boolean => entry.type === 'LOCATION' && kindOf(entry) === 'place';

/** Words of organization and place names, each also as written apart from its ZWNJ-joined parts. */
function nameVocabulary(
  builtin: readonly DictionaryEntry[],
  dictionaries: readonly UserDictionary[],
  stopwords: ReadonlySet<string>,
  keyOf: (word: string) => string,
): { words: Set<string>; compoundTails: Set<string> } {
  const words = new Set<string>();
  // the parts after a ZWNJ («ریزی» of «برنامه‌ریزی»): text written carelessly puts a space there
  const compoundTails = new Set<string>();
  const addWord = (word: string): void => {
    const key = keyOf(word);
    if (key && !stopwords.has(key)) words.add(key);
  };
  const addWords = (entry: DictionaryEntry): void => {
    // the words of a name that is also a word («قانون», «همدلی») are ordinary words, and so are those of a
    // landmark, named after people and ideals («ورزشگاه شهید شیرودی», «میدان آزادی»)
    if ((entry.type !== 'ORGANIZATION' && entry.type !== 'LOCATION' && entry.type !== 'COUNTRY') || entry.ambiguous || isLandmark(entry)) return;
    const addName = (name: string): void => {
      for (const word of name.split(/\s+/)) {
        addWord(word);
        if (!word.includes('\u200c')) continue;
        // its parts apart, and the parts after a ZWNJ as compound tails
        const parts = word.split('\u200c');
        for (let k = 0; k < parts.length; k++) {
          addWord(parts[k]!);
          if (k > 0) compoundTails.add(keyOf(parts[k]!));
        }
      }
    };
    forEachName(entry, addName);
  };
  builtin.forEach(addWords);
  for (const d of dictionaries) d.entries.forEach(addWords);
  compoundTails.delete('');
  return { words, compoundTails };
}

/** The separators of a name's words: white space (what `\s` matches), a ZWNJ, a comma or a semicolon. */
const WORD_SEPARATORS: ReadonlySet<number> = new Set(
  [...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u200c،,؛'].map((c) => c.charCodeAt(0)).concat(Array.from({ length: 11 }, (_, k) => 0x2000 + k)),
);

/** Where the first word of a listed name ends: at a space, a ZWNJ or a comma, or at the end. */
function firstWordEnd(name: string): number {
  for (let k = 0; k < name.length; k++) if (WORD_SEPARATORS.has(name.charCodeAt(k))) return k;
  return name.length;
}

/**
 * Stop words that open a listed name («به نام …», «آن …»). A match can start at a stop word only when the
 * entry's first word is that stop word (a split word never has a stop word on either side), so the
 * recognizers skip every other stop word without walking the tries.
 */
function openingStopwords(
  entryLists: readonly (readonly DictionaryEntry[])[],
  titles: readonly { text: string }[],
  stopwords: ReadonlySet<string>,
  keyOf: (word: string) => string,
): Set<string> {
  const out = new Set<string>();
  const consider = (name: string): void => {
    const first = keyOf(name.slice(0, firstWordEnd(name)));
    if (stopwords.has(first)) out.add(first);
  };
  for (const entries of entryLists) for (const entry of entries) forEachName(entry, consider);
  for (const title of titles) consider(title.text);
  return out;
}

/** Context words by key, each with the kinds of organization it speaks of. */
function contextKinds(byKind: Readonly<Record<string, readonly string[]>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [kind, words] of Object.entries(byKind)) {
    for (const key of keysOf(words)) {
      const kinds = out.get(key) ?? new Set<string>();
      kinds.add(kind);
      out.set(key, kinds);
    }
  }
  return out;
}

/** Builds the lexicon. User entries replace built-in entries with the same key and type. */
export function buildLexicon({ builtin, excludeBuiltinTypes, removed, dictionaries }: LexiconSource): Lexicon {
  const removedByKey = new Map<string, Array<EntityType | undefined>>();
  for (const r of removed) {
    const key = dictionaryKey(r.text);
    removedByKey.set(key, [...(removedByKey.get(key) ?? []), r.type]);
  }
  // A user entry replaces the built-in entries of the same key and type.
  const userKeys = new Map<string, Array<EntityType>>();
  for (const d of dictionaries) for (const e of d.entries) for (const key of entryKeys(e)) userKeys.set(key, [...(userKeys.get(key) ?? []), e.type]);

  const gazetteer = new PhraseTrie<GazetteerHit>();
  // Without user dictionaries a built-in name is indexed when a text first reads the start of its key (its first
  // two units): the start-up pays for what the first text needs. With them every built-in name is indexed first,
  // since user entries replace some.
  const later = dictionaries.length === 0;
  // the keys and types of built-in entries replaced by user entries: the rules still know those names
  const replaced = new Map<string, EntityType[]>();
  const titles = new Map(builtin.titles.map((t) => [dictionaryKey(t.text), t]));
  const folded = new Map(builtin.foldingCollisions.map((c) => [c.text, c.words]));
  const addBuiltin = entryAdder(gazetteer, {
    source: 'dictionary',
    priority: 0,
    skip: (key, entry) => {
      if (excludeBuiltinTypes.has(entry.type) || isRemoved(removedByKey, key, entry.type)) return true;
      if (!isRemoved(userKeys, key, entry.type)) return false;
      replaced.set(key, [...(replaced.get(key) ?? []), entry.type]);
      return true;
    },
    builtin: () => true,
    titles,
    folded,
  });
  const builtinNames = new ByKeyStart<readonly [DictionaryEntry, string]>();
  for (const entry of builtin.entries) forEachName(entry, (name) => builtinNames.add(nameStartCode(name), [entry, name]));
  addByKeyStart(gazetteer, builtinNames, ([entry, name]) => addBuiltin(entry, name), later);
  for (const d of dictionaries) {
    const add = entryAdder(gazetteer, { source: d.name, priority: 1, skip: () => false, builtin: (key, entry) => isRemoved(replaced, key, entry.type) });
    for (const entry of d.entries) forEachName(entry, (name) => add(entry, name));
  }

  const stopwords = keysOf(builtin.stopwords);
  // A given or family name that is a function word («به», «که») would make names out of ordinary sentences.
  const isFunctionWord = (key: string): boolean => stopwords.has(key);
  const personExcluded = excludeBuiltinTypes.has('PERSON');
  const names = new PhraseTrie<NamePart>();
  if (!personExcluded) {
    // each part indexed when a text first reads the start of its key (or now, beside user dictionaries)
    const parts = new ByKeyStart<() => void>();
    for (const t of builtin.titles) {
      parts.add(phraseStartCode(t.text), () =>
        names.add(dictionaryKey(t.text), namePart('title', t.text, { kind: t.kind, ambiguous: t.ambiguous, unlessSpelled: folded.get(t.text) })),
      );
    }
    for (const n of builtin.firstNames) {
      parts.add(phraseStartCode(n.name), () => {
        const key = dictionaryKey(n.name);
        if (isRemoved(removedByKey, key, 'PERSON') || isFunctionWord(key)) return;
        names.add(key, namePart('given', n.name, { gender: n.gender, ambiguous: n.ambiguous, unlessSpelled: folded.get(n.name) }));
      });
    }
    for (const s of builtin.surnames) {
      parts.add(phraseStartCode(s), () => {
        const key = dictionaryKey(s);
        if (!isRemoved(removedByKey, key, 'PERSON') && !isFunctionWord(key)) names.add(key, namePart('family', s, { unlessSpelled: folded.get(s) }));
      });
    }
    addByKeyStart(names, parts, (add) => add(), later);
  }
  const phraseTrie = (words: readonly string[]): PhraseTrie<true> => {
    const trie = new PhraseTrie<true>();
    for (const w of words) trie.add(dictionaryKey(w), true);
    return trie;
  };
  const isPhrase = (head: HeadNoun): boolean => head.text.includes(' ');
  const headMap = (heads: readonly HeadNoun[]): Map<string, HeadNoun> => new Map(heads.filter((h) => !isPhrase(h)).map((h) => [dictionaryKey(h.text), h]));
  const organizationHeadPhrases = new Map<string, Map<string, HeadNoun>>();
  if (!excludeBuiltinTypes.has('ORGANIZATION')) {
    for (const head of builtin.triggers.organizationHeads.filter(isPhrase)) {
      const [firstWord = '', secondWord = ''] = head.text.split(' ').map(dictionaryKey);
      const seconds = organizationHeadPhrases.get(firstWord) ?? new Map<string, HeadNoun>();
      organizationHeadPhrases.set(firstWord, seconds.set(secondWord, head));
    }
  }
  const keyOf = wordKeys();
  const nameStopWords = keysOf(builtin.triggers.nameStopWords);
  const { words: vocabulary, compoundTails } = nameVocabulary(
    builtin.entries,
    dictionaries,
    new Set([...stopwords].filter((w) => !nameStopWords.has(w))),
    keyOf,
  );
  const organizationHeads = excludeBuiltinTypes.has('ORGANIZATION') ? new Map<string, HeadNoun>() : headMap(builtin.triggers.organizationHeads);
  const locationHeads = excludeBuiltinTypes.has('LOCATION') ? new Map<string, HeadNoun>() : headMap(builtin.triggers.locationHeads);
  const ordinals = keysOf(builtin.triggers.ordinalWords);
  // a verb form that is also a word of known names («زیست» of محیط زیست), a head noun («رود») or an ordinal
  // («دهم», «نهم») is left out
  const verbKeys = (stems: readonly string[]): Set<string> =>
    new Set(
      verbForms(stems)
        .map(dictionaryKey)
        .filter((key) => !vocabulary.has(key) && !organizationHeads.has(key) && !locationHeads.has(key) && !ordinals.has(key)),
    );
  const lightVerbs = verbKeys(builtin.triggers.lightVerbStems);
  const verbs = new Set([...verbKeys(builtin.triggers.verbStems), ...lightVerbs]);
  const types = new Set<EntityType>(['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'DATE']);
  for (const d of dictionaries) for (const e of d.entries) types.add(e.type);

  return {
    gazetteer,
    names,
    roles: phraseTrie(builtin.nameWords.roles),
    personVerbs: phraseTrie(builtin.nameWords.personVerbsAfter),
    personCues: phraseTrie(builtin.nameWords.personCuesBefore),
    personCueEnds: lastWordKeys([...builtin.nameWords.roles, ...builtin.nameWords.personCuesBefore]),
    organizationHeads,
    organizationHeadPhrases,
    locationHeads,
    headStops: keysOf(builtin.triggers.nameBoundaryWords),
    stopwords,
    openingStopwords: openingStopwords([builtin.entries, ...dictionaries.map((d) => d.entries)], builtin.titles, stopwords, keyOf),
    notNames: keysOf(builtin.nameWords.notNames),
    presidencyWords: keysOf(builtin.triggers.presidencyWords),
    republicKey: dictionaryKey(builtin.triggers.republicWord),
    organizationContext: contextKinds(builtin.triggers.organizationContextWords),
    sportsContext: keysOf(builtin.triggers.sportsContextWords),
    surnameSuffixes: keysOf(builtin.triggers.surnameSuffixWords),
    clauseOpeners: keysOf(builtin.triggers.clauseOpeningWords),
    agencyRoles: keysOf(builtin.triggers.agencyRoleWords),
    reportSources: phraseTrie(builtin.triggers.reportSourcePhrases),
    trailingVerbs: keysOf(builtin.triggers.trailingVerbWords),
    nameEnds: keysOf(builtin.triggers.nameEndWords),
    headDeterminers: keysOf(builtin.triggers.headDeterminerWords),
    ordinals,
    cardinals: keysOf(builtin.triggers.cardinalWords),
    compassPoints: keysOf(builtin.triggers.compassWords),
    compassSeconds: keysOf(builtin.triggers.compassSecondWords),
    placeClitics: [...keysOf(builtin.triggers.placeCliticWords)].sort((a, b) => b.length - a.length),
    notPlaceNames: keysOf(builtin.triggers.notPlaceNameWords),
    verbs,
    lightVerbs,
    nameVocabulary: vocabulary,
    compoundTails,
    types,
  };
}
