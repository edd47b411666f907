import { normalizeWithMap } from '../normalize/index';
import { sentenceSpansNormalized } from '../tokenize/index';

/** A piece of the stream that can be processed on its own: whole sentences (or a forced cut). */
export interface StreamSegment {
  /** The segment's text, exactly as it appeared in the stream. */
  text: string;
  /** Offset of `text` in the whole stream, in UTF-16 code units. */
  offset: number;
}

/** Default upper bound of buffered, not yet processed text (UTF-16 code units). */
export const DEFAULT_MAX_BUFFER = 64 * 1024;

/** Rescan for sentence ends only after the buffer grew by at least this much (keeps tiny chunks cheap). */
const MIN_RESCAN_GROWTH = 256;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** What `/\s/` matches, by code unit (a forced cut looks at up to `maxBuffer` of them: no string per unit). */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Cuts a stream of text chunks into segments at sentence boundaries, keeping the unfinished tail.
 *
 * - Sentence ends come from {@link sentenceSpansNormalized} over the buffered text; the last sentence is
 *   held back because the next chunk may continue it.
 * - When the buffer exceeds `maxBuffer` without a sentence end, it is cut before the last whitespace
 *   run inside the bound (or, with no whitespace at all, at the bound, never inside a surrogate pair
 *   or a CRLF).
 * - Rescans happen only after geometric growth of the buffer, so the total work stays linear in the
 *   stream length whatever the chunk sizes.
 *
 * Internal building block of `extractStream`; exported for tests.
 */
export class SentenceChunker {
  private buffer = '';
  private bufferOffset = 0;
  private rescanAt = 0;
  /** The largest buffer ever held after a `push` returned (for memory-bound tests). */
  peakBuffered = 0;

  constructor(readonly maxBuffer: number = DEFAULT_MAX_BUFFER) {
    if (!Number.isInteger(maxBuffer) || maxBuffer < 2) {
      throw new RangeError(`maxBuffer must be an integer >= 2, got ${String(maxBuffer)}`);
    }
  }

  /** Text currently held back (UTF-16 code units). */
  get buffered(): number {
    return this.buffer.length;
  }

  /** Adds a chunk; returns the segments that are complete now. */
  push(chunk: string): StreamSegment[] {
    if (chunk.length === 0) return [];
    this.buffer += chunk;
    const out: StreamSegment[] = [];
    if (this.buffer.length >= this.rescanAt) {
      this.cutAtSentenceEnd(out);
      this.rescanAt = this.buffer.length + Math.max(MIN_RESCAN_GROWTH, this.buffer.length);
    }
    while (this.buffer.length > this.maxBuffer) {
      this.emit(out, this.forcedCut());
      this.cutAtSentenceEnd(out);
      this.rescanAt = this.buffer.length + Math.max(MIN_RESCAN_GROWTH, this.buffer.length);
    }
    this.peakBuffered = Math.max(this.peakBuffered, this.buffer.length);
    return out;
  }

  /** Ends the stream: returns what is left. */
  end(): StreamSegment[] {
    const out: StreamSegment[] = [];
    this.emit(out, this.buffer.length);
    return out;
  }

  /** Emits everything before the last sentence of the buffer. */
  private cutAtSentenceEnd(out: StreamSegment[]): void {
    const normalized = normalizeWithMap(this.buffer);
    const spans = sentenceSpansNormalized(normalized.text);
    const last = spans[spans.length - 1];
    if (spans.length < 2 || last === undefined) return;
    const [cut] = normalized.toOriginalSpan(last[0], last[1]);
    this.emit(out, cut);
  }

  /** Where to cut a buffer that outgrew `maxBuffer`. */
  private forcedCut(): number {
    const bound = this.maxBuffer;
    // Before the last whitespace run that starts inside the bound (so a CRLF stays whole).
    const buffer = this.buffer;
    let i = bound - 1;
    while (i > 0 && !isWhiteSpace(buffer.charCodeAt(i))) i--;
    let runEnd = i;
    while (runEnd < bound && isWhiteSpace(buffer.charCodeAt(runEnd))) runEnd++;
    while (i > 0 && isWhiteSpace(buffer.charCodeAt(i - 1))) i--;
    if (i > 0) return i;
    // The buffer opens with the only whitespace run: cut after it instead.
    if (runEnd > 0 && runEnd < bound) return runEnd;
    // No usable whitespace: a hard cut that keeps surrogate pairs and CRLF whole.
    let cut = bound;
    const before = this.buffer.charCodeAt(cut - 1);
    if (isHighSurrogate(before) || (before === 0x0d && this.buffer.charCodeAt(cut) === 0x0a)) cut--;
    return cut;
  }

  private emit(out: StreamSegment[], cut: number): void {
    if (cut <= 0) return;
    out.push({ text: this.buffer.slice(0, cut), offset: this.bufferOffset });
    this.buffer = this.buffer.slice(cut);
    this.bufferOffset += cut;
  }
}
