/**
 * Organizations and places named by a head noun and the name that follows it:
 * «وزارت امور خارجه», «خبرگزاری آران», «سفارت جمهوری اسلامی ایران», «استان البرز», «شهر نور».
 *
 * Where the name stops matters as much as where it starts:
 * - a head noun after a determiner or a number («این شرکت», «۲۲ شرکت»), or followed by a verb, a number or a
 *   function word («شرکت نکرد», «دولت ۵۰ میلیارد», «شهر هستند»), is an ordinary noun: no name;
 * - the name's own words are its first word and words found in known names (وزارت «امور خارجه»); «و» and a
 *   list comma join them («وزارت صنعت، معدن و تجارت»), and so does a space inside a compound («برنامه ریزی»);
 * - other words are taken only when the name goes on to what anchors it: a known place, another organization
 *   it belongs to, or a word such as «مجلس» («کمیسیون تلفیق برنامه مجلس», «دفتر حقوقی وزارت بهداشت»);
 * - a known place or country ends an organization's name: «سفارت جمهوری اسلامی ایران | در باکو»;
 * - a weak head (تیم، صندوق، گروه، منطقه) takes only a name with such an anchor after it;
 * - a name has at most {@link MAX_NAME_TOKENS} tokens: a head never scans far.
 */
import type { HeadNoun } from '../dictionaries/builtin';
import { countryOf, hasUnambiguous, isNews, kindOf, type GazetteerHit } from '../dictionaries/lexicon';
import type { PhraseMatch } from '../matching/phrase-trie';
import type { LocationValue, OrganizationKind, OrganizationValue } from '../types';
import type { Scan } from './scan';
import { WordFlag } from './words';
import { candidate, type Candidate } from './types';

type HeadType = 'ORGANIZATION' | 'LOCATION';

/** Most tokens of a name after its head. */
const MAX_NAME_TOKENS = 12;

/** How many words that occur in no known name a name may have, by what it names and how strong its head is. */
const MAX_UNKNOWN_WORDS = { ORGANIZATION: 3, LOCATION: 1 } as const;
const WEAK_HEAD_UNKNOWN_WORDS = 2;

const CONFIDENCE = {
  knownName: 0.85,
  endsWithPlace: 0.75,
  unknownName: 0.6,
} as const;

const PLACE_TYPES = new Set(['COUNTRY', 'LOCATION']);
const AND = 'و';
const LIST_COMMAS = new Set(['،', ',']);
/** Kinds of organization a head of one kind may name («روزنامه اعتماد», «خبرگزاری مهر», «شبکه العالم»). */
const RELATED_KINDS: Readonly<Record<string, readonly string[]>> = {
  media: ['media', 'news-agency'],
  'news-agency': ['news-agency', 'media'],
};

interface NameAfterHead {
  last: number;
  /** The last known entity of the name, if any. */
  known?: GazetteerHit;
  /** The country the name names, from its last place or known organization. */
  country?: string;
  /** The name ends with a known place or country. */
  endsWithPlace: boolean;
  /** The name is a known place and nothing else («تیم ژاپن»). */
  onlyPlace: boolean;
  /** Something other than ordinary words holds the name: a known entity, another organization, «مجلس». */
  anchored: boolean;
  /** It is held by a known entity, a number or another organization, not just a word such as «کشور». */
  firmlyAnchored: boolean;
  unknownWords: number;
}

/**
 * A known entity in the tokens, ending at token `last`. Made by a constructor: names are scanned after every head,
 * and an object literal's allocation site is one V8 may pretenure (see {@link candidate}).
 */
export class KnownMatch {
  constructor(
    readonly last: number,
    readonly hit: GazetteerHit,
  ) {}
}

/** A head noun found at a token, ending at token `last` (a two-word head ends one token later). */
class HeadMatch {
  constructor(
    readonly head: HeadNoun,
    readonly last: number,
  ) {}
}

function longestMatch<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T> | undefined {
  let best: PhraseMatch<T> | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (!best || m.last > best.last) best = m;
  }
  return best;
}

