/**
 * What `npm pack` would publish: within a size budget, no source maps carrying the sources, every
 * bundled package's licence in THIRD-PARTY-NOTICES.md, and each third-party package shipped once (either
 * bundled into dist/ or a dependency, never both). dist/ is built by test/setup/build-once.ts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackages, thirdPartyNotices } from '../../scripts/lib/third-party.mjs';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

/**
 * Budget of the published package; measured 1.62 MB packed and 6.06 MB unpacked (December 2026, 23 rules,
 * with inline directives, --fix, the JavaScript config and config.schema.json). The core is in each of
 * the three builds (ESM, CommonJS and the chunk the CLI, worker and language server share), the spelling
 * rule's word list (about 130 KB compressed) with it: one shared build would take a third off.
 */
const MAX_PACKED_BYTES = 1_700_000;
const MAX_UNPACKED_BYTES = 6_500_000;

interface PackResult {
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// --ignore-scripts: prepack would rebuild dist/, which the test setup has just built.
const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as PackResult[];
const packed = pack!.files.map((file) => file.path);
const bundles = readdirSync(dist).filter((file) => /\.(?:js|cjs)$/.test(file));

/** The packages a built file imports or requires at run time (relative files and Node's own modules aside). */
function runtimeImports(): Map<string, string[]> {
  const importers = new Map<string, string[]>();
  const builtins = new Set(builtinModules);
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]*)?)["']/g;
  for (const file of bundles) {
    // Bundled packages keep their doc comments, which show imports (` *   import {unified} from 'unified'`).
    const code = readFileSync(join(dist, file), 'utf8').split('\n').filter((line) => !/^\s*(?:\*|\/\*|\/\/)/.test(line)).join('\n');
    for (const [, spec] of code.matchAll(specifier)) {
      const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
      if (name.startsWith('node:') || builtins.has(name) || name === 'casenote-lint') continue;
      importers.set(name, [...(importers.get(name) ?? []), file]);
    }
  }
  return importers;
}

describe('the published package', () => {
  it(`packs to at most ${MAX_PACKED_BYTES.toLocaleString('en-GB')} bytes and unpacks to at most ${MAX_UNPACKED_BYTES.toLocaleString('en-GB')}`, () => {
    expect(pack!.size, 'packed size in bytes').toBeLessThanOrEqual(MAX_PACKED_BYTES);
    expect(pack!.unpackedSize, 'unpacked size in bytes').toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
  });

  it('ships the built entries, the licence, the third-party notices and the docs the README links to', () => {
    for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.md', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'dist/lsp.js', 'dist/lint-worker.js', 'dist/codemirror.js']) {
      expect(packed, file).toContain(file);
    }
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#\s]+)/g)) expect(packed, `README links to ${target}`).toContain(target);
    expect(packed.filter((file) => /^(?:src|test|rules|fixtures|scripts)\//.test(file))).toEqual([]);
  });

  it('ships no source map that carries the sources', () => {
    const maps = packed.filter((file) => file.endsWith('.map'));
    for (const map of maps) {
      const content = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sourcesContent?: unknown[] };
      expect(content.sourcesContent ?? [], `${map} carries sourcesContent`).toEqual([]);
    }
    for (const file of bundles) {
      const text = readFileSync(join(dist, file), 'utf8');
      // A map inlined as a data URL would carry the sources too.
      expect(text.includes('sourceMappingURL=data:'), `${file} has an inline source map`).toBe(false);
    }
  });

  it('installs each third-party package once: a dependency is imported by dist/ and not bundled into it', () => {
    const imports = runtimeImports();
    const declared = { ...pkg.dependencies, ...pkg.peerDependencies };
    for (const [name, files] of imports) expect(declared, `${name} is imported by dist/${files[0]} but is no dependency`).toHaveProperty([name]);
    const bundled = new Set(bundledPackages());
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      expect(bundled.has(name), `${name} is a dependency and is also bundled into dist/`).toBe(false);
      // A types package is there for dist/index.d.ts, not for the code.
      if (!name.startsWith('@types/')) expect(imports.has(name), `${name} is a dependency that nothing in dist/ imports`).toBe(true);
    }
  });

  it('has every bundled package and its licence in THIRD-PARTY-NOTICES.md (npm run notices)', () => {
    const committed = readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of bundledPackages()) expect(committed, `${name} is bundled but not in THIRD-PARTY-NOTICES.md`).toContain(`## ${name}\n`);
    expect(committed, 'THIRD-PARTY-NOTICES.md is out of date: run npm run build && npm run notices').toBe(thirdPartyNotices());
  });
});
