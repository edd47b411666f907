/**
 * The README's examples print what the README shows. Every ```ts block runs (against the source, with
 * `'persian-ner'` and `'persian-ner/node'` mapped to it) and is checked where it shows a result:
 *
 * - `expression; // value` or an expression followed by `// value` lines: the value as `util.inspect` prints it
 *   on one line (key order included: it is the order the library builds its objects in);
 * - `// …` lines after other code (a loop that logs): what `console.log` printed since the last check, line by
 *   line, as Node prints it; runs of spaces compare as one, so the README may align columns.
 *
 * Comments after declarations and loops are notes, not results. The `npx persian-ner …` lines of the ```sh
 * blocks run in-process on small stand-ins for their files and must succeed. A failure names the README line,
 * its code, and the expected and actual text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_NORMALIZE_OPTIONS } from '../../src/normalize/index';
import { runCli } from '../cli/helpers';

const README = readFileSync('README.md', 'utf8').split('\n');
const SOURCE = { 'persian-ner': resolve('src/index.ts'), 'persian-ner/node': resolve('src/node/index.ts') };

interface Block {
  language: string;
  /** README line (1-based) of the block's first code line. */
  line: number;
  /** The `##` heading the block is under. */
  section: string;
  lines: string[];
}

function codeBlocks(): Block[] {
  const blocks: Block[] = [];
  let section = '';
  for (let i = 0; i < README.length; i++) {
    const heading = /^##\s+(.*)/.exec(README[i]!);
    if (heading) section = heading[1]!;
    const fence = /^```(\w+)/.exec(README[i]!);
    if (!fence) continue;
    const start = i + 1;
    while (i + 1 < README.length && !README[i + 1]!.startsWith('```')) i++;
    blocks.push({ language: fence[1]!, line: start + 1, section, lines: README.slice(start, i + 1) });
    i++;
  }
  return blocks;
}

const COMMENT_ONLY = /^\s*\/\/ ?(.*)$/;
/** A statement whose value is a result: not a declaration, import, loop or log. */
const NOT_AN_EXPRESSION = /^\s*(const|let|var|import|export|for|if|while|function|class|return|console\.)\b/;

/** `code; // note` → [code, note]; a `//` inside a string literal does not count. */
function splitTrailingComment(line: string): [string, string | undefined] {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return [line.slice(0, i).trimEnd(), line.slice(i + 2).trim()];
  }
  return [line, undefined];
}

interface Check {
  /** README line of the code checked. */
  line: number;
  code: string;
  kind: 'value' | 'output';
  expected: string;
}