function endsName(scan: Scan, index: number): boolean {
  return !scan.isNameToken(index) || scan.hasFlag(index, WordFlag.endsName);
}

/**
 * A word followed by a light verb or a verb with می is that verb's noun or object, not a name: «به مجلس | ارائه
 * نکرده», «استان | قرار دارد», «استانداری روزگار | می گذراند».
 */
function beforeVerb(scan: Scan, index: number): boolean {
  const next = index + 1;
  return scan.lexicon.trailingVerbs.has(scan.keyAt(next)) || scan.hasFlag(next, WordFlag.lightVerb) || scan.hasFlag(next, WordFlag.prefixedVerb);
}

/** Whether `hit`, ambiguous or not, may stand right after `head`: an ambiguous name needs a head of its kind. */
function fitsHead(hit: GazetteerHit, head: HeadNoun, type: HeadType): boolean {
  if (!hit.ambiguous) return true;
  if (hit.type !== type) return false;
  if (type === 'LOCATION') return true;
  const kind = kindOf(hit);
  return kind !== undefined && (kind === head.kind || (RELATED_KINDS[head.kind]?.includes(kind) ?? false));
}

/**
 * A well-known person a place may be named after: streets, squares, airports and halls take the names of people
 * («خیابان شهید بهشتی», «فرودگاه امام خمینی», «میدان امام حسین»).
 */
function isNamesake(hit: GazetteerHit): boolean {
  return hit.type === 'PERSON' && !hit.ambiguous;
}

/**
 * The longest known entity starting at token `index` (a place, or a person it is named after, for a place head), or an ambiguous one of the head's
 * kind. Known to the rules means built in: a user's entry never changes what the rules find.
 */
function knownAt(scan: Scan, index: number, head: HeadNoun | undefined, type: HeadType): KnownMatch | undefined {
  const matches = scan.gazetteerAt(index);
  let best: KnownMatch | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (best && m.last <= best.last) continue;
    const hit = m.values.find((h) => h.builtin && (type === 'ORGANIZATION' || PLACE_TYPES.has(h.type) || isNamesake(h)) && (!h.ambiguous || (head !== undefined && fitsHead(h, head, type))));
    if (hit) best = new KnownMatch(m.last, hit);
  }
  return best;
}

/**
 * A known place starting at token `index`, alone or after its head («استان کرمانشاه»): an unambiguous one, or
 * any after its head («استان گلستان»).
 */
export function placeAt(scan: Scan, index: number, types: ReadonlySet<string> = PLACE_TYPES): KnownMatch | undefined {
  const known = (at: number, afterHead: boolean): KnownMatch | undefined => {
    const fits = (h: GazetteerHit): boolean => h.builtin && types.has(h.type) && (afterHead || !h.ambiguous);
    const match = longestMatch(scan.gazetteerAt(at).filter((m) => m.values.some(fits)));
    const hit = match?.values.find(fits);
    return match && hit ? new KnownMatch(match.last, hit) : undefined;
  };
  const direct = known(index, false);
  if (direct) return direct;
  return scan.lexicon.locationHeads.has(scan.keyAt(index)) && scan.joinable[index] ? known(index + 1, true) : undefined;
}

/**
 * A word of names at token `index`: a word found in known names, or two tokens that are one such word written
 * apart («برنامه ریزی»). The index of its last token, or -1.
 */
function nameWordAt(scan: Scan, index: number): number {
  if (endsName(scan, index)) return -1;
  const { nameVocabulary } = scan.lexicon;
  const key = scan.keyAt(index);
  if (scan.joinable[index] && scan.hasFlag(index + 1, WordFlag.compoundTail) && nameVocabulary.has(key + scan.keyAt(index + 1))) return index + 1;
  return nameVocabulary.has(key) ? index : -1;
}

/** Most words of one item in a list of fields («صنایع دستی» in «میراث فرهنگی، صنایع دستی و گردشگری»). */
const MAX_LIST_ITEM_WORDS = 2;

