import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types, browser-safe (no Node built-ins).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // franc-min is ESM-only: bundle it so that the CommonJS build needs no require(esm).
    noExternal: ['franc-min'],
  },
  {
    // Node-only extras (worker-thread batches, Node streams) and the command-line tool.
    entry: { 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts', cli: 'src/cli/main.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { 'node/index': 'src/node/index.ts' } },
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: ['franc-min'],
  },
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
  },
]);
