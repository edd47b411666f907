/**
 * Spans of the input that normalization copies verbatim: URLs and e-mail addresses (their digits,
 * punctuation and letters must not be touched).
 */

/**
 * URL: scheme or www., then non-space characters; trailing sentence punctuation is not part of it.
 * The look-behinds anchor each match at the start of its run of letters: without them a long run of
 * letters is retried from every position, which is quadratic.
 */
const URL_RE = /(?<![a-zA-Z0-9+.\-])(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[^\s<>"«»،؛]*[^\s<>"«»،؛.,;:!?'()[\]{}؟]/g;
const EMAIL_RE = /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * The input as the span patterns read it: without the characters normalization deletes (diacritics, kashida,
 * zero-width and bidi characters …), with where each kept one came from (null: nothing is deleted, the view is
 * the input). Spans are found in this view so that they are the same before and after those characters go:
 * «+\u200Chttps://…» and «com\u0654https://…» read as «+https://…» and «comhttps://…» in both passes
 * (normalization stays idempotent).
 */
function visibleView(input: string, vanishing: Uint8Array): { text: string; origin: Int32Array | null } {
  let first = 0;
  while (first < input.length && vanishing[input.charCodeAt(first)] !== 1) first++;
  if (first === input.length) return { text: input, origin: null };
  const origin = new Int32Array(input.length + 1);
  for (let i = 0; i < first; i++) origin[i] = i;
  let text = input.slice(0, first);
  let kept = first;
  let runStart = first + 1;
  for (let i = first + 1; i < input.length; i++) {
    if (vanishing[input.charCodeAt(i)] !== 1) {
      origin[kept++] = i;
      continue;
    }
    text += input.slice(runStart, i);
    runStart = i + 1;
  }
  text += input.slice(runStart);
  origin[kept] = input.length;
  return { text, origin };
}

/**
 * Sorted, non-overlapping `[start, end)` pairs of `input`, flattened. `vanishing` marks the code units that
 * normalization deletes (the patterns look through them). Cheap when the text has no URL or e-mail signs.
 */
export function findProtectedSpans(input: string, vanishing: Uint8Array): number[] {
  const hasUrl = input.includes('://') || input.includes('www.');
  const hasAt = input.includes('@');
  if (!hasUrl && !hasAt) return [];
  const { text, origin } = visibleView(input, vanishing);
  const spans: Array<[number, number]> = [];
  const add = (start: number, end: number): void => {
    spans.push(origin ? [origin[start] ?? input.length, (origin[end - 1] ?? input.length - 1) + 1] : [start, end]);
  };
  if (hasUrl) for (const m of text.matchAll(URL_RE)) add(m.index, m.index + m[0].length);
  if (hasAt) for (const m of text.matchAll(EMAIL_RE)) add(m.index, m.index + m[0].length);
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
