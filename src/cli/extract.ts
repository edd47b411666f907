/**
 * `persian-ner extract`: documents in, entities out, in input order, streaming.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DictionaryError, parseDictionary, type UserDictionary } from '../dictionaries/user';
import { BUILTIN_TYPES } from '../extractor';
import { createExtractor, extractEntities, type ExtractOptions } from '../index';
import type { Entity } from '../types';
import { fileError, usageError } from './errors';
import { readDocuments, resolveInputs, STDIN_NAME, type InputDocument, type InputFormat } from './inputs';
import type { CliIo } from './io';
import { createWriter, type OutputFormat } from './output';
import { countDocument, newStats, startProgress, summaryLine } from './report';
import { resolveTypes } from './options';
import type { Colors } from './table';

/** Options of the extract command, as commander hands them over. */
export interface ExtractCommandOptions {
  format?: OutputFormat;
  types?: string[];
  referenceDate?: string;
  dict?: string[];
  /** `false` with `--no-normalize-output`: entities are written without their `normalized` field. */
  normalizeOutput: boolean;
  /** `false` with `--no-text`: JSON and JSONL records are written without the document's text. */
  text: boolean;
  jobs: number;
  inputFormat?: InputFormat;
  textField: string;
  summary?: boolean;
  labels: 'en' | 'fa';
  minConfidence?: number;
}

/**
 * Reads and validates a `--dict` file, JSON or TSV by its content whatever its name. A file that cannot be read
 * fails like an input file (status 1); a bad entry is a usage error naming the file and the entry (status 2).
 */
export async function loadDictionary(path: string): Promise<UserDictionary> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    return parseDictionary(source, { name: basename(path) });
  } catch (error) {
    if (error instanceof DictionaryError) throw usageError(error.message);
    throw error;
  }
}

type Analysis = readonly [InputDocument, Entity[]];

/** In this thread, one document after the other. */
async function* analyseInProcess(docs: AsyncIterable<InputDocument>, extract: (text: string) => Entity[]): AsyncGenerator<Analysis> {
  for await (const doc of docs) yield [doc, extract(doc.text)];
}

type ExtractBatch = (typeof import('../node/index'))['extractBatch'];

/**
 * `extractBatch` finds its worker next to its own module. Bundled into `dist/cli.js` it would look for
 * `dist/worker.js`; so the built CLI loads the built `dist/node/index.js` (worker: `dist/node/worker.js`),
 * and the CLI run from source loads the source.
 */
async function loadExtractBatch(): Promise<ExtractBatch> {
  const here: string | undefined = import.meta.url;
  if (here && /\/dist\/cli\.js$/.test(new URL(here).pathname)) {
    const built = (await import(/* @vite-ignore */ new URL('./node/index.js', here).href)) as { extractBatch: ExtractBatch };
    return built.extractBatch;
  }
  return (await import('../node/index')).extractBatch;
}

/** On worker threads; results come back in input order and are paired with their documents through a queue. */
async function* analyseOnWorkers(
  docs: AsyncIterable<InputDocument>,
  jobs: number,
  extractOptions: ExtractOptions,
  dictionaries: UserDictionary[],
): AsyncGenerator<Analysis> {
  const inFlight: InputDocument[] = [];
  let inputError: unknown;
  async function* texts(): AsyncGenerator<string> {
    try {
      for await (const doc of docs) {
        inFlight.push(doc);
        yield doc.text;
      }
    } catch (error) {
      inputError = error; // reported after the documents before it are written
    }
  }
  const extractBatch = await loadExtractBatch();
  for await (const entities of extractBatch(texts(), { jobs, extractOptions, dictionaries })) {
    const doc = inFlight.shift();
    if (!doc) throw new Error('internal error: more results than documents');
    yield [doc, entities];
  }
  if (inputError !== undefined) throw inputError;
}

function extractOptionsOf(options: ExtractCommandOptions, types: string[] | undefined): ExtractOptions {
  const extractOptions: ExtractOptions = {};
  if (options.referenceDate !== undefined) extractOptions.referenceDate = options.referenceDate;
  if (types !== undefined) extractOptions.types = types;
  if (options.minConfidence !== undefined) extractOptions.minConfidence = options.minConfidence;
  return extractOptions;
}

function checkedTypes(requested: string[] | undefined, dictionaries: readonly UserDictionary[]): string[] | undefined {
  if (requested === undefined) return undefined;
  const known = [...new Set<string>([...BUILTIN_TYPES, ...dictionaries.flatMap((d) => d.entries.map((e) => String(e.type)))])];
  const resolved = resolveTypes(requested, known);
  if ('unknown' in resolved) throw usageError(`option '--types': unknown type "${resolved.unknown}" (known: ${known.join(', ')})`);
  return resolved.types;
}

/** Runs the extract command; returns the exit status. */
export async function extractCommand(files: string[], options: ExtractCommandOptions, io: CliIo, colors: Colors): Promise<number> {
  const dictionaries = await Promise.all((options.dict ?? []).map(loadDictionary));
  const types = checkedTypes(options.types, dictionaries);
  const extractOptions = extractOptionsOf(options, types);
  const sources = await resolveInputs(files, options.inputFormat);
  if (io.stdinIsTTY && sources.some((s) => s.path === undefined)) {
    io.stderr.write(colors.dim(`persian-ner: reading ${STDIN_NAME} (end with Ctrl-D)\n`));
  }

  let extract: (text: string) => Entity[];
  try {
    const extractor = dictionaries.length > 0 ? createExtractor({ dictionaries }) : undefined;
    extract = extractor ? (text) => extractor.extract(text, extractOptions) : (text) => extractEntities(text, extractOptions);
  } catch (error) {
    if (error instanceof DictionaryError) throw usageError(error.message);
    throw error;
  }

  const format = options.format ?? (io.stdoutIsTTY ? 'table' : 'jsonl');
  const writer = createWriter(format, {
    stdout: io.stdout,
    colors,
    normalizedField: options.normalizeOutput,
    omitText: !options.text,
    textField: options.textField,
    labels: options.labels,
    columns: io.columns,
  });
  const stats = newStats();
  // A bar only when the output goes elsewhere than the terminal the bar is drawn on.
  const totalBytes = sources.every((s) => s.size !== undefined) ? sources.reduce((sum, s) => sum + (s.size ?? 0), 0) : undefined;
  const progress = io.stderrIsTTY && !io.stdoutIsTTY ? startProgress(io.stderr, totalBytes) : undefined;

  const docs = readDocuments(sources, io.stdin, options.textField);
  const analyses = options.jobs > 1 ? analyseOnWorkers(docs, options.jobs, extractOptions, dictionaries) : analyseInProcess(docs, extract);
  try {
    for await (const [doc, entities] of analyses) {
      await writer.document(doc, entities);
      countDocument(stats, doc.bytes, entities);
      progress?.update(stats);
    }
    await writer.end();
  } finally {
    progress?.stop();
  }
  if (options.summary ?? io.stderrIsTTY) io.stderr.write(`${colors.dim(`persian-ner: ${summaryLine(stats)}`)}\n`);
  return 0;
}
