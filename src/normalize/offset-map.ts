/**
 * A growing UTF-16 output buffer that remembers, for every output code unit, the half-open span of the
 * source it came from (`starts[i]`, `ends[i]`). Inserted characters get an empty span at their position.
 * Compact: two Int32Arrays, no object per character.
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

  private grow(): void {
    const cap = this.units.length * 2;
    const units = new Uint16Array(cap);
    units.set(this.units);
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  /** Appends one code unit that came from source span `[start, end)`. */
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
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
    const chunk = 8192;
    if (this.length <= chunk) return String.fromCharCode.apply(null, Array.from(this.units.subarray(0, this.length)));
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += chunk) {
      const sub = this.units.subarray(i, Math.min(this.length, i + chunk));
      parts.push(String.fromCharCode.apply(null, sub as unknown as number[]));
    }
    return parts.join('');
  }
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
