/**
 * Tokenization and sentence splitting. Both work on normalized text (`tokenizeNormalized`,
 * `sentenceSpansNormalized`, used by the NER pipeline) and on raw input (`tokenize`, `sentences`, which
 * normalize first and map every offset back to the input).
 * @packageDocumentation
 */
import type { Sentence, Token, TokenKind } from '../types';
import { assertString, normalizeMapped, normalizeWithMap, type MappedText } from '../normalize/index';
import { CHAR_FLAGS, F_AR_LETTER, F_DIGIT, F_LATIN, F_LETTER, F_MARK, ZWJ, ZWNJ } from '../normalize/char-tables';

/** A token of already-normalized text, offsets into that text. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const URL_RE = /(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[^\s<>"«»،؛]*[^\s<>"«»،؛.,;:!?'()[\]{}؟]/y;
/** What follows the «@» of an e-mail (its local part, `[A-Za-z0-9._%+-]+`, runs right up to the «@»). */
const EMAIL_DOMAIN_RE = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
/** Numeric dates: 1402/03/15, 1402-3-15, 2023-06-05, ۲۰۲۳/۰۶/۰۵, 15/3/1402 (same separator twice). */
const DATE_RE = /(?:[0-9]{4}|[۰-۹]{4}|[٠-٩]{4})([/\-.])(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})\1(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})(?![0-9۰-۹٠-٩])|(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})([/\-.])(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})\2(?:[0-9]{4}|[۰-۹]{4}|[٠-٩]{4})(?![0-9۰-۹٠-٩])/y;
/** Abbreviations of single letters with dots: ه.ش، ه.ق.، ق.م، ج.ا.ا، آ.د.ک، e.g., U.S. */
const ABBREVIATION_RE = /(?:\p{L}\.)+\p{L}(?![\p{L}\p{M}\u200c])\.?/uy;
const EMOJI_RE =
  /(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}])*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*)/uy;
const PUNCT_RE = /\p{P}/u;
/** Terminal punctuation that forms one token when repeated. */
const REPEATABLE_PUNCT: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026]);
/** Clock times: ۲۲:۰۰, 9:30:15. */
const TIME_RE = /(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})(?::(?:[0-9]{2}|[۰-۹]{2}|[٠-٩]{2})){1,2}(?![0-9۰-۹٠-٩])/y;

function flags(c: number): number {
  return c === c ? (CHAR_FLAGS[c] ?? 0) : 0;
}
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isDigit(c: number): boolean {
  return flags(c) === F_DIGIT;
}
function isWordUnit(c: number): boolean {
  return (flags(c) & (F_AR_LETTER | F_MARK)) !== 0;
}
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** Extends `end` over following combining marks, variation selectors and joiners of the previous char. */
function absorbMarks(text: string, end: number): number {
  let k = end;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if ((flags(c) & F_MARK) !== 0 || (c >= 0xfe00 && c <= 0xfe0f)) k++;
    else break;
  }
  return k;
}

/** Every token kind, indexed by the codes of {@link TokenSpans.kinds}. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'date', 'punctuation', 'latin', 'url', 'email', 'mention', 'hashtag', 'emoji', 'symbol'];
/** The code of each kind: a plain object, since a property read costs less than a map lookup once per token. */
const KIND_CODES = Object.fromEntries(TOKEN_KINDS.map((kind, code) => [kind, code])) as Readonly<Record<TokenKind, number>>;

/**
 * Token boundaries of normalized text, without an object per token: token `k` is `[starts[k], ends[k])`, of
 * kind `TOKEN_KINDS[kinds[k]]`.
 */
export interface TokenSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
}

function addToken(spans: TokenSpans, start: number, end: number, kind: TokenKind): void {
  if (spans.count === spans.starts.length) {
    const capacity = spans.count * 2;
    const starts = new Int32Array(capacity);
    starts.set(spans.starts);
    const ends = new Int32Array(capacity);
    ends.set(spans.ends);
    const kinds = new Uint8Array(capacity);
    kinds.set(spans.kinds);
    spans.starts = starts;
    spans.ends = ends;
    spans.kinds = kinds;
  }
  spans.starts[spans.count] = start;
  spans.ends[spans.count] = end;
  spans.kinds[spans.count] = KIND_CODES[kind];
  spans.count++;
}

