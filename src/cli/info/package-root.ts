import { readFileSync } from 'node:fs';

let root: URL | null | undefined;

/**
 * The folder of the casenote-lint package this code runs from: beside dist/ when built, or the repository
 * when run from its sources (src/cli/…); undefined when neither holds casenote-lint's package.json.
 */
export function packageRoot(): URL | undefined {
  if (root !== undefined) return root ?? undefined;
  for (const relative of ['../', '../../', '../../../']) {
    const candidate = new URL(relative, import.meta.url);
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', candidate), 'utf8')) as { name?: string };
      if (pkg.name === 'casenote-lint') return (root = candidate);
    } catch {
      // try the next folder up
    }
  }
  root = null;
  return undefined;
}
