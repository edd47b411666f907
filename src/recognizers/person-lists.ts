/**
 * People named in lists: «فغانی، سخندان و منصوری», «محمد سلامتی، مصطفی تاج‌زاده و هاشم آغاجری». News and
 * posts name teams, casts, candidates and mourners one after the other, separated by «،», «و» or a dash, and a
 * bare family name there has no verb of saying or role of its own. A list whose items are all of the shape of a
 * name, and of which enough are people already (found by rule or dictionary) or listed name parts, is a list of
 * people: its other items are people too.
 */
import { dictionaryKey } from '../normalize/index';
import type { PersonValue } from '../types';
import { hasFamilyEnding, isSurnameShaped, joinText, nameWordAt, type NameWordKind } from './person';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

/** Tokens that separate the items of a list. */
const SEPARATORS = new Set(['،', ',', '-', '–', '_', '/', 'ـ']);
const AND = dictionaryKey('و');

/** Most tokens in one item («سعدالله روستا طسوجی»). */
const MAX_ITEM_TOKENS = 3;

/** Confidence of a person known only from the list around it. */
const LIST_CONFIDENCE = 0.55;

/**
 * What an item of a list is: a person already found; a name with a listed part (an unambiguous given name or a
 * listed family name: strong); a name of surname shape or ambiguous given names only (weak); an unknown word.
 */
const enum ItemKind {
  Person,
  Strong,
  Weak,
  Unknown,
}

interface Item {
  first: number;
  last: number;
  kind: ItemKind;
  /** Its last word is a listed family name. */
  family: boolean;
}

function isSeparator(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  if (!token) return false;
  return token.kind === 'word' ? token.key === AND : SEPARATORS.has(token.text);
}

/** A word that may be part of a name: no function or common word, no title, no number. */
function nameish(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return token?.kind === 'word' && token.key !== AND && !scan.hasFlag(index, WordFlag.commonWord) && !scan.namePartsAt(index).title;
}

/** Name-like words either side of the separator `i`. */
function nameishAround(scan: Scan, i: number): boolean {
  return nameish(scan, i - 1) && (nameish(scan, i + 1) || nameish(scan, i + 2));
}

/**
 * A person found, or a name word (a listed or surname-shaped part), right next to the separator `i`: every item
 * of a list but an unknown word has one, so a list opens only there.
 */
function nameWordAround(scan: Scan, spans: Spans, i: number): boolean {
  if (spans.peopleEnding.has(i - 1) || spans.people.has(i + 1)) return true;
  return nameWordAt(scan, i - 1) !== undefined || nameWordAt(scan, i + 1) !== undefined || nameWordAt(scan, i + 2) !== undefined;
}

/** Candidate spans by token: which token each candidate starts and ends at. */
interface Spans {
  /** PERSON candidates: first token → last token. */
  people: Map<number, number>;
  /** The last tokens of PERSON candidates. */
  peopleEnding: Set<number>;
  /** Tokens inside a candidate of another type. */
  other: Uint8Array;
}

function spansOf(scan: Scan, candidates: readonly Candidate[]): Spans {
  const { tokens } = scan;
  const people = new Map<number, number>();
  const peopleEnding = new Set<number>();
  const other = new Uint8Array(tokens.length);
  for (const c of candidates) {
    const first = scan.tokenStartingAt(c.start);
    const last = scan.tokenEndingAt(c.end);
    if (first < 0 || last < first) continue;
    if (c.type === 'PERSON') {
      if ((people.get(first) ?? -1) < last) people.set(first, last);
      peopleEnding.add(last);
    } else if (c.type === 'COUNTRY' || c.type === 'LOCATION' || c.type === 'ORGANIZATION') {
      for (let k = first; k <= last; k++) other[k] = 1;
    }
  }
  return { people, peopleEnding, other };
}

/** Words that may stand before the last word of a name: given names, and family names of two words («هاشمی کرمانی»). */
const LEADING_KINDS: ReadonlySet<NameWordKind | undefined> = new Set(['given', 'weakGiven', 'both', 'family', 'shaped']);

/** The kind of the tokens `first`..`last` read as one name, or undefined when they are none. */
function itemOf(scan: Scan, spans: Spans, first: number, last: number): Item | undefined {
  if (spans.people.get(first) === last) return { first, last, kind: ItemKind.Person, family: true };
  for (let k = first; k <= last; k++) if (spans.other[k] || !nameish(scan, k)) return undefined;
  const tail = nameWordAt(scan, last);
  let strong = false;
  for (let k = first; k < last; k++) {
    const kind = nameWordAt(scan, k);
    // an unknown given name before a listed family name: «خداد عزیزی»
    if (kind === undefined && k === first && last === first + 1 && tail === 'family') continue;
    if (!LEADING_KINDS.has(kind)) return undefined;
    if (kind !== 'weakGiven' && kind !== 'shaped') strong = true;
  }
  if (tail === undefined) {
    // an unknown word is a family name after a given name («مینا فرجام»), and alone an unknown item
    if (first === last) return { first, last, kind: ItemKind.Unknown, family: false };
    // after one given name only, and closed by what follows: «مینا فرجام ،», not «شهرام تیموری حضور داشت»
    const closed = !scan.joinable[last] || !nameish(scan, last + 1);
    if (last !== first + 1 || !closed) return undefined;
    return { first, last, kind: strong ? ItemKind.Strong : ItemKind.Weak, family: false };
  }
  // a given name alone is as often a word («علم، دانش و …»): it proves nothing by itself, nor does a word that
  // is both a given and a family name
  const alone = first === last;
  if (tail === 'family' || (!alone && (tail === 'both' || tail === 'given'))) strong = true;
  // a family name alone proves a list if listed with the shape of one, or with an ending only family names have
  // (‑زاده، ‑پور …, not the ‑ی of adjectives): «علم» and «دانش» are listed names too
  const family = alone
    ? (tail === 'family' && isSurnameShaped(scan, last)) || ((tail === 'family' || tail === 'shaped') && hasFamilyEnding(scan, last))
    : tail === 'family' || tail === 'both';
  return { first, last, kind: strong ? ItemKind.Strong : ItemKind.Weak, family };
}