/** The kind of token `k`. */
export function kindAt(spans: TokenSpans, k: number): TokenKind {
  return TOKEN_KINDS[spans.kinds[k] ?? 0] ?? 'symbol';
}

/** `\p{P}` per code unit, filled in on first sight (0: not yet known, 1: punctuation, 2: not). */
const punctuationCache = new Uint8Array(0x10000);
function isPunctuationUnit(c: number): boolean {
  let known = punctuationCache[c] ?? 0;
  if (known === 0) {
    known = PUNCT_RE.test(String.fromCharCode(c)) ? 1 : 2;
    punctuationCache[c] = known;
  }
  return known === 1;
}

/**
 * Tokens of already-normalized text (offsets into `text`), as {@link TokenSpans}. A single loop over code units
 * with sticky regexes only where a token may be a URL, e-mail, date, abbreviation or emoji. With `reuse`, its
 * arrays are filled (and grown when full) instead of new ones.
 */
export function scanTokens(text: string, reuse?: TokenSpans): TokenSpans {
  const n = text.length;
  const capacity = Math.max(16, n >> 2);
  const out: TokenSpans = reuse ?? { count: 0, starts: new Int32Array(capacity), ends: new Int32Array(capacity), kinds: new Uint8Array(capacity) };
  out.count = 0;
  const hasAt = text.includes('@');
  forgetRuns();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === ZWNJ || isSpace(c)) {
      i++;
      continue;
    }
    const f = CHAR_FLAGS[c] ?? 0;
    let end = -1;
    let kind: TokenKind = 'symbol';
    if ((f & F_AR_LETTER) !== 0) {
      end = i + 1;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (((CHAR_FLAGS[d] ?? 0) & (F_AR_LETTER | F_MARK)) !== 0 || ((d === ZWNJ || d === ZWJ) && (flags(text.charCodeAt(end + 1)) & F_AR_LETTER) !== 0)) end++;
        else break;
      }
      kind = 'word';
      if (text.charCodeAt(end) === 0x2e && end - i <= 2) {
        const abbreviationEnd = matchAt(ABBREVIATION_RE, text, i);
        if (abbreviationEnd > end) end = abbreviationEnd;
      }
    } else if ((f & F_LATIN) !== 0 || (f & F_DIGIT) !== 0 || c === 0x5f) {
      end = latinOrNumber(text, i, c, hasAt);
      kind = latinOrNumberKind;
    } else if (c === 0x40 /* @ */ || c === 0x23 /* # */) {
      let k = i + 1;
      while (k < n) {
        const d = text.charCodeAt(k);
        if ((flags(d) & (F_LETTER | F_DIGIT | F_MARK)) !== 0 || d === 0x5f || (d === ZWNJ && (flags(text.charCodeAt(k + 1)) & F_LETTER) !== 0)) k++;
        else if (c === 0x40 && d === 0x2e && (flags(text.charCodeAt(k + 1)) & (F_LATIN | F_DIGIT)) !== 0) k++;
        else break;
      }
      if (k > i + 1) {
        end = k;
        kind = c === 0x40 ? 'mention' : 'hashtag';
      } else {
        end = matchAt(EMOJI_RE, text, i);
        if (end > i) kind = 'emoji';
        else {
          end = i + 1;
          kind = c === 0x40 ? 'symbol' : 'punctuation';
        }
      }
    } else {
      const emojiEnd = c >= 0x2000 ? matchAt(EMOJI_RE, text, i) : -1;
      if (emojiEnd > i) {
        end = emojiEnd;
        kind = 'emoji';
      } else if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
        end = absorbMarks(text, i + 2);
        const cp = text.slice(i, i + 2);
        kind = /\p{L}/u.test(cp) ? 'word' : PUNCT_RE.test(cp) ? 'punctuation' : 'symbol';
      } else if (REPEATABLE_PUNCT.has(c) && REPEATABLE_PUNCT.has(text.charCodeAt(i + 1))) {
        // «...», «!!!», «؟!»: one token.
        end = i + 1;
        while (REPEATABLE_PUNCT.has(text.charCodeAt(end))) end++;
        kind = 'punctuation';
      } else {
        end = absorbMarks(text, i + 1);
        kind = (f & F_LETTER) !== 0 ? 'word' : isPunctuationUnit(c) ? 'punctuation' : 'symbol';
      }
    }
    addToken(out, i, end, kind);
    i = end;
  }
  return out;
}

