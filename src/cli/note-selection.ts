/**
 * Which files are notes: one decision, shared by the CLI's folder walk and the language server, so that a
 * file the CLI lints is the file the editor checks, and a file the CLI skips the editor leaves alone.
 *
 * A file is a note when it matches the config's `files` (default: every .md, .txt, .json and .jsonl file)
 * and nothing ignores it. What ignores, in order, the last to say anything deciding (so a "!" pattern in a
 * later layer takes back what an earlier one ignored, as in ESLint):
 *
 * 1. the default ignores: `node_modules`, names starting with "." and a repository's own files
 *    (package.json, tsconfig.json, README.md, LICENSE…), which are never case notes;
 * 2. the repository's .gitignore files (see gitignore.ts);
 * 3. the config's `ignores`, relative to its folder;
 * 4. `--ignore-pattern` on the command line, relative to the working directory.
 *
 * The tool's own files (its config in any name, its baseline, the report being written) are never notes,
 * whatever the patterns say. Patterns are globs matched by picomatch (as tinyglobby matches the CLI's
 * globs), with ESLint's conventions: "dir/" is a folder and everything in it, "dir/**" everything in it
 * but not the folder itself (so a "!" can still take a file back), and a pattern without a "/" matches
 * only in the folder it is relative to unless it starts with "**\/".
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { GitIgnores, posix, type IgnoreVerdict } from './gitignore.js';

/** What a folder walk lints and the language server checks when the config has no `files`. */
export const DEFAULT_FILES: readonly string[] = ['**/*.md', '**/*.txt', '**/*.json', '**/*.jsonl'];

/** casenote-lint's own files, in every name its config and baseline take. */
const OWN_FILE = /^casenote-lint\.(?:config\.(?:json|js|mjs|cjs)|baseline\.json)$/;

const DEFAULT_IGNORED_FOLDER = 'node_modules';
/** Files a repository or a package manager keeps beside notes; matched against the name, in any case. */
const DEFAULT_IGNORED_FILES = picomatch(
  [
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'tsconfig*.json',
    'jsconfig*.json',
    '{README,CHANGELOG,CHANGES,HISTORY,CONTRIBUTING,CODE_OF_CONDUCT,SECURITY,SUPPORT,LICENSE,LICENCE,NOTICE,AUTHORS}{,.md,.txt}',
  ],
  { nocase: true, dot: true },
);
const DEFAULT_SOURCE = 'the default ignores';

/** The folder a config's patterns are relative to, and its `files` and `ignores`. */
export interface NoteScope {
  /** The config file's folder; the working directory with --config, as ESLint has it; without a config, the working directory or workspace folder. */
  base: string;
  files?: readonly string[] | undefined;
  ignores?: readonly string[] | undefined;
  /** The config file, as named in messages ("ignores in teamA/casenote-lint.config.json"). */
  configFile?: string | undefined;
}

export interface SelectorOptions {
  /** The working directory: what --ignore-pattern is relative to, and what messages name paths from. */
  cwd: string;
  /** --ignore-pattern, in the order given. */
  ignorePatterns?: readonly string[];
  /** --no-ignore: nothing is ignored (the tool's own files are still not notes). */
  noIgnore?: boolean;
  /** Absolute paths of files of the run that are not notes: the baseline, the output file. */
  ownFiles?: readonly string[];
}

interface CompiledPattern {
  negated: boolean;
  matches: picomatch.Matcher;
  /** "dir/**" ignores what is inside a folder, not the folder. */
  contentsOnly: boolean;
}

const compiledLists = new WeakMap<readonly string[], CompiledPattern[]>();

function compile(patterns: readonly string[]): CompiledPattern[] {
  let compiled = compiledLists.get(patterns);
  if (!compiled) {
    compiled = patterns.map((pattern) => {
      const negated = pattern.startsWith('!');
      const body = negated ? pattern.slice(1) : pattern;
      return { negated, matches: picomatch(body, { dot: true }), contentsOnly: body.endsWith('/**') };
    });
    compiledLists.set(patterns, compiled);
  }
  return compiled;
}

const filesMatchers = new WeakMap<readonly string[], picomatch.Matcher>();

/** One compiled matcher for a list of `files` globs. */
function filesMatcher(patterns: readonly string[]): picomatch.Matcher {
  let matcher = filesMatchers.get(patterns);
  if (!matcher) filesMatchers.set(patterns, (matcher = picomatch(patterns as string[], { dot: true })));
  return matcher;
}

