/**
 * Reading the inputs: whole text documents, or JSONL corpora streamed line by line with bounded memory.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { fileError, fileErrorReason } from './errors';

/** How an input is read: a text is one document; each JSONL line is one `{"text": …}` document. */
export type InputFormat = 'text' | 'jsonl';

/** The name standard input is reported under. */
export const STDIN_NAME = '<stdin>';

/** One input: a file, or standard input (`path` undefined). */
export interface InputSource {
  path?: string;
  /** Size in bytes when known (files), for the progress bar. */
  size?: number;
  format: InputFormat;
}

/** One document to analyse. */
export interface InputDocument {
  text: string;
  /** The JSONL object the text came from; `undefined` for text inputs. */
  record?: Record<string, unknown>;
  /** Where it came from, for headings: the file, `<stdin>`, or a JSONL line's `id`. */
  label: string;
  /** The file it came from; `undefined` for standard input. */
  file?: string;
  /** Bytes of input it took (for progress and throughput). */
  bytes: number;
  /** Where it is, for messages: `corpus.jsonl: line 3`, or the file's name. */
  where: string;
}

/** Input that holds no document: a JSONL line that is not one, or an input that cannot be read or decoded. */
export interface InputProblem {
  /** Where it is: `corpus.jsonl: line 3`, or the file's name. */
  where: string;
  /** What is wrong, e.g. `not valid JSON (…)`. */
  reason: string;
  /** Bytes of input it took. */
  bytes: number;
}

/** What the inputs hold, in order: documents, and the problems found between them. */
export type InputItem = InputDocument | InputProblem;

/** Whether an item (of the inputs, or an outcome of the analysis) is a problem. */
export function isProblem<T extends object>(item: T | InputProblem): item is InputProblem {
  return 'reason' in item;
}

/** The format of an input: the one asked for, else JSONL for `.jsonl` files, else text. */
export function inputFormatOf(path: string | undefined, requested: InputFormat | undefined): InputFormat {
  if (requested) return requested;
  return path !== undefined && /\.jsonl$/i.test(path) ? 'jsonl' : 'text';
}

/**
 * Checks that every file can be read before anything is written, and learns its size.
 * `-` stands for standard input; no files at all means standard input.
 */
export async function resolveInputs(paths: readonly string[], requested: InputFormat | undefined): Promise<InputSource[]> {
  if (paths.length === 0) return [{ format: inputFormatOf(undefined, requested) }];
  return Promise.all(
    paths.map(async (path): Promise<InputSource> => {
      if (path === '-') return { format: inputFormatOf(undefined, requested) };
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        return { path, size: info.size, format: inputFormatOf(path, requested) };
      } catch (error) {
        throw fileError(path, error);
      }
    }),
  );
}

/** The whole text of an input (bytes that are not UTF-8 become U+FFFD). */
export async function readWholeText(source: InputSource, stdin: Readable): Promise<string> {
  try {
    return (await readWholeBytes(source, stdin)).toString('utf8');
  } catch (error) {
    if (source.path === undefined) throw error;
    throw fileError(source.path, error);
  }
}

/** The whole of an input, as bytes. */
async function readWholeBytes(source: InputSource, stdin: Readable): Promise<Buffer> {
  if (source.path === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  return readFile(source.path);
}

/** UTF-8 that refuses what is not UTF-8 instead of replacing it with U+FFFD (a document must come out as it went in). */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of `bytes`, or undefined when they are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

const NOT_UTF8 = 'not valid UTF-8';
const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a stream of bytes (LF, CRLF or CR), each as its bytes, as soon as its end arrives: memory stays bounded
 * by the longest line. Lines are split before decoding, so that a line that is not UTF-8 is that line's problem alone.
 */
async function* byteLines(input: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let lfEndsBreak = false; // the last line ended with a CR at the end of a chunk: an LF first in the next is its CRLF
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (bytes.length === 0) continue;
    let from = lfEndsBreak && bytes[0] === LF ? 1 : 0;
    lfEndsBreak = false;
    for (let k = from; k < bytes.length; k++) {
      const b = bytes[k];
      if (b !== LF && b !== CR) continue;
      pending.push(bytes.subarray(from, k));
      yield Buffer.concat(pending);
      pending = [];
      if (b === CR && k + 1 === bytes.length) lfEndsBreak = true;
      else if (b === CR && bytes[k + 1] === LF) k++;
      from = k + 1;
    }
    if (from < bytes.length) pending.push(bytes.subarray(from));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document of one JSONL line (without `bytes` and `where`), or what is wrong with the line. */
export function parseJsonlLine(line: string, lineNumber: number, name: string, textField: string): Omit<InputDocument, 'bytes' | 'where'> | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { reason: `not valid JSON (${(error as Error).message})` };
  }
  if (!isPlainObject(data)) return { reason: `expected a JSON object like {"id": 1, "${textField}": "…"}` };
  const text = data[textField];
  if (typeof text !== 'string') return { reason: `expected a string field "${textField}"` };
  const id = data.id;
  const label = typeof id === 'string' || typeof id === 'number' ? String(id) : `${name}:${lineNumber}`;
  return { text, record: data, label };
}

/** The documents of a JSONL input, and the problems of its lines, in order. */
async function* jsonlItems(source: InputSource, stdin: Readable, textField: string): AsyncGenerator<InputItem> {
  const name = source.path ?? STDIN_NAME;
  const input = source.path === undefined ? stdin : createReadStream(source.path);
  let lineNumber = 0;
  for await (const bytes of byteLines(input)) {
    lineNumber++;
    const where = `${name}: line ${lineNumber}`;
    const size = bytes.length + 1;
    const decoded = decodeUtf8(bytes);
    if (decoded === undefined) {
      yield { where, reason: NOT_UTF8, bytes: size };
      continue;
    }
    const line = lineNumber === 1 ? decoded.replace(/^\uFEFF/, '') : decoded;
    if (!line.trim()) continue; // blank lines carry no document
    const parsed = parseJsonlLine(line, lineNumber, name, textField);
    yield 'reason' in parsed ? { where, reason: parsed.reason, bytes: size } : { ...parsed, file: source.path, bytes: size, where };
  }
}

/**
 * Every document of the inputs, in order, with the problems found between them (a bad JSONL line, an input that
 * is not UTF-8 or cannot be read) in their place: what to do with a problem is the reader's choice. Text inputs are
 * read whole; JSONL inputs are streamed.
 */
export async function* readDocuments(sources: readonly InputSource[], stdin: Readable, textField: string): AsyncGenerator<InputItem> {
  for (const source of sources) {
    const name = source.path ?? STDIN_NAME;
    try {
      if (source.format === 'jsonl') {
        yield* jsonlItems(source, stdin, textField);
        continue;
      }
      const bytes = await readWholeBytes(source, stdin);
      const text = decodeUtf8(bytes);
      if (text === undefined) yield { where: name, reason: NOT_UTF8, bytes: bytes.length };
      else yield { text, label: name, file: source.path, bytes: bytes.length, where: name };
    } catch (error) {
      if (source.path === undefined) throw error;
      // the rest of this input cannot be read: a problem in its place, and the next input goes on
      yield { where: name, reason: `cannot be read: ${fileErrorReason(error)}`, bytes: 0 };
    }
  }
}
