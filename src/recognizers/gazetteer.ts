/**
 * Dictionary matches: every gazetteer phrase found in the tokens, longest and shorter alike (overlaps are
 * resolved later), with two pieces of context:
 *
 * - An ambiguous entry (a city called «نور», a club called «استقلال») counts only after a head noun of its
 *   kind («شهر نور», «باشگاه استقلال»), in a list beside an unambiguous entity of its type, or, for a paper,
 *   before the colon of a headline it is quoted for («شرق: …»). Nothing else is evidence: once «خبرگزاری مهر»
 *   is named, a later «مهر مادر» is still no agency.
 * - «رئیس جمهوری آذربایجان» is "the president of Azerbaijan": after رئیس, «جمهوری» belongs to the title
 *   رئیس‌جمهوری, so «جمهوری آذربایجان» is not read as the country's long name when the rest is a country
 *   by itself. «رئیس جمهوری اسلامی ایران» keeps the long name, since «اسلامی ایران» is not one.
 */
import { dictionaryKey } from '../normalize/index';
import { hasUnambiguous, isNews, kindOf, type GazetteerHit } from '../dictionaries/lexicon';
import { someEndsAt, type PhraseMatch } from '../matching/phrase-trie';
import { withBlessing } from './person';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';

/** Confidence of a dictionary hit by context: unambiguous multi-word names are the surest. */
const CONFIDENCE = {
  ambiguousWithContext: 0.75,
  singleToken: 0.9,
} as const;

/** Words that join the items of a list («تهران، مشهد و نور»). */
const LIST_JOINERS = new Set(['و', '،', ',', 'یا']);

function isPresidentialRepublic(scan: Scan, match: PhraseMatch<GazetteerHit>): boolean {
  const { lexicon } = scan;
  if (scan.keyAt(match.first) !== lexicon.republicKey) return false;
  if (!lexicon.presidencyWords.has(scan.keyAt(match.first - 1))) return false;
  return someEndsAt(scan.gazetteerAt(match.first + 1), match.last);
}

/** Kinds of organization that context words of another kind speak of too: a news agency is a medium. */
const CONTEXT_KIND_OF: Readonly<Record<string, string>> = { 'news-agency': 'media' };

/** Whether a context word of `kinds` speaks of the organization `hit`: «مهاجم» of a club, not of a paper. */
function speaksOf(kinds: ReadonlySet<string> | undefined, hit: GazetteerHit): boolean {
  if (!kinds) return false;
  if (kinds.has('any')) return true;
  const kind = kindOf(hit);
  return kind !== undefined && (kinds.has(kind) || kinds.has(CONTEXT_KIND_OF[kind] ?? kind));
}

/**
 * A head noun of the entry's kind, or for organizations a word that names one («به گزارش مهر»,
 * «بازیکنان استقلال», «خبرنگار فارس»), right before the entry.
 */
function headBefore(scan: Scan, index: number, hit: GazetteerHit): boolean {
  const key = scan.keyAt(index - 1);
  const { lexicon } = scan;
  if (hit.type === 'LOCATION' || hit.type === 'COUNTRY') return lexicon.locationHeads.has(key);
  if (hit.type === 'ORGANIZATION') return lexicon.organizationHeads.has(key) || speaksOf(lexicon.organizationContext.get(key), hit);
  return false;
}

/** A match at token `index` that ends at `last` (any end when undefined) with an unambiguous entry of `type`. */
function listedAt(scan: Scan, index: number, type: string, last?: number): boolean {
  return scan.gazetteerAt(index).some((m) => (last === undefined || m.last === last) && hasUnambiguous(m.values, type));
}

function unambiguousNeighbour(scan: Scan, match: PhraseMatch<GazetteerHit>, type: string): boolean {
  const { tokens } = scan;
  const before = tokens[match.first - 1];
  if (before && LIST_JOINERS.has(before.text)) {
    for (let i = match.first - 2; i >= Math.max(0, match.first - 5); i--) if (listedAt(scan, i, type, match.first - 2)) return true;
  }
  const after = tokens[match.last + 1];
  return after !== undefined && LIST_JOINERS.has(after.text) && listedAt(scan, match.last + 2, type);
}

/** Sentence-final punctuation: what follows it opens a line of its own in a list of headlines. */
const SENTENCE_ENDS = new Set(['.', '!', '؟', '?']);

/** Whether token `index` opens a line or a sentence. */
function opensLine(scan: Scan, index: number): boolean {
  if (index === 0) return true;
  const before = scan.tokens[index - 1]!;
  return SENTENCE_ENDS.has(before.text) || scan.context.text.slice(before.end, scan.tokens[index]!.start).includes('\n');
}

/**
 * A paper or agency named before a colon at the start of a line, the way a press review quotes its headlines:
 * «شرق: …», «جوان : …».
 */
