/**
 * The streams the command-line tool talks to, injectable so that tests run it in-process.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** Where the tool reads and writes, and what kind of terminal it is attached to. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Standard output is a terminal: tables by default, colours. */
  stdoutIsTTY?: boolean;
  /** Standard error is a terminal: progress bar and summary. */
  stderrIsTTY?: boolean;
  /** Standard input is a terminal: a hint is printed when reading from it. */
  stdinIsTTY?: boolean;
  /** Width of the terminal standard output is, in columns; tables are fitted to it. */
  columns?: number;
  /** Environment (`NO_COLOR`, `FORCE_COLOR`). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
  };
}

/** Writes a chunk and waits for the stream to drain when its buffer is full, so memory stays bounded. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
