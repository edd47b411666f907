/**
 * People by rule: titles, given names and family names in sequence.
 *
 *   [titles] [given names] [family name]      دکتر محمد مهدی آخوندزاده · الهام علی‌اف · آقای ظریف
 *
 * Persian has no capital letters, so a name is only as good as its evidence:
 * - a given name followed by a family name (a listed surname, or a word of surname shape: ‑زاده، ‑پور، ‑نژاد،
 *   ‑فر، ‑یان، ‑ی، ‑اف …, unless it is a known common word);
 * - a title (آقای، دکتر، سردار …) followed by a name, or by one unknown word («آقای کاظمی»);
 * - a listed family name alone, after a role («وزیر خارجه ظریف») or before a verb of saying («ظریف گفت»).
 * Given names that are also common words (امید، باران) need a family name or a title: «امید دارم» is hope.
 * Titles are reported in the value, not in the span (the common annotation convention), except lineage
 * titles and epithets that are part of how the person is named (سید، امام، حضرت).
 */
import { dictionaryKey } from '../normalize/index';
import { namePart, type GazetteerHit } from '../dictionaries/lexicon';
import { isInSpanTitle } from '../dictionaries/titled-names';
import { someEndsAt } from '../matching/phrase-trie';
import type { PersonValue } from '../types';
import { partMatch, partOf, type PartMatch, type Scan } from './scan';
import { JOINED_NAME_PREFIXES, startsJoinedName, WordFlag } from './words';
import { candidate, type Candidate } from './types';

/** Endings of Iranian and Caucasian family names. Checked longest first. */
const SURNAME_ENDINGS = ['زاده', 'پور', 'نژاد', 'فر', 'یان', 'اف', 'ف', 'لو', 'وند', 'نیا', 'راد', 'مند', 'کیا', 'فرد', 'ی'].map(dictionaryKey);

/**
 * Most titles before one name («حضرت آیت‌الله العظمی سید …» is four): a longer run names nobody, and a bound
 * keeps a text of nothing but titles («دکتر مهندس دکتر مهندس …») linear.
 */
const MAX_TITLE_RUN = 4;

/** Shortest unknown word taken as a family name after a given name. */
const MIN_UNKNOWN_FAMILY = 3;

/** The ending of «‌های» (plural and ezafe) and of «‌ای» after ه (indefinite), as a key spells both. */
const PLURAL_OR_INDEFINITE = dictionaryKey('های');

/** A role, a listed non-name or a head noun with the indefinite ی: «بازیکنی», «خبرنگاری». */
function isIndefiniteOfWord(scan: Scan, key: string): boolean {
  if (!key.endsWith(INDEFINITE_YE)) return false;
  const stem = key.slice(0, -INDEFINITE_YE.length);
  const { lexicon } = scan;
  return lexicon.roles.get(stem) !== undefined || lexicon.notNames.has(stem) || lexicon.organizationHeads.has(stem) || lexicon.locationHeads.has(stem);
}

const INDEFINITE_YE = dictionaryKey('ی');

/** Shortest key that can be a surname by shape alone (shorter words of these shapes are mostly common words). */
const MIN_SHAPED_SURNAME = 4;

/**
 * Blessings written after the names of holy figures belong to how they are named: «حضرت زینب (س)»
 * (سلام‌الله علیها), «امام علی (ع)» (علیه‌السلام), «امام خمینی (ره)» (رحمه‌الله).
 */
const BLESSINGS = new Set(['س', 'ع', 'ص', 'ره', 'عج', 'رض'].map(dictionaryKey));

const CONFIDENCE = {
  titleGivenFamily: 0.92,
  givenKnownFamily: 0.88,
  givenShapedFamily: 0.75,
  givenUnknownFamily: 0.6,
  titleGiven: 0.8,
  titleUnknown: 0.7,
  familyWithContext: 0.65,
  givenWithContext: 0.55,
  shapedFamilyWithVerb: 0.55,
} as const;

/** A function word, a verb form, a role, a head noun or a listed non-name (see {@link WordFlag.commonWord}). */
function isCommonWord(scan: Scan, index: number): boolean {
  return scan.hasFlag(index, WordFlag.commonWord);
}