const isComma = (scan: Scan, index: number): boolean => LIST_COMMAS.has(scan.tokens[index]?.text ?? '');

/**
 * The last token of a list of fields that «و» closes, when a comma at token `index` opens one: «وزارت صنعت | ،
 * معدن و تجارت»; -1 otherwise. The list is read up to the longest a name may be.
 */
function listAfterComma(scan: Scan, index: number): number {
  if (!isComma(scan, index)) return -1;
  let j = index + 1;
  let words = 0;
  while (j < index + MAX_NAME_TOKENS) {
    const last = nameWordAt(scan, j);
    if (last < 0 || ++words > MAX_LIST_ITEM_WORDS) return -1;
    j = last + 1;
    if (isComma(scan, j)) {
      // the next item of the list
      j++;
      words = 0;
      continue;
    }
    if (!scan.joinable[last] || scan.keyAt(j) !== AND || !scan.joinable[j]) return -1;
    return lastItemEnd(scan, j + 1);
  }
  return -1;
}

/** The last token of the item after the «و» that closes a list («آموزش پزشکی»), or -1. */
function lastItemEnd(scan: Scan, index: number): number {
  let end = nameWordAt(scan, index);
  for (let words = 1; end >= 0 && words < MAX_LIST_ITEM_WORDS && scan.joinable[end]; words++) {
    const next = nameWordAt(scan, end + 1);
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** Whether a head noun at token `index` opens a name: not after a determiner or a number («این شرکت», «۲۲ شرکت»). */
function mayHeadName(scan: Scan, index: number): boolean {
  const before = scan.tokens[index - 1];
  return before === undefined || (before.kind !== 'number' && !scan.lexicon.headDeterminers.has(before.key));
}

/** Whether token `index` is a number or an ordinal that names what `head` names («تیپ ۶۵», «مجلس دهم»). */
function isNumberOf(scan: Scan, index: number, head: HeadNoun): boolean {
  const token = scan.tokens[index];
  if (!token || (!head.numbered && !head.ordinal)) return false;
  const { ordinals, cardinals } = scan.lexicon;
  return ordinals.has(token.key) || (head.numbered === true && (token.kind === 'number' || cardinals.has(token.key)));
}

/**
 * Whether the token after a head may be a name's first word: no verb, function word, word that makes the head
 * part of another noun («هیئت رئیسه») or (unless the head is numbered) number, in digits or in words.
 */
function opensName(scan: Scan, index: number, head: HeadNoun): boolean {
  const token = scan.tokens[index];
  if (isNumberOf(scan, index, head)) return true;
  // a number, in digits or words, after a head it does not name counts what the head names: «شهر دو پاتک …»
  if (!token || token.kind === 'number' || scan.lexicon.cardinals.has(token.key) || scan.lexicon.headStops.has(token.key) || head.notBefore?.includes(token.text)) return false;
  return !endsName(scan, index);
}

/**
 * The scan of one name: what it has taken so far. It is the {@link NameAfterHead} it finds, made by a
 * constructor and updated in place (names are scanned after every head, so nothing is allocated per word).
 */
class NameScan implements NameAfterHead {
  /** Whether anything was taken; `last` and the rest mean something only then. */
  taken = false;
  last = -1;
  known: GazetteerHit | undefined = undefined;
  country: string | undefined = undefined;
  endsWithPlace = false;
  onlyPlace = false;
  anchored = false;
  firmlyAnchored = false;
  unknownWords = 0;
  /** Words taken on trust after the last anchor: they stay only if another anchor follows. */
  pending = false;

  /** Starts after a listed name ending at token `last` («وزارت امور خارجه | آلمان»): what follows must be anchored. */
  constructor(listedLast?: number, listed?: GazetteerHit) {
    if (listedLast === undefined || listed === undefined) return;
    this.anchor(listedLast, listed, false, true);
    this.pending = true;
  }

  /** Takes tokens up to `last` with what anchors them: the words pending before them stay. */
  anchor(last: number, known: GazetteerHit | undefined, endsWithPlace: boolean, firm: boolean): void {
    this.onlyPlace = endsWithPlace && !this.taken;
    this.taken = true;
    this.last = last;
    if (known) {
      this.known = known;
      this.country = countryOf(known) ?? this.country;
    }
    this.endsWithPlace = endsWithPlace;
    this.anchored = true;
    this.firmlyAnchored ||= firm;
    this.pending = false;
  }

  /** Takes a list of fields up to `last` as part of the name, whatever came before it. */
  list(last: number): void {
    this.taken = true;
    this.last = last;
    this.endsWithPlace = false;
    this.onlyPlace = false;
    this.pending = this.anchored;
  }

  /** Takes a word of the name's own; after an anchor every word waits for the next one. */
  word(last: number, unknown: boolean): void {
    if (unknown) this.unknownWords++;
    if (this.anchored) this.pending = true;
    if (this.pending) return;
    this.taken = true;
    this.last = last;
    this.endsWithPlace = false;
    this.onlyPlace = false;
  }

  /** What was found, if anything. */
  result(): NameAfterHead | undefined {
    return this.taken ? this : undefined;
  }
}

/** The name after a head noun whose last token is `headLast`, or undefined when none follows. */
function nameAfterHead(scan: Scan, headLast: number, head: HeadNoun, type: HeadType, listed?: PhraseMatch<GazetteerHit>, nested = false): NameAfterHead | undefined {
  const { joinable, tokens, lexicon } = scan;
  const state = new NameScan(listed?.last, listed?.values.find((h) => h.type === type && !h.ambiguous));
  const first = listed ? listed.last + 1 : headLast + 1;
  // a known name or another organization may follow a head at once: «حراست | فدراسیون فوتبال»
  if (!listed && (!joinable[headLast] || (!opensName(scan, first, head) && !knownAt(scan, first, head, type) && !(head.weak && tokens[first]?.word.organizationHead)))) {
    return undefined;
  }
  const maxUnknown = head.weak ? WEAK_HEAD_UNKNOWN_WORDS : MAX_UNKNOWN_WORDS[type];
  const end = Math.min(tokens.length, headLast + 1 + MAX_NAME_TOKENS);
  for (let j = first; j < end; j++) {
    if (!joinable[j - 1]) {
      const listEnd = state.taken ? listAfterComma(scan, j) : -1;
      if (listEnd < 0) break;
      // the fields of a listed name written with its commas («سازمان میراث فرهنگی، صنایع دستی و گردشگری») need
      // no other anchor
      state.list(listEnd);
      j = listEnd;
      continue;
    }
    const own = j === headLast + 1;
    // the head is evidence for an ambiguous name of its kind: «شبکه العالم», «پایگاه خبری تحلیلی انتخاب»
    const known = knownAt(scan, j, head, type);
    // a known place ends the name («سفارت جمهوری اسلامی ایران | در باکو»), unless a longer known name starts
    // with it («نشریه آمریکایی | لس آنجلس تایمز»)
    const place = own ? undefined : placeAt(scan, j);
    if (place && (!known || known.last <= place.last)) {
      state.anchor(place.last, place.hit, true, true);
      break;
    }
    if (known) {
      if (own && head.delegation && known.hit.type === 'ORGANIZATION') return undefined;
      // one organization holds at most one other: «گروه سیاسی خبرگزاری فارس | شورای نگهبان»
      if (known.hit.type === 'ORGANIZATION' && (state.known?.type === 'ORGANIZATION' || (!own && head.ownName && isNews(known.hit)))) break;
      const isPlace = PLACE_TYPES.has(known.hit.type);
      state.anchor(known.last, known.hit, isPlace, true);
      // a place or a person ends the name: «دولت روحانی»
      if (isPlace || known.hit.type === 'PERSON') break;
      j = known.last;
      continue;
    }
    // the organization this one belongs to: «دفتر حقوقی | وزارت بهداشت», «کمیسیون فرهنگی | مجلس دهم»,
    // «روابط عمومی | سازمان بنادر»
    const innerHead = type === 'ORGANIZATION' && !nested ? tokens[j]!.word.organizationHead : undefined;
    if (innerHead && state.known?.type !== 'ORGANIZATION' && (state.taken || (head.weak && !head.delegation))) {
      const inner = nameAfterHead(scan, j, innerHead, type, undefined, true);
      if (inner && (!innerHead.weak || weakHeadAccepts(innerHead, inner, type))) {
        const country = inner.country;
        state.anchor(inner.last, inner.known, inner.endsWithPlace, true);
        state.country = country ?? state.country;
        break;
      }
    }
    const key = scan.keyAt(j);
    // «مجلس» is an organization of its own and holds any name; «کشور» holds only a strong head's
    if (!own && state.taken && lexicon.nameEnds.has(key)) {
      state.anchor(j, undefined, false, tokens[j]!.word.organizationHead !== undefined);
      break;
    }
    if (key === AND && state.taken) {
      // «و» joins two words of one name («اتحادیه میوه و سبزی»); before a word of no known name, it waits for
      // an anchor with the rest («کمیسیون امنیت ملی و سیاست خارجی مجلس»); before a known name or another head
      // it joins two names («سازمان ملل متحد و ناتو»)
      if (!joinable[j] || endsName(scan, j + 1) || knownAt(scan, j + 1, undefined, type)) break;
      if (nameWordAt(scan, j + 1) < 0) state.pending = true;
      continue;
    }
    // «تیپ ۶۵», «لشکر ۱۴ عراق», «مجلس دهم»: a number names what a numbered head names
    if (isNumberOf(scan, j, head)) {
      state.anchor(j, undefined, false, true);
      continue;
    }
    if (endsName(scan, j) || beforeVerb(scan, j)) break;
    const nameWord = nameWordAt(scan, j);
    const last = nameWord >= 0 ? nameWord : j;
    const unknown = nameWord < 0;
    // after the first word, a word of no known name waits for an anchor; past a known name it ends the name
    // («مجلس شورای اسلامی | اخطار نماینده تهران»)
    if (unknown && (state.unknownWords >= maxUnknown || state.known !== undefined)) break;
    if (unknown && !own) state.pending = true;
    state.word(last, unknown);
    j = last;
  }
  return state.result();
}

/**
 * A weak head takes only a name with an anchor. A weak place head (منطقه، خیابان) needs a known place after it.
 * A weak organization head (تیم، گروه، مرکز) needs a known name that is not just a place, or words that end
 * in a place or another anchor («تیم ملی والیبال ایران», «تیم مس کرمان»). A place alone names the organization
 * only after heads that say so, and then only a country («دولت چین»); «تیم ژاپن» is the country's team,
 * annotated as the country.
 */
function weakHeadAccepts(head: HeadNoun, name: NameAfterHead, type: HeadType): boolean {
  if (type === 'LOCATION') return name.unknownWords === 0 && name.known !== undefined;
  // «جامعه فوتبال کشور» is no name: «کشور» holds a name that has a head of its own, not a weak one
  if (!name.firmlyAnchored) return false;
  if (!head.takesPlace) return !name.onlyPlace;
  // «دولت چین», «رژیم بعثی عراق»: a government is a country's, not a region's («رژیم حقوقی دریای خزر» is a legal regime)
  return !name.endsWithPlace || name.known?.type === 'COUNTRY';
}

function confidenceOf(name: NameAfterHead): number {
  if (name.unknownWords === 0) return CONFIDENCE.knownName;
  return name.endsWithPlace ? CONFIDENCE.endsWithPlace : CONFIDENCE.unknownName;
}

/** The longest listed, unambiguous entry of `type` that starts at the head `index` and goes past it. */
function listedNameFrom(scan: Scan, index: number, type: string): PhraseMatch<GazetteerHit> | undefined {
  const matches = scan.gazetteerAt(index);
  let best: PhraseMatch<GazetteerHit> | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (m.last > index && (!best || m.last > best.last) && hasUnambiguous(m.values, type)) best = m;
  }
  return best;
}

/** Most tokens before a head that a listed name holding it may start at. */
const MAX_LISTED_LEAD = 6;

/** Whether token `index` lies inside a listed organization's name that starts before it («مجلس | شورای اسلامی»). */
function insideListedName(scan: Scan, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - MAX_LISTED_LEAD && scan.joinable[k]; k--) {
    if (!scan.hasFlag(k, WordFlag.hasGazetteer)) continue;
    const listed = listedNameFrom(scan, k, 'ORGANIZATION');
    if (listed && listed.last >= index) return true;
  }
  return false;
}

