// STUB: the final signatures; the entity work fills them in.
import type { Entity, EntityType } from './types';

/** Options of {@link extractEntities} and {@link Extractor.extract}. */
export interface ExtractOptions {
  /** Relative dates (امروز، سال گذشته …) resolve against it. A `Date` or `'YYYY-MM-DD'`; default: now. */
  referenceDate?: Date | string;
  /** Only these types are returned. */
  types?: readonly EntityType[];
  /** Also return entities nested inside the returned ones (in `entity.nested`). */
  nested?: boolean;
  /** Drop entities below this confidence. Default 0. */
  minConfidence?: number;
}

/** An extractor with its own dictionaries. Immutable: extending returns a new one. */
export interface Extractor {
  extract(text: string, options?: ExtractOptions): Entity[];
}

export function createExtractor(): Extractor {
  return { extract: () => [] };
}

const defaultExtractor = createExtractor();

/** Finds the named entities of a Persian text with the built-in dictionaries. */
export function extractEntities(text: string, options?: ExtractOptions): Entity[] {
  return defaultExtractor.extract(text, options);
}
