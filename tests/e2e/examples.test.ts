/** The runnable examples run against the build (package self-reference), as a reader would run them. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const built = existsSync('dist/index.js') && existsSync('dist/index.cjs');
if (!built) console.log('tests/e2e/examples: skipped, the library is not built (npm run build)');

function runNode(script: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { encoding: 'utf8' }, (error, stdout, stderr) => resolve({ status: error ? 1 : 0, stdout, stderr }));
  });
}

describe.skipIf(!built)('examples', () => {
  it('node-esm.mjs imports persian-ner, extracts, and uses a user entry', async () => {
    const result = await runNode('examples/node-esm.mjs');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^COUNTRY +آذربایجان/m);
    expect(result.stdout).toContain("type: 'DRUG'");
    expect(result.stdout).toContain("source: 'user'");
    expect(result.stdout).toMatch(/\d+ characters of HTML/);
  });

  it('node-cjs.cjs requires persian-ner', async () => {
    const result = await runNode('examples/node-cjs.cjs');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('کتاب‌های ۱۲۳');
    expect(result.stdout).toMatch(/^\d+ tokens$/m);
  });
});
