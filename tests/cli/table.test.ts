import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { entityTable, tokenTable } from '../../src/cli/table';
import { tokenize } from '../../src/index';
import type { Entity } from '../../src/types';
import { runCli } from './helpers';

const plain = pc.createColors(false);
const DATE: Entity = {
  type: 'DATE',
  text: 'اکتبر سال گذشته',
  start: 2604,
  end: 2619,
  normalized: 'اکتبر سال گذشته',
  source: 'rule',
  confidence: 0.85,
  value: { calendar: 'gregorian', granularity: 'month', gregorian: '2009-10', start: '2009-10-01', end: '2009-10-31', relative: true },
};
const PERSON: Entity = {
  type: 'PERSON',
  text: 'محمد مهدی\nآخوندزاده',
  start: 10,
  end: 29,
  normalized: 'محمد مهدی آخوندزاده',
  source: 'dictionary',
  confidence: 0.875,
  value: { given: 'محمد مهدی', family: 'آخوندزاده' },
};

const bodyRows = (table: string): string[] => table.split('\n').filter((line) => line.startsWith('│ ')).slice(1);

describe('entity table', () => {
  it('shows type, text on one line, span, value summary and confidence', () => {
    const rows = bodyRows(entityTable([PERSON, DATE], plain));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^│ PERSON +│ محمد مهدی آخوندزاده +│ 10–29 +│ given: محمد مهدی, family: آخوندزاده +│ 0\.88 +│$/);
    expect(rows[1]).toContain('gregorian 2009-10, 2009-10-01…2009-10-31, relative');
  });

  it('fits a narrow terminal by wrapping the value, keeping every line within the width', () => {
    const wide = entityTable([PERSON, DATE], plain);
    const widest = Math.max(...wide.split('\n').map((l) => l.length));
    const narrow = entityTable([PERSON, DATE], plain, widest - 20);
    expect(Math.max(...narrow.split('\n').map((l) => l.length))).toBeLessThanOrEqual(widest - 20);
    expect(narrow.replace(/[│\s]+/g, ' ')).toContain('2009-10-31,');
    expect(entityTable([PERSON, DATE], plain, 500)).toBe(wide);
  });

  it('fits the terminal width the CLI is given', async () => {
    const result = await runCli(['extract', 'examples/sample-news.txt', '-r', '2010-11-01'], { stdoutIsTTY: true, columns: 80 });
    const tableLines = result.stdout.split('\n').filter((line) => /^[│┌├└]/.test(line));
    expect(tableLines.length).toBeGreaterThan(0);
    for (const line of tableLines) expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('token table', () => {
  it('lists each token with its kind and span, and the normalized form where it differs', () => {
    const text = 'كتاب ۱۲';
    const rows = bodyRows(tokenTable(tokenize(text), plain));
    expect(rows).toHaveLength(tokenize(text).length);
    expect(rows[0]).toMatch(/^│ 1 +│ كتاب +│ word +│ 0–4 +│ کتاب +│$/);
  });
});
