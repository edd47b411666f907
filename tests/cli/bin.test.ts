/**
 * `npx persian-ner` in a fresh clone (after `npm install`, before `npm run build`): npm links the project's own
 * bin, bin/persian-ner.js, which says to build first instead of the shell's "persian-ner: not found".
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'persian-ner-clone-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The files a clone of this working tree has: tracked and new ones, nothing ignored (no dist/). */
function cloneWorkingTree(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(file, join(to, file), { errorOnExist: false, force: true });
  }
  symlinkSync(resolve('node_modules'), join(to, 'node_modules'), 'dir'); // as `npm install` left it
}

describe('npx persian-ner in a fresh clone', () => {
  it('says to build first when dist/ is not there', async () => {
    const clone = join(root, 'clone');
    cloneWorkingTree(clone);
    // npm's own cache in the temporary folder, offline: the project links its bin, nothing is downloaded
    const env = { ...process.env, npm_config_cache: join(root, 'npm-cache'), npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    const result = await new Promise<{ status: number; stderr: string }>((done) => {
      execFile('npx', ['persian-ner', 'extract', 'examples/sample-news.txt'], { cwd: clone, env, encoding: 'utf8' }, (error, _stdout, stderr) =>
        done({ status: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    expect(result.stderr).toContain('persian-ner: the command-line tool is not built yet: run `npm run build` first');
    expect(result.status).toBe(1);
  }, 120_000);
});