function isPlaceName(scan: Scan, index: number): boolean {
  const matches = scan.gazetteerAt(index);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (m.last === index && m.values.some(isBuiltinPlace)) return true;
  }
  return false;
}

/** Endings of family names that adjectives and nouns rarely have (not ‑ی): ‑زاده، ‑پور، ‑نژاد، ‑یان، ‑فر … */
const FAMILY_ONLY_ENDINGS = SURNAME_ENDINGS.filter((ending) => ending.length > 1);

/** A word of surname shape or a listed family name with an ending only family names have («پاشازاده», «خاکپور»). */
export function hasFamilyEnding(scan: Scan, index: number): boolean {
  const key = scan.keyAt(index);
  if (key.length < MIN_SHAPED_SURNAME || isCommonWord(scan, index)) return false;
  for (const ending of FAMILY_ONLY_ENDINGS) if (key.endsWith(ending) && key.length - ending.length >= 2) return true;
  return false;
}

/** A word of the shape of a family name (‑زاده، ‑پور، ‑ی …) that is no known common word or place. */
export function isSurnameShaped(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  if (!token || token.kind !== 'word') return false;
  return (token.word.surnameShaped ??= hasSurnameShape(scan, index, token.key));
}

/** {@link isSurnameShaped} worked out (a property of the word alone: a single-token place is a property of its key). */
function hasSurnameShape(scan: Scan, index: number, key: string): boolean {
  if (key.length < MIN_SHAPED_SURNAME || isCommonWord(scan, index)) return false;
  let shaped = false;
  for (const ending of SURNAME_ENDINGS) if (key.endsWith(ending) && key.length - ending.length >= 2) shaped = true;
  // a plural with its ezafe («تیم‌های») or a word with the indefinite ای after ه («بیانیه‌ای») is no name, nor a
  // role or a listed common word with the indefinite ی («بازیکنی», «خبرنگاری»)
  return shaped && !key.endsWith(PLURAL_OR_INDEFINITE) && !isIndefiniteOfWord(scan, key) && !isPlaceName(scan, index);
}

function familyAt(scan: Scan, index: number): { match: PartMatch; known: boolean } | undefined {
  if (!scan.isNameToken(index)) return undefined;
  const listed = scan.namePartsAt(index).family;
  if (listed && !isCommonWord(scan, listed.first)) return { match: listed, known: true };
  if (isSurnameShaped(scan, index)) {
    const token = scan.tokens[index];
    return { match: partMatch(index, index, namePart('family', token?.text ?? '')), known: false };
  }
  return undefined;
}

function roleBefore(scan: Scan, index: number): boolean {
  const { tokens, lexicon, joinable } = scan;
  const endsRoleAt = (last: number): boolean => {
    for (let s = Math.max(0, last - 4); s <= last; s++) {
      if (someEndsAt(lexicon.roles.matchesAt(tokens, s, joinable, 6), last)) return true;
    }
    return false;
  };
  if (endsRoleAt(index - 1)) return true;
  // Apposition: «وزیر امور خارجه ایران، محمدجواد ظریف»
  const before = tokens[index - 1]?.text;
  if (before === '،' || before === ':' || before === ',') {
    for (let last = index - 2; last >= Math.max(0, index - 7); last--) if (endsRoleAt(last)) return true;
  }
  return false;
}

/** Whether the word before token `index` may end a role or a word of saying (a name of surname shape may follow). */
function mayFollowCue(scan: Scan, index: number): boolean {
  return index > 0 && scan.joinable[index - 1] === 1 && scan.hasFlag(index - 1, WordFlag.personCueEnd);
}

/** A word of saying ends right before token `index`: «به گفته X», «سخنان X», «به نقل از X». */
function cueBefore(scan: Scan, index: number): boolean {
  const { tokens, lexicon, joinable } = scan;
  if (!scan.hasFlag(index - 1, WordFlag.personCueEnd)) return false;
  for (let s = Math.max(0, index - 3); s < index; s++) {
    if (someEndsAt(lexicon.personCues.matchesAt(tokens, s, joinable, 4), index - 1)) return true;
  }
  return false;
}

/** Most tokens between a name opening a sentence and its verb of saying: «شایسته با اشاره به آلودگی هوا گفت». */
const MAX_VERB_DISTANCE = 20;

