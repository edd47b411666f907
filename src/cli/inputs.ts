/**
 * Reading the inputs: whole text documents, or JSONL corpora streamed line by line with bounded memory.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CliError, fileError } from './errors';

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

/** The whole text of an input. */
export async function readWholeText(source: InputSource, stdin: Readable): Promise<string> {
  if (source.path === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(source.path, 'utf8');
  } catch (error) {
    throw fileError(source.path, error);
  }
}

function openLines(source: InputSource, stdin: Readable): AsyncIterable<string> {
  const input = source.path === undefined ? stdin : createReadStream(source.path, { encoding: 'utf8' });
  // readline's iterator pauses the stream when lines pile up: memory stays bounded by the longest line.
  return createInterface({ input, crlfDelay: Infinity });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document of one JSONL line; throws a {@link CliError} naming the line. */
export function parseJsonlLine(line: string, lineNumber: number, name: string, textField: string): Omit<InputDocument, 'bytes'> {
  const where = `${name}: line ${lineNumber}`;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new CliError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  if (!isPlainObject(data)) throw new CliError(`${where}: expected a JSON object like {"id": 1, "${textField}": "…"}`);
  const text = data[textField];
  if (typeof text !== 'string') throw new CliError(`${where}: expected a string field "${textField}"`);
  const id = data.id;
  const label = typeof id === 'string' || typeof id === 'number' ? String(id) : `${name}:${lineNumber}`;
  return { text, record: data, label };
}

/** Every document of the inputs, in order. Text inputs are read whole; JSONL inputs are streamed. */
export async function* readDocuments(sources: readonly InputSource[], stdin: Readable, textField: string): AsyncGenerator<InputDocument> {
  for (const source of sources) {
    const name = source.path ?? STDIN_NAME;
    if (source.format === 'text') {
      const text = await readWholeText(source, stdin);
      yield { text, label: name, file: source.path, bytes: Buffer.byteLength(text) };
      continue;
    }
    let lineNumber = 0;
    try {
      for await (const rawLine of openLines(source, stdin)) {
        lineNumber++;
        const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
        if (!line.trim()) continue; // blank lines carry no document
        yield { ...parseJsonlLine(line, lineNumber, name, textField), file: source.path, bytes: Buffer.byteLength(rawLine) + 1 };
      }
    } catch (error) {
      if (error instanceof CliError || source.path === undefined) throw error;
      throw fileError(source.path, error);
    }
  }
}