function namesHeadline(scan: Scan, match: PhraseMatch<GazetteerHit>, hit: GazetteerHit): boolean {
  return hit.type === 'ORGANIZATION' && isNews(hit) && scan.tokens[match.last + 1]?.text === ':' && opensLine(scan, match.first);
}

/** Most tokens either side of a club's name searched for a word of sports news. */
const SPORTS_WINDOW = 25;

/**
 * A club named like a city or a word («لیورپول», «استقلال») in a sentence of sports news: a word such as «لیگ»,
 * «سرمربی» or «گل» in the same sentence, not the name itself («هوادار» is a club and a fan).
 */
function inSportsSentence(scan: Scan, match: PhraseMatch<GazetteerHit>, hit: GazetteerHit): boolean {
  if (hit.type !== 'ORGANIZATION' || kindOf(hit) !== 'club') return false;
  const { tokens, lexicon } = scan;
  if (lexicon.sportsContext.has(scan.keyAt(match.first))) return false;
  for (let k = match.first - 1; k >= Math.max(0, match.first - SPORTS_WINDOW) && !SENTENCE_ENDS.has(tokens[k]!.text); k--) {
    if (lexicon.sportsContext.has(scan.keyAt(k))) return true;
  }
  for (let k = match.last + 1; k < Math.min(tokens.length, match.last + 1 + SPORTS_WINDOW) && !SENTENCE_ENDS.has(tokens[k]!.text); k++) {
    if (lexicon.sportsContext.has(scan.keyAt(k))) return true;
  }
  return false;
}

/** «گفتگو», «گفت‌وگو» (also «گفت و گو»: one key) and «مصاحبه»: an interview, given to a paper or an agency. */
const INTERVIEW_KEYS: ReadonlySet<string> = new Set(['گفتگو', 'گفت‌وگو', 'مصاحبه'].map(dictionaryKey));
const WITH_KEY = dictionaryKey('با');
/** Most tokens a word of interview is written in («گفت و گو» is three). */
const MAX_INTERVIEW_TOKENS = 3;

/**
 * A paper or agency an interview was given to: «در گفتگو با مهر», «در گفت و گو با فارس» (a month and a province
 * give no interviews).
 */
function interviewedBy(scan: Scan, match: PhraseMatch<GazetteerHit>, hit: GazetteerHit): boolean {
  if (hit.type !== 'ORGANIZATION' || !isNews(hit) || scan.keyAt(match.first - 1) !== WITH_KEY) return false;
  let key = '';
  for (let k = match.first - 2; k >= Math.max(0, match.first - 1 - MAX_INTERVIEW_TOKENS) && scan.joinable[k]; k--) {
    key = scan.keyAt(k) + key;
    if (INTERVIEW_KEYS.has(key)) return true;
  }
  return false;
}

function hasContext(scan: Scan, match: PhraseMatch<GazetteerHit>, hit: GazetteerHit): boolean {
  return (
    headBefore(scan, match.first, hit) ||
    unambiguousNeighbour(scan, match, hit.type) ||
    namesHeadline(scan, match, hit) ||
    interviewedBy(scan, match, hit) ||
    inSportsSentence(scan, match, hit)
  );
}

/**
 * The first token of a listed person's span: past the title when the entry names them with one
 * («سردار | سلیمانی»), else `first`. A title written in other tokens than listed keeps the whole span.
 */
function personFirst(scan: Scan, first: number, last: number, nameOffset: number): number {
  let offset = 0;
  for (let k = first; k < last && offset < nameOffset; k++) {
    offset += scan.keyAt(k).length;
    if (offset === nameOffset) return k + 1;
  }
  return first;
}

/** Candidates for every dictionary phrase in the text. */
export function recognizeGazetteer(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const matches = scan.gazetteerAt(i);
    for (let m = 0; m < matches.length; m++) {
      const match = matches[m]!;
      if (isPresidentialRepublic(scan, match)) continue;
      const start = (tokens[match.first] as { start: number }).start;
      const end = (tokens[match.last] as { end: number }).end;
      // «حضرت زینب (س)»: a blessing after a listed person's name is part of how they are named
      const personEnd = (tokens[withBlessing(scan, match.last)] as { end: number }).end;
      const singleToken = match.first === match.last;
      for (let h = 0; h < match.values.length; h++) {
        const hit = match.values[h]!;
        let confidence = singleToken ? Math.min(hit.confidence, CONFIDENCE.singleToken) : hit.confidence;
        if (hit.ambiguous) {
          if (!hasContext(scan, match, hit)) continue;
          confidence = Math.min(confidence, CONFIDENCE.ambiguousWithContext);
        }
        if (hit.type !== 'PERSON') out.push(candidate(hit.type, start, end, hit.source, confidence, hit.value, hit.priority));
        else {
          const first = hit.nameOffset === 0 ? match.first : personFirst(scan, match.first, match.last, hit.nameOffset);
          out.push(candidate(hit.type, (tokens[first] as { start: number }).start, personEnd, hit.source, confidence, hit.value, hit.priority));
        }
      }
    }
  }
  return out;
}
