/**
 * Organizations and places named by a head noun and the name that follows it:
 * «وزارت امور خارجه», «خبرگزاری آران», «سفارت جمهوری اسلامی ایران», «استان البرز», «شهر نور».
 *
 * Where the name stops matters as much as where it starts:
 * - a known place or country ends an organization's name: «سفارت جمهوری اسلامی ایران | در باکو»;
 * - function words, verbs and words that turn the head into an ordinary noun end it, or rule it out:
 *   «جرایم سازمان یافته» (organised crime) and «برای شرکت در نشست» (to take part in) have no organization;
 * - only words found in known names continue a name past its first word;
 * - a weak head (گروه، منطقه، خیابان) takes only a known name after it.
 */
import type { HeadNoun } from '../dictionaries/builtin';
import { hasUnambiguous, type GazetteerHit } from '../dictionaries/lexicon';
import type { PhraseMatch } from '../matching/phrase-trie';
import type { LocationValue, OrganizationKind, OrganizationValue } from '../types';
import type { Scan } from './scan';
import { WordFlag } from './words';
import { candidate, type Candidate } from './types';

/** How many unknown words a name after a head may have, by what it names. */
const MAX_UNKNOWN_WORDS = { ORGANIZATION: 3, LOCATION: 1 } as const;

const CONFIDENCE = {
  knownName: 0.85,
  endsWithPlace: 0.75,
  unknownName: 0.6,
} as const;

const PLACE_TYPES = new Set(['COUNTRY', 'LOCATION']);
const AND = 'و';

