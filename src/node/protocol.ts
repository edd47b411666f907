import type { ExtractOptions } from '../extractor';
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