/**
 * A verb of saying later in the clause that a name opens: «اکبری در خصوص این رشته گفت», not past the end of the
 * clause.
 */
function saysLater(scan: Scan, last: number): boolean {
  const { tokens } = scan;
  const end = Math.min(tokens.length, last + 1 + MAX_VERB_DISTANCE);
  for (let k = last + 1; k < end; k++) {
    if (tokens[k]!.kind === 'punctuation') return false; // the clause ends
    if (verbAfter(scan, k)) return true;
  }
  return false;
}

function verbAfter(scan: Scan, index: number): boolean {
  return scan.lexicon.personVerbs.matchesAt(scan.tokens, index, scan.joinable, 3).length > 0;
}

function roleAt(scan: Scan, index: number): boolean {
  return scan.lexicon.roles.matchesAt(scan.tokens, index, scan.joinable, 6).length > 0;
}

/** A name ending at `last` is followed by a verb of saying or a role in apposition: «… گفت», «…، مدیر …», «… سخنگوی …». */
function contextAfter(scan: Scan, last: number): boolean {
  const next = scan.tokens[last + 1]?.text;
  if (next === '،' || next === ',') return roleAt(scan, last + 2);
  return verbAfter(scan, last + 1) || roleAt(scan, last + 1);
}

/** Whether the name may go on after token `last`: the next word is a given or family name or of surname shape. */
function continuesName(scan: Scan, last: number): boolean {
  if (!scan.joinable[last]) return false;
  const parts = scan.namePartsAt(last + 1);
  return parts.given !== undefined || parts.family !== undefined || isSurnameShaped(scan, last + 1);
}

/** A family name may be written apart from its last part: «عبادی پور», «قاضی زاده». */
function withSurnameSuffix(scan: Scan, last: number): number {
  return scan.joinable[last] && scan.lexicon.surnameSuffixes.has(scan.keyAt(last + 1)) ? last + 1 : last;
}

/** The last token of a blessing right after the name, or `last` when there is none. */
export function withBlessing(scan: Scan, last: number): number {
  const { tokens } = scan;
  const open = tokens[last + 1];
  const closing = tokens[last + 3];
  if (open?.text !== '(' || closing?.text !== ')' || open.start - tokens[last]!.end > 1) return last;
  return BLESSINGS.has(scan.keyAt(last + 2)) ? last + 3 : last;
}

/**
 * A family name alone is read as a person only where a clause can start with a name: at the start, after
 * punctuation or a conjunction («که ظریف گفت»), not after a noun or preposition it could belong to
 * («مقام معظم رهبری در دیدار با …» is the Leader, not a Mr Rahbari; «در پایان گفت» is "finally he said").
 */
function clauseStartsAt(scan: Scan, index: number): boolean {
  const before = scan.tokens[index - 1];
  if (!before || !scan.isNameToken(index - 1)) return true;
  return scan.lexicon.clauseOpeners.has(before.key);
}

/** Only punctuation or nothing before: the start of a sentence or clause («کمالوندی تاکید کرد»). */
function opensSentence(scan: Scan, index: number): boolean {
  return index === 0 || !scan.isNameToken(index - 1);
}

/** A given name at `index`, also when written joined to سید or میر. */
function givenAt(scan: Scan, index: number): PartMatch | undefined {
  const listed = scan.namePartsAt(index).given;
  // keys drop spaces, so a given name can be spelled by two words: «تن از» is «تناز», but a name has no function word
  if (listed && !spansFunctionWord(scan, listed)) return listed;
  const key = scan.keyAt(index);
  const prefix = scan.hasFlag(index, WordFlag.joinedNamePrefix) ? joinedPrefixOf(key) : undefined;
  const part = prefix ? partOf(scan.lexicon.names.get(key.slice(prefix.length)) ?? [], 'given') : undefined;
  return part ? partMatch(index, index, { ...part, text: scan.tokens[index]?.text ?? part.text }) : undefined;
}

/**
 * An unknown word that may be a family name next to a given name: a word, not a function or common word,
 * not a known entity, and not the noun of a compound verb («ایران | خبر داد»).
 */
