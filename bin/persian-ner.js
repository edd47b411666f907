#!/usr/bin/env node
// The `persian-ner` command. The tool itself is the build's dist/cli.js: in a clone where it is not built yet,
// this says so, instead of the shell's "persian-ner: not found".
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write('persian-ner: the command-line tool is not built yet: run `npm run build` first (or `npm start` for the sample)\n');
  process.exitCode = 1;
}
