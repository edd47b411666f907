/**
 * Organizations named without a head noun by rule:
 * - what follows a known organization's name and belongs to it: a club's city («تراکتورسازی تبریز»; «مس کرمان»
 *   is listed, «سایپا کرج» need not be; the city makes a club named like a word one: «استقلال اهواز») and the
 *   «آنلاین» of a paper's news site («همشهری آنلاین»);
 * - the web address of a news site, which news names as its source: «Entekhab.ir», «isna.ir».
 */
import { isNews, kindOf, type GazetteerHit } from '../dictionaries/lexicon';
import type { PhraseMatch } from '../matching/phrase-trie';
import type { Scan } from './scan';
import { candidate, type Candidate } from './types';
import { WordFlag } from './words';

/** Words after a paper's name that name its news site. */
const SITE_SUFFIXES = new Set(['آنلاین', 'انلاین', 'نیوز']);

const CONFIDENCE = 0.8;

/** A built-in organization's hit: an unambiguous one, or a club named like a word. */
const isKnownOrganization = (h: GazetteerHit): boolean => h.builtin && h.type === 'ORGANIZATION' && (!h.ambiguous || kindOf(h) === 'club');

/**
 * The organization of the longest match in `matches`, with that match: an unambiguous one, or a club named like
 * a word («استقلال», «ملوان»), which the city after it makes one («استقلال اهواز»).
 */
function knownOrganization(matches: readonly PhraseMatch<GazetteerHit>[]): { match: PhraseMatch<GazetteerHit>; hit: GazetteerHit } | undefined {
  for (let k = matches.length - 1; k >= 0; k--) {
    const match = matches[k]!;
    const hit = match.values.find(isKnownOrganization);
    if (hit) return { match, hit };
  }
  return undefined;
}

/**
 * A city, a province or (when `country`) a country starting at token `index`, as its last token: a club is named
 * with its city («تراکتورسازی تبریز»), and in continental cups with its country («الهلال عربستان»).
 */
function homeAt(scan: Scan, index: number, country: boolean): number | undefined {
  const matches = scan.gazetteerAt(index);
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k]!;
    if (m.values.some((h) => h.builtin && (h.type === 'LOCATION' || (country && h.type === 'COUNTRY')) && !h.ambiguous)) return m.last;
  }
  return undefined;
}

/** Known organizations extended by their city or their site's suffix. */
export function recognizeOrganizationExtensions(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, joinable } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.hasFlag(i, WordFlag.hasGazetteer)) continue;
    const known = knownOrganization(scan.gazetteerAt(i));
    if (!known || !joinable[known.match.last]) continue;
    const next = known.match.last + 1;
    let last: number | undefined;
    // a club named like a word takes only a city as evidence: «استقلال ایران» is also Iran's independence
    if (kindOf(known.hit) === 'club') last = homeAt(scan, next, !known.hit.ambiguous);
    else if (!known.hit.ambiguous && isNews(known.hit) && SITE_SUFFIXES.has(scan.keyAt(next))) last = next;
    if (last === undefined) continue;
    out.push(candidate('ORGANIZATION', tokens[i]!.start, tokens[last]!.end, 'rule', CONFIDENCE, known.hit.value));
    i = last;
  }
  return out;
}

/** Top-level domains of the sites news names as sources. */
const SITE_DOMAINS = new Set(['ir', 'com', 'net', 'org', 'info', 'news', 'tv']);

/** Whether tokens `a` and `b` touch (no space between them). */
function touch(scan: Scan, a: number, b: number): boolean {
  return scan.tokens[a]!.end === scan.tokens[b]!.start;
}

/** Web addresses written without a scheme, a name and its domain: «Entekhab.ir», «tabnak.ir». */
export function recognizeWebsites(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = scan;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const name = tokens[i]!;
    if (name.kind !== 'latin' || tokens[i + 1]!.text !== '.' || !touch(scan, i, i + 1) || !touch(scan, i + 1, i + 2)) continue;
    const domain = tokens[i + 2]!;
    if (domain.kind !== 'latin' || !SITE_DOMAINS.has(domain.key)) continue;
    // «a.b.ir» is one address: the name part is everything before the domain
    if (i > 0 && tokens[i - 1]!.text === '.' && touch(scan, i - 1, i)) continue;
    out.push(candidate('ORGANIZATION', name.start, domain.end, 'rule', CONFIDENCE, { kind: 'media' }));
    i += 2;
  }
  return out;
}
