/**
 * A growing UTF-16 output buffer that remembers, for every output code unit, the half-open span of the
 * source it came from (`starts[i]`, `ends[i]`). Inserted characters get an empty span at their position.
 * Compact: two Int32Arrays, no object per character.
 *
 * The passes write into `units`/`starts`/`ends` directly in their hot loops (after {@link MappedBuilder.reserve});
 * `push` is for the rare paths.
 */
/** The capacity that holds `needed` units: `capacity` itself, or doubled until it does. */
function grownCapacity(capacity: number, needed: number): number {
  let cap = capacity;
  while (cap < needed) cap *= 2;
  return cap;
}

/** `into` with the first `length` elements of `from`. */
function copied<A extends Uint16Array | Int32Array>(from: A, into: A, length: number): A {
  into.set(from.subarray(0, length));
  return into;
}

export class MappedBuilder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.units = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  /** Makes room for at least `extra` more code units without growing. */
  reserve(extra: number): void {
    const cap = grownCapacity(this.units.length, this.length + extra);
    if (cap === this.units.length) return;
    this.units = copied(this.units, new Uint16Array(cap), this.length);
    this.starts = copied(this.starts, new Int32Array(cap), this.length);
    this.ends = copied(this.ends, new Int32Array(cap), this.length);
  }

  /** Empties it (the arrays stay). */
  reset(): void {
    this.length = 0;
  }

  /** Appends one code unit that came from source span `[start, end)`. */
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.reserve(1);
    const i = this.length++;
    this.units[i] = unit;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  /** Appends every code unit of `s`, all from source span `[start, end)`. */
  pushString(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.push(s.charCodeAt(k), start, end);
  }

  /** The last code unit, or -1 when empty. */
  last(): number {
    return this.length === 0 ? -1 : (this.units[this.length - 1] ?? -1);
  }

  /** Removes the last code unit. */
  pop(): void {
    if (this.length > 0) this.length--;
  }

  /** The output as a string. */
  toString(): string {
    return unitsToString(this.units, 0, this.length);
  }
}

/**
 * A reusable builder for the scratch work of one call (the passes' buffers are garbage once the text and its
 * compact {@link OffsetMap} are built): reusing it saves allocating and touching fresh memory on every call,
 * which costs as much as a pass on long texts. Held weakly, so that an idle library does not pin megabytes.
 */
export class ScratchSlot<T extends { reset(): void; reserve(extra: number): void }> {
  private ref: WeakRef<T> | undefined;
  private inUse = false;

  constructor(private readonly create: (capacity: number) => T) {}

  /** An empty builder with room for `capacity` units (stale data may follow `length`); give it back with `release`. */
  acquire(capacity: number): T {
    if (this.inUse || typeof WeakRef !== 'function') return this.create(capacity);
    this.inUse = true;
    let builder = this.ref?.deref();
    if (builder === undefined) {
      builder = this.create(capacity);
      this.ref = new WeakRef(builder);
    } else {
      builder.reset();
      builder.reserve(capacity);
    }
    return builder;
  }

  /** Gives back a builder from `acquire`; it must not be used afterwards. */
  release(builder: T): void {
    if (builder === this.ref?.deref()) this.inUse = false;
  }
}

/**
 * Pass 2's output: its code units, and its offset map kept as runs while it grows (see {@link OffsetMap}), so
 * that no span per unit is stored. Same appending interface as {@link MappedBuilder}.
 */
