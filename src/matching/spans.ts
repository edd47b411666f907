/** Searches over spans kept in order of their start (tokens, candidates). */

/** How many of `spans` (sorted by start) start before `offset`: the index of the first that starts at or after it. */
export function countStartingBefore(spans: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
