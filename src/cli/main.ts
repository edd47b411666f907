#!/usr/bin/env node
/** The `persian-ner` command: a thin wrapper of {@link run} on the process's own streams. */
import { processIo } from './io';
import { run } from './run';

// `persian-ner … | head`: the reader closing early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2), processIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`persian-ner: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