export class RunMapBuilder {
  units: Uint16Array;
  length = 0;
  runOut: Int32Array;
  runSource: Int32Array;
  runEnd: Int32Array;
  runs = 0;
  /** The source start that would continue the current one-for-one run, or -1. */
  expected = -1;

  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity));
    const runCapacity = 256;
    this.runOut = new Int32Array(runCapacity);
    this.runSource = new Int32Array(runCapacity);
    this.runEnd = new Int32Array(runCapacity);
  }

  /** Makes room for at least `extra` more code units without growing. */
  reserve(extra: number): void {
    const cap = grownCapacity(this.units.length, this.length + extra);
    if (cap !== this.units.length) this.units = copied(this.units, new Uint16Array(cap), this.length);
  }

  /** Empties it (the arrays stay). */
  reset(): void {
    this.length = 0;
    this.runs = 0;
    this.expected = -1;
  }

  /** Appends one code unit that came from source span `[start, end)`. */
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.reserve(1);
    this.units[this.length] = unit;
    if (end !== start + 1 || start !== this.expected) this.newRun(this.length, start, end);
    else this.expected++;
    this.length++;
  }

  /**
   * Records output unit `k`, from source span `[start, end)`, which does not continue the current one-for-one run
   * (the caller checked). It continues a run of its span when unit `k - 1` came from the same span (the expansion of
   * one character: «ﷺ» → 18 units), else it starts a run.
   */
  newRun(k: number, start: number, end: number): void {
    const r = this.runs - 1;
    if (r >= 0) {
      const first = this.runOut[r] ?? 0;
      const source = this.runSource[r] ?? 0;
      const spanEnd = this.runEnd[r] ?? -1;
      if (spanEnd >= 0) {
        if (start === source && end === spanEnd) return;
      } else if (end === start + 1 && start === source + (k - 1 - first)) {
        // unit k - 1 came one for one from this same character: from it on, a run of that character's span
        this.expected = -1;
        if (first === k - 1) this.runEnd[r] = end;
        else this.appendRun(k - 1, start, end);
        return;
      }
    }
    const oneForOne = end === start + 1;
    this.appendRun(k, start, oneForOne ? -1 : end);
    this.expected = oneForOne ? end : -1;
  }

  /** A new run from output unit `k`: one for one from `start` when `spanEnd` is -1, else all from `[start, spanEnd)`. */
  private appendRun(k: number, start: number, spanEnd: number): void {
    if (this.runs === this.runOut.length) {
      const capacity = this.runs * 2;
      this.runOut = grown(this.runOut, capacity);
      this.runSource = grown(this.runSource, capacity);
      this.runEnd = grown(this.runEnd, capacity);
    }
    const r = this.runs++;
    this.runOut[r] = k;
    this.runSource[r] = start;
    this.runEnd[r] = spanEnd;
  }

  /** The last code unit, or -1 when empty. */
  last(): number {
    return this.length === 0 ? -1 : (this.units[this.length - 1] ?? -1);
  }

  /** The output as a string. */
  toString(): string {
    return unitsToString(this.units, 0, this.length);
  }

  /** The offset map of the output (a copy: the builder may be reused). */
  toOffsetMap(): OffsetMap {
    return new OffsetMap(this.runOut.slice(0, this.runs), this.runSource.slice(0, this.runs), this.runEnd.slice(0, this.runs));
  }
}

/** Below this length `String.fromCharCode` beats a TextDecoder call. */
const DECODER_THRESHOLD = 256;
const CHUNK = 8192;
/** TextDecoder reads the bytes of a Uint16Array in platform order; 'utf-16le' needs that to be little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let utf16Decoder: TextDecoder | null | undefined;

/** A TextDecoder for UTF-16LE that keeps a leading BOM, or null where the platform has none. */
function decoder(): TextDecoder | null {
  if (utf16Decoder === undefined) {
    try {
      utf16Decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
    } catch {
      utf16Decoder = null;
    }
  }
  return utf16Decoder;
}

/** Whether `units[from, to)` has a surrogate without its partner (a decoder would replace it by U+FFFD). */
function hasLoneSurrogate(units: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = units[k] as number;
    if ((c & 0xf800) !== 0xd800) continue;
    if (c <= 0xdbff && k + 1 < to && ((units[k + 1] as number) & 0xfc00) === 0xdc00) k++;
    else return true;
  }
  return false;
}

/** What this module needs of Node's Buffer: a zero-copy view whose UTF-16LE decoding is a plain copy. */
interface BufferView {
  toString(encoding: 'utf16le'): string;
}
interface BufferConstructorLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): BufferView;
}

/** Node's Buffer where there is one (feature-detected: the library stays browser-safe). */
const nodeBuffer: BufferConstructorLike | undefined = (() => {
  const candidate = (globalThis as { Buffer?: { from?: unknown } }).Buffer;
  return candidate !== undefined && typeof candidate.from === 'function' ? (candidate as BufferConstructorLike) : undefined;
})();

