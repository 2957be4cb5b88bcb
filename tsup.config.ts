import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// What is bundled is in devDependencies; what is not is a dependency, installed once (package.json).
//
// The core's dependencies are bundled into every build: a tree-shaken bundle imports in a quarter of
// the time of hundreds of separate modules (date-fns and zod are large), require() works on every
// Node 20 although unified and retext are ESM-only, and a browser gets one file.
const core = [/^unified/, /^retext/, /^parse-/, /^nlcst/, /^unist/, /^vfile/, /^bail$/, /^devlop$/, /^extend$/, /^is-plain-obj$/, /^trough$/, /^array-iterate$/, /^zod/, /^yaml$/, /^date-fns/, /^@date-fns\//];
// The CLI's file walk (with the .gitignore and glob matchers the language server shares) and the language server's protocol are bundled into the Node entries, so that a
// browser user installs neither. piscina is not: it starts its own worker file from its own folder.
const node = [...core, /^tinyglobby$/, /^fdir$/, /^picomatch$/, /^ignore$/, /^vscode-languageserver/, /^vscode-jsonrpc/];
const resolveModules = (options: { mainFields?: string[] }) => {
  options.mainFields = ['module', 'main'];
};
// Bundled CommonJS dependencies (yaml's Node build, the language server's protocol) call require(); an
// ES module has none of its own.
const nodeRequire = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// An entry built on the core (casenote-lint/unified) imports it from the package's main entry instead of
// bundling a second copy of the rules.
const mainEntry = resolve(import.meta.dirname, 'src/index.ts');
const coreFromMainEntry: Plugin = {
  name: 'core-from-main-entry',
  setup(build) {
    build.onResolve({ filter: /index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts') === mainEntry ? { path: 'casenote-lint', external: true } : undefined,
    );
  },
};

// No source maps: the bundles are not minified and esbuild marks where each source file starts
// (`// src/rules/no-acronyms.ts`), so a stack trace leads to the source without one; maps made up
// two thirds of the package.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: false,
    target: 'node20',
    platform: 'neutral',
    noExternal: core,
    esbuildOptions: resolveModules,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    noExternal: core,
  },
  {
    // casenote-lint/codemirror: type-only imports of the core (apart from the small failure finding), @codemirror/* are peer dependencies.
    entry: { codemirror: 'src/codemirror/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    external: [/^@codemirror\//],
  },
  {
    // casenote-lint/unified: a unified plugin (retext, remark-retext); the core comes from the main entry.
    entry: { unified: 'src/unified/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['casenote-lint'],
    esbuildPlugins: [coreFromMainEntry],
  },
  {
    // The CLI, the worker thread of `casenote-lint --jobs N` (piscina loads it from beside dist/cli.js)
    // and the language server share one copy of the core in a chunk beside them.
    entry: { cli: 'src/cli/bin.ts', 'lint-worker': 'src/cli/lint-worker.ts', lsp: 'src/lsp/bin.ts' },
    format: ['esm'],
    splitting: true,
    target: 'node20',
    platform: 'node',
    noExternal: node,
    banner: { js: `#!/usr/bin/env node\n${nodeRequire}` },
  },
]);