/** Whether a listed place's name starts at token `index` and goes past it («مسجد سلیمان», «بندر عباس»). */
function opensListedPlace(scan: Scan, index: number): boolean {
  return listedNameFrom(scan, index, 'LOCATION') !== undefined || listedNameFrom(scan, index, 'COUNTRY') !== undefined;
}

/** The head at token `index`: a two-word head («منطقه آزاد», «اداره کل») before a one-word one. */
function headAt(scan: Scan, index: number, type: HeadType): HeadMatch | undefined {
  if (!scan.hasFlag(index, type === 'LOCATION' ? WordFlag.hasLocationHead : WordFlag.hasOrganizationHead)) return undefined;
  const word = scan.tokens[index]!.word;
  if (type === 'LOCATION') return word.locationHead && new HeadMatch(word.locationHead, index);
  const phrase = word.organizationHeadPhrases && scan.joinable[index] ? word.organizationHeadPhrases.get(scan.keyAt(index + 1)) : undefined;
  if (phrase) return new HeadMatch(phrase, index + 1);
  return word.organizationHead && new HeadMatch(word.organizationHead, index);
}

function recognizeAfterHeads(
  scan: Scan,
  type: HeadType,
  valueOf: (head: HeadNoun, name: NameAfterHead, listed: GazetteerHit | undefined) => OrganizationValue | LocationValue,
): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const found = headAt(scan, i, type);
    if (!found || (type === 'ORGANIZATION' && insideListedName(scan, i))) continue;
    // a place head that opens a listed place's name is a word of that name: «مسجد سلیمان» is a town
    if (type === 'LOCATION' && opensListedPlace(scan, i)) continue;
    const { head } = found;
    // The dictionary knows where a listed name ends: «سازمان انرژی اتمی» is extended by rule only up to what
    // anchors it: the place or the organization it belongs to («وزارت دفاع روسیه»).
    const listed = type === 'ORGANIZATION' ? listedNameFrom(scan, i, type) : undefined;
    if (listed) {
      const name = nameAfterHead(scan, i, head, type, listed);
      if (name && name.last > listed.last) {
        const hit = listed.values.find((h) => h.type === type && !h.ambiguous);
        out.push(candidate(type, tokens[i]!.start, tokens[name.last]!.end, 'rule', CONFIDENCE.endsWithPlace, valueOf(head, name, hit)));
      }
      continue;
    }
    if (!mayHeadName(scan, i)) continue;
    const name = nameAfterHead(scan, found.last, head, type);
    if (!name || (head.weak && !weakHeadAccepts(head, name, type))) continue;
    out.push(candidate(type, tokens[i]!.start, tokens[name.last]!.end, 'rule', confidenceOf(name), valueOf(head, name, undefined)));
  }
  return out;
}