/**
 * `units[from, to)` as a string, code unit for code unit (lone surrogates included), built once. Long text is
 * decoded in one call on little-endian platforms: by Node's Buffer (a copy, keeps lone surrogates), else by a
 * TextDecoder (which would replace a lone surrogate, so then the slow way); short text by `fromCharCode`.
 */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  const length = to - from;
  if (length <= 0) return '';
  if (length < DECODER_THRESHOLD) return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  if (LITTLE_ENDIAN && nodeBuffer !== undefined) return nodeBuffer.from(units.buffer, units.byteOffset + from * 2, length * 2).toString('utf16le');
  const utf16 = LITTLE_ENDIAN ? decoder() : null;
  if (utf16 !== null) {
    const decoded = utf16.decode(units.subarray(from, to));
    // The decoder turns a lone surrogate into U+FFFD: only then is the slow check needed.
    if (!decoded.includes('\uFFFD') || !hasLoneSurrogate(units, from, to)) return decoded;
  }
  const parts: string[] = [];
  for (let i = from; i < to; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * The offset map of a finished output, compacted into runs: a run is either a stretch of units that came one for
 * one from consecutive source units (most of any text), or units that all came from one span (a single unit, or
 * the expansion of one character: «ﷺ» → «صلی الله علیه و سلم»). Small where the text needed few changes, never
 * more than a few runs per source character, and lookups in increasing order (tokens, entities) cost O(1) each.
 */
export class OffsetMap {
  /** Output position where each run starts. */
  private readonly runOut: Int32Array;
  /** Source position of each run's first unit. */
  private readonly runSource: Int32Array;
  /** -1 for a one-for-one run, else the end of the source span all its units came from. */
  private readonly runEnd: Int32Array;
  private readonly runs: number;
  /** The run of the last lookup. */
  private hint = 0;

  /** The runs, as {@link RunMapBuilder} builds them. */
  constructor(runOut: Int32Array, runSource: Int32Array, runEnd: Int32Array) {
    this.runOut = runOut;
    this.runSource = runSource;
    this.runEnd = runEnd;
    this.runs = runOut.length;
  }

  /** The run holding output position `k` (0 ≤ k < length). */
  private runOf(k: number): number {
    const { runOut, runs } = this;
    let r = this.hint;
    if ((runOut[r] ?? 0) <= k) {
      // Lookups mostly move forward a little: try the hint and the next runs first.
      for (let step = 0; step < 4; step++, r++) if (r + 1 >= runs || (runOut[r + 1] ?? 0) > k) return (this.hint = r);
    }
    let lo = 0;
    let hi = runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runOut[mid] ?? 0) <= k) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo);
  }

  /** How many runs it holds (its memory: 12 bytes each). */
  get runCount(): number {
    return this.runs;
  }

  /** Where the source span of output unit `k` starts (0 ≤ k < length). */
  startAt(k: number): number {
    const r = this.runOf(k);
    const source = this.runSource[r] ?? 0;
    return (this.runEnd[r] ?? -1) >= 0 ? source : source + (k - (this.runOut[r] ?? 0));
  }

  /** Where the source span of output unit `k` ends (0 ≤ k < length). */
  endAt(k: number): number {
    const r = this.runOf(k);
    const end = this.runEnd[r] ?? -1;
    return end >= 0 ? end : (this.runSource[r] ?? 0) + (k - (this.runOut[r] ?? 0)) + 1;
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/**
 * Maps a half-open span of the output (`length` units) to the source: from the start of its first unit's source
 * to the end of its last unit's source. Removed source characters strictly inside are included; those at the
 * edges are not. An empty span maps to an empty span at the corresponding position.
 */
export function mapSpan(map: OffsetMap, length: number, sourceLength: number, start: number, end: number): [number, number] {
  const s = Math.max(0, Math.min(length, Math.trunc(start)));
  const e = Math.max(s, Math.min(length, Math.trunc(end)));
  if (s === e) {
    const p = s < length ? map.startAt(s) : length > 0 ? map.endAt(length - 1) : sourceLength;
    return [p, p];
  }
  // A NaN bound reads as the array lookups this replaces did: 0 where out of range, the start where no end.
  const os = s >= 0 && s < length ? map.startAt(s) : 0;
  const oe = e >= 1 && e <= length ? map.endAt(e - 1) : os;
  return [os, Math.max(os, oe)];
}
