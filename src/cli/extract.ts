/**
 * `persian-ner extract`: documents in, entities out, in input order, streaming.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DictionaryError, parseDictionary, type UserDictionary } from '../dictionaries/user';
import { BUILTIN_TYPES } from '../extractor';
import { createExtractor, extractEntities, type ExtractOptions } from '../index';
import type { Entity, ImpliedDates } from '../types';
import { EXIT_RUNTIME, EXIT_SKIPPED, fileError, usageError } from './errors';
import { isProblem, readDocuments, resolveInputs, STDIN_NAME, type InputDocument, type InputFormat, type InputItem, type InputProblem } from './inputs';
import type { CliIo } from './io';
import { createWriter, type DocumentWriter, type OutputFormat } from './output';
import { countDocument, countSkipped, newStats, startProgress, summaryLine, type ProgressBar, type RunStats } from './report';
import { resolveTypes } from './options';
import type { Colors } from './table';

/** Options of the extract command, as commander hands them over. */
export interface ExtractCommandOptions {
  format?: OutputFormat;
  types?: string[];
  referenceDate?: string;
  /** `--implied-dates`: where a date written without its year is placed (see {@link ExtractOptions.impliedDates}). */
  impliedDates?: ImpliedDates;
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
  /** What to do with a bad input line or a document that fails: stop there (default), or report it and go on. */
  onError: OnError;
}

/** The modes of `--implied-dates`. */
export const IMPLIED_DATE_MODES = ['nearest', 'past', 'future'] as const satisfies readonly ImpliedDates[];

/** `--on-error`: `fail` stops at the first bad line (after writing every document before it), `skip` goes on. */
export const ON_ERROR_MODES = ['fail', 'skip'] as const;
export type OnError = (typeof ON_ERROR_MODES)[number];

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

/** A document with its entities, or input that gave none (a bad line, or a document that failed). */
type Outcome = { doc: InputDocument; entities: Entity[] } | InputProblem;

/** The problem of a document whose analysis or writing threw `error`. */
function documentProblem(doc: InputDocument, what: string, error: unknown): InputProblem {
  const reason = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? `${(error as Error).name}: ${(error as Error).message}` : String(error);
  return { where: doc.where, reason: `could not be ${what} (${reason})`, bytes: doc.bytes };
}

/** In this thread, one document after the other. */
async function* analyseInProcess(items: AsyncIterable<InputItem>, extract: (text: string) => Entity[]): AsyncGenerator<Outcome> {
  for await (const item of items) {
    if (isProblem(item)) {
      yield item;
      continue;
    }
    let entities: Entity[];
    try {
      entities = extract(item.text);
    } catch (error) {
      yield documentProblem(item, 'analysed', error);
      continue;
    }
    yield { doc: item, entities };
  }
}

type ExtractBatchSettled = (typeof import('../node/index'))['extractBatchSettled'];

/**
 * `extractBatchSettled` finds its worker next to its own module. Bundled into `dist/cli.js` it would look for
 * `dist/worker.js`; so the built CLI loads the built `dist/node/index.js` (worker: `dist/node/worker.js`),
 * and the CLI run from source loads the source.
 */
async function loadExtractBatchSettled(): Promise<ExtractBatchSettled> {
  const here: string | undefined = import.meta.url;
  if (here && /\/dist\/cli\.js$/.test(new URL(here).pathname)) {
    const built = (await import(/* @vite-ignore */ new URL('./node/index.js', here).href)) as { extractBatchSettled: ExtractBatchSettled };
    return built.extractBatchSettled;
  }
  return (await import('../node/index')).extractBatchSettled;
}

/**
 * On worker threads. Outcomes come back in input order, one per document, and are paired with the documents
 * through a queue of what was read; the problems read between documents keep their place in it.
 */