/** Organizations introduced by a head noun (وزارت، سازمان، خبرگزاری، دانشگاه، سفارت …). */
export function recognizeOrganizationsByHead(scan: Scan): Candidate[] {
  return recognizeAfterHeads(scan, 'ORGANIZATION', (head, name, listed) => {
    const listedValue = listed?.value as OrganizationValue | undefined;
    const value: OrganizationValue = { ...listedValue, kind: listedValue?.kind ?? (head.kind as OrganizationKind) };
    // «سفارت جمهوری اسلامی ایران», «وزارت امور خارجه آلمان»: the country named in an organization's name is
    // the one it belongs to
    if (name.country) value.country = name.country;
    return value;
  });
}

/** Places introduced by a head noun (استان، شهر، دریای، رود، کوه، جزیره …). */
export function recognizeLocationsByHead(scan: Scan): Candidate[] {
  return recognizeAfterHeads(scan, 'LOCATION', (head, name) => {
    // Only a known place says what it is called: «فرودگاه امام خمینی» is named after a person, and is not called
    // «روح‌الله خمینی».
    const value: LocationValue = { kind: head.kind as LocationValue['kind'] };
    if (name.country) value.country = name.country;
    if (name.known && PLACE_TYPES.has(name.known.type) && name.unknownWords === 0) value.name = name.known.canonical;
    return value;
  });
}

