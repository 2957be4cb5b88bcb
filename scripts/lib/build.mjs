// Builds dist/ from scratch, or only when a source is newer than it. Used by `npm run build`, by
// `prepack` and `prepare` (scripts/build.mjs), and by the test suites (test/setup/build-once.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** What the build reads besides node_modules: a change to any of them makes dist/ stale. */
const SOURCES = ['src', 'rules', 'tsup.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/ has no CLI or a source is newer than it. */
export function distIsStale() {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return true;
  const built = statSync(cli).mtimeMs;
  return SOURCES.some((source) => existsSync(join(root, source)) && newestMtime(join(root, source)) > built);
}

/**
 * Empties dist/ and runs tsup. Emptying matters: shared chunks are named by their content, so a build
 * over an old one would leave the old chunks in the package.
 */
export function build({ quiet = false } = {}) {
  let tsup;
  try {
    tsup = join(createRequire(join(root, 'package.json')).resolve('tsup/package.json'), '..', 'dist', 'cli-default.js');
  } catch {
    throw new Error('casenote-lint: cannot build dist/: tsup is not installed. Run `npm ci` (with dev dependencies) in the repository first.');
  }
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [tsup], { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
}
