/**
 * Places named by a phrase around a known place:
 * - a compass point before it names a part of it: «شمال ایران», «جنوب غرب تهران», «شمال‌شرق استان خراسان»
 *   (news annotates the whole phrase as the place). A compass point before anything else is no place
 *   («شمال کشور», «غرب به رهبری آمریکا»);
 * - colloquial text joins a clitic to a place's name: «ایرانم», «خوزستانه», «آمریکاست» (the whole word is the
 *   place, as the corpora of tweets annotate it).
 */
import type { GazetteerHit } from '../dictionaries/lexicon';
import type { LocationValue } from '../types';
import { placeAt } from './head-nouns';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';

const CONFIDENCE = 0.8;

/** The last token of the compass point at token `index` («شمال», «شمال غرب», «جنوب شرقی»), or -1. */
function compassAt(scan: Scan, index: number): number {
  const { lexicon, joinable } = scan;
  if (!lexicon.compassPoints.has(scan.keyAt(index))) return -1;
  return joinable[index] && lexicon.compassSeconds.has(scan.keyAt(index + 1)) ? index + 1 : index;
}

/** A compass point and the known place after it: «شمال غرب ایران», «جنوب تهران». */
export function recognizeCompassPlaces(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, joinable } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const compassLast = compassAt(scan, i);
    if (compassLast < 0 || !joinable[compassLast]) continue;
    const place = placeAt(scan, compassLast + 1);
    if (!place) continue;
    const value: LocationValue = { kind: 'region' };
    const country = place.hit.type === 'COUNTRY' ? (place.hit.value as { code?: string } | undefined)?.code : (place.hit.value as { country?: string } | undefined)?.country;
    if (country) value.country = country;
    out.push(candidate('LOCATION', tokens[i]!.start, tokens[place.last]!.end, 'rule', CONFIDENCE, value));
    i = place.last;
  }
  return out;
}

/**
 * Shortest name of a place a clitic may be joined to: shorter names and a clitic spell ordinary words too
 * («رشت|ه», «قطر|ه», «فراه|م»).
 */
const MIN_CLITIC_HOST = 5;
const CLITIC_CONFIDENCE = 0.7;

/** Places people live in, whose names colloquial text joins a clitic to (not a continent, a sea or a region). */
const CLITIC_HOST_KINDS: ReadonlySet<string> = new Set(['city', 'province', 'county', 'village']);

/** The built-in, unambiguous country or inhabited place whose whole key is `key`. */
function placeNamed(scan: Scan, key: string): GazetteerHit | undefined {
  const hits = scan.lexicon.gazetteer.get(key);
  const fits = (h: GazetteerHit): boolean =>
    h.builtin && !h.ambiguous && (h.type === 'COUNTRY' || (h.type === 'LOCATION' && CLITIC_HOST_KINDS.has((h.value as LocationValue | undefined)?.kind ?? '')));
  return hits?.find(fits);
}

/** A place's name with a clitic joined to it: «ایرانم», «کرمانه», «آمریکاست». */
export function recognizePlacesWithClitics(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lexicon } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.word.gazetteer !== null || token.key.length <= MIN_CLITIC_HOST) continue;
    if (lexicon.notPlaceNames.has(token.key) || lexicon.stopwords.has(token.key)) continue;
    for (const clitic of lexicon.placeClitics) {
      if (!token.key.endsWith(clitic) || token.key.length - clitic.length < MIN_CLITIC_HOST) continue;
      const hit = placeNamed(scan, token.key.slice(0, token.key.length - clitic.length));
      if (!hit) continue;
      out.push(candidate(hit.type, token.start, token.end, 'rule', CLITIC_CONFIDENCE, hit.value));
      break;
    }
  }
  return out;
}
