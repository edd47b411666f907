import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import { asJson, jsonLines, runCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'persian-ner-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEXT = 'رییس جمهوری آذربایجان در باکو با نماینده ایران دیدار کرد.';
const newsFile = join(dir, 'news.txt');
writeFileSync(newsFile, TEXT);

describe('--no-text', () => {
  it('leaves the input text out of JSONL and JSON records of text inputs', async () => {
    const entities = asJson(extractEntities(TEXT));
    const jsonl = await runCli(['extract', '--no-text', '-f', 'jsonl', newsFile]);
    expect(jsonLines(jsonl.stdout)).toEqual([{ file: newsFile, entities }]);
    const json = await runCli(['extract', '--no-text', '-f', 'json'], { stdin: TEXT });
    expect(JSON.parse(json.stdout)).toEqual([{ entities }]);
    const withText = await runCli(['extract', '-f', 'jsonl', newsFile]);
    expect(jsonLines(withText.stdout)).toEqual([{ file: newsFile, text: TEXT, entities }]);
  });

  it('leaves the text field of JSONL records out, keeping every other field', async () => {
    const corpus = `${JSON.stringify({ id: 1, body: TEXT, lang: 'fa' })}\n`;
    const result = await runCli(['extract', '--input-format', 'jsonl', '--text-field', 'body', '--no-text'], { stdin: corpus });
    expect(jsonLines(result.stdout)).toEqual([{ id: 1, lang: 'fa', entities: asJson(extractEntities(TEXT)) }]);
  });
});

describe('HTML headings', () => {
  it('isolate a file path left to right, a record id by its first letter', async () => {
    const page = await runCli(['extract', '-f', 'html', newsFile]);
    expect(page.stdout).toContain(`<h2><bdi dir="ltr">${newsFile}</bdi></h2>`);
    const records = await runCli(['extract', '-f', 'html', '--input-format', 'jsonl'], { stdin: `${JSON.stringify({ id: 'خبر ۱', text: TEXT })}\n${JSON.stringify({ text: TEXT })}\n` });
    expect(records.stdout).toContain('<h2><bdi dir="auto">خبر ۱</bdi></h2>');
    expect(records.stdout).toContain('<h2><bdi dir="ltr">&lt;stdin&gt;:2</bdi></h2>');
  });
});
