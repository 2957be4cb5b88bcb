/**
 * Which files are notes (src/cli/note-selection.ts, shared by the CLI's folder walk and the language
 * server), the nearest config upward (src/cli/config-lookup.ts), and the config's `files` and `ignores`
 * as the core validates them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, createLinter } from '../../src/index.js';
import { ConfigLocator } from '../../src/cli/config-lookup.js';
import { NoteSelector, type NoteScope } from '../../src/cli/note-selection.js';
import { workspace } from './helpers.js';

/** A git repository (a `.git` folder is all the lookup needs) holding the given files. */
function repository(files: Record<string, string>): string {
  const dir = workspace(files);
  mkdirSync(join(dir, '.git'));
  return dir;
}

const scopeOf = (base: string, patterns: Partial<NoteScope> = {}): NoteScope => ({ base, ...patterns });

describe('the default: which files are notes without a config', () => {
  const dir = workspace({});
  const selector = new NoteSelector({ cwd: dir });
  const scope = scopeOf(dir);
  const isNote = (path: string) => selector.isNote(join(dir, path), scope);

  it('takes .md, .txt, .json and .jsonl files at any depth', () => {
    for (const path of ['visit.md', 'team/a/call.txt', 'export.json', 'exports/2026-q1.jsonl']) expect(isNote(path), path).toBe(true);
    for (const path of ['photo.jpg', 'visit.markdown', 'notes.docx']) expect(isNote(path), path).toBe(false);
  });

  it("leaves out the repository's and package manager's own files, in any case", () => {
    for (const path of ['package.json', 'team/package-lock.json', 'npm-shrinkwrap.json', 'tsconfig.json', 'tsconfig.build.json', 'jsconfig.json', 'README.md', 'readme.md', 'docs/CHANGELOG.md', 'LICENSE.txt', 'CONTRIBUTING.md']) {
      expect(isNote(path), path).toBe(false);
    }
    // Names that only look like them are notes.
    for (const path of ['package-visit.json', 'readme-for-new-starters-visit.md', 'licence-check-call.md']) expect(isNote(path), path).toBe(true);
  });

  it("leaves out casenote-lint's own files in every name, node_modules and names starting with a dot", () => {
    for (const path of ['casenote-lint.config.json', 'team/casenote-lint.config.js', 'casenote-lint.config.mjs', 'casenote-lint.config.cjs', 'casenote-lint.baseline.json']) {
      expect(selector.isOwnFile(join(dir, path)), path).toBe(true);
      expect(isNote(path), path).toBe(false);
    }
    for (const path of ['node_modules/pkg/notes.md', '.git/notes.md', '.drafts/visit.md', 'team/.hidden.md']) expect(isNote(path), path).toBe(false);
  });

  it("leaves out the run's own files given by path (a baseline of another name, the report being written)", () => {
    const own = new NoteSelector({ cwd: dir, ownFiles: [join(dir, 'ci', 'accepted.json')] });
    expect(own.isNote(join(dir, 'ci', 'accepted.json'), scope)).toBe(false);
    expect(own.isNote(join(dir, 'ci', 'export.json'), scope)).toBe(true);
  });
});

