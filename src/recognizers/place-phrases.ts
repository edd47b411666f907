/**
 * Places named by a phrase around a known place:
 * - a compass point before it names a part of it: «شمال ایران», «جنوب غرب تهران», «شمال‌شرق استان خراسان»
 *   (news annotates the whole phrase as the place). A compass point before anything else is no place
 *   («شمال کشور», «غرب به رهبری آمریکا»);
 * - colloquial text joins a clitic to a place's name: «ایرانم», «خوزستانه», «آمریکاست» (the whole word is the
 *   place, as the corpora of tweets annotate it).
 */
import { countryOf } from '../dictionaries/lexicon';
import type { LocationValue } from '../types';
import { placeAt } from './head-nouns';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

const CONFIDENCE = 0.8;

/** The last token of the compass point at token `index` («شمال», «شمال غرب», «جنوب شرقی»), or -1. */
function compassAt(scan: Scan, index: number): number {
  const { lexicon, joinable } = scan;
  if (!scan.hasFlag(index, WordFlag.compassPoint)) return -1;
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
    const country = countryOf(place.hit);
    if (country) value.country = country;
    out.push(candidate('LOCATION', tokens[i]!.start, tokens[place.last]!.end, 'rule', CONFIDENCE, value));
    i = place.last;
  }
  return out;
}

const CLITIC_CONFIDENCE = 0.7;

/** A place's name with a clitic joined to it: «ایرانم», «کرمانه», «آمریکاست» (found once per word, see {@link Word}). */
export function recognizePlacesWithClitics(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.hasPlaceWithClitic)) continue;
    const token = tokens[i]!;
    const hit = token.word.placeWithClitic;
    if (hit === undefined || token.kind !== 'word') continue;
    out.push(candidate(hit.type, token.start, token.end, 'rule', CLITIC_CONFIDENCE, hit.value));
  }
  return out;
}
