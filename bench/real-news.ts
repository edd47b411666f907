/**
 * Real news documents for the benchmark: PEYMA's dev part in `../shared/datasets` (research use only: read
 * when it is there, measured, never copied). Each sentence is one document, its tokens joined by spaces as
 * the shared scorer joins them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where PEYMA's dev part is, next to the project as in CI. */
export const PEYMA_DEV = '../shared/datasets/peyma/dev.txt';

/** The documents of PEYMA dev, or undefined when the datasets are not beside the project. */
export function peymaDocuments(root: string): string[] | undefined {
  const file = join(root, PEYMA_DEV);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => line.trim())
        // `token|tag`, split on the last bar: a few tokens are a bar themselves
        .map((line) => line.slice(0, line.lastIndexOf('|')))
        .join(' '),
    )
    .filter((document) => document.length > 0);
}
