import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Tinypool } from 'tinypool';
import * as z from 'zod/mini';
import { parseOptions } from '../validation';
import type { ExtractOptions } from '../extractor';
import type { Entity } from '../types';
import { extractorFor } from './dictionaries';
import type { UserDictionary } from './dictionaries';
import { failure, settle, type BatchTask, type BatchWorkerData, type TextOutcome } from './protocol';

const positiveInteger = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1, { error: 'must be a positive integer' }));
const extractBatchOptionsSchema = z.strictObject({
  jobs: z.optional(positiveInteger),
  extractOptions: z.optional(z.unknown()),
  dictionaries: z.optional(z.array(z.unknown())),
  groupSize: z.optional(positiveInteger),
  groupChars: z.optional(positiveInteger),
  inFlightPerJob: z.optional(positiveInteger),
});

/** Options of {@link extractBatch}. */
export interface ExtractBatchOptions {
  /** Worker threads to use; `1` extracts in this thread. Default: `os.availableParallelism()`. */
  jobs?: number;
  /** Options of every extraction. */
  extractOptions?: ExtractOptions;
  /** User dictionaries, loaded once by every worker. */
  dictionaries?: UserDictionary[];
  /** Texts sent to a worker in one message, at most (default 64). Small texts are grouped to save messaging. */
  groupSize?: number;
  /** A group is sent once its texts reach this many UTF-16 code units (default 32 K). */
  groupChars?: number;
  /** Groups in flight per worker before reading more input (default 4): the backpressure bound. */
  inFlightPerJob?: number;
}

/**
 * Extracts the entities of many texts on a pool of worker threads, yielding one `Entity[]` per text
 * **in input order**.
 *
 * The input is read lazily: at most `jobs × inFlightPerJob` groups of texts are in flight, so an
 * endless source works with bounded memory. The workers are created once per call (when the first group
 * of texts is ready) and destroyed when the
 * iteration ends, throws, or is left early (`break`). Errors (a non-string text, an invalid option, an
 * error thrown by the source) reject the iteration, after the entities of every text before the failing one
 * have been yielded. With `jobs: 1` no worker is started.
 *
 * The worker is `dist/node/worker.js` next to this module; when this module runs from its TypeScript
 * source (tests, `tsx`), the worker is `src/node/worker.ts`, run in child processes started with
 * `--import tsx` (Node 20 does not apply that loader inside worker threads).
 *
 * @example
 * ```ts
 * import { extractBatch } from 'persian-ner/node';
 * for await (const entities of extractBatch(texts, { jobs: 4 })) console.log(entities.length);
 * ```
 */
export async function* extractBatch(
  texts: Iterable<string> | AsyncIterable<string>,
  options: ExtractBatchOptions = {},
): AsyncGenerator<Entity[], void, undefined> {
  for await (const outcome of extractBatchSettled(texts, options)) {
    if ('error' in outcome) throw errorOf(outcome.error);
    yield outcome.entities;
  }
}

/**
 * {@link extractBatch} giving what became of each text, in input order: `{ entities }`, or `{ error: { name, message } }`
 * when its extraction threw, and the texts after it go on (what the command line's `--on-error skip` uses). An error
 * of the source (or a text that is not a string) still rejects, after the outcomes of every text before it.
 */
export async function* extractBatchSettled(
  texts: Iterable<string> | AsyncIterable<string>,
  options: ExtractBatchOptions = {},
): AsyncGenerator<TextOutcome, void, undefined> {
  parseOptions(extractBatchOptionsSchema, options);
  const jobs = options.jobs ?? availableParallelism();
  // the extraction options and dictionaries are checked here, before any worker starts
  const extractor = extractorFor(options.dictionaries);
  extractor.extract('', options.extractOptions);
  if (jobs === 1) {
    for await (const text of texts) {
      const checked = checkedText(text);
      yield settle(() => extractor.extract(checked, options.extractOptions));
    }
    return;
  }
  yield* settleOnPool(texts, jobs, options);
}

const ERROR_TYPES: Readonly<Record<string, new (message: string) => Error>> = { TypeError, RangeError };

/** The error a worker reported, rebuilt with its type where it is a standard one. */
function errorOf(error: { name: string; message: string }): Error {
  const made = new (ERROR_TYPES[error.name] ?? Error)(error.message);
  if (made.name !== error.name) made.name = error.name;
  return made;
}

async function* settleOnPool(
  texts: Iterable<string> | AsyncIterable<string>,
  jobs: number,
  options: ExtractBatchOptions,
): AsyncGenerator<TextOutcome, void, undefined> {
  const groupSize = options.groupSize ?? 64;
  const groupChars = options.groupChars ?? 32 * 1024;
  const maxInFlight = jobs * (options.inFlightPerJob ?? 4);
  const worker = workerLocation();
  const workerData: BatchWorkerData = { dictionaries: options.dictionaries };
  // Created on the first group, so an empty or immediately failing source starts no worker.
  let pool: Tinypool | undefined;
  const startPool = (): Tinypool =>
    new Tinypool({
      filename: worker.filename,
      execArgv: worker.execArgv,
      runtime: worker.runtime,
      minThreads: jobs,
      maxThreads: jobs,
      isolateWorkers: false,
      workerData,
    });
  const inFlight: Array<Promise<TextOutcome[]>> = [];
  const submit = (group: string[]): void => {
    const task: BatchTask = { texts: group, options: options.extractOptions };
    if (worker.runtime === 'child_process') task.dictionaries = options.dictionaries;
    pool ??= startPool();
    // A group fails as a whole only when its worker does (it settles each text): then each of its texts failed.
    const result = (pool.run(task) as Promise<TextOutcome[]>).catch((error: unknown) => group.map(() => failure(error)));
    inFlight.push(result);
  };
  try {
    let group: string[] = [];
    let chars = 0;
    let sourceError: unknown;
    try {
      for await (const text of texts) {
        group.push(checkedText(text));
        chars += text.length;
        if (group.length < groupSize && chars < groupChars) continue;
        submit(group);
        group = [];
        chars = 0;
        while (inFlight.length >= maxInFlight) yield* await (inFlight.shift() as Promise<TextOutcome[]>);
      }
    } catch (error) {
      sourceError = error; // thrown once every text read before it has its outcome
    }
    if (group.length > 0) submit(group);
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<TextOutcome[]>);
    if (sourceError !== undefined) throw sourceError;
  } finally {
    await pool?.destroy();
  }
}

function checkedText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`extractBatch expects texts of type string, got ${typeof text}`);
  return text;
}

/** Where the worker module is: next to this one, as `.js`/`.cjs` when built or `.ts` from source. */
function workerLocation(): {
  filename: string;
  execArgv: string[];
  runtime: 'worker_threads' | 'child_process';
} {
  const here = thisModuleUrl();
  const fromSource = /\.[cm]?ts$/.test(new URL(here).pathname);
  const extension = fromSource ? '.ts' : here.endsWith('.cjs') ? '.cjs' : '.js';
  return {
    filename: new URL(`./worker${extension}`, here).href,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    // Node 20 does not apply `--import tsx` loader hooks inside worker threads: from source, use processes.
    runtime: fromSource ? 'child_process' : 'worker_threads',
  };
}

function thisModuleUrl(): string {
  // In the CommonJS build `__filename` is this file (`import.meta.url` there is the shared chunk's, a folder up).
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}