/**
 * Tokens of already-normalized text (offsets into `text`). A single loop over code units with sticky regexes
 * only where a token may be a URL, e-mail, date, abbreviation or emoji.
 */
export function tokenizeNormalized(text: string): RawToken[] {
  assertString(text, 'tokenize');
  const spans = scanTokens(text);
  const out: RawToken[] = new Array<RawToken>(spans.count);
  for (let k = 0; k < spans.count; k++) out[k] = { start: spans.starts[k] ?? 0, end: spans.ends[k] ?? 0, kind: kindAt(spans, k) };
  return out;
}

/** The kind of the token {@link latinOrNumber} found last (a variable, not a tuple per token). */
let latinOrNumberKind: TokenKind = 'latin';

/** Whether `c` may be part of an e-mail's local part (`[A-Za-z0-9._%+-]`). */
function isEmailLocalUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/**
 * A URL or an e-mail may start at any Latin letter of a run («h+h+h+…», «ab.ab.ab.…@»), and matching from each start
 * would rescan the run every time. But every start inside a run ends it at the same place, and what follows is the
 * same: so each run is scanned once, and what it gave is remembered until the scan passes its end (reset by
 * {@link forgetRuns} for each text).
 */
let schemeRunEnd = -1;
/** Starts before this offset open no URL by a scheme: the run they are in has none after it. */
let noSchemeBefore = -1;
let emailRunEnd = -1;
/** The end of the e-mail whose local part is the run that ends at {@link emailRunEnd}, or -1. */
let emailEnd = -1;

function forgetRuns(): void {
  schemeRunEnd = noSchemeBefore = emailRunEnd = emailEnd = -1;
}

/** Whether `c` may be part of a URL scheme (`[a-zA-Z0-9+.-]`). */
function isSchemeUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
}

/**
 * The end of a URL starting at the Latin letter at `i`, or -1. «www.» opens one by itself; otherwise the run of
 * scheme characters from `i` must be followed by «://», and can only be at its end (`:` is not a scheme character).
 */
function urlEndAt(text: string, i: number): number {
  if (text.startsWith('www.', i)) {
    const end = matchAt(URL_RE, text, i);
    if (end > i) return end;
  }
  if (i < noSchemeBefore) return -1;
  if (i >= schemeRunEnd) {
    let k = i;
    while (k < text.length && isSchemeUnit(text.charCodeAt(k))) k++;
    schemeRunEnd = k;
  }
  const end = text.startsWith('://', schemeRunEnd) ? matchAt(URL_RE, text, i) : -1;
  if (end < 0) noSchemeBefore = schemeRunEnd;
  return end;
}

/** The end of an e-mail starting at the local-part character at `i`, or -1 (the local part runs up to an «@»). */
function emailEndAt(text: string, i: number): number {
  if (i >= emailRunEnd) {
    let k = i;
    while (k < text.length && isEmailLocalUnit(text.charCodeAt(k))) k++;
    emailRunEnd = k;
    emailEnd = k > i && text.charCodeAt(k) === 0x40 ? matchAt(EMAIL_DOMAIN_RE, text, k + 1) : -1;
  }
  return emailEnd;
}

function isDateSeparator(c: number): boolean {
  return c === 0x2f || c === 0x2d || c === 0x2e;
}

