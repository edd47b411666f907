import { PassThrough, Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/io';

/** A writable that keeps what is written, and can tell when some text has arrived. */
export class Sink extends Writable {
  private chunks: string[] = [];
  private waiters: Array<{ test: (text: string) => boolean; resolve: () => void }> = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    const text = this.text();
    this.waiters = this.waiters.filter((w) => (w.test(text) ? (w.resolve(), false) : true));
    done();
  }
  text(): string {
    return this.chunks.join('');
  }
  /** Resolves once the output satisfies `test`. */
  until(test: (text: string) => boolean): Promise<void> {
    if (test(this.text())) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunSetup {
  stdin?: string | Readable;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

/** Runs the tool in-process with the given standard input. Colours are off unless asked for. */
export async function runCli(argv: string[], setup: RunSetup = {}): Promise<CliResult> {
  const stdout = new Sink();
  const stderr = new Sink();
  const stdin = typeof setup.stdin === 'string' || setup.stdin === undefined ? Readable.from([Buffer.from(setup.stdin ?? '')]) : setup.stdin;
  const io: CliIo = {
    stdin,
    stdout,
    stderr,
    stdoutIsTTY: setup.stdoutIsTTY ?? false,
    stderrIsTTY: setup.stderrIsTTY ?? false,
    stdinIsTTY: false,
    columns: setup.columns,
    env: setup.env ?? { NO_COLOR: '1' },
  };
  const status = await run(argv, io);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the tool with streams the test drives itself. */
export function startCli(argv: string[]): { stdin: PassThrough; stdout: Sink; stderr: Sink; done: Promise<number> } {
  const stdin = new PassThrough();
  const stdout = new Sink();
  const stderr = new Sink();
  const done = run(argv, { stdin, stdout, stderr, env: { NO_COLOR: '1' } });
  return { stdin, stdout, stderr, done };
}

/** Parses JSON Lines output. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** What JSON output of a value looks like once parsed (undefined fields gone). */
export function asJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}
