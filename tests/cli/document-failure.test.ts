// A document whose analysis throws (none should, but a library error must not cost the run) is reported with its
// line, and the documents around it are written. The library's extractEntities is replaced here by one that
// throws on a marked text.
import { describe, expect, it, vi } from 'vitest';
import { jsonLines, runCli } from './helpers';

vi.mock('../../src/index', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/index')>();
  return {
    ...actual,
    extractEntities: (text: string, options?: Parameters<typeof actual.extractEntities>[1]) => {
      if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return actual.extractEntities(text, options);
    },
  };
});

const INPUT = ['{"id":1,"text":"در تهران"}', '{"id":2,"text":"BOOM"}', '{"id":3,"text":"در باکو"}'].join('\n');

describe('a document that throws in the library', () => {
  it('skip: it is reported with its line, the others are written', async () => {
    const result = await runCli(['extract', '--input-format', 'jsonl', '--on-error', 'skip'], { stdin: INPUT });
    expect(jsonLines(result.stdout).map((r) => r.id)).toEqual([1, 3]);
    expect(result.stderr).toBe('persian-ner: <stdin>: line 2: could not be analysed (RangeError: Maximum call stack size exceeded) (skipped)\n');
    expect(result.status).toBe(3);
  });

  it('fail: the run stops there with its line, not as an "internal error"', async () => {
    const result = await runCli(['extract', '--input-format', 'jsonl'], { stdin: INPUT });
    expect(jsonLines(result.stdout).map((r) => r.id)).toEqual([1]);
    expect(result.stderr).toBe('persian-ner: <stdin>: line 2: could not be analysed (RangeError: Maximum call stack size exceeded)\n');
    expect(result.status).toBe(1);
  });
});