/** The block as a module that reports its results to `globalThis.__readme`, and the checks it makes. */
function instrument(block: Block): { module: string; checks: Check[] } {
  const checks: Check[] = [];
  const out: string[] = ['const { console, check } = globalThis.__readme;'];
  const { lines } = block;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/(['"])persian-ner(\/node)?\1/g, (_m, _q, node: string | undefined) => JSON.stringify(pathToFileURL(node ? SOURCE['persian-ner/node'] : SOURCE['persian-ner']).href));
    const [code, note] = splitTrailingComment(raw);
    // the `// …` lines right after a line of code without a note of its own are what it shows
    const expected: string[] = [];
    while (note === undefined && code.trim() && !COMMENT_ONLY.test(code) && i + 1 < lines.length && COMMENT_ONLY.test(lines[i + 1]!)) {
      expected.push(COMMENT_ONLY.exec(lines[++i]!)![1]!);
    }
    const expression = code.trim().endsWith(';') && !NOT_AN_EXPRESSION.test(code) && !COMMENT_ONLY.test(code);
    const valueShown = expression ? (note ?? (expected.length > 0 ? expected.join(' ') : undefined)) : undefined;
    if (valueShown !== undefined) {
      checks.push({ line: block.line + i - expected.length, code: code.trim(), kind: 'value', expected: valueShown });
      out.push(`check(${checks.length - 1}, (${code.trim().replace(/;$/, '')}));`);
      continue;
    }
    out.push(code);
    if (expected.length > 0) {
      checks.push({ line: block.line + i - expected.length, code: code.trim(), kind: 'output', expected: expected.join('\n') });
      out.push(`check(${checks.length - 1});`);
    }
  }
  return { module: out.join('\n'), checks };
}

interface Failure {
  readme: string;
  code: string;
  expected: string;
  actual: string;
}

const collapse = (text: string): string => text.replace(/[ \t]+/g, ' ').trim();

/** Runs one block; returns the checks that did not hold. */
async function runBlock(block: Block, dir: string): Promise<Failure[]> {
  const { module, checks } = instrument(block);
  const file = join(dir, `readme-${block.line}.ts`);
  writeFileSync(file, module);
  const failures: Failure[] = [];
  let printed: string[] = [];
  const readme = (check: Check): string => `README.md:${check.line} (${block.section})`;
  (globalThis as { __readme?: unknown }).__readme = {
    console: { ...console, log: (...args: unknown[]) => printed.push(...format(...args).split('\n')) },
    check(index: number, value?: unknown) {
      const c = checks[index]!;
      const actual = c.kind === 'value' ? inspect(value, { depth: Infinity, breakLength: Infinity }) : printed.join('\n');
      const same = c.kind === 'value' ? actual === c.expected : collapse(actual) === collapse(c.expected);
      if (!same) failures.push({ readme: readme(c), code: c.code, expected: c.expected, actual });
      printed = [];
    },
  };
  await import(pathToFileURL(file).href);
  return failures;
}

const dir = mkdtempSync(join(tmpdir(), 'persian-ner-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README', () => {
  const blocks = codeBlocks();

  it.each(blocks.filter((b) => b.language === 'ts').map((b) => [`README.md:${b.line} (${b.section})`, b] as const))(
    'TypeScript block %s prints what it shows',
    async (_name, block) => {
      expect(await runBlock(block, dir)).toEqual([]);
    },
    120_000,
  );

  it('every block with a result checks it', () => {
    const unchecked = blocks.filter((b) => b.language === 'ts' && instrument(b).checks.length === 0).map((b) => `README.md:${b.line} (${b.section})`);
    expect(unchecked, 'TypeScript blocks that show no result to check').toEqual([]);
  });

  it('names every option of normalize, and only those', () => {
    const start = README.findIndex((line) => line.startsWith('Every normalization step is an option of `normalize`'));
    expect(start, 'the paragraph on normalize options').toBeGreaterThan(-1);
    let end = start;
    while (README[end]?.trim()) end++;
    const named = [...README.slice(start, end).join(' ').matchAll(/`([a-z][A-Za-z]+)`/g)].map((m) => m[1]!).filter((name) => !name.startsWith('normalize'));
    expect([...new Set(named)].sort()).toEqual(Object.keys(DEFAULT_NORMALIZE_OPTIONS).sort());
  });

  /** Stand-ins for the files the command lines name. */
  const FILES: Record<string, () => string> = {
    'news.txt': () => 'examples/sample-news.txt',
    'file.txt': () => 'examples/sample-news.txt',
    'corpus.jsonl': () => {
      const path = join(dir, 'corpus.jsonl');
      writeFileSync(path, `${JSON.stringify({ id: 1, text: 'الهام علی‌اف در باکو' })}\n${JSON.stringify({ id: 2, text: 'دیروز در تهران' })}\n`);
      return path;
    },
    'my.tsv': () => {
      const path = join(dir, 'my.tsv');
      writeFileSync(path, 'PRODUCT\tپیکان\n');
      return path;
    },
  };

  const commands = blocks
    .filter((b) => b.language === 'sh')
    .flatMap((b) => b.lines.map((line, i) => [`README.md:${b.line + i}: ${line.trim()}`, line] as const))
    .filter(([, line]) => /^(cat \S+ \| )?npx persian-ner /.test(line.trim()));

  it.each(commands)('%s runs', async (_name, line) => {
    const command = line.replace(/\s+#.*$/, '').replace(/\s*>\s*\S+$/, '').trim();
    const piped = /^cat (\S+) \| (.*)$/.exec(command);
    const words = (piped ? piped[2]! : command).split(/\s+/).slice(2);
    const standIn = (word: string): string => FILES[word]?.() ?? word;
    const stdin = piped ? readFileSync(standIn(piped[1]!), 'utf8') : '';
    const result = await runCli(words.map(standIn), { stdin });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toBe('');
  }, 60_000);
});