/** DATE_RE needs its first separator after 1, 2 or 4 digits. */
function mayBeDateAt(text: string, i: number): boolean {
  return isDateSeparator(text.charCodeAt(i + 1)) || isDateSeparator(text.charCodeAt(i + 2)) || isDateSeparator(text.charCodeAt(i + 4));
}

/** Latin words (with inner digits, `-`, `_`, apostrophes), numbers, dates, URLs, e-mails, keycap emoji. */
function latinOrNumber(text: string, i: number, c: number, hasAt: boolean): number {
  latinOrNumberKind = 'latin';
  const f = flags(c);
  if ((f & F_LATIN) !== 0) {
    const urlEnd = c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57 || c === 0x66 ? urlEndAt(text, i) : -1;
    if (urlEnd > i) return found(urlEnd, 'url');
  }
  if (hasAt) {
    const end = emailEndAt(text, i);
    if (end > i) return found(end, 'email');
  }
  if (isDigit(c)) {
    const keycap = text.charCodeAt(i + 1);
    if (keycap === 0xfe0f || keycap === 0x20e3) {
      const e = matchAt(EMOJI_RE, text, i);
      if (e > i) return found(e, 'emoji');
    }
    const dateEnd = mayBeDateAt(text, i) ? matchAt(DATE_RE, text, i) : -1;
    if (dateEnd > i) return found(dateEnd, 'date');
    const timeEnd = text.charCodeAt(i + 1) === 0x3a || text.charCodeAt(i + 2) === 0x3a ? matchAt(TIME_RE, text, i) : -1;
    if (timeEnd > i) return found(timeEnd, 'number');
    let end = i + 1;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (isDigit(d)) end++;
      else if ((d === 0x2e || d === 0x2c || d === 0x66b || d === 0x66c) && isDigit(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    // 3D, 5G: a number glued to Latin letters is a Latin token.
    if ((flags(text.charCodeAt(end)) & F_LATIN) === 0) return found(end, 'number');
  }
  if ((f & F_LATIN) !== 0 && text.charCodeAt(i + 1) === 0x2e) {
    const abbreviationEnd = matchAt(ABBREVIATION_RE, text, i);
    if (abbreviationEnd > i) return abbreviationEnd;
  }
  let end = i + 1;
  while (end < text.length) {
    const d = text.charCodeAt(end);
    const fd = flags(d);
    if ((fd & (F_LATIN | F_DIGIT | F_MARK)) !== 0 || d === 0x5f) end++;
    else if ((d === 0x2d || d === 0x27 || d === 0x2019) && (flags(text.charCodeAt(end + 1)) & (F_LATIN | F_DIGIT)) !== 0) end += 2;
    else break;
  }
  return end;
}

/** Sets {@link latinOrNumberKind} and returns `end`. */
function found(end: number, kind: TokenKind): number {
  latinOrNumberKind = kind;
  return end;
}

/** Whether `input[start, end)` and `normalized[from, to)` are the same code units. */
export function sameUnits(input: string, start: number, end: number, normalized: string, from: number, to: number): boolean {
  if (end - start !== to - from) return false;
  for (let k = 0; k < end - start; k++) if (input.charCodeAt(start + k) !== normalized.charCodeAt(from + k)) return false;
  return true;
}

/** Maps token spans of normalized text to tokens of the input; tokens sharing input characters are merged. */
function toInputTokens(input: string, mapped: MappedText, spans: TokenSpans): Token[] {
  const { text: normalized, map } = mapped;
  // Sized up front (one token per span at most): growing a large array of fresh objects is what costs.
  const tokens: Token[] = new Array<Token>(spans.count);
  let count = 0;
  let lastNormStart = 0;
  for (let k = 0; k < spans.count; k++) {
    const from = spans.starts[k] ?? 0;
    const to = spans.ends[k] ?? 0;
    // A token is never empty, so its input span runs from its first unit's start to its last unit's end.
    const start = map.startAt(from);
    const end = Math.max(start, map.endAt(to - 1));
    if (end <= start) continue;
    const previous = count > 0 ? tokens[count - 1] : undefined;
    if (previous !== undefined && start < previous.end) {
      // A ligature (ﷺ) expanded to several words: they stay one token of the input.
      previous.end = Math.max(previous.end, end);
      previous.text = input.slice(previous.start, previous.end);
      previous.normalized = normalized.slice(lastNormStart, to);
      continue;
    }
    // Most tokens are unchanged by normalization: one string serves as both.
    const text = input.slice(start, end);
    const normalizedText = sameUnits(input, start, end, normalized, from, to) ? text : normalized.slice(from, to);
    tokens[count++] = { text, start, end, normalized: normalizedText, kind: kindAt(spans, k) };
    lastNormStart = from;
  }
  tokens.length = count;
  return tokens;
}

/**
 * Tokens of the input: words (ZWNJ words stay whole), numbers, numeric dates, punctuation, Latin words, URLs,
 * e-mails, mentions, hashtags, emoji and symbols, each with exact offsets into `input` and its normalized form.
 * @example
 * ```ts
 * tokenize('كتاب ها'); // [{ text: 'كتاب ها', start: 0, end: 7, normalized: 'کتاب‌ها', kind: 'word' }]
 * ```
 */
export function tokenize(input: string): Token[] {
  assertString(input, 'tokenize');
  const mapped = normalizeMapped(input);
  return toInputTokens(input, mapped, scanTokens(mapped.text));
}

/** Sentence-final punctuation. */
const TERMINATORS: ReadonlySet<string> = new Set(['.', '!', '؟', '?', '…', '...', '....', '!!', '!!!', '؟!', '!؟', '؟؟']);
/** Closing marks that belong to the sentence they follow. */
const CLOSERS: ReadonlySet<string> = new Set(['»', ')', '"', "'", ']', '”', '’']);

function isTerminator(text: string, t: RawToken, previous: RawToken | undefined): boolean {
  if (t.kind !== 'punctuation') return false;
  const s = text.slice(t.start, t.end);
  if (!TERMINATORS.has(s) && !/^[.!؟?…]+$/.test(s)) return false;
  if (s !== '.') return true;
  // An initial («ا. محمدی»): a single letter right before the dot.
  if (previous !== undefined && previous.end === t.start && previous.kind === 'word' && previous.end - previous.start === 1) return false;
  return true;
}

/**
 * Sentence spans of already-normalized text: split after . ! ؟ ? … (with closing quotes and brackets) and at
 * line breaks; never inside numbers (۳٫۵, 3.5), abbreviations (ه.ش، ق.م، ج.ا.ا، e.g.), initials, URLs or
 * e-mails, which the tokenizer keeps whole.
 */
export function sentenceSpansNormalized(text: string): Array<[number, number]> {
  assertString(text, 'sentences');
  const tokens = tokenizeNormalized(text);
  const spans: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) spans.push([start, end]);
    start = -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    if (start >= 0 && hasLineBreak(text, end, t.start)) close();
    if (start < 0) start = t.start;
    end = t.end;
    if (isTerminator(text, t, tokens[k - 1])) {
      let next = tokens[k + 1];
      while (next !== undefined && next.start === end && next.kind === 'punctuation' && (CLOSERS.has(text.slice(next.start, next.end)) || /^[.!؟?…]+$/.test(text.slice(next.start, next.end)))) {
        end = next.end;
        k++;
        next = tokens[k + 1];
      }
      close();
    }
  }
  close();
  return spans;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * Sentences of the input with exact offsets.
 * @example
 * ```ts
 * sentences('سلام. خوبی؟'); // [{ text: 'سلام.', start: 0, end: 5 }, { text: 'خوبی؟', start: 6, end: 11 }]
 * ```
 */
export function sentences(input: string): Sentence[] {
  assertString(input, 'sentences');
  const n = normalizeWithMap(input);
  const out: Sentence[] = [];
  for (const [s, e] of sentenceSpansNormalized(n.text)) {
    const [start, end] = n.toOriginalSpan(s, e);
    if (end > start) out.push({ text: input.slice(start, end), start, end });
  }
  return out;
}
