/**
 * HTML entities and the debris that broken entity decoding leaves in scraped news.
 *
 * Convention: a well-formed entity is decoded to its character (`&#39;` → `'`, `&quot;` → `"`).
 * Mangled apostrophe/quote entities (`'39؛`, `'39;`, `#39;`, `&#39؛`, `&39;`, and the same with 34) become a
 * straight double quote `"`: Persian news sites used the apostrophe as a quotation mark, and the quote rule
 * then turns pairs into « ». The debris thus never attaches to the word next to it.
 */

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['zwnj', '\u200c'],
  ['zwj', '\u200d'],
  ['lrm', '\u200e'],
  ['rlm', '\u200f'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['hellip', '…'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['shy', '\u00ad'],
  ['thinsp', '\u2009'],
  ['ensp', '\u2002'],
  ['emsp', '\u2003'],
]);

/** A well-formed entity at the start position (sticky). */
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;
/** Debris of `&#39;` / `&#34;` whose `&`, `#` or `;` were mangled (`;` often became the Persian ؛). */
const DEBRIS_RE = /(?:'|&#?|#)(?:39|34)[;؛]|&#(?:39|34)؛/y;

/** A decoded entity: its replacement text and the number of source code units it spans. */
export interface DecodedEntity {
  text: string;
  length: number;
}

/**
 * Decodes an entity or entity debris starting at `pos` (which holds `&`, `'` or `#`), or returns null.
 * Double-escaped forms (`&amp;quot;`, `&amp;#39;`) decode fully in one go so that normalization stays idempotent.
 */
export function decodeEntityAt(input: string, pos: number): DecodedEntity | null {
  let result = decodeOnce(input, pos);
  if (result === null) return null;
  for (let depth = 0; depth < 4; depth++) {
    const t = result.text;
    if (t !== '&' && t !== "'" && t !== '#') break;
    const rest = t + input.slice(pos + result.length, pos + result.length + 16);
    const again = decodeOnce(rest, 0);
    if (again === null) break;
    result = { text: again.text, length: result.length + again.length - 1 };
  }
  return result;
}

function decodeOnce(input: string, pos: number): DecodedEntity | null {
  const first = input.charCodeAt(pos);
  const next = input.charCodeAt(pos + 1);
  // Fast reject: debris and entities need a digit, '#' or a letter right after.
  if (first === 0x27 /* ' */ || first === 0x23 /* # */) {
    if (next !== 0x33) return null;
  }
  if (first === 0x26 /* & */) {
    ENTITY_RE.lastIndex = pos;
    const m = ENTITY_RE.exec(input);
    if (m !== null) {
      const decoded = decodeEntityMatch(m[1], m[2], m[3]);
      if (decoded !== null) return { text: decoded, length: m[0].length };
    }
  }
  DEBRIS_RE.lastIndex = pos;
  const d = DEBRIS_RE.exec(input);
  if (d !== null) {
    return { text: '"', length: d[0].length };
  }
  return null;
}

function decodeEntityMatch(dec: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED_ENTITIES.get(name.toLowerCase()) ?? null;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}