interface NameAfterHead {
  last: number;
  /** The longest known entity inside the name, if any. */
  known?: GazetteerHit;
  /** The name ends with a known place or country. */
  endsWithPlace: boolean;
  unknownWords: number;
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
 * Whether an unknown word may continue a name after a head. The first word after a strong head may be any
 * word («خبرگزاری آران»); later ones must occur in some known organization or place name («وزارت امور خارجه»),
 * which keeps ordinary words that follow a name out of it («سازمان انرژی اتمی | خاطرنشان کرد»). A word
 * followed by the verb of a compound verb is that verb's noun, not a name («به مجلس | ارائه کند»).
 */
function mayContinueName(scan: Scan, index: number, position: number): boolean {
  const { lexicon } = scan;
  if (lexicon.trailingVerbs.has(scan.keyAt(index + 1))) return false;
  return position === 0 || lexicon.nameVocabulary.has(scan.keyAt(index));
}

/** The name after a head noun at `head`, or undefined when none follows. */
function nameAfterHead(scan: Scan, head: number, maxUnknown: number): NameAfterHead | undefined {
  const { joinable } = scan;
  if (!joinable[head]) return undefined;
  const first = head + 1;
  if (scan.lexicon.headStops.has(scan.keyAt(first))) return undefined;
  let result: NameAfterHead | undefined;
  let unknownWords = 0;
  for (let j = first; j < scan.tokens.length; ) {
    const place = j > first ? placeAt(scan, j) : undefined;
    if (place) {
      result = { last: place.last, known: place.hit, endsWithPlace: true, unknownWords };
      break;
    }
    const match = longestMatch(scan.gazetteerAt(j).filter((m) => m.values.some((h) => !h.ambiguous)));
    if (match) {
      const hit = match.values.find((h) => !h.ambiguous) as GazetteerHit;
      const endsWithPlace = PLACE_TYPES.has(hit.type);
      result = { last: match.last, known: hit, endsWithPlace, unknownWords };
      if (endsWithPlace || !joinable[match.last]) break;
      j = match.last + 1;
      continue;
    }
    // «اتحادیه میوه و سبزی»: «و» joins two words of one name when the second is a word of known names
    if (result && scan.keyAt(j) === AND && j + 1 < scan.tokens.length && joinable[j] && unknownWords < maxUnknown) {
      const next = j + 1;
      if (!endsName(scan, next) && !scan.builtinEntryAt(next) && scan.lexicon.nameVocabulary.has(scan.keyAt(next)) && !scan.lexicon.trailingVerbs.has(scan.keyAt(next + 1))) {
        unknownWords++;
        result = { last: next, known: result.known, endsWithPlace: false, unknownWords };
        if (!joinable[next]) break;
        j = next + 1;
        continue;
      }
    }
    if (endsName(scan, j) || unknownWords >= maxUnknown || !mayContinueName(scan, j, j - first)) break;
    unknownWords++;
    result = { last: j, known: result?.known, endsWithPlace: false, unknownWords };
    if (!joinable[j]) break;
    j++;
  }
  return result;
}

/**
 * A weak head takes only known names. A weak place head (منطقه، خیابان) needs a known place after it.
 * A weak organization head (تیم، گروه، مرکز) needs a known name that is not just a place, or words that end
 * in a place («تیم ملی والیبال ایران», «تیم مس کرمان»): «تیم ژاپن» is the country's team, annotated as the
 * country.
 */
function weakHeadAccepts(type: 'ORGANIZATION' | 'LOCATION', name: NameAfterHead): boolean {
  if (type === 'LOCATION') return name.unknownWords === 0 && name.known !== undefined;
  if (name.unknownWords === 0) return name.known !== undefined && !PLACE_TYPES.has(name.known.type);
  return name.endsWithPlace;
}

/** Unknown words a weak head may take before the place that ends its name. */
const WEAK_HEAD_UNKNOWN_WORDS = 2;

interface PlaceMatch {
  last: number;
  hit: GazetteerHit;
}

/** A known, unambiguous place starting at token `index`, alone or after its head («استان کرمانشاه»). */
function placeAt(scan: Scan, index: number, types: ReadonlySet<string> = PLACE_TYPES): PlaceMatch | undefined {
  const known = (at: number): PlaceMatch | undefined => {
    const match = longestMatch(scan.gazetteerAt(at).filter((m) => m.values.some((h) => types.has(h.type) && !h.ambiguous)));
    const hit = match?.values.find((h) => types.has(h.type) && !h.ambiguous);
    return match && hit ? { last: match.last, hit } : undefined;
  };
  const direct = known(index);
  if (direct) return direct;
  return scan.lexicon.locationHeads.has(scan.keyAt(index)) && scan.joinable[index] ? known(index + 1) : undefined;
}

/** A known, unambiguous place right after token `last`. */
function placeAfter(scan: Scan, last: number): PlaceMatch | undefined {
  return scan.joinable[last] ? placeAt(scan, last + 1) : undefined;
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

function recognizeAfterHeads(
  scan: Scan,
  type: 'ORGANIZATION' | 'LOCATION',
  valueOf: (head: HeadNoun, name: NameAfterHead) => OrganizationValue | LocationValue,
): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const head = type === 'ORGANIZATION' ? word.organizationHead : word.locationHead;
    if (!head) continue;
    // The dictionary knows where a listed name ends: «سازمان انرژی اتمی» is not extended by rule,
    // except by the place it belongs to: «وزارت دفاع روسیه».
    const listed = listedNameFrom(scan, i, type);
    if (listed) {
      const place = type === 'ORGANIZATION' ? placeAfter(scan, listed.last) : undefined;
      if (place) out.push(candidate(type, tokens[i]!.start, tokens[place.last]!.end, 'rule', CONFIDENCE.endsWithPlace, listed.values.find((h) => h.type === type)?.value));
      continue;
    }
    const name = nameAfterHead(scan, i, head.weak ? WEAK_HEAD_UNKNOWN_WORDS : MAX_UNKNOWN_WORDS[type]);
    if (!name || (head.weak && !weakHeadAccepts(type, name))) continue;
    out.push(candidate(type, tokens[i]!.start, tokens[name.last]!.end, 'rule', confidenceOf(name), valueOf(head, name)));
  }
  return out;
}

/** Organizations introduced by a head noun (وزارت، سازمان، خبرگزاری، دانشگاه، سفارت …). */
export function recognizeOrganizationsByHead(scan: Scan): Candidate[] {
  return recognizeAfterHeads(scan, 'ORGANIZATION', (head, name) => {
    const value: OrganizationValue = { kind: head.kind as OrganizationKind };
    // «سفارت جمهوری اسلامی ایران»: the country named in an organization's name is the one it belongs to
    const code = name.known?.type === 'COUNTRY' ? (name.known.value as { code?: string } | undefined)?.code : undefined;
    if (code) value.country = code;
    return value;
  });
}

/** Places introduced by a head noun (استان، شهر، دریای، رود، کوه، جزیره …). */
export function recognizeLocationsByHead(scan: Scan): Candidate[] {
  return recognizeAfterHeads(scan, 'LOCATION', (head, name) => {
    // Only a known place says where it lies and what it is called: «فرودگاه امام خمینی» is named after a person,
    // and is not called «روح‌الله خمینی».
    const place = name.known && PLACE_TYPES.has(name.known.type) ? name.known : undefined;
    const known = place?.value as { code?: string; country?: string } | undefined;
    const value: LocationValue = { kind: head.kind as LocationValue['kind'] };
    const country = place?.type === 'COUNTRY' ? known?.code : known?.country;
    if (country) value.country = country;
    if (place && name.unknownWords === 0) value.name = place.canonical;
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
    let place: PlaceMatch | undefined;
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