function mayBeUnknownFamily(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return (
    token?.kind === 'word' &&
    token.key.length >= MIN_UNKNOWN_FAMILY &&
    !isCommonWord(scan, index) &&
    !scan.builtinEntryAt(index) &&
    !VERB_PREFIX_KEY.test(token.key) &&
    !isIndefiniteOfWord(scan, token.key) &&
    !scan.lexicon.trailingVerbs.has(scan.keyAt(index + 1))
  );
}

/**
 * Whether token `index` plainly ends a name before it: the end of the text, punctuation or a verb of saying (a
 * word before a stop word, a role or an ordinal is as often a noun: «مقام دوم», «نائب رئیس», «پاشیده و»).
 */
function closesName(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return !token || token.kind === 'punctuation' || verbAfter(scan, index);
}

/**
 * Titles that are given names first: «امیر» right before a family name is the given name far more often than the
 * army rank, which news writes in full (امیر سرتیپ، امیر دریادار): «امیر توکلیان», «سرهنگ امیر مجاهدی».
 */
const GIVEN_FIRST_TITLES = new Set(['امیر'].map(dictionaryKey));

/**
 * A verb of saying or a role after a name ending at `end`; for a name that opens its clause, also a verb of saying
 * later in the clause, or a colon (a headline «عاشورزاده : …» gives the words of the name before it).
 */
function saidAfter(scan: Scan, end: number, opens: boolean): boolean {
  return contextAfter(scan, end) || (opens && (saysLater(scan, end) || scan.tokens[end + 1]?.text === ':'));
}

/** «بن» and «ابن» (son of) between a given name and the father's name. */
const PATRONYMIC_KEYS = new Set(['بن', 'ابن'].map(dictionaryKey));

/** A listed given or family name, or a word of surname shape, at `index`. */
function isNameWord(scan: Scan, index: number): boolean {
  const parts = scan.namePartsAt(index);
  return (parts.given !== undefined || parts.family !== undefined || isSurnameShaped(scan, index)) && !scan.hasFlag(index, WordFlag.functionWord);
}

/** The prefix می/نمی of a verb written whole without its half-space («میگه», «نمیره»): such a word is no name. */
const VERB_PREFIX_KEY = /^ن?می(?![رلنث])/; // not میر، میل، مین، میث: «میرعرب», «میلانی», «مینا», «میثم»

/**
 * A word that may be a family name although it is also a word (شایسته، ساکت), when the context says person: a
 * word, no function word or verb, no known entity.
 */
function mayBeWordFamily(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  return (
    token?.kind === 'word' &&
    token.key.length >= MIN_UNKNOWN_FAMILY &&
    !scan.hasFlag(index, WordFlag.functionWord) &&
    !scan.builtinEntryAt(index) &&
    !VERB_PREFIX_KEY.test(token.key)
  );
}

/** «فردی به نام …», «زنی به نام …»: a name right after «به نام» that follows an indefinite noun. */
function namedBefore(scan: Scan, index: number): boolean {
  const { tokens } = scan;
  return (
    tokens[index - 1]?.key === NAME_KEY &&
    tokens[index - 2]?.key === TO_KEY &&
    (tokens[index - 3]?.key.endsWith(INDEFINITE_YE) ?? false)
  );
}

const NAME_KEY = dictionaryKey('نام');
const TO_KEY = dictionaryKey('به');

/**
 * A given name alone is a person where the context says so: before a verb of saying («نسرین گفت»), after a word of
 * saying («به گفته نسرین») or after «… ی به نام» («زنی به نام فاطمه»).
 */
function givenWithContext(scan: Scan, given: PartMatch): boolean {
  if (cueBefore(scan, given.first) || namedBefore(scan, given.first)) return isPlainGiven(scan, given);
  // before a verb of saying, where a clause opens («نسرین گفت», not «در اسلام گفت»); a given name that is also a
  // word needs to be no place and no listed common word
  if (!clauseStartsAt(scan, given.first) || !verbAfter(scan, given.last + 1)) return false;
  return isPlainGiven(scan, given) || !(isPlaceName(scan, given.first) || isCommonWord(scan, given.first) || scan.builtinEntryAt(given.first));
}

// Helpers without closures: the rules run at most tokens, and a closure over a parameter costs an allocation
// at every call of the function that holds it.

/** A place the built-in dictionaries know (a user's entry never changes what the rules find). */
const isBuiltinPlace = (hit: GazetteerHit): boolean => hit.builtin && (hit.type === 'COUNTRY' || hit.type === 'LOCATION');