async function* analyseOnWorkers(
  items: AsyncIterable<InputItem>,
  jobs: number,
  extractOptions: ExtractOptions,
  dictionaries: UserDictionary[],
): AsyncGenerator<Outcome> {
  const read: InputItem[] = [];
  let inputError: unknown;
  async function* texts(): AsyncGenerator<string> {
    try {
      for await (const item of items) {
        read.push(item);
        if (!isProblem(item)) yield item.text;
      }
    } catch (error) {
      inputError = error; // reported after the documents before it are written
    }
  }
  function* problemsAhead(): Generator<InputProblem> {
    while (read.length > 0 && isProblem(read[0]!)) yield read.shift() as InputProblem;
  }
  const extractBatchSettled = await loadExtractBatchSettled();
  for await (const outcome of extractBatchSettled(texts(), { jobs, extractOptions, dictionaries })) {
    yield* problemsAhead();
    const doc = read.shift();
    if (!doc || isProblem(doc)) throw new Error('internal error: more results than documents');
    yield 'error' in outcome ? documentProblem(doc, 'analysed', outcome.error) : { doc, entities: outcome.entities };
  }
  yield* problemsAhead();
  if (inputError !== undefined) throw inputError;
}

/** An error of the output stream itself (a closed pipe …), not of the document being written. */
function isStreamError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/** What {@link writeOutcomes} reports and counts as it goes. */
export interface WriteReport {
  stats: RunStats;
  progress?: ProgressBar;
  /** A line of standard error. */
  warn(line: string): void;
}

/**
 * Writes the documents in input order. A problem (a bad line, a document that could not be analysed or written)
 * is reported with where it is; with `skip` it is counted and the run goes on, with `fail` the run stops there,
 * after every document before it was written. The output is ended either way (a JSON array is closed).
 * @returns the exit status: 0, {@link EXIT_RUNTIME} when stopped, {@link EXIT_SKIPPED} when something was skipped
 */
export async function writeOutcomes(outcomes: AsyncIterable<Outcome>, writer: DocumentWriter, onError: OnError, report: WriteReport): Promise<number> {
  let status = 0;
  try {
    for await (const outcome of outcomes) {
      let problem: InputProblem | undefined;
      if (isProblem(outcome)) problem = outcome;
      else {
        try {
          await writer.document(outcome.doc, outcome.entities);
          countDocument(report.stats, outcome.doc.bytes, outcome.entities);
        } catch (error) {
          if (isStreamError(error)) throw error;
          problem = documentProblem(outcome.doc, 'written', error);
        }
      }
      if (problem) {
        if (onError === 'fail') {
          report.warn(`persian-ner: ${problem.where}: ${problem.reason}`);
          status = EXIT_RUNTIME;
          break;
        }
        report.warn(`persian-ner: ${problem.where}: ${problem.reason} (skipped)`);
        countSkipped(report.stats, problem.bytes);
        status = EXIT_SKIPPED;
      }
      report.progress?.update(report.stats);
    }
  } finally {
    await writer.end();
  }
  return status;
}

function extractOptionsOf(options: ExtractCommandOptions, types: string[] | undefined): ExtractOptions {
  const extractOptions: ExtractOptions = {};
  if (options.referenceDate !== undefined) extractOptions.referenceDate = options.referenceDate;
  if (options.impliedDates !== undefined) extractOptions.impliedDates = options.impliedDates;
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

  const items = readDocuments(sources, io.stdin, options.textField);
  const outcomes = options.jobs > 1 ? analyseOnWorkers(items, options.jobs, extractOptions, dictionaries) : analyseInProcess(items, extract);
  let status: number;
  try {
    status = await writeOutcomes(outcomes, writer, options.onError ?? 'fail', { stats, progress, warn: (line) => io.stderr.write(`${line}\n`) });
  } finally {
    progress?.stop();
  }
  if (options.summary ?? io.stderrIsTTY) io.stderr.write(`${colors.dim(`persian-ner: ${summaryLine(stats)}`)}\n`);
  return status;
}
