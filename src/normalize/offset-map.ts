/**
 * A growing UTF-16 output buffer that remembers, for every output code unit, the half-open span of the
 * source it came from (`starts[i]`, `ends[i]`). Inserted characters get an empty span at their position.
 * Compact: two Int32Arrays, no object per character.
 *
 * The passes write into `units`/`starts`/`ends` directly in their hot loops (after {@link MappedBuilder.reserve});
 * `push` is for the rare paths.
 */
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
    const needed = this.length + extra;
    if (needed <= this.units.length) return;
    let cap = this.units.length * 2;
    while (cap < needed) cap *= 2;
    const units = new Uint16Array(cap);
    units.set(this.units.subarray(0, this.length));
    const starts = new Int32Array(cap);
    starts.set(this.starts.subarray(0, this.length));
    const ends = new Int32Array(cap);
    ends.set(this.ends.subarray(0, this.length));
    this.units = units;
    this.starts = starts;
    this.ends = ends;
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

/**
 * `units[from, to)` as a string, code unit for code unit (lone surrogates included), built once: one
 * TextDecoder call for long well-formed text (little-endian platforms), chunked `fromCharCode` otherwise.
 */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  const length = to - from;
  if (length <= 0) return '';
  if (length < DECODER_THRESHOLD) return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  const utf16 = LITTLE_ENDIAN ? decoder() : null;
  if (utf16 !== null && !hasLoneSurrogate(units, from, to)) return utf16.decode(units.subarray(from, to));
  const parts: string[] = [];
  for (let i = from; i < to; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}


/**
 * Maps a half-open span of the output to the source: from the start of its first unit's source to the end
 * of its last unit's source. Removed source characters strictly inside are included; those at the edges are
 * not. An empty span maps to an empty span at the corresponding position.
 */
export function mapSpan(
  starts: Int32Array,
  ends: Int32Array,
  length: number,
  sourceLength: number,
  start: number,
  end: number,
): [number, number] {
  const s = Math.max(0, Math.min(length, Math.trunc(start)));
  const e = Math.max(s, Math.min(length, Math.trunc(end)));
  if (s === e) {
    const p = s < length ? (starts[s] ?? 0) : length > 0 ? (ends[length - 1] ?? sourceLength) : sourceLength;
    return [p, p];
  }
  const os = starts[s] ?? 0;
  const oe = ends[e - 1] ?? os;
  return [os, Math.max(os, oe)];
}
