/**
 * The worker of {@link extractBatch}'s pool: extracts the entities of a group of texts.
 * Its extractor (with the pool's user dictionaries, from `workerData`) is built once, on the first task.
 * @packageDocumentation
 */
import { Tinypool } from 'tinypool';
import type { Extractor } from '../extractor';
import type { Entity } from '../types';
import { extractorFor } from './dictionaries';
import { settle, type BatchTask, type BatchWorkerData, type TextOutcome } from './protocol';

let extractor: Pick<Extractor, 'extract'> | undefined;

function workerExtractor(task: BatchTask): Pick<Extractor, 'extract'> {
  if (extractor === undefined) {
    const data = Tinypool.workerData as BatchWorkerData | null | undefined;
    extractor = extractorFor(task.dictionaries ?? data?.dictionaries);
  }
  return extractor;
}

/** Runs one task: the entities of each text, in order; a text that fails does not take the others with it. */
export default function runBatchTask(task: BatchTask): TextOutcome[] {
  const current = workerExtractor(task);
  return task.texts.map((text) => settle((): Entity[] => current.extract(text, task.options)));
}
