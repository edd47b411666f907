import type { ExtractOptions } from '../extractor';
import type { Entity } from '../types';
import type { UserDictionary } from './dictionaries';

/** What the batch pool gives each worker once. */
export interface BatchWorkerData {
  dictionaries?: readonly UserDictionary[];
}

/** One message to a worker: a group of texts extracted with the same options. */
export interface BatchTask {
  texts: readonly string[];
  options?: ExtractOptions;
  /**
   * The pool's dictionaries, sent with every task only when the pool runs child processes (from source),
   * where tinypool has no `workerData`. A worker serves one pool, so it keeps the first extractor it builds.
   */
  dictionaries?: readonly UserDictionary[];
}

/** What became of one text: its entities, or the error its extraction threw (a group never fails as a whole). */
export type TextOutcome = { entities: Entity[] } | { error: { name: string; message: string } };

/** The outcome of a text whose extraction threw `error`, as data that crosses a thread. */
export function failure(error: unknown): TextOutcome {
  return { error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
}

/** The outcome of `extract()`: its result, or the error it threw. */
export function settle(extract: () => Entity[]): TextOutcome {
  try {
    return { entities: extract() };
  } catch (error) {
    return failure(error);
  }
}
