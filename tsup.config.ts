import { defineConfig, type Options } from 'tsup';
import { jsonAsParse } from './scripts/json-as-parse';

/**
 * Persian letters are written as they are: esbuild escapes every non-ASCII character by default («ا» as
 * `\u0627`, six bytes instead of two), which made the bundles a third larger and slower to parse.
 */
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

/** The library (browser-safe) and its Node-only extras (worker-thread batches, Node streams). */
const library = { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' };

/**
 * Both formats are split: the dictionaries are bundled once per format, in a shared chunk, not once per entry
 * point. `dist/` is emptied by the `prebuild` script: the configurations run side by side into one folder.
 */
const shared: Options = {
  splitting: true,
  target: 'es2022',
  // Browser-safe except the `node/` entries and the CLI, whose Node built-ins stay imports.
  platform: 'neutral',
  external: [/^node:/],
  // Bundled, and so not dependencies: franc-min is ESM-only (the CommonJS build needs no require(esm) then);
  // zod is 93 modules (700 kB with its locales) to resolve and compile at import, of which validation uses 28 kB;
  // jalaali-js is one small CommonJS file. Their licences: THIRD_PARTY_LICENSES.md.
  noExternal: ['franc-min', 'zod', 'jalaali-js'],
  esbuildOptions: utf8,
  esbuildPlugins: [jsonAsParse],
};

export default defineConfig([
  // ESM, with the command-line tool (`bin`), which shares the library's chunk instead of carrying a copy.
  { ...shared, entry: { ...library, cli: 'src/cli/main.ts' }, format: ['esm'], dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } } },
  // CommonJS for `require('persian-ner')`.
  // `shims` gives `import.meta.url` a value in CommonJS (from `__filename`): `node/` finds its worker by it.
  { ...shared, entry: library, format: ['cjs'], shims: true, dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } } },
  {
    // One self-contained file for browsers (<script> tag, the demo page), exposing `PersianNER`.
    entry: { 'persian-ner': 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['iife', 'esm'],
    globalName: 'PersianNER',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
    esbuildOptions: utf8,
    esbuildPlugins: [jsonAsParse],
  },
]);