describe('the config: files and ignores, relative to its folder', () => {
  const dir = workspace({});
  const selector = new NoteSelector({ cwd: dir });

  it('files says which files are notes; what it leaves out is not one', () => {
    const scope = scopeOf(join(dir, 'team'), { files: ['notes/**/*.md', 'exports/*.jsonl'] });
    expect(selector.isNote(join(dir, 'team', 'notes', '2026', 'visit.md'), scope)).toBe(true);
    expect(selector.isNote(join(dir, 'team', 'exports', 'q1.jsonl'), scope)).toBe(true);
    expect(selector.isNote(join(dir, 'team', 'guide.md'), scope)).toBe(false);
    expect(selector.isNote(join(dir, 'team', 'exports', 'old', 'q4.jsonl'), scope)).toBe(false);
  });

  it('ignores: "dir/" a folder, "**/" at any depth, a pattern without "/" only in the config\'s folder, "!" takes one back', () => {
    const scope = scopeOf(dir, { ignores: ['drafts/', '**/templates/', '*.tmp.md', 'archive/**', '!archive/keep.md'], configFile: 'casenote-lint.config.json' });
    const ignored = (path: string, isDirectory = false) => selector.ignoredBy(join(dir, path), isDirectory, scope);
    expect(ignored('drafts', true)).toBe('ignores in casenote-lint.config.json');
    expect(ignored('drafts/visit.md')).toBe('ignores in casenote-lint.config.json');
    expect(ignored('team/templates/visit.md')).toBeDefined();
    expect(ignored('a.tmp.md')).toBeDefined();
    expect(ignored('team/a.tmp.md')).toBeUndefined();
    expect(ignored('archive/old.md')).toBeDefined();
    expect(ignored('archive/keep.md')).toBeUndefined();
    // "archive/**" leaves the folder itself, so that the "!" can take a file in it back.
    expect(ignored('archive', true)).toBeUndefined();
    expect(ignored('team/drafts/visit.md')).toBeUndefined();
  });

  it('a "!" pattern in ignores takes back what the defaults leave out', () => {
    const scope = scopeOf(dir, { ignores: ['!README.md', '!.notes/'] });
    expect(selector.isNote(join(dir, 'README.md'), scope)).toBe(true);
    expect(selector.isNote(join(dir, '.notes', 'visit.md'), scope)).toBe(true);
    expect(selector.isNote(join(dir, 'docs', 'README.md'), scope)).toBe(false);
  });

  it('--ignore-pattern is relative to the working directory and has the last word; --no-ignore sets every ignore aside', () => {
    const cli = new NoteSelector({ cwd: join(dir, 'team'), ignorePatterns: ['old/', 'drafts/*.md', '!drafts/keep.md'] });
    const scope = scopeOf(dir, { ignores: ['team/keep/'] });
    expect(cli.ignoredBy(join(dir, 'team', 'old', 'visit.md'), false, scope)).toBe('--ignore-pattern');
    expect(cli.ignoredBy(join(dir, 'old', 'visit.md'), false, scope)).toBeUndefined();
    expect(cli.ignoredBy(join(dir, 'team', 'drafts', 'a.md'), false, scope)).toBe('--ignore-pattern');
    expect(cli.ignoredBy(join(dir, 'team', 'drafts', 'keep.md'), false, scope)).toBeUndefined();
    expect(cli.ignoredBy(join(dir, 'team', 'keep', 'visit.md'), false, scope)).toBe('ignores in the config');
    const none = new NoteSelector({ cwd: dir, ignorePatterns: ['*.md'], noIgnore: true });
    expect(none.isNote(join(dir, 'node_modules', 'README.md'), scopeOf(dir, { ignores: ['**'] }))).toBe(true);
    expect(none.isNote(join(dir, 'casenote-lint.config.json'), scopeOf(dir))).toBe(false);
  });

  it("a folder named at or above the config's folder is the user's choice, never ignored by its names", () => {
    const hidden = join(dir, '.casework');
    expect(selector.ignoredBy(hidden, true, scopeOf(hidden))).toBeUndefined();
    expect(selector.ignoredBy(join(hidden, 'visit.md'), false, scopeOf(hidden))).toBeUndefined();
  });
});

describe('.gitignore, as git reads it', () => {
  it('root and nested files, negation, folder patterns, anchored patterns and **', () => {
    const dir = repository({
      '.gitignore': ['exports/', '*.tmp.md', '/notes/old/*', '!/notes/old/keep.md', 'scratch/**/draft-*.md', ''].join('\n'),
      'notes/.gitignore': ['private/', '!*.tmp.md', ''].join('\n'),
    });
    const selector = new NoteSelector({ cwd: dir });
    const scope = scopeOf(dir);
    const ignored = (path: string, isDirectory = false) => selector.ignoredBy(join(dir, path), isDirectory, scope);
    expect(ignored('exports', true)).toBe('.gitignore');
    expect(ignored('exports/q1.jsonl')).toBe('.gitignore');
    expect(ignored('team/exports/q1.jsonl')).toBe('.gitignore'); // no "/" but the trailing one: at any depth
    expect(ignored('a.tmp.md')).toBe('.gitignore');
    expect(ignored('notes/old/visit.md')).toBe('.gitignore');
    expect(ignored('notes/old/keep.md')).toBeUndefined();
    expect(ignored('team/notes/old/visit.md')).toBeUndefined(); // "/notes" is anchored to the root
    expect(ignored('scratch/a/b/draft-1.md')).toBe('.gitignore');
    expect(ignored('scratch/a/b/visit.md')).toBeUndefined();
    // The nested file: its patterns are relative to its folder, and it has the last word.
    expect(ignored('notes/private/visit.md')).toBe('notes/.gitignore');
    expect(ignored('private/visit.md')).toBeUndefined();
    expect(ignored('notes/b.tmp.md')).toBeUndefined();
  });

  it('a file inside an ignored folder stays ignored, whatever a "!" says about the file', () => {
    const dir = repository({ '.gitignore': 'build/\n!build/keep.md\n' });
    const selector = new NoteSelector({ cwd: dir });
    expect(selector.ignoredBy(join(dir, 'build', 'keep.md'), false, scopeOf(dir))).toBe('.gitignore');
  });

  it('is read only inside a git repository, as git does', () => {
    const dir = workspace({ '.gitignore': '*.md\n' });
    expect(new NoteSelector({ cwd: dir }).isNote(join(dir, 'visit.md'), scopeOf(dir))).toBe(true);
  });

  it('is read again after clear() (the language server clears it when a .gitignore changes)', async () => {
    const dir = repository({ '.gitignore': '' });
    const selector = new NoteSelector({ cwd: dir });
    expect(selector.isNote(join(dir, 'visit.md'), scopeOf(dir))).toBe(true);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, '.gitignore'), 'visit.md\n');
    expect(selector.isNote(join(dir, 'visit.md'), scopeOf(dir))).toBe(true);
    selector.clear();
    expect(selector.isNote(join(dir, 'visit.md'), scopeOf(dir))).toBe(false);
  });
});

