import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { Entity } from '../types';
import { extractStream } from '../stream/index';
import type { ExtractStreamOptions } from '../stream/index';

/** Options of {@link extractReadable}. */
export interface ExtractReadableOptions extends ExtractStreamOptions {
  /** Encoding of byte chunks (default `'utf8'`). String chunks are taken as they are. */
  encoding?: BufferEncoding;
}

/**
 * Decodes a Node stream of bytes (or strings) to text chunks; a multi-byte character split across two
 * chunks is decoded whole.
 */
export async function* decodeChunks(
  source: Readable | AsyncIterable<Uint8Array | string>,
  encoding: BufferEncoding = 'utf8',
): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder(encoding);
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield chunk;
    else if (chunk instanceof Uint8Array) yield decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    else throw new TypeError(`expected a stream of bytes or strings, got a chunk of type ${typeof chunk}`);
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Finds the entities of a Node `Readable` (a file, stdin, an HTTP body), decoding bytes as UTF-8 by default.
 * Offsets are UTF-16 code units of the whole decoded text; see `extractStream`.
 *
 * @example
 * ```ts
 * for await (const e of extractReadable(fs.createReadStream('news.txt'))) console.log(e.type, e.text);
 * ```
 */
export function extractReadable(
  source: Readable | AsyncIterable<Uint8Array | string>,
  options: ExtractReadableOptions = {},
): AsyncGenerator<Entity, void, undefined> {
  const { encoding, ...streamOptions } = options;
  return extractStream(decodeChunks(source, encoding), streamOptions);
}