/** The last pattern that matches decides: true ignored, false taken back, undefined no pattern matched. */
function patternVerdict(patterns: CompiledPattern[], path: string, isDirectory: boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const pattern of patterns) {
    const matched = isDirectory ? !pattern.contentsOnly && (pattern.matches(path) || pattern.matches(`${path}/`)) : pattern.matches(path);
    if (matched) verdict = !pattern.negated;
  }
  return verdict;
}

/** `path` relative to `base` with "/" between names, or undefined when it is not inside `base`. */
function inside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return posix(rel);
}

export class NoteSelector {
  private readonly gitignores = new GitIgnores();
  private readonly ownFiles: Set<string>;
  private readonly commandLine: CompiledPattern[];

  constructor(private readonly options: SelectorOptions) {
    this.ownFiles = new Set(options.ownFiles ?? []);
    this.commandLine = compile(options.ignorePatterns ?? []);
  }

  /** casenote-lint's own files: never linted in a folder walk, whatever the patterns say. */
  isOwnFile(path: string): boolean {
    const name = path.slice(path.lastIndexOf(sep) + 1);
    return OWN_FILE.test(name) || this.ownFiles.has(path);
  }

  /** Whether the config's `files` (or the default) take in `path`. */
  matchesFiles(path: string, scope: NoteScope): boolean {
    const rel = inside(scope.base, path);
    // Outside the config's folder (with --config and a path outside the working directory), only the default can match, by the name.
    if (rel === undefined) return scope.files === undefined && filesMatcher(DEFAULT_FILES)(path.slice(path.lastIndexOf(sep) + 1));
    return filesMatcher(scope.files ?? DEFAULT_FILES)(rel);
  }

  /**
   * The verdict on one entry of a walk, whose folders above were walked (so not ignored): the last layer
   * with something to say decides. Undefined when nothing ignores it.
   */
  verdict(path: string, isDirectory: boolean, scope: NoteScope): IgnoreVerdict | undefined {
    if (this.options.noIgnore) return undefined;
    const name = path.slice(path.lastIndexOf(sep) + 1);
    let verdict: IgnoreVerdict | undefined;
    if (name.startsWith('.') || name === DEFAULT_IGNORED_FOLDER || (!isDirectory && DEFAULT_IGNORED_FILES(name))) verdict = { ignored: true, source: DEFAULT_SOURCE };
    verdict = this.gitignores.verdict(path, isDirectory, this.options.cwd) ?? verdict;
    const fromBase = scope.ignores && scope.ignores.length > 0 ? inside(scope.base, path) : undefined;
    const configured = fromBase === undefined ? undefined : patternVerdict(compile(scope.ignores!), fromBase, isDirectory);
    if (configured !== undefined) verdict = { ignored: configured, source: `ignores in ${scope.configFile ?? 'the config'}` };
    const fromCwd = this.commandLine.length > 0 ? inside(this.options.cwd, path) : undefined;
    const given = fromCwd === undefined ? undefined : patternVerdict(this.commandLine, fromCwd, isDirectory);
    if (given !== undefined) verdict = { ignored: given, source: '--ignore-pattern' };
    return verdict;
  }

  /**
   * What ignores `path` (a file named on the command line, a glob's match, a document in the editor),
   * the folders between the config's folder and it included: a file in an ignored folder is ignored, as
   * in git. Undefined when nothing does.
   */
  ignoredBy(path: string, isDirectory: boolean, scope: NoteScope): string | undefined {
    if (this.options.noIgnore) return undefined;
    const rel = inside(scope.base, path);
    // The config's own folder, or a folder named above it: the user's choice of where to start.
    if (rel === undefined && isDirectory) return undefined;
    let folder = scope.base;
    for (const name of rel?.split('/').slice(0, -1) ?? []) {
      folder = join(folder, name);
      const verdict = this.verdict(folder, true, scope);
      if (verdict?.ignored) return verdict.source;
    }
    const verdict = this.verdict(path, isDirectory, scope);
    return verdict?.ignored ? verdict.source : undefined;
  }

  /** Whether a file is a note: one of the config's `files`, not ignored, not one of casenote-lint's own. */
  isNote(path: string, scope: NoteScope): boolean {
    return !this.isOwnFile(path) && this.matchesFiles(path, scope) && this.ignoredBy(path, false, scope) === undefined;
  }

  /** Forget the .gitignore files read (one changed). */
  clear(): void {
    this.gitignores.clear();
  }
}
