// The command line loses nothing: bad input lines, documents that fail and unwritable output are reported
// with their line, and every good document is written once, in order (with and without --jobs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutcomes } from '../../src/cli/extract';
import type { InputDocument } from '../../src/cli/inputs';
import type { DocumentWriter } from '../../src/cli/output';
import { newStats } from '../../src/cli/report';
import { extractEntities } from '../../src/index';
import { asJson, jsonLines, runCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'persian-ner-cli-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = (id: number): string => JSON.stringify({ id, text: `سند ${id}: حسن روحانی در تهران بود.` });

/** A corpus with every kind of bad line between good ones; the ids of the good ones and the bad line numbers. */
const LINES: Array<string | Buffer> = [
  good(1),
  '{"id":2,"text":', // not JSON
  good(3),
  '', // blank: no document, no problem
  '{"id":4,"body":"x"}', // no text field
  good(5),
  '[1,2]', // not an object
  Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"text":"<not UTF-8>"}
  good(9),
];
const GOOD_IDS = [1, 3, 5, 9];
const BAD = [
  [2, 'not valid JSON'],
  [5, 'expected a string field "text"'],
  [7, 'expected a JSON object'],
  [8, 'not valid UTF-8'],
] as const;

const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, Buffer.concat(LINES.flatMap((line) => [Buffer.from(line), Buffer.from('\n')])));

const expected = (id: number): unknown => {
  const text = `سند ${id}: حسن روحانی در تهران بود.`;
  return { id, text, entities: asJson(extractEntities(text, { referenceDate: '2024-01-15' })) };
};

describe('extract --on-error skip: every good document once, in order; every bad line named', { timeout: 120_000 }, () => {
  it.each([['in this thread', []], ['on worker threads', ['--jobs', '2']]] as const)('%s', async (_how, jobs) => {
    const result = await runCli(['extract', corpus, '-r', '2024-01-15', '--on-error', 'skip', '--summary', ...jobs]);
    expect(jsonLines(result.stdout)).toEqual(GOOD_IDS.map(expected));
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, BAD.length)).toEqual(BAD.map(([line, reason]) => expect.stringMatching(new RegExp(`^persian-ner: .*corpus\\.jsonl: line ${line}: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* \\(skipped\\)$`))));
    expect(lines.at(-1)).toMatch(/^persian-ner: 4 documents, .*4 skipped/);
    expect(result.status).toBe(3);
  });

  it('-f json is one valid array of the good documents', async () => {
    const result = await runCli(['extract', corpus, '-r', '2024-01-15', '--on-error', 'skip', '-f', 'json']);
    expect(JSON.parse(result.stdout)).toEqual(GOOD_IDS.map(expected));
  });

  it('a run without bad lines exits 0 and says nothing on standard error', async () => {
    const clean = join(dir, 'clean.jsonl');
    writeFileSync(clean, `${good(1)}\n${good(2)}\n`);
    const result = await runCli(['extract', clean, '--on-error', 'skip']);
    expect([result.status, result.stderr]).toEqual([0, '']);
  });
});

describe('extract --on-error fail (the default): stops at the first bad line, after writing everything before it', { timeout: 120_000 }, () => {
  it.each([['in this thread', []], ['on worker threads', ['--jobs', '2']]] as const)('%s', async (_how, jobs) => {
    const result = await runCli(['extract', corpus, '-r', '2024-01-15', ...jobs]);
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([expected(1)]);
    expect(result.stderr).toMatch(/^persian-ner: .*corpus\.jsonl: line 2: not valid JSON \(.*\)\n$/);
  });

  it('-f json still closes its array', async () => {
    const result = await runCli(['extract', corpus, '-r', '2024-01-15', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([expected(1)]);
  });

  it('a text file that is not UTF-8 is named, not silently changed', async () => {
    const binary = join(dir, 'latin1.txt');
    writeFileSync(binary, Buffer.from([0x74, 0xe9, 0x68, 0xe9, 0x72, 0x61, 0x6e]));
    const result = await runCli(['extract', binary]);
    expect([result.status, result.stdout, result.stderr]).toEqual([1, '', `persian-ner: ${binary}: not valid UTF-8\n`]);
  });
});

describe('writeOutcomes: a document that cannot be written fails alone, with its line', () => {
  const doc = (n: number): InputDocument => ({ text: `متن ${n}`, label: String(n), bytes: 10, where: `big.jsonl: line ${n}` });
  async function* outcomes() {
    for (const n of [1, 2, 3]) yield { doc: doc(n), entities: [] };
  }
  /** A writer whose output for document 2 is larger than any string can be (as a 50 MB line's output may be). */
  function writer(): DocumentWriter & { written: string[]; ended: boolean } {
    const w = {
      written: [] as string[],
      ended: false,
      async document(d: InputDocument) {
        if (d.label === '2') throw new RangeError('Invalid string length');
        w.written.push(d.label);
      },
      async end() {
        w.ended = true;
      },
    };
    return w;
  }

  it('skip: the others are written, the line is reported and counted', async () => {
    const w = writer();
    const warnings: string[] = [];
    const stats = newStats();
    expect(await writeOutcomes(outcomes(), w, 'skip', { stats, warn: (line) => warnings.push(line) })).toBe(3);
    expect(w.written).toEqual(['1', '3']);
    expect(warnings).toEqual(['persian-ner: big.jsonl: line 2: could not be written (RangeError: Invalid string length) (skipped)']);
    expect([stats.documents, stats.skipped, w.ended]).toEqual([2, 1, true]);
  });

  it('fail: stops at it, and the output is ended', async () => {
    const w = writer();
    const warnings: string[] = [];
    expect(await writeOutcomes(outcomes(), w, 'fail', { stats: newStats(), warn: (line) => warnings.push(line) })).toBe(1);
    expect([w.written, w.ended]).toEqual([['1'], true]);
    expect(warnings).toEqual(['persian-ner: big.jsonl: line 2: could not be written (RangeError: Invalid string length)']);
  });
});

describe('extract: reference dates the calendars cannot convert', () => {
  it('runs with a reference date after the last day jalaali-js converts: dates keep what can be computed', async () => {
    const result = await runCli(['extract', '-r', '9999-12-31', '-f', 'jsonl'], { stdin: 'امروز' });
    expect(result.status).toBe(0);
    const { entities } = JSON.parse(result.stdout) as { entities: Array<{ type: string; value: { gregorian?: string; jalali?: string } }> };
    expect(entities[0]?.type).toBe('DATE');
    expect(entities[0]?.value.gregorian).toBe('9999-12-31');
    expect(entities[0]?.value.jalali).toBeUndefined();
  });
});