/** Whether a name part of several tokens has a function word among them («تن | از»). */
function spansFunctionWord(scan: Scan, part: PartMatch): boolean {
  for (let k = part.first; k <= part.last && part.last > part.first; k++) if (scan.hasFlag(k, WordFlag.functionWord)) return true;
  return false;
}

/** سید or میر written joined to a given name («سیدمحمد»), if `key` starts with one. */
function joinedPrefixOf(key: string): string | undefined {
  return JOINED_NAME_PREFIXES.find((prefix) => startsJoinedName(key, prefix));
}

function anyPlainGiven(scan: Scan, givens: readonly PartMatch[]): boolean {
  for (const given of givens) if (isPlainGiven(scan, given)) return true;
  return false;
}

function allCommonWords(scan: Scan, givens: readonly PartMatch[]): boolean {
  for (const given of givens) if (!isCommonWord(scan, given.first)) return false;
  return true;
}

/** A given name that is also a place or a common word («ایران», «اسلام») proves nothing by itself. */
function isPlainGiven(scan: Scan, given: PartMatch): boolean {
  return !given.part.ambiguous && !isPlaceName(scan, given.first) && !isCommonWord(scan, given.first) && !scan.builtinEntryAt(given.first);
}

/**
 * What a word can be in a name by the lists and shapes: a listed given name (`given`, or `weakGiven` when it is
 * also a word), a listed family name (`family`), both (`both`), or a word of surname shape (`shaped`).
 */
export type NameWordKind = 'given' | 'weakGiven' | 'family' | 'both' | 'shaped';

/** What the word at `index` is as a part of a name, one word at a time; undefined when none of these. */
export function nameWordAt(scan: Scan, index: number): NameWordKind | undefined {
  const parts = scan.namePartsAt(index);
  const given = givenAt(scan, index);
  const isGiven = given !== undefined && given.last === index;
  const listedFamily = parts.family !== undefined && parts.family.last === index && !isCommonWord(scan, index);
  if (isGiven && !given.part.ambiguous) return listedFamily ? 'both' : 'given';
  if (listedFamily) return 'family';
  if (isSurnameShaped(scan, index)) return 'shaped';
  return isGiven ? 'weakGiven' : undefined;
}

/** The texts of tokens `first` to `last`, joined by spaces. */
export function joinText(scan: Scan, first: number, last: number): string {
  let text = scan.tokens[first]?.text ?? '';
  for (let k = first + 1; k <= last; k++) text += ' ' + (scan.tokens[k]?.text ?? '');
  return text;
}

const NONE: readonly never[] = [];

interface ParsedPerson {
  first: number;
  last: number;
  confidence: number;
  value: PersonValue;
}

/**
 * Whether a name can start at `index` at all: a listed name part starts there, a given name is written joined to
 * سید or میر, or a word of surname shape opens a clause or follows a word of saying (where it alone may be a
 * name). Most tokens are none of these, and the full parse is skipped for them.
 */
function mayOpenName(scan: Scan, index: number): boolean {
  if (scan.namesAt(index).length > 0 || scan.hasFlag(index, WordFlag.joinedNamePrefix)) return true;
  return (opensSentence(scan, index) || mayFollowCue(scan, index)) && isSurnameShaped(scan, index);
}

