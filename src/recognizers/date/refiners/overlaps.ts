/**
 * The overlaps refiner: of dates found at different anchors that share a token, the longest span is kept (then
 * the more confident, then the earlier one); the result is in text order.
 */
import type { DateMatch, DateView } from '../view';

/** Whether each match starts after the last token of the one before. */
function disjointInOrder(matches: readonly DateMatch[]): boolean {
  for (let k = 1; k < matches.length; k++) if (matches[k]!.first <= matches[k - 1]!.last) return false;
  return true;
}

/** The end offset of a match in the text. */
export function endOf(view: DateView, m: DateMatch): number {
  return Math.max(m.endOffset, view.end(m.last));
}

export function removeOverlaps(view: DateView, matches: DateMatch[]): DateMatch[] {
  // the common case: matches already in order, none sharing a token
  if (disjointInOrder(matches)) return matches;
  const spans = matches.map((m) => ({ m, start: view.start(m.first), end: endOf(view, m) }));
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || b.m.confidence - a.m.confidence || a.start - b.start);
  const taken = new Uint8Array(view.tokens.length);
  const chosen: DateMatch[] = [];
  outer: for (const s of spans) {
    for (let k = s.m.first; k <= s.m.last; k++) if (taken[k]) continue outer;
    taken.fill(1, s.m.first, s.m.last + 1);
    chosen.push(s.m);
  }
  return chosen.sort((a, b) => a.first - b.first);
}
