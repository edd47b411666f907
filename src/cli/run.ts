/**
 * The command-line tool as a function: `run(argv, io)` parses the arguments with commander, runs the command
 * and returns the exit status (0 ok, 1 runtime failure, 2 usage error). Errors are one line on standard error.
 */
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { CliError, EXIT_RUNTIME, EXIT_USAGE } from './errors';
import { extractCommand, IMPLIED_DATE_MODES, ON_ERROR_MODES, type ExtractCommandOptions } from './extract';
import type { CliIo } from './io';
import { collect, parseConfidence, parseJobs, parseReferenceDate, parseTypeList } from './options';
import { OUTPUT_FORMATS } from './output';
import { normalizeCommand, TOKEN_FORMATS, tokenizeCommand, type TokenFormat } from './text-commands';
import type { Colors } from './table';
import { version } from '../../package.json';

const NAME = 'persian-ner';

function colorsFor(io: CliIo, requested: boolean | undefined): Colors {
  const env = io.env ?? {};
  const fromEnv = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : env.NO_COLOR ? false : undefined;
  return pc.createColors(requested ?? fromEnv ?? io.stdoutIsTTY === true);
}

function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EPIPE';
}

/** commander's `error: unknown option '--x'` → `unknown option '--x'`. */
function commanderMessage(error: CommanderError): string {
  return error.message.replace(/^error:\s*/i, '').trim();
}

function buildProgram(io: CliIo, setStatus: (status: number) => void): Command {
  const program = new Command(NAME);
  const colors = (): Colors => colorsFor(io, program.opts<{ color?: boolean }>().color);
  program
    .description('Named entities in Persian (Farsi) text: people, countries, organizations, locations and dates.')
    .version(version, '-V, --version')
    .option('--color', 'force coloured output')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {}, // reported by run() as one line
    });

  program
    .command('extract')
    .description('find the entities of texts or JSONL corpora (files, or standard input)')
    .argument('[files...]', 'input files; none or "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else jsonl)').choices(OUTPUT_FORMATS))
    .option('-t, --types <types>', 'only these types, comma-separated, e.g. PERSON,DATE', parseTypeList)
    .option('-r, --reference-date <date>', 'relative dates resolve against it: YYYY-MM-DD, or Solar Hijri 1402/10/25 (Persian digits too)', parseReferenceDate)
    .addOption(
      new Option('--implied-dates <mode>', 'a date without its year: the occurrence nearest the reference date, the latest begun by it (past) or the first not ended (future)')
        .choices(IMPLIED_DATE_MODES),
    )
    .option('--min-confidence <n>', 'drop entities below this confidence, 0 to 1', parseConfidence)
    .option('-d, --dict <file>', 'a user dictionary, JSON or TSV (read by its content; repeatable)', collect)
    .option('--no-normalize-output', 'leave the "normalized" field out of each entity (json, jsonl)')
    .option('--no-text', 'leave the text out of each record (json, jsonl): "text", or the --text-field of JSONL input')
    .option('-j, --jobs <n>', 'worker threads (1: in this thread)', parseJobs, 1)
    .addOption(new Option('--input-format <format>', 'how inputs are read (default: jsonl for *.jsonl, else text)').choices(['text', 'jsonl']))
    .option('--text-field <name>', 'the field of JSONL objects that holds the text', 'text')
    .option('--summary', 'print a summary on standard error (default: when it is a terminal)')
    .addOption(
      new Option('--on-error <mode>', 'a bad input line or a document that fails: stop there (fail, status 1) or report it and go on (skip, status 3)')
        .choices(ON_ERROR_MODES)
        .default('fail'),
    )
    .addOption(new Option('--labels <language>', 'labels of HTML output').choices(['en', 'fa']).default('en'))
    .action(async (files: string[], options: ExtractCommandOptions) => setStatus(await extractCommand(files, options, io, colors())));

  program
    .command('normalize')
    .description('print the normalized text (unified letters and digits, canonical ZWNJ, no diacritics)')
    .argument('[files...]', 'input files; none or "-" reads standard input')
    .action(async (files: string[]) => setStatus(await normalizeCommand(files, io)));

  program
    .command('tokenize')
    .description('print the tokens of the text')
    .argument('[files...]', 'input files; none or "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else jsonl)').choices(TOKEN_FORMATS))
    .action(async (files: string[], options: { format?: TokenFormat }) => setStatus(await tokenizeCommand(files, options.format, io, colors())));

  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t), outputError: () => {} });
  }
  return program;
}

/**
 * Runs `persian-ner` with the given arguments (without `node` and the script) on the given streams.
 * @returns the exit status: 0 ok, 1 runtime failure, 2 usage error
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let status = 0;
  const program = buildProgram(io, (s) => (status = s));
  const fail = (message: string, code: number, hint = ''): number => {
    io.stderr.write(`${NAME}: ${message}${hint}\n`);
    return code;
  };
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      return fail(commanderMessage(error), EXIT_USAGE, ` (see ${NAME} --help)`);
    }
    if (error instanceof CliError) return fail(error.message, error.exitCode);
    if (isBrokenPipe(error)) return 0; // the reader went away (| head): not an error
    const message = error instanceof Error ? error.message : String(error);
    return fail(`internal error: ${message}`, EXIT_RUNTIME);
  }
}