/**
 * The item that ends right before the separator at `sep`: the longest run of name words (at most
 * {@link MAX_ITEM_TOKENS}) that reads as a name; an unknown word only when no name word stands before it.
 */
function itemBefore(scan: Scan, spans: Spans, sep: number): Item | undefined {
  const last = sep - 1;
  for (let first = Math.max(0, last - MAX_ITEM_TOKENS + 1); first <= last; first++) {
    let joined = true;
    for (let k = first; k < last; k++) if (!scan.joinable[k]) joined = false;
    if (!joined) continue;
    const item = itemOf(scan, spans, first, last);
    if (!item) continue;
    if (item.kind === ItemKind.Unknown && scan.joinable[first - 1] && nameish(scan, first - 1)) return undefined;
    return item;
  }
  return undefined;
}

/**
 * The item that starts right after the separator at `sep` (after any titles: «، دکتر بهمن کیانی»): the longest
 * run that reads as a name; an unknown word only when no other word follows it («، آثار رسیده» is none).
 */
function itemAfter(scan: Scan, spans: Spans, sep: number): Item | undefined {
  let first = sep + 1;
  while (first < scan.tokens.length && scan.joinable[first] && scan.namePartsAt(first).title) first++;
  const known = spans.people.get(first);
  let best: Item | undefined;
  for (let last = Math.min(scan.tokens.length - 1, first + MAX_ITEM_TOKENS - 1); last >= first && !best; last--) {
    let joined = true;
    for (let k = first; k < last; k++) if (!scan.joinable[k]) joined = false;
    if (joined) best = itemOf(scan, spans, first, last);
  }
  if (known !== undefined && (!best || best.last <= known || best.kind !== ItemKind.Strong)) return { first, last: known, kind: ItemKind.Person, family: true };
  if (best?.kind === ItemKind.Unknown && scan.joinable[best.last] && nameish(scan, best.last + 1)) return undefined;
  return best;
}

/**
 * Whether the items of one list make it a list of people: a person among them and another person or strong name,
 * or without a person, listed family names; the items that prove it outnumber those that only may be names.
 */
function isListOfPeople(items: readonly Item[]): boolean {
  let people = 0;
  let strong = 0;
  let families = 0;
  let weak = 0;
  let unknown = 0;
  for (const item of items) {
    if (item.kind === ItemKind.Person) people++;
    else if (item.kind === ItemKind.Strong) strong++;
    else if (item.kind === ItemKind.Weak) weak++;
    else unknown++;
    if (item.kind !== ItemKind.Person && item.family) families++;
  }
  if (items.length < 2 || (items.length === 2 && unknown > 0)) return false;
  // the names that prove it must outnumber the words that only may be names
  if (weak + unknown >= people + strong) return false;
  if (people > 0) return people + strong >= 2;
  // without a person found: listed family names, three items at least («بازرگان، سحابی، نبوی»)
  return families >= 2 && items.length >= 3 && unknown <= 1;
}

/** PERSON candidates for the items of lists of people that no candidate names yet. */
export function recognizePeopleInLists(scan: Scan, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  let spans: Spans | undefined;
  let items: Item[] = [];
  const close = (): void => {
    if (items.length > 0 && isListOfPeople(items)) {
      for (const item of items) {
        if (item.kind === ItemKind.Person) continue;
        const value: PersonValue = { family: joinText(scan, item.first, item.last) };
        out.push(candidate('PERSON', tokens[item.first]!.start, tokens[item.last]!.end, 'rule', LIST_CONFIDENCE, value));
      }
    }
    items = [];
  };
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!isSeparator(scan, i)) continue;
    // most separators stand between words that are no names: nothing to look up then. A list opens with a name
    // word next to a separator (a listed or surname-shaped part: every item but an unknown word has one).
    if (items.length === 0 && !nameishAround(scan, i)) continue;
    spans ??= spansOf(scan, candidates);
    if (items.length === 0 && !nameWordAround(scan, spans, i)) continue;
    // «X ، و Y»: a comma before «و» is one separator
    const sep = isSeparator(scan, i + 1) && tokens[i + 1]!.key === AND ? i + 1 : i;
    const before = itemBefore(scan, spans, i);
    const after = itemAfter(scan, spans, sep);
    if (!before || !after) {
      close();
      i = sep;
      continue;
    }
    if (items.length === 0) items.push(before);
    items.push(after);
    i = after.last;
    // the list goes on only if a separator follows the item at once
    if (!isSeparator(scan, i + 1)) close();
  }
  close();
  return out;
}