/** Words of the presidency («رئیس جمهور»): what follows them names a country, not an agency. */
const PRESIDENCY_KEYS = new Set(['جمهور', 'جمهوری']);
const AGENCY_PLACE_TYPES: ReadonlySet<string> = new Set(['LOCATION']);
/** Most words an agency's field may have («راه و شهرسازی», «محیط زیست»). */
const MAX_FIELD_WORDS = 4;

/**
 * The provincial office of an agency, named by its field and place after the title of its head:
 * «مدیرکل محیط زیست استان البرز», «رئیس محیط زیست اسلامشهر», «مدیرکل راه و شهرسازی گیلان».
 * Every word of the field must occur in known organization names, and a place (not a country: «رئیس
 * جمهوری آذربایجان» is a president) must end it.
 */
export function recognizeAgenciesAfterRoles(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lexicon, joinable } = scan;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.agencyRole) || !joinable[i]) continue;
    const first = i + 1;
    if (PRESIDENCY_KEYS.has(scan.keyAt(first))) continue;
    let words = 0;
    let place: KnownMatch | undefined;
    for (let j = first; j < tokens.length && words <= MAX_FIELD_WORDS; j++) {
      if (words > 0) {
        place = placeAt(scan, j, AGENCY_PLACE_TYPES);
        if (place) break;
      }
      const key = scan.keyAt(j);
      const isWord = key === AND ? words > 0 : lexicon.nameVocabulary.has(key) && !endsName(scan, j) && !scan.builtinEntryAt(j);
      if (!isWord || !joinable[j]) break;
      words++;
    }
    if (!place) continue;
    out.push(candidate('ORGANIZATION', tokens[first]!.start, tokens[place.last]!.end, 'rule', CONFIDENCE.unknownName, { kind: 'government' }));
  }
  return out;
}

