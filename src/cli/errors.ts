/** Errors the command-line tool reports as one line on standard error, without a stack trace. */

/** Exit status of a usage error (bad flag, bad option value, bad dictionary). */
export const EXIT_USAGE = 2;
/** Exit status of a failure while running (unreadable input, bad input line). */
export const EXIT_RUNTIME = 1;
/** Exit status of a run that wrote every good document but skipped bad input (`--on-error skip`). */
export const EXIT_SKIPPED = 3;

/** A problem the user can fix; `message` is printed after `persian-ner: `. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_RUNTIME,
  ) {
    super(message);
  }
}

/** A usage error (exit status 2). */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}

const FILE_ERROR_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
};

/** What a file system error means, in words: `no such file`. */
export function fileErrorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return FILE_ERROR_TEXT[code] ?? (error instanceof Error ? error.message : String(error));
}

/** `cannot read "x.txt": no such file` for a file system error. */
export function fileError(path: string, error: unknown, exitCode = EXIT_RUNTIME): CliError {
  return new CliError(`cannot read "${path}": ${fileErrorReason(error)}`, exitCode);
}
