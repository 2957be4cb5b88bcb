/**
 * The .gitignore files of a git repository, read as git reads them: each file's patterns are relative to its
 * own folder, a deeper file has the last word over a shallower one, and within a file the last matching
 * pattern decides (a "!" pattern takes a path back). The patterns themselves are matched by the `ignore`
 * package, which implements git's rules (anchoring, "dir/", "**", negation, a path inside an excluded
 * folder staying excluded) and is tested against `git check-ignore`.
 *
 * Only inside a repository (a folder upward holding `.git`): outside one git reads no .gitignore, and
 * neither does casenote-lint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface IgnoreVerdict {
  ignored: boolean;
  /** Where the deciding pattern is, for messages: ".gitignore", "notes/.gitignore", "ignores in …". */
  source: string;
}

/** git compares names exactly on Linux and without case on the file systems of macOS and Windows. */
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';

export class GitIgnores {
  /** Repository root of each folder asked about (null: not in a repository). */
  private readonly roots = new Map<string, string | null>();
  /** Each folder's own .gitignore, compiled (null: it has none). */
  private readonly files = new Map<string, Ignore | null>();

  /**
   * Whether the .gitignore files between the repository root and `path` ignore it (`ignored`), take it
   * back with "!" (`ignored: false`), or say nothing about it (undefined). `cwd` only shortens the source
   * named in messages.
   */
  verdict(path: string, isDirectory: boolean, cwd: string): IgnoreVerdict | undefined {
    const parent = dirname(path);
    const root = this.rootOf(parent);
    if (root === null) return undefined;
    for (let dir = parent; ; dir = dirname(dir)) {
      const patterns = this.gitignoreOf(dir);
      if (patterns) {
        const result = patterns.test(posix(relative(dir, path)) + (isDirectory ? '/' : ''));
        if (result.ignored || result.unignored) return { ignored: result.ignored, source: shown(join(dir, '.gitignore'), cwd) };
      }
      if (dir === root || dirname(dir) === dir) return undefined;
    }
  }

  clear(): void {
    this.roots.clear();
    this.files.clear();
  }

  private rootOf(dir: string): string | null {
    const known = this.roots.get(dir);
    if (known !== undefined) return known;
    const root = existsSync(join(dir, '.git')) ? dir : dirname(dir) === dir ? null : this.rootOf(dirname(dir));
    this.roots.set(dir, root);
    return root;
  }

  private gitignoreOf(dir: string): Ignore | null {
    const known = this.files.get(dir);
    if (known !== undefined) return known;
    let patterns: Ignore | null = null;
    try {
      patterns = ignore({ ignorecase: IGNORE_CASE }).add(readFileSync(join(dir, '.gitignore'), 'utf8'));
    } catch {
      // No .gitignore here (or none that can be read, which git would skip as well).
    }
    this.files.set(dir, patterns);
    return patterns;
  }
}

export const posix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

function shown(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd.startsWith('..') || fromCwd === '' ? path : posix(fromCwd);
}