/** Most words a news source named after «به گزارش» may have. */
const MAX_SOURCE_WORDS = 3;
const SOURCE_ENDS = new Set(['،', ',', ':', '-', '؛']);

/**
 * The news source of a report: «به گزارش ایسنا،», «به نقل از فرادید،». Persian news names its source between
 * these phrases and a comma, so up to three words there are an organization, unless they open with a role
 * («به گزارش خبرنگار مهر،»: the agency is found by the dictionary) or a function word.
 */
export function recognizeReportSources(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lexicon, joinable } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.hasReportSources)) continue;
    const phrase = longestMatch(lexicon.reportSources.matchesFrom(tokens[i]!.word.reportSources, tokens, i, joinable));
    if (!phrase || !joinable[phrase.last]) continue;
    const first = phrase.last + 1;
    if (lexicon.roles.get(scan.keyAt(first)) !== undefined || endsName(scan, first)) continue;
    let last = first;
    while (last + 1 < tokens.length && last - first + 1 < MAX_SOURCE_WORDS && joinable[last] && !endsName(scan, last + 1)) last++;
    const after = tokens[last + 1];
    if (!after || !SOURCE_ENDS.has(after.text)) continue;
    out.push(candidate('ORGANIZATION', tokens[first]!.start, tokens[last]!.end, 'rule', CONFIDENCE.unknownName, { kind: 'media' }));
    i = last;
  }
  return out;
}
