import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { extractEntities } from '../../src/index';
import { asJson, jsonLines, runCli, startCli } from './helpers';

const SAMPLE_PATH = 'examples/sample-news.txt';
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const REFERENCE = '2010-11-01';
const SHORT = 'الهام علی اف رییس جمهوری آذربایجان روز دوشنبه در باکو با نماینده ایران در امور دریای خزر دیدار کرد.';

const dir = mkdtempSync(join(tmpdir(), 'persian-ner-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('extract: text inputs', () => {
  it('reads standard input and writes JSON Lines when piped', async () => {
    const result = await runCli(['extract', '--reference-date', REFERENCE], { stdin: SHORT });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(jsonLines(result.stdout)).toEqual([{ text: SHORT, entities: asJson(extractEntities(SHORT, { referenceDate: REFERENCE })) }]);
  });

  it('reads files, one document each, in the order given (json)', async () => {
    const other = file('other.txt', SHORT);
    const result = await runCli(['extract', SAMPLE_PATH, other, '--format', 'json', '-r', REFERENCE]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { file: SAMPLE_PATH, text: SAMPLE, entities: asJson(extractEntities(SAMPLE, { referenceDate: REFERENCE })) },
      { file: other, text: SHORT, entities: asJson(extractEntities(SHORT, { referenceDate: REFERENCE })) },
    ]);
  });

  it('writes an empty JSON array when there is no document', async () => {
    const empty = file('empty.jsonl', '\n\n');
    const result = await runCli(['extract', empty, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('prints a table on a terminal: one row per entity with type, text, span, value and confidence', async () => {
    const result = await runCli(['extract', SAMPLE_PATH, '-r', REFERENCE], { stdoutIsTTY: true });
    expect(result.status).toBe(0);
    const entities = extractEntities(SAMPLE, { referenceDate: REFERENCE });
    expect(result.stdout).toContain(`${SAMPLE_PATH} (${entities.length} entities)`);
    expect(result.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
    for (const header of ['type', 'text', 'span', 'value', 'conf.']) expect(result.stdout).toContain(header);
    const rows = result.stdout.split('\n').filter((line) => /^│ /.test(line)).slice(1);
    expect(rows).toHaveLength(entities.length);
    entities.forEach((e, i) => {
      expect(rows[i]).toContain(e.type);
      expect(rows[i]).toContain(e.text.replace(/\s+/g, ' '));
      expect(rows[i]).toContain(`${e.start}–${e.end}`);
      expect(rows[i]).toContain(e.confidence.toFixed(2));
    });
  });

  it('colours the types when asked to', async () => {
    const dict = file('colour.tsv', 'DRUG\tآسپرین\n');
    const coloured = await runCli(['--color', 'extract', '-f', 'table', '-d', dict], { stdin: 'آسپرین در تهران' });
    expect(coloured.stdout).toContain('\u001b[1mDRUG\u001b[22m'); // user types in bold
    const plain = await runCli(['--no-color', 'extract', '-f', 'table', '-d', dict], { stdin: 'آسپرین در تهران', stdoutIsTTY: true, env: {} });
    expect(plain.stdout).toContain('DRUG');
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('says so when a table has no entities, with the token count', async () => {
    const text = '... ؟ ! 123';
    expect(extractEntities(text)).toEqual([]);
    const result = await runCli(['extract', '-f', 'table'], { stdin: text });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^No entities found \(\d+ tokens\)\.\n$/);
  });

  it('writes a standalone right-to-left HTML page with one mark per entity', async () => {
    const result = await runCli(['extract', '-f', 'html', '--labels', 'fa', '-r', REFERENCE], { stdin: SHORT });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('<div class="persian-ner" dir="rtl" lang="fa">');
    expect(result.stdout.trimEnd().endsWith('</html>')).toBe(true);
    expect(result.stdout.match(/<mark /g) ?? []).toHaveLength(extractEntities(SHORT, { referenceDate: REFERENCE }).length);
  });

  it('keeps only the asked types, in any case, and names --types for an unknown one', async () => {
    const result = await runCli(['extract', SAMPLE_PATH, '--types', 'country,LOCATION']);
    const entities = jsonLines(result.stdout)[0]?.entities as Array<{ type: string }>;
    expect(entities).toEqual(asJson(extractEntities(SAMPLE, { types: ['COUNTRY', 'LOCATION'] })));
    expect(entities.every((e) => e.type === 'COUNTRY' || e.type === 'LOCATION')).toBe(true);
    const bad = await runCli(['extract', SAMPLE_PATH, '--types', 'PERSN']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^persian-ner: option '--types': unknown type "PERSN" \(known: PERSON, COUNTRY/);
  });

  it('knows the types TIME, MONEY and PERCENT', async () => {
    const text = 'ساعت ۱۰ صبح، ۵ درصد از ۲ میلیون دلار';
    const result = await runCli(['extract', '--types', 'time,MONEY,percent', '--format', 'jsonl'], { stdin: text });
    const entities = jsonLines(result.stdout)[0]?.entities as Array<{ type: string; text: string }>;
    expect(entities.map((e) => `${e.type}:${e.text}`)).toEqual(['TIME:ساعت ۱۰ صبح', 'PERCENT:۵ درصد', 'MONEY:۲ میلیون دلار']);
  });

  it('drops entities below --min-confidence, and names the flag of a bad value', async () => {
    const result = await runCli(['extract', SAMPLE_PATH, '--min-confidence', '0.9']);
    const entities = jsonLines(result.stdout)[0]?.entities as Array<{ confidence: number }>;
    expect(entities).toEqual(asJson(extractEntities(SAMPLE, { minConfidence: 0.9 })));
    expect(entities.every((e) => e.confidence >= 0.9)).toBe(true);
    const bad = await runCli(['extract', '--min-confidence', '2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("option '--min-confidence <n>' argument '2' is invalid");
  });

  it('leaves the normalized field out with --no-normalize-output', async () => {
    const result = await runCli(['extract', SAMPLE_PATH, '--no-normalize-output']);
    const entities = jsonLines(result.stdout)[0]?.entities as Array<Record<string, unknown>>;
    const expected = extractEntities(SAMPLE);
    expect(entities).toHaveLength(expected.length);
    for (const e of entities) {
      expect(e).not.toHaveProperty('normalized');
      expect(SAMPLE.slice(e.start as number, e.end as number)).toBe(e.text);
    }
  });

  it('prints a summary on standard error with --summary only (standard error is not a terminal here)', async () => {
    const quiet = await runCli(['extract', SAMPLE_PATH]);
    expect(quiet.stderr).toBe('');
    const loud = await runCli(['extract', SAMPLE_PATH, '--summary']);
    const count = extractEntities(SAMPLE).length;
    expect(loud.stderr).toMatch(new RegExp(`^persian-ner: 1 document, ${count} entit(y|ies)`));
    expect(loud.stderr).toMatch(/ kB in \d+ ms \([\d.]+ [kM]B\/s\)\n$/);
    expect(jsonLines(loud.stdout)).toHaveLength(1);
    const terminal = await runCli(['extract', SAMPLE_PATH], { stderrIsTTY: true, stdoutIsTTY: true });
    expect(terminal.stderr).toContain('1 document');
  });
});

describe('extract: JSONL corpora', () => {
  const docs = [
    { id: 'a', text: SHORT, lang: 'fa' },
    { id: 2, text: 'در تهران باران آمد.' },
    { text: 'سلام', meta: { n: 1 } },
    { id: 'd', text: '' },
  ];
  const corpus = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';

  it('adds entities to each object, keeping its fields, ids and order', async () => {
    const path = file('corpus.jsonl', corpus);
    const result = await runCli(['extract', path, '-r', REFERENCE]);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toEqual(docs.map((d) => ({ ...d, entities: asJson(extractEntities(d.text, { referenceDate: REFERENCE })) })));
  });

  it('reads JSONL from standard input with --input-format jsonl, skipping blank lines, CRLF too', async () => {
    const result = await runCli(['extract', '--input-format', 'jsonl'], { stdin: '\uFEFF' + corpus.replace(/\n/g, '\r\n') + '\r\n' });
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((r) => r.id)).toEqual(['a', 2, undefined, 'd']);
  });

  it('reads the text from another field with --text-field', async () => {
    const result = await runCli(['extract', '--input-format', 'jsonl', '--text-field', 'body'], { stdin: '{"id":7,"body":"در تهران"}\n' });
    expect(jsonLines(result.stdout)).toEqual([{ id: 7, body: 'در تهران', entities: asJson(extractEntities('در تهران')) }]);
  });

  it('treats a .jsonl file given with --input-format text as one text', async () => {
    const path = file('as-text.jsonl', '{"text":"x"}\n');
    const result = await runCli(['extract', path, '--input-format', 'text']);
    expect(jsonLines(result.stdout)).toEqual([{ file: path, text: '{"text":"x"}\n', entities: asJson(extractEntities('{"text":"x"}\n')) }]);
  });

  it('is a line-in, line-out filter: each result is written before the next line is read', async () => {
    const cli = startCli(['extract', '--input-format', 'jsonl']);
    cli.stdin.write('{"id":1,"text":"در تهران"}\n');
    await cli.stdout.until((text) => text.includes('\n'));
    expect(jsonLines(cli.stdout.text()).map((r) => r.id)).toEqual([1]);
    cli.stdin.write('{"id":2,"text":"در باکو"}\n');
    await cli.stdout.until((text) => text.split('\n').length > 2);
    cli.stdin.end();
    expect(await cli.done).toBe(0);
    expect(jsonLines(cli.stdout.text()).map((r) => r.id)).toEqual([1, 2]);
  });

  it('gives the same output on worker threads (--jobs 2), in input order', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: i, text: i % 3 === 0 ? SHORT : `سند ${i} در تهران و باکو` }));
    const path = file('many.jsonl', many.map((d) => JSON.stringify(d)).join('\n'));
    const single = await runCli(['extract', path, '-r', REFERENCE]);
    const parallel = await runCli(['extract', path, '-r', REFERENCE, '--jobs', '2']);
    expect(parallel.stderr).toBe('');
    expect(parallel.status).toBe(0);
    expect(jsonLines(parallel.stdout).map((r) => r.id)).toEqual(many.map((d) => d.id));
    expect(parallel.stdout).toBe(single.stdout);
  });

  it('names the line of invalid JSON and stops with status 1 after writing the lines before it', async () => {
    const path = file('bad.jsonl', '{"id":1,"text":"در تهران"}\n\n{"id":2,"text":\n{"id":3,"text":"x"}\n');
    const result = await runCli(['extract', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^persian-ner: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 3: not valid JSON \\(.+\\)\\n$`));
    expect(jsonLines(result.stdout).map((r) => r.id)).toEqual([1]);
  });

  it('names the line of an object without text, and of a value that is not an object', async () => {
    const noText = await runCli(['extract', '--input-format', 'jsonl'], { stdin: '{"id":1,"text":"a"}\n{"id":2,"body":"b"}\n' });
    expect(noText.status).toBe(1);
    expect(noText.stderr).toBe('persian-ner: <stdin>: line 2: expected a string field "text"\n');
    const notObject = await runCli(['extract', '--input-format', 'jsonl'], { stdin: '[1,2]\n' });
    expect(notObject.stderr).toMatch(/^persian-ner: <stdin>: line 1: expected a JSON object/);
  });

  it('reports a bad line in the same way on worker threads', async () => {
    const path = file('bad-parallel.jsonl', '{"id":1,"text":"a"}\nnope\n');
    const result = await runCli(['extract', path, '--jobs', '2']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(': line 2: not valid JSON');
    expect(jsonLines(result.stdout).map((r) => r.id)).toEqual([1]);
  });
});

describe('extract: user dictionaries', () => {
  it('finds the entries of a TSV dictionary, reporting the file as source', async () => {
    const dict = file('drugs.tsv', 'type\ttext\taliases\nDRUG\tآسپرین\tاسپرین\n');
    const result = await runCli(['extract', '--dict', dict, '--types', 'drug'], { stdin: 'دیروز آسپرین و اسپرین خوردم' });
    expect(result.stderr).toBe('');
    const entities = jsonLines(result.stdout)[0]?.entities as Array<Record<string, unknown>>;
    expect(entities.map((e) => [e.type, e.text, e.source])).toEqual([
      ['DRUG', 'آسپرین', 'drugs.tsv'],
      ['DRUG', 'اسپرین', 'drugs.tsv'],
    ]);
  });

  it('reads JSON dictionaries too, and several at once', async () => {
    const json = file('places.json', JSON.stringify([{ type: 'LANDMARK', text: 'برج میلاد', value: { city: 'تهران' } }]));
    const tsv = file('drugs2.tsv', 'DRUG\tآسپرین\n');
    const result = await runCli(['extract', '-d', json, '-d', tsv, '-t', 'LANDMARK,DRUG'], { stdin: 'کنار برج میلاد آسپرین خریدم' });
    const entities = jsonLines(result.stdout)[0]?.entities as Array<Record<string, unknown>>;
    expect(entities.map((e) => [e.type, e.source])).toEqual([
      ['LANDMARK', 'places.json'],
      ['DRUG', 'drugs2.tsv'],
    ]);
    expect(entities[0]?.value).toEqual({ city: 'تهران' });
  });

  it('refuses a bad dictionary naming the file and the entry, with status 2', async () => {
    const dict = file('my.tsv', 'DRUG\tآسپرین\n\nDRUG\t\n');
    const result = await runCli(['extract', '--dict', dict], { stdin: 'x' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^persian-ner: dictionary "my\.tsv": line 3\b.*\n$/);
    const json = file('bad.json', JSON.stringify({ entries: [{ type: 'A', text: 'x' }, { type: 'A', text: 'y', alias: ['z'] }] }));
    const jsonResult = await runCli(['extract', '--dict', json], { stdin: 'x' });
    expect(jsonResult.status).toBe(2);
    expect(jsonResult.stderr).toMatch(/^persian-ner: dictionary "bad\.json": entries\[1\]/);
  });

  it('names a missing dictionary file with the status of a missing input file (1)', async () => {
    const missing = await runCli(['extract', '--dict', 'nope.tsv'], { stdin: 'x' });
    const input = await runCli(['extract', 'nope.txt']);
    expect(missing).toEqual({ status: 1, stdout: '', stderr: 'persian-ner: cannot read "nope.tsv": no such file\n' });
    expect(missing.status).toBe(input.status);
  });

  it('reads a dictionary by its content, whatever its name', async () => {
    const jsonInTxt = file('drugs.txt', JSON.stringify([{ type: 'DRUG', text: 'آسپرین' }]));
    const tsvInJson = file('more.json', 'DRUG\tاستامینوفن\n');
    const result = await runCli(['extract', '-d', jsonInTxt, '-d', tsvInJson, '-t', 'DRUG'], { stdin: 'آسپرین و استامینوفن' });
    expect(result.stderr).toBe('');
    expect(jsonLines(result.stdout)[0]?.entities).toMatchObject([
      { type: 'DRUG', text: 'آسپرین', source: 'drugs.txt' },
      { type: 'DRUG', text: 'استامینوفن', source: 'more.json' },
    ]);
  });
});

describe('extract: usage and input errors', () => {
  it('names a missing input file in one line, status 1, nothing written', async () => {
    const result = await runCli(['extract', SAMPLE_PATH, 'x.txt']);
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'persian-ner: cannot read "x.txt": no such file\n' });
    const folder = await runCli(['extract', dir]);
    expect(folder.stderr).toBe(`persian-ner: cannot read "${dir}": is a directory\n`);
  });

  it('names the flag of a bad reference date, status 2', async () => {
    for (const bad of ['2010-13-01', '2010-02-30', 'yesterday', '1389-13-01']) {
      const result = await runCli(['extract', '--reference-date', bad], { stdin: 'x' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`persian-ner: option '-r, --reference-date <date>' argument '${bad}' is invalid`);
      expect(result.stderr.split('\n')).toHaveLength(2);
    }
  });

  it('places a date without its year as --implied-dates says, and names the flag of a bad mode', async () => {
    const text = 'جشن در ۲۸ اسفند برگزار شد';
    const dayOf = async (...flags: string[]): Promise<unknown> => {
      const result = await runCli(['extract', '-r', '2024-01-15', ...flags], { stdin: text });
      expect(result.status).toBe(0);
      return (jsonLines(result.stdout)[0] as { entities: Array<{ value: { jalali: string } }> }).entities[0]?.value.jalali;
    };
    expect(await dayOf()).toBe('1402-12-28');
    expect(await dayOf('--implied-dates', 'past')).toBe('1401-12-28');
    expect(await dayOf('--implied-dates', 'future')).toBe('1402-12-28');
    const bad = await runCli(['extract', '--implied-dates', 'later'], { stdin: text });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("option '--implied-dates <mode>' argument 'later' is invalid");
  });

  it('accepts a Solar Hijri reference date as the same day', async () => {
    const text = 'امروز در تهران';
    const jalali = await runCli(['extract', '-r', '1389-08-10'], { stdin: text });
    const gregorian = await runCli(['extract', '-r', '2010-11-01'], { stdin: text });
    expect(jalali.status).toBe(0);
    expect(jalali.stdout).toBe(gregorian.stdout);
  });

  it('refuses unknown options, formats and bad --jobs with status 2 and a hint', async () => {
    const unknown = await runCli(['extract', '--bogus']);
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: "persian-ner: unknown option '--bogus' (see persian-ner --help)\n" });
    const format = await runCli(['extract', '-f', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/^persian-ner: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are table, json, jsonl, html\./);
    const jobs = await runCli(['extract', '--jobs', '0']);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain("option '-j, --jobs <n>' argument '0' is invalid");
    const command = await runCli(['frobnicate']);
    expect(command.status).toBe(2);
    expect(command.stderr).toMatch(/^persian-ner: unknown command 'frobnicate'/);
  });

  it('prints help and version', async () => {
    const help = await runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: persian-ner');
    for (const command of ['extract', 'normalize', 'tokenize']) expect(help.stdout).toContain(command);
    const none = await runCli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: persian-ner');
    const version = await runCli(['--version']);
    expect(version).toEqual({ status: 0, stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`, stderr: '' });
  });
});
