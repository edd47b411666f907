/**
 * Spans of the input that normalization copies verbatim: URLs and e-mail addresses (their digits,
 * punctuation and letters must not be touched).
 */
import { decodeEntityAt } from './html-debris';

/**
 * URL: scheme or www., then non-space characters; trailing sentence punctuation is not part of it.
 * The look-behinds anchor each match at the start of its run of letters: without them a long run of
 * letters is retried from every position, which is quadratic. Digits of every script count alike there, as the
 * digits option may turn one into the other between two passes («۱۴۰۲https://» and «1402https://»).
 */
const URL_RE = /(?<![a-zA-Z0-9\u06f0-\u06f9\u0660-\u0669+.\-])(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[^\s<>"«»،؛]*[^\s<>"«»،؛.,;:!?'()[\]{}؟]/g;
const EMAIL_RE = /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Code units the span patterns treat as space (`\s`): no URL or e-mail address goes across one. */
let spaceUnits: Uint8Array | undefined;

function buildSpaceUnits(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** What a URL or an e-mail address holds: where there is none of these, there is none of them. */
const SIGNS: readonly string[] = ['://', 'www.', '@'];

/**
 * The stretches of `input` between spaces that hold a sign of a URL or an address («://», «www.», «@»), sorted
 * and disjoint. A span never crosses a space, so only these are searched. Spaces that normalization deletes
 * (a BOM) do not end a stretch: they are looked through like the rest of what is deleted.
 */
function signedStretches(input: string, vanishing: Uint8Array): Array<[number, number]> {
  const spaces = (spaceUnits ??= buildSpaceUnits());
  const isBoundary = (c: number): boolean => spaces[c] === 1 && vanishing[c] !== 1;
  const stretches: Array<[number, number]> = [];
  for (const sign of SIGNS) {
    for (let at = input.indexOf(sign); at >= 0; at = input.indexOf(sign, at + 1)) {
      let start = at;
      while (start > 0 && !isBoundary(input.charCodeAt(start - 1))) start--;
      let end = at + sign.length;
      while (end < input.length && !isBoundary(input.charCodeAt(end))) end++;
      stretches.push([start, end]);
      at = end;
    }
  }
  stretches.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const stretch of stretches) {
    const last = merged.at(-1);
    if (last && stretch[0] <= last[1]) last[1] = Math.max(last[1], stretch[1]);
    else merged.push(stretch);
  }
  return merged;
}

/**
 * `input.slice(from, to)` as the span patterns read it: without the characters normalization deletes
 * (diacritics, kashida, zero-width and bidi characters …), with where each kept one came from. Spans are found
 * in this view so that they are the same before and after those characters go: «+\u200Chttps://…» and
 * «com\u0654https://…» read as «+https://…» and «comhttps://…» in both passes (normalization stays idempotent).
 */
function visibleView(input: string, from: number, to: number, vanishing: Uint8Array, entities: boolean): { text: string; origin: Int32Array | null } {
  let first = from;
  while (first < to && deletedWidth(input, first, vanishing, entities) === 0) first++;
  // the common case: nothing deleted, the view is the slice (origin: from + index)
  if (first === to) return { text: input.slice(from, to), origin: null };
  const origin = new Int32Array(to - from + 1);
  let text = '';
  let kept = 0;
  let runStart = from;
  for (let i = from; i < to; ) {
    const width = deletedWidth(input, i, vanishing, entities);
    if (width === 0) {
      origin[kept++] = i++;
      continue;
    }
    text += input.slice(runStart, i);
    i = Math.min(to, i + width);
    runStart = i;
  }
  text += input.slice(runStart, to);
  origin[kept] = to;
  return { text, origin };
}

/** How many units at `i` normalization deletes: a character, or an entity of one («&zwnj;», «&rlm;»). */
function deletedWidth(input: string, i: number, vanishing: Uint8Array, entities: boolean): number {
  const c = input.charCodeAt(i);
  if (vanishing[c] === 1) return 1;
  if (!entities || c !== 0x26) return 0;
  const decoded = decodeEntityAt(input, i);
  return decoded !== null && decoded.text.length === 1 && vanishing[decoded.text.charCodeAt(0)] === 1 ? decoded.length : 0;
}

/**
 * Sorted, non-overlapping `[start, end)` pairs of `input`, flattened. `vanishing` marks the code units that
 * normalization deletes (the patterns look through them, and through entities of them when `entities` are
 * decoded). Cheap when the text has no URL or e-mail signs.
 */
export function findProtectedSpans(input: string, vanishing: Uint8Array, entities = false): number[] {
  // most texts have no sign at all: nothing to search, sort or merge
  if (!SIGNS.some((sign) => input.includes(sign))) return [];
  const spans: Array<[number, number]> = [];
  for (const [from, to] of signedStretches(input, vanishing)) {
    const { text, origin } = visibleView(input, from, to, vanishing, entities);
    const add = (start: number, end: number): void => {
      spans.push(origin === null ? [from + start, from + end] : [origin[start] ?? to, (origin[end - 1] ?? to - 1) + 1]);
    };
    if (text.includes('://') || text.includes('www.')) for (const m of text.matchAll(URL_RE)) add(m.index, m.index + m[0].length);
    if (text.includes('@')) for (const m of text.matchAll(EMAIL_RE)) add(m.index, m.index + m[0].length);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const flat: number[] = [];
  let lastEnd = -1;
  for (const [s, e] of spans) {
    if (s < lastEnd) continue;
    flat.push(s, e);
    lastEnd = e;
  }
  return flat;
}
