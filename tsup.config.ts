import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// What is bundled is in devDependencies; what is not is a dependency, installed once (package.json).
//
// The core's dependencies are bundled into every build: a tree-shaken bundle imports in a quarter of
// the time of hundreds of separate modules (date-fns and zod are large), require() works on every
// Node 20 although unified and retext are ESM-only, and a browser gets one file.
const core = [/^unified/, /^retext/, /^parse-/, /^nlcst/, /^unist/, /^vfile/, /^bail$/, /^devlop$/, /^extend$/, /^is-plain-obj$/, /^trough$/, /^array-iterate$/, /^zod/, /^yaml$/, /^date-fns/, /^@date-fns\//];
// The CLI's file walk and the language server's protocol are bundled into the Node entries, so that a
// browser user installs neither. piscina is not: it starts its own worker file from its own folder.
const node = [...core, /^tinyglobby$/, /^fdir$/, /^picomatch$/, /^vscode-languageserver/, /^vscode-jsonrpc/];
const resolveModules = (options: { mainFields?: string[] }) => {
  options.mainFields = ['module', 'main'];
};
// Bundled CommonJS dependencies (yaml's Node build, the language server's protocol) call require(); an
// ES module has none of its own.
const nodeRequire = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const mainSource = resolve('src/index.ts');
const ruleApiSource = resolve('src/rule-api.ts');

/**
 * casenote-lint/rule-api, casenote-lint/testing and casenote-lint/unified are built on the main entry, not bundled with their
 * own copy of the core: what rule-api re-exports, and testing's linter, come from dist/index.js (or
 * index.cjs) beside them. One copy of the code means one of each class and cache (a PatternError from
 * either entry is the same class) and no second copy of the core in the package.
 */
function throughMainEntry(): EsbuildPlugin {
  return {
    name: 'through-main-entry',
    setup(build) {
      const main = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = resolve(dirname(args.importer), args.path).replace(/\.js$/, '.ts');
        // Everything rule-api lists is exported by the main entry too (src/index.ts: export * from './rule-api.js').
        if (resolve(args.importer) === ruleApiSource || target === mainSource) return { path: main, external: true };
        return undefined;
      });
    },
  };
}

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
    // casenote-lint/unified: a unified plugin (retext, remark-retext) over the main entry.
    entry: { unified: 'src/unified/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [throughMainEntry()],
  },
  {
    // casenote-lint/rule-api (what a rule may use) and casenote-lint/testing (the rule tester, which uses
    // node:assert and whatever describe/it the test framework defines): thin layers over the main entry.
    entry: { 'rule-api': 'src/rule-api.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [throughMainEntry()],
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
