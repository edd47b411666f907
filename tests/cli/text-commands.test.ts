import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from '../../src/index';
import { asJson, jsonLines, runCli } from './helpers';
import { parseJobs, parseReferenceDate, parseTypeList, resolveTypes } from '../../src/cli/options';

const SAMPLE_PATH = 'examples/sample-news.txt';
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const MIXED = 'كتاب‌هاي  ۱۲۳ ٤٥ عليرضا';

describe('normalize', () => {
  it('prints the normalized text of standard input and of files', async () => {
    const piped = await runCli(['normalize'], { stdin: MIXED });
    expect(piped).toEqual({ status: 0, stdout: normalize(MIXED), stderr: '' });
    const files = await runCli(['normalize', SAMPLE_PATH, '-']);
    expect(files.stdout).toBe(normalize(SAMPLE) + normalize(''));
  });

  it('names a missing file', async () => {
    expect(await runCli(['normalize', 'missing.txt'])).toEqual({ status: 1, stdout: '', stderr: 'persian-ner: cannot read "missing.txt": no such file\n' });
  });
});

describe('tokenize', () => {
  it('writes one JSON token a line when piped', async () => {
    const result = await runCli(['tokenize'], { stdin: MIXED });
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toEqual(asJson(tokenize(MIXED)));
  });

  it('adds the file to each token when there are several inputs', async () => {
    const result = await runCli(['tokenize', SAMPLE_PATH, '-'], { stdin: MIXED });
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(tokenize(SAMPLE).length + tokenize(MIXED).length);
    expect(lines[0]).toEqual({ file: SAMPLE_PATH, ...(asJson(tokenize(SAMPLE)[0]) as object) });
    expect(lines.at(-1)?.file).toBe('<stdin>');
  });

  it('prints a table on a terminal', async () => {
    const result = await runCli(['tokenize'], { stdin: MIXED, stdoutIsTTY: true });
    const rows = result.stdout.split('\n').filter((line) => /^│ /.test(line)).slice(1);
    const tokens = tokenize(MIXED);
    expect(rows).toHaveLength(tokens.length);
    tokens.forEach((t, i) => expect(rows[i]).toContain(`${t.start}–${t.end}`));
  });
});

describe('option parsers', () => {
  it('reads reference dates, Gregorian or Solar Hijri', () => {
    expect(parseReferenceDate('2024-01-15')).toBe('2024-01-15');
    expect(parseReferenceDate('1389-08-10')).toBe('2010-11-01');
    expect(parseReferenceDate('1402-12-29')).toBe('2024-03-19');
    expect(() => parseReferenceDate('2023-02-29')).toThrow(/YYYY-MM-DD/);
    expect(() => parseReferenceDate('1402-12-30')).toThrow(); // 1402 is not a leap year
    expect(() => parseReferenceDate('15/01/2024')).toThrow();
  });

  it('reads jobs and type lists', () => {
    expect(parseJobs('4')).toBe(4);
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => parseJobs(bad)).toThrow(/whole number/);
    expect(parseTypeList(' PERSON, date ,')).toEqual(['PERSON', 'date']);
    expect(() => parseTypeList(' , ')).toThrow();
    expect(resolveTypes(['date', 'Person'], ['PERSON', 'DATE'])).toEqual({ types: ['DATE', 'PERSON'] });
    expect(resolveTypes(['DATE', 'X'], ['PERSON', 'DATE'])).toEqual({ unknown: 'X' });
  });
});