function parsePersonAt(scan: Scan, start: number): ParsedPerson | undefined {
  if (!mayOpenName(scan, start)) return undefined;
  const { joinable } = scan;
  let k = start;
  let spanStart: number | undefined;
  // grown by copying: most parses end before a second part, and a first one costs no spare capacity
  let titles: readonly string[] = NONE;
  let strongTitle = false;
  // 1. titles
  for (;;) {
    const title = scan.namePartsAt(k).title;
    if (!title) break;
    if (title.first === title.last && GIVEN_FIRST_TITLES.has(scan.keyAt(k)) && familyAt(scan, k + 1) && !scan.namePartsAt(k + 1).given) break;
    if (titles.length === MAX_TITLE_RUN) return undefined;
    // a one-token title's key is its token's (the trie matched one to the other)
    const inSpan = isInSpanTitle(title.part.kind, title.first === title.last ? scan.keyAt(title.first) : '');
    if (inSpan) spanStart ??= title.first;
    else spanStart = undefined; // «حضرت آیت‌الله جوادی آملی»: an in-span title stays in only right before the name
    if (!title.part.ambiguous) strongTitle = true;
    titles = [...titles, title.part.text];
    k = title.last + 1;
    if (!joinable[title.last]) return undefined;
  }
  // 2. given names (a family name that reads longer wins: «علی اف» is a surname, not «علی» + «اف»)
  let givens: readonly PartMatch[] = NONE;
  let open = true;
  while (givens.length < 3 && open) {
    // «بن» after a given name opens a patronymic, not another given name (Ben)
    if (givens.length > 0 && PATRONYMIC_KEYS.has(scan.keyAt(k))) break;
    const given = givenAt(scan, k);
    if (!given) break;
    const family = scan.namePartsAt(k).family;
    // the last name word that is also a family name is the family name: «مسعود برومند»
    if (family && (family.last > given.last || (givens.length > 0 && !continuesName(scan, given.last)))) break;
    givens = [...givens, given];
    open = joinable[given.last] === 1;
    k = given.last + 1;
  }
  // 3. family name (without a title or a given name, only a listed family name or, at a sentence start, a
  // word of surname shape can be one: the shape test is skipped for every other token)
  const bare = titles.length === 0 && givens.length === 0;
  let family = open && (!bare || scan.namePartsAt(k).family !== undefined || opensSentence(scan, k) || mayFollowCue(scan, k)) ? familyAt(scan, k) : undefined;
  if (family && givens.length > 0 && family.match.first === givens.at(-1)?.first) family = undefined;
  // «حسین مهاجران», «دکتر محمدهادی ایمانیه»: an unknown word after an unambiguous given name is its family name
  let unknownFamily = false;
  if (!family && open && givens.length > 0 && (strongTitle || anyPlainGiven(scan, givens)) && mayBeUnknownFamily(scan, k)) {
    family = { match: partMatch(k, k, namePart('family', scan.tokens[k]?.text ?? '')), known: false };
    unknownFamily = true;
  } else if (!family && open && givens.length > 0 && anyPlainGiven(scan, givens) && mayBeWordFamily(scan, k) && contextAfter(scan, k)) {
    // a family name that is also a word, with a verb of saying or a role after it: «رضا شایسته گفت»
    family = { match: partMatch(k, k, namePart('family', scan.tokens[k]?.text ?? '')), known: false };
    unknownFamily = true;
  }
  // «عبدالله بن زبیر», «حر ابن ریاحی»: a given name, «بن» and the father's name make one name
  if (!family && open && givens.length > 0 && PATRONYMIC_KEYS.has(scan.keyAt(k)) && joinable[k] && isNameWord(scan, k + 1)) {
    family = { match: partMatch(k, k + 1, namePart('family', joinText(scan, k, k + 1))), known: true };
  }
  let last = family ? withSurnameSuffix(scan, family.match.last) : givens.at(-1)?.last;
  // a second family name: listed («هاشمی رفسنجانی», «قاضی زاده هاشمی», «جورج دبلیو بوش»), or of surname shape
  // after a listed one («امید یوسفی کنعانی»)
  if (family && last !== undefined && joinable[last]) {
    const second = scan.namePartsAt(last + 1).family;
    if (second && !isCommonWord(scan, second.first)) last = second.last;
    else if (family.known && isSurnameShaped(scan, last + 1)) last += 1;
    else if (givens.length > 0 && anyPlainGiven(scan, givens) && mayBeUnknownFamily(scan, last + 1) && closesName(scan, last + 2)) {
      // a family name of two words, the second unknown, where the name plainly ends after it: «فاطمه غیور رزمگاه در …»
      last += 1;
    }
  }
  const hasTitle = titles.length > 0;
  let confidence = 0;
  // An ambiguous given name does not open a longer name: «دولت حسن روحانی» is the government of Hassan Rouhani.
  if (!hasTitle && givens.length > 1 && givens[0]!.part.ambiguous) return undefined;
  if (givens.length > 0 && family) {
    // A given name that is also a word or a place («ایران», «امید») proves nothing next to a word of surname shape.
    // …unless the context says person: «مسعود برومند، مدیر …», «امید کمالی گفت»
    // (the verb of saying may come later in a clause the name opens: «رسول دیناروند روز چهارشنبه … گفت»)
    const said = contextAfter(scan, last ?? k) || (opensSentence(scan, givens[0]!.first) && saysLater(scan, last ?? k));
    if (!family.known && !strongTitle && !anyPlainGiven(scan, givens) && !said) return undefined;
    // (a title that is a given name first is one before a listed family name: «امیر توکلیان»)
    const givenFirst = family.known && givens.length === 1 && GIVEN_FIRST_TITLES.has(scan.keyAt(givens[0]!.first));
    if (allCommonWords(scan, givens) && !strongTitle && !givenFirst) return undefined;
    confidence = hasTitle
      ? CONFIDENCE.titleGivenFamily
      : family.known
        ? CONFIDENCE.givenKnownFamily
        : unknownFamily
          ? CONFIDENCE.givenUnknownFamily
          : CONFIDENCE.givenShapedFamily;
  } else if (givens.length > 0) {
    if (strongTitle) confidence = CONFIDENCE.titleGiven;
    else if (!hasTitle && givens.length === 1 && givenWithContext(scan, givens[0]!)) {
      confidence = CONFIDENCE.givenWithContext;
    } else if (!hasTitle && givens.length > 1 && anyPlainGiven(scan, givens) && contextAfter(scan, givens.at(-1)!.last)) {
      // two given names before a verb of saying or a role: the second is the family name («محسن آرمین گفت»)
      const second = givens.at(-1)!;
      family = { match: partMatch(second.first, second.last, namePart('family', joinText(scan, second.first, second.last))), known: false };
      givens = givens.slice(0, -1);
      confidence = CONFIDENCE.givenShapedFamily;
    } else return undefined;
  } else if (family) {
    const first = family.match.first;
    const end = last ?? k;
    // an ambiguous title («سردار», «امیر») opens a clause as a name would: «سردار انصاری افزود»
    const opens = hasTitle || opensSentence(scan, first);
    if (strongTitle) confidence = CONFIDENCE.titleGivenFamily;
    else if (family.known && (roleBefore(scan, first) || cueBefore(scan, first) || ((hasTitle || clauseStartsAt(scan, first)) && saidAfter(scan, end, opens)))) {
      confidence = CONFIDENCE.familyWithContext;
    } else if (!family.known && (cueBefore(scan, first) || (opens && saidAfter(scan, end, opens)))) {
      // «کمالوندی تاکید کرد», «کمالوندی، سخنگوی سازمان», «به گفته کمالوندی»: a word of surname shape with a
      // word of saying or a role next to it (not a role before it: «کارشناس هواشناسی», «بازیکن جنجالی»)
      confidence = CONFIDENCE.shapedFamilyWithVerb;
    } else return undefined;
  } else if (strongTitle && scan.isNameToken(k) && open && !scan.hasFlag(k, WordFlag.functionWord) && scan.tokens[k]?.kind === 'word') {
    // «آقای کاظمی»: one word after a title is a name, also a place or a word («آقای تهرانی گفت»)
    last = k;
    confidence = CONFIDENCE.titleUnknown;
    family = { match: partMatch(k, k, namePart('family', scan.tokens[k]?.text ?? '')), known: false };
  } else {
    return undefined;
  }
  if (last === undefined) return undefined;
  const familyEnd = last;
  last = withBlessing(scan, last);
  const first = spanStart ?? givens[0]?.first ?? family?.match.first ?? k;
  const value: PersonValue = {};
  if (hasTitle) value.title = titles.join(' ');
  if (givens.length > 0) value.given = joinText(scan, givens[0]!.first, givens.at(-1)!.last);
  if (family) value.family = joinText(scan, family.match.first, familyEnd);
  const gender = givens.find((g) => g.part.gender)?.part.gender;
  if (gender) value.gender = gender;
  return { first, last, confidence, value };
}

/** Candidates for people found by rule. */
export function recognizePeople(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.isNameToken(i)) continue;
    const person = parsePersonAt(scan, i);
    if (!person) continue;
    out.push(candidate('PERSON', tokens[person.first]!.start, tokens[person.last]!.end, 'rule', person.confidence, person.value));
    i = person.last;
  }
  return out;
}
