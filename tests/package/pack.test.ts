/**
 * What `npm publish` would ship: small, and nothing in it that nothing references. Reads `npm pack --dry-run`,
 * so it needs the build (`npm run build`; CI builds first) and is skipped with a message without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const built = existsSync('dist/index.js') && existsSync('dist/index.cjs') && existsSync('dist/cli.js');
if (!built) console.log('tests/package/pack: dist/ is not built (npm run build); the package checks are skipped');

interface PackResult {
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

function pack(): PackResult {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  const [result] = JSON.parse(out) as PackResult[];
  if (!result) throw new Error('npm pack printed nothing');
  return result;
}

/** The files package.json points at: exports, main, module, types, bin, unpkg. */
function entryPoints(): string[] {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && value.startsWith('./')) found.push(normalize(value));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const field of ['exports', 'main', 'module', 'types', 'bin', 'unpkg', 'jsdelivr']) walk(manifest[field]);
  return found;
}

/** Relative files a built file imports, requires, names by URL (`new URL('../dist/cli.js', …)`) or loads as a worker. */
function referencedBy(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = text.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*|import\s+|new URL\(\s*|\/\/\/\s*<reference path=)["'](\.{1,2}\/[^"']+)["']|[`'"]\.\/(worker)\$\{/g);
  const out: string[] = [];
  for (const m of specifiers) {
    if (m[1]) out.push(normalize(join(dirname(file), m[1])));
    // the worker is found next to node/index by its extension: worker.js and worker.cjs
    if (m[2]) out.push(normalize(join(dirname(file), 'worker.js')), normalize(join(dirname(file), 'worker.cjs')));
  }
  return out;
}

describe.skipIf(!built)('the published package', () => {
  const result = built ? pack() : undefined;

  it('is at most 2 MB packed and 10 MB unpacked', () => {
    expect(result!.size).toBeLessThanOrEqual(2_000_000);
    expect(result!.unpackedSize).toBeLessThanOrEqual(10_000_000);
  });

  it('ships no source maps and no build output that nothing references', () => {
    const shipped = result!.files.map((f) => normalize(f.path));
    expect(shipped.filter((f) => f.endsWith('.map'))).toEqual([]);
    const reached = new Set<string>();
    const queue = entryPoints();
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      if (existsSync(file) && /\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file)) queue.push(...referencedBy(file));
    }
    // declaration files name their chunks without an extension's `.d`: `./index-abc.js` is `index-abc.d.ts`
    const declarationOf = (f: string): string => f.replace(/\.d\.(c?)ts$/, '.$1js');
    // (a file left over from an earlier build shows here too: `npm run build` empties dist/ first)
    const unreachable = shipped.filter((f) => f.startsWith('dist/') && !reached.has(f) && !reached.has(declarationOf(f)));
    expect(unreachable).toEqual([]);
  });

  it('bundles zod, jalaali-js and franc-min instead of also installing them, with their licences', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const bundled = ['zod', 'jalaali-js', 'franc-min'];
    expect(Object.keys(manifest.dependencies).filter((d) => bundled.includes(d))).toEqual([]);
    const shippedCode = result!.files
      .map((f) => f.path)
      .filter((f) => /^dist\/[^/]+\.js$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const notices = readFileSync('THIRD_PARTY_LICENSES.md', 'utf8');
    for (const name of bundled) {
      expect(shippedCode).toContain(`node_modules/${name}/`);
      expect(notices).toContain(`## ${name} `);
    }
    expect(result!.files.map((f) => f.path)).toContain('THIRD_PARTY_LICENSES.md');
  });
});
