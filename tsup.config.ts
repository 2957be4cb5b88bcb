import { defineConfig } from 'tsup';

// ESM-only dependencies (unified, retext) are bundled into the CommonJS build so that require() works on every Node 20.
const esmOnly = [/^unified/, /^retext/, /^parse-/, /^nlcst/, /^unist/, /^vfile/, /^bail$/, /^devlop$/, /^extend$/, /^is-plain-obj$/, /^trough$/, /^array-iterate$/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'neutral',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: esmOnly,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // casenote-lint/codemirror: type-only imports of the core, @codemirror/* are peer dependencies.
    entry: { codemirror: 'src/codemirror/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: [/^@codemirror\//],
  },
  {
    // The worker thread of `casenote-lint --jobs N` (piscina loads it from beside dist/cli.js).
    entry: { 'lint-worker': 'src/cli/lint-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { lsp: 'src/lsp/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
