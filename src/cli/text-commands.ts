/**
 * `persian-ner normalize` and `persian-ner tokenize`: whole text inputs, one after the other.
 */
import { normalize, tokenize } from '../index';
import { readWholeText, resolveInputs } from './inputs';
import { write, type CliIo } from './io';
import { tokenTable, type Colors } from './table';

/** Prints the normalized text of each input. */
export async function normalizeCommand(files: string[], io: CliIo): Promise<number> {
  for (const source of await resolveInputs(files, 'text')) {
    await write(io.stdout, normalize(await readWholeText(source, io.stdin)));
  }
  return 0;
}

/** Output formats of `persian-ner tokenize`. */
export const TOKEN_FORMATS = ['table', 'jsonl'] as const;
export type TokenFormat = (typeof TOKEN_FORMATS)[number];

/** Prints the tokens of each input: a table, or one JSON object a line (with `file` when there are several inputs). */
export async function tokenizeCommand(files: string[], format: TokenFormat | undefined, io: CliIo, colors: Colors): Promise<number> {
  const sources = await resolveInputs(files, 'text');
  const chosen = format ?? (io.stdoutIsTTY ? 'table' : 'jsonl');
  for (const source of sources) {
    const tokens = tokenize(await readWholeText(source, io.stdin));
    if (chosen === 'table') {
      const heading = sources.length > 1 ? `${colors.bold(source.path ?? '<stdin>')}\n` : '';
      await write(io.stdout, `${heading}${tokenTable(tokens, colors, io.columns)}\n`);
      continue;
    }
    const file = sources.length > 1 ? { file: source.path ?? '<stdin>' } : {};
    for (const token of tokens) await write(io.stdout, `${JSON.stringify({ ...file, ...token })}\n`);
  }
  return 0;
}
