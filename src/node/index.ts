/**
 * Node-only extras of persian-ner: batches on worker threads and Node streams.
 * Import from `persian-ner/node`.
 * @packageDocumentation
 */
export { extractBatch, extractBatchSettled } from './batch';
export type { ExtractBatchOptions } from './batch';
export type { TextOutcome } from './protocol';
export { extractReadable, decodeChunks } from './readable';
export type { ExtractReadableOptions } from './readable';
export type { UserDictionary, DictionaryEntry } from './dictionaries';
export { extractStream } from '../stream/index';
export type { ExtractStreamOptions } from '../stream/index';
