/**
 * Spans of the input that normalization copies verbatim: URLs and e-mail addresses (their digits,
 * punctuation and letters must not be touched).
 */

/**
 * URL: scheme or www., then non-space characters; trailing sentence punctuation is not part of it.
 * The look-behinds anchor each match at the start of its run of letters: without them a long run of
 * letters is retried from every position, which is quadratic. They also look through the invisible marks
 * that normalization deletes (BOM, bidi controls), so that a URL is protected alike before and after them
 * (idempotence: «+\uFEFFhttps://…» normalizes to «+https://…»).
 */
const URL_RE = /(?<![a-zA-Z0-9+.\-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2060])(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[^\s<>"«»،؛]*[^\s<>"«»،؛.,;:!?'()[\]{}؟]/g;
const EMAIL_RE = /(?<![A-Za-z0-9._%+\-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2060])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Sorted, non-overlapping `[start, end)` pairs, flattened. Cheap when the text has no URL or e-mail signs. */
export function findProtectedSpans(input: string): number[] {
  const hasUrl = input.includes('://') || input.includes('www.');
  const hasAt = input.includes('@');
  if (!hasUrl && !hasAt) return [];
  const spans: Array<[number, number]> = [];
  if (hasUrl) for (const m of input.matchAll(URL_RE)) spans.push([m.index, m.index + m[0].length]);
  if (hasAt) for (const m of input.matchAll(EMAIL_RE)) spans.push([m.index, m.index + m[0].length]);
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