describe('the config that applies to a note', () => {
  it("is the nearest upward from the note's own folder; --config is every note's", () => {
    const dir = workspace({ 'casenote-lint.config.json': '{}', 'teamA/casenote-lint.config.json': '{}', 'teamA/notes/visit.md': '', 'teamB/visit.md': '' });
    const locator = new ConfigLocator();
    expect(locator.forFile(join(dir, 'teamA', 'notes', 'visit.md'))).toBe(join(dir, 'teamA', 'casenote-lint.config.json'));
    expect(locator.forFile(join(dir, 'teamB', 'visit.md'))).toBe(join(dir, 'casenote-lint.config.json'));
    expect(new ConfigLocator('/elsewhere/shared.json').forFile(join(dir, 'teamA', 'visit.md'))).toBe('/elsewhere/shared.json');
  });

  it("makes the config's folder the patterns' base; with --config, the working directory (as ESLint does)", () => {
    expect(new ConfigLocator().scope('/work/team/casenote-lint.config.json', { files: ['notes/**'] }, '/cwd').base).toBe('/work/team');
    expect(new ConfigLocator('/work/shared.json').scope('/work/shared.json', {}, '/cwd').base).toBe('/cwd');
    expect(new ConfigLocator().scope(undefined, {}, '/cwd').base).toBe('/cwd');
  });
});

describe('files and ignores in the config', () => {
  const error = (config: unknown) => {
    try {
      createLinter(config as never);
    } catch (caught) {
      expect(caught).toBeInstanceOf(ConfigError);
      return (caught as Error).message;
    }
    return undefined;
  };

  it('accepts lists of relative globs, and keeps them in the resolved config', () => {
    const linter = createLinter({ files: ['notes/**/*.md'], ignores: ['drafts/', '!drafts/keep.md'] });
    expect(linter.config.files).toEqual(['notes/**/*.md']);
    expect(linter.config.ignores).toEqual(['drafts/', '!drafts/keep.md']);
    expect(createLinter().config.files).toBeUndefined();
  });

  it('refuses what could never match, naming the key and the entry', () => {
    expect(error({ files: 'notes/**' })).toBe('files: expected a list of glob patterns such as ["notes/**/*.md"]');
    expect(error({ files: [] })).toMatch(/^files: the list is empty, so no file would be a note/);
    expect(error({ files: ['notes/**', 3] })).toBe('files[1]: expected a glob pattern (a string)');
    expect(error({ files: ['!drafts/**'] })).toMatch(/^files\[0\]: a pattern starting with "!" cannot say which files are notes; put it in ignores/);
    expect(error({ ignores: ['/srv/notes/**'] })).toMatch(/^ignores\[0\]: "\/srv\/notes\/\*\*" is an absolute path; patterns are relative to the config file's folder/);
    expect(error({ ignores: ['notes/../../other/'] })).toMatch(/^ignores\[0\]: .* reaches outside the config file's folder/);
    expect(error({ ignores: ['drafts/', ' '] })).toBe('ignores[1]: expected a glob pattern, got an empty one');
    expect(error({ ignores: { drafts: true } })).toBe('ignores: expected a list of glob patterns such as ["drafts/", "**/*.template.md"]');
  });
});
