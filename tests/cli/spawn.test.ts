import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/index';
import { asJson, jsonLines } from './helpers';

interface Spawned {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a real process, feeding `input` on standard input. */
function spawnCli(args: string[], input: string): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

const TEXT = 'رییس جمهوری آذربایجان در باکو با نماینده ایران دیدار کرد.';
const CORPUS = '{"id":"x","text":"در تهران"}\n{"id":"y","text":"' + TEXT + '"}\n';

describe('the persian-ner process', () => {
  it('runs from source as a JSONL filter and exits 0', async () => {
    const result = await spawnCli(['--import', 'tsx', 'src/cli/main.ts', 'extract', '--input-format', 'jsonl'], CORPUS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { id: 'x', text: 'در تهران', entities: asJson(extractEntities('در تهران')) },
      { id: 'y', text: TEXT, entities: asJson(extractEntities(TEXT)) },
    ]);
  });

  it('exits 1 with one line on standard error for a missing file', async () => {
    const result = await spawnCli(['--import', 'tsx', 'src/cli/main.ts', 'extract', 'no-such-file.txt'], '');
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'persian-ner: cannot read "no-such-file.txt": no such file\n' });
  });

  const built = existsSync('dist/cli.js');
  if (!built) console.log('tests/cli/spawn: dist/cli.js is not built (npm run build); its smoke test is skipped');
  it.skipIf(!built)('runs as the built bin, also on worker threads', async () => {
    const single = await spawnCli(['dist/cli.js', 'extract', '--input-format', 'jsonl'], CORPUS);
    expect(single.status).toBe(0);
    expect(jsonLines(single.stdout).map((r) => r.id)).toEqual(['x', 'y']);
    const parallel = await spawnCli(['dist/cli.js', 'extract', '--input-format', 'jsonl', '--jobs', '2'], CORPUS);
    expect(parallel.stderr).toBe('');
    expect(parallel.stdout).toBe(single.stdout);
  });
});
