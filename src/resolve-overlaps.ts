/**
 * The overlap policy: of two candidates that overlap, the one kept is
 *   1. the longer span;
 *   2. then the higher priority (user dictionaries above built-ins);
 *   3. then the more specific type (a user type, then PERSON and ORGANIZATION, then COUNTRY, LOCATION, then MONEY,
 *      PERCENT, TIME, then DATE: a time is more precise than its day);
 *   4. then the higher confidence;
 *   5. then the earlier start.
 * Candidates inside a kept one can be returned as its `nested` entities, a tree chosen by the same policy.
 */
import type { EntityType } from './types';
import type { Candidate } from './recognizers/types';
import { countStartingBefore } from './matching/spans';

const TYPE_SPECIFICITY: Readonly<Record<string, number>> = {
  PERSON: 7,
  ORGANIZATION: 7,
  COUNTRY: 6,
  LOCATION: 5,
  MONEY: 4,
  PERCENT: 3,
  TIME: 2,
  DATE: 1,
};
/** A user-defined type is the most specific: the user asked for it. */
const USER_TYPE_SPECIFICITY = 8;

const specificity = (type: EntityType): number => TYPE_SPECIFICITY[type] ?? USER_TYPE_SPECIFICITY;

/** Orders candidates best first. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    (b.priority ?? 0) - (a.priority ?? 0) ||
    specificity(b.type) - specificity(a.type) ||
    b.confidence - a.confidence ||
    a.start - b.start
  );
}

/** The one of `chosen` (disjoint, sorted by start) that overlaps `c`, if any: the last one starting before c ends. */
function clashOf<C extends Candidate>(chosen: readonly C[], c: Candidate): C | undefined {
  const other = chosen[countStartingBefore(chosen, c.end) - 1];
  return other !== undefined && other.end > c.start ? other : undefined;
}

/** Inserts `c` into `chosen` (disjoint from it, sorted by start), keeping the order: a few moves, no splice garbage. */
function insertByStart<C extends Candidate>(chosen: C[], c: C): void {
  let j = chosen.length;
  chosen.push(c);
  while (j > 0 && chosen[j - 1]!.start > c.start) {
    chosen[j] = chosen[j - 1]!;
    j--;
  }
  chosen[j] = c;
}

/** A kept candidate and, when asked for, the candidates nested inside it. */
export interface ResolvedCandidate extends Candidate {
  nested?: Candidate[];
}

/**
 * Sorts `items[from, to)` best first, stably, in place. Clusters are small (two or three candidates, rarely a
 * dozen): an insertion sort costs less there than the general sort's set-up.
 */
function rankInPlace(items: Candidate[], from: number, to: number): void {
  if (to - from > 16) {
    const ranked = items.slice(from, to).sort(compareCandidates);
    for (let k = from; k < to; k++) items[k] = ranked[k - from]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const c = items[i]!;
    let j = i - 1;
    while (j >= from && compareCandidates(items[j]!, c) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = c;
  }
}

/**
 * The best of one cluster `ordered[from, to)` of transitively overlapping candidates, greedily: best first,
 * unless it clashes. `chosen` is scratch space, emptied here.
 */
function resolveCluster(ordered: Candidate[], from: number, to: number, nested: boolean, kept: ResolvedCandidate[], chosen: ResolvedCandidate[]): void {
  rankInPlace(ordered, from, to);
  // chosen spans, disjoint and sorted by start: a binary search finds a clash in O(log n)
  chosen.length = 0;
  const dropped: Candidate[] = [];
  for (let k = from; k < to; k++) {
    const c = ordered[k]!;
    if (clashOf(chosen, c)) {
      if (nested) dropped.push(c);
      continue;
    }
    // a copy only when nested entities will be attached to it: the candidates themselves stay as they are
    insertByStart(chosen, nested ? { ...c } : c);
  }
  if (nested) nestDropped(chosen, dropped);
  for (const k of chosen) kept.push(k);
}

const contains = (outer: Candidate, inner: Candidate): boolean => outer.start <= inner.start && inner.end <= outer.end;
const sameEntity = (a: Candidate, b: Candidate): boolean => a.start === b.start && a.end === b.end && a.type === b.type;

/**
 * Hangs the `dropped` candidates (best first) under the `hosts` (disjoint, sorted by start) that contain them,
 * as a tree: under each host, the best of what it contains that do not overlap each other, each holding in turn
 * what lies inside it. «سفارت جمهوری اسلامی ایران» holds «جمهوری اسلامی ایران», which holds «جمهوری اسلامی»
 * and «ایران». A candidate that overlaps a chosen one without lying inside it is dropped, as is a second
 * candidate for the same span and type.
 */
function nestDropped(hosts: ResolvedCandidate[], dropped: readonly Candidate[]): void {
  const inside = new Map<ResolvedCandidate, Candidate[]>();
  for (const d of dropped) {
    const host = clashOf(hosts, d);
    if (host && contains(host, d) && !sameEntity(host, d)) {
      const list = inside.get(host);
      if (list) list.push(d);
      else inside.set(host, [d]);
    }
  }
  for (const [host, candidates] of inside) {
    const children: ResolvedCandidate[] = [];
    const below: Candidate[] = [];
    for (const c of candidates) {
      if (clashOf(children, c)) below.push(c);
      else insertByStart(children, { ...c });
    }
    nestDropped(children, below);
    host.nested = children;
  }
}

/** Longest list sorted by insertion: the built-in sort allocates a work array at every call, and most blocks have a few candidates. */
const INSERTION_SORT_MAX = 32;

/** `list` sorted by start in place, stably (candidates with the same start keep their order). */
function sortByStart(list: Candidate[]): Candidate[] {
  if (list.length > INSERTION_SORT_MAX) return list.sort((a, b) => a.start - b.start);
  for (let i = 1; i < list.length; i++) {
    const c = list[i]!;
    let k = i - 1;
    while (k >= 0 && list[k]!.start > c.start) {
      list[k + 1] = list[k]!;
      k--;
    }
    list[k + 1] = c;
  }
  return list;
}

/**
 * Keeps the best of every set of overlapping candidates (see the policy above). The result is sorted by
 * start and disjoint. With `nested`, the dropped candidates that lie inside a kept one hang under it as a tree
 * (see {@link nestDropped}).
 *
 * Candidates are first put in order of start and cut into clusters that overlap among themselves: only
 * those are ranked, and most clusters hold one candidate.
 */
export function resolveOverlaps(candidates: readonly Candidate[], nested = false): ResolvedCandidate[] {
  // Each recognizer yields its candidates in order of start: the stable sort merges a few sorted runs.
  const ordered = sortByStart(candidates.filter((c) => c.end > c.start));
  const kept: ResolvedCandidate[] = [];
  const chosen: ResolvedCandidate[] = [];
  let from = 0;
  let clusterEnd = -Infinity;
  for (let k = 0; k <= ordered.length; k++) {
    const c = ordered[k];
    if (c !== undefined && c.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, c.end);
      continue;
    }
    // ordered[from, k) is a cluster
    if (k - from === 1) kept.push(nested ? { ...ordered[from]! } : ordered[from]!);
    else if (k - from > 1) resolveCluster(ordered, from, k, nested, kept, chosen);
    from = k;
    clusterEnd = c?.end ?? clusterEnd;
  }
  return kept;
}
