/**
 * The packed package type-checks in new consumer projects under each `moduleResolution` TypeScript users have:
 * `node` (the default with `module: commonjs`), `node16` (from ESM and from CommonJS) and `bundler`. The
 * package is made with `npm pack` and unpacked into a temporary `node_modules`, as a registry install would;
 * needs the build (`npm run build`), skips with a note without it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DECLARATIONS = ['dist/index.d.ts', 'dist/index.d.cts', 'dist/node/index.d.ts', 'dist/node/index.d.cts'];
const missing = DECLARATIONS.filter((path) => !existsSync(path));
if (missing.length > 0) console.log(`tests/e2e/package-types: skipped, the library is not built (npm run build): missing ${missing.join(', ')}`);

const TSC = resolve('node_modules/typescript/bin/tsc');

function exec(command: string, args: string[], cwd: string): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** What a consumer writes: both entry points, with their types really there (not `any`). */
const USAGE = `
import { extractEntities, createExtractor, type Entity } from 'persian-ner';
import { extractBatch, extractReadable } from 'persian-ner/node';

const entities: Entity[] = extractEntities('در تهران', { types: ['LOCATION'] });
const start: number = entities[0]?.start ?? 0;
const extractor = createExtractor({ entries: [{ type: 'DRUG', text: 'آسپرین' }] });
void extractBatch(['در تهران'], { jobs: 1 });
void extractReadable;
// @ts-expect-error the text must be a string: the types are the package's, not any
extractEntities(42);
// @ts-expect-error jobs is a number
void extractBatch(['x'], { jobs: 'two' });
export { start, extractor };
`;

interface Consumer {
  name: string;
  /** Files of the project, the tsconfig included. */
  files: Record<string, string>;
}

const compilerOptions = (options: Record<string, unknown>): string =>
  JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: ['node'], ...options } }, null, 2);

const CONSUMERS: Consumer[] = [
  {
    name: 'moduleResolution node (module commonjs)',
    files: { 'tsconfig.json': compilerOptions({ module: 'commonjs', moduleResolution: 'node' }), 'index.ts': USAGE },
  },
  {
    name: 'moduleResolution node16, from ESM and from CommonJS',
    files: {
      'package.json': '{ "type": "module" }',
      'tsconfig.json': compilerOptions({ module: 'node16', moduleResolution: 'node16' }),
      'index.ts': USAGE,
      'required.cts': USAGE,
    },
  },
  {
    name: 'moduleResolution bundler (module esnext)',
    files: { 'tsconfig.json': compilerOptions({ module: 'esnext', moduleResolution: 'bundler' }), 'index.ts': USAGE },
  },
];

describe.skipIf(missing.length > 0)('the packed package in consumer projects', () => {
  const root = mkdtempSync(join(tmpdir(), 'persian-ner-consumers-'));
  let packed: { status: number; output: string };

  beforeAll(async () => {
    packed = await exec('npm', ['pack', '--ignore-scripts', '--pack-destination', root], process.cwd());
    const tarball = readdirSync(root).find((file) => file.endsWith('.tgz'));
    if (packed.status !== 0 || !tarball) return;
    await exec('tar', ['-xzf', tarball], root);
    mkdirSync(join(root, 'node_modules'));
    renameSync(join(root, 'package'), join(root, 'node_modules/persian-ner'));
    // the consumers' own dependency: Node's types (the package's declarations import node:stream)
    symlinkSync(resolve('node_modules/@types'), join(root, 'node_modules/@types'), 'dir');
    for (const consumer of CONSUMERS) {
      const dir = join(root, consumer.name.replace(/\W+/g, '-'));
      mkdirSync(dir);
      for (const [file, text] of Object.entries(consumer.files)) writeFileSync(join(dir, file), text);
    }
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('npm pack makes the package', () => {
    expect(packed.status, packed.output).toBe(0);
    expect(existsSync(join(root, 'node_modules/persian-ner/dist/node/index.d.cts'))).toBe(true);
  });

  it.concurrent.each(CONSUMERS.map((c) => [c.name, c] as const))('type-checks under %s', async (_name, consumer) => {
    const result = await exec(process.execPath, [TSC, '-p', '.'], join(root, consumer.name.replace(/\W+/g, '-')));
    expect(result.output.trim(), `tsc in a consumer project (${consumer.name}) reported`).toBe('');
    expect(result.status).toBe(0);
  }, 180_000);
});
