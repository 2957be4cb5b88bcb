/**
 * The package's main entry bundles for the browser with no Node built-ins (SPEC §1: the core is pure), and so
 * does casenote-lint/codemirror. Reports the minified and gzipped size of the main entry.
 */
import { builtinModules } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createContext, runInContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]!]));

/** Budget for the gzipped main entry: generous, to catch a dependency pulled in by mistake, not rule growth. */
const GZIP_BUDGET = 350 * 1024;

interface NodeImport {
  path: string;
  importer: string;
}

/** Records every import of a Node built-in (node:fs, fs, path, ...) and keeps it out of the bundle. */
function forbidNodeBuiltins(found: NodeImport[]): Plugin {
  return {
    name: 'forbid-node-builtins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const bare = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
        if (args.path.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0]!)) {
          found.push({ path: args.path, importer: relative(root, args.importer) });
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

async function bundle(entry: string, external: string[] = []) {
  const found: NodeImport[] = [];
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
    plugins: [forbidNodeBuiltins(found)],
  });
  const code = result.outputFiles[0]!.contents;
  return { found, code, metafile: result.metafile };
}

describe('browser build', () => {
  it('bundles src/index.ts for the browser without Node built-ins, and reports its size', async () => {
    const { found, code, metafile } = await bundle('src/index.ts');
    expect(found, `Node built-ins imported by the core:\n${found.map((f) => `  ${f.path} from ${f.importer}`).join('\n')}`).toEqual([]);

    const minified = code.byteLength;
    const gzipped = gzipSync(code, { level: 9 }).byteLength;
    const inputs = Object.entries(metafile.outputs)[0]![1].inputs;
    const byPackage = new Map<string, number>();
    for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? (path.startsWith('rules/') ? 'rules' : 'src');
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
    const largest = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const report = {
      entry: 'src/index.ts',
      platform: 'browser',
      minifiedBytes: minified,
      gzippedBytes: gzipped,
      minified: `${(minified / 1024).toFixed(1)} KiB`,
      gzipped: `${(gzipped / 1024).toFixed(1)} KiB`,
      largestInputs: Object.fromEntries(largest.map(([name, bytes]) => [name, `${(bytes / 1024).toFixed(1)} KiB`])),
    };
    await mkdir(artifacts, { recursive: true });
    await writeFile(join(artifacts, 'browser-bundle.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`casenote-lint browser bundle: ${report.minified} minified, ${report.gzipped} gzipped (level 9)`);
    expect(gzipped).toBeLessThan(GZIP_BUDGET);
  });

  it('runs with only browser globals: no process, Buffer, require or module at load or lint time', async () => {
    const result = await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'casenoteLint',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    // A fresh V8 context has the language's built-ins (Intl, Map, ...) but none of Node's; add the web APIs a page has.
    const window: Record<string, unknown> = { console, TextEncoder, TextDecoder, URL, URLSearchParams, setTimeout, clearTimeout, queueMicrotask, structuredClone };
    window.window = window;
    window.globalThis = window;
    const context = createContext(window);
    runInContext(code, context, { filename: 'casenote-lint.browser.js' });
    const lintResult = runInContext(
      `casenoteLint.createLinter().lint({ type: 'home-visit', text: 'Visited Jay at home. No concerns.' })`,
      context,
    ) as { findings: { ruleId: string }[] };
    expect(lintResult.findings.some((finding) => finding.ruleId === 'no-vague-phrases')).toBe(true);
    expect(runInContext('typeof process + typeof Buffer + typeof require', context)).toBe('undefinedundefinedundefined');
  });

  it('bundles casenote-lint/codemirror for the browser with @codemirror/* left to the host', async () => {
    const { found, code } = await bundle('src/codemirror/index.ts', ['@codemirror/*']);
    expect(found).toEqual([]);
    // Type-only imports of the core: the extension carries no copy of the rules.
    console.log(`casenote-lint/codemirror browser bundle: ${(code.byteLength / 1024).toFixed(1)} KiB minified, ${(gzipSync(code, { level: 9 }).byteLength / 1024).toFixed(1)} KiB gzipped`);
    expect(code.byteLength).toBeLessThan(8 * 1024);
  });
});
