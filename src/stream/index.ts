/**
 * Streaming extraction over (async) iterables of text chunks. Browser-safe.
 * @packageDocumentation
 */
import type { Entity } from '../types';
import { extractPiece, newTextMemory } from '../extractor';
import type { ExtractOptions, Extractor } from '../extractor';
import { SentenceChunker } from './chunker';
import type { StreamSegment } from './chunker';

export { SentenceChunker, DEFAULT_MAX_BUFFER } from './chunker';
export type { StreamSegment } from './chunker';

/** Options of {@link extractStream}. */
export interface ExtractStreamOptions extends ExtractOptions {
  /**
   * The extractor to use (e.g. one with user dictionaries); default: the built-in one. An extractor made by this
   * library carries what a segment teaches to the next (family names); another object extracts each segment alone.
   */
  extractor?: Pick<Extractor, 'extract'>;
  /**
   * Upper bound of text held back while waiting for a sentence end, in UTF-16 code units (default 64 KB).
   * A longer run without a sentence end is cut at its last whitespace; an entity crossing such a forced
   * cut may be missed or split.
   */
  maxBuffer?: number;
}

/**
 * Finds the entities of a text that arrives in chunks of any size (a file read piece by piece, a
 * `fetch` body decoded with `TextDecoderStream`, …).
 *
 * The text is cut at sentence boundaries and each piece goes through the extractor, so memory stays
 * bounded by `maxBuffer` plus the largest chunk. Entities come out in order, with `start`/`end`
 * relative to the **whole** stream (the concatenation of all chunks) and `text` exactly that slice: the same
 * entities `extractEntities` finds in the whole text, whatever the chunk sizes (a person named in full in one
 * piece is known by family name alone in the pieces after it). Chunks may split a surrogate pair or a CRLF anywhere.
 *
 * @example
 * ```ts
 * for await (const entity of extractStream(chunks, { types: ['PERSON'] })) console.log(entity);
 * ```
 */
export async function* extractStream(
  source: AsyncIterable<string> | Iterable<string>,
  options: ExtractStreamOptions = {},
): AsyncGenerator<Entity, void, undefined> {
  const { extractor, maxBuffer, ...extractOptions } = options;
  // one text read in segments: what a segment teaches (family names) counts in the segments after it
  const memory = newTextMemory();
  const extract = (text: string): Entity[] => extractPiece(extractor, text, extractOptions, memory);
  extract(''); // the options are checked before the first chunk is read, also when none comes
  const chunker = new SentenceChunker(maxBuffer);
  for await (const chunk of source) {
    if (typeof chunk !== 'string') {
      throw new TypeError(`extractStream expects chunks of type string, got ${typeof chunk}`);
    }
    for (const segment of chunker.push(chunk)) yield* entitiesOf(segment, extract);
  }
  for (const segment of chunker.end()) yield* entitiesOf(segment, extract);
}

/** The entities of one segment, shifted to stream offsets. */
function entitiesOf(segment: StreamSegment, extract: (text: string) => Entity[]): Entity[] {
  return extract(segment.text).map((entity) => shift(entity, segment.offset));
}

function shift(entity: Entity, offset: number): Entity {
  const shifted: Entity = { ...entity, start: entity.start + offset, end: entity.end + offset };
  if (entity.nested) shifted.nested = entity.nested.map((inner) => shift(inner, offset));
  return shifted;
}
