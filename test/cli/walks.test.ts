/**
 * Folder walks from the built CLI: which files a walk lints (the config's files, less casenote-lint's own
 * files, the default ignores, .gitignore, the config's ignores and --ignore-pattern), what happens to an
 * ignored file named on the command line, and the config each note takes (the nearest upward from it).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_BODY, jsonNote, noteFile, runBuilt, VAGUE_BODY, workspace } from './helpers.js';

const CLEAN = noteFile(CLEAN_BODY);
const VAGUE = noteFile(VAGUE_BODY);

interface Entry {
  file: string;
  error?: string;
  findings: { ruleId: string; severity: string; line: number; column: number }[];
}

/** The files a JSON run linted, in order. */
async function linted(args: string[], cwd: string): Promise<{ files: string[]; entries: Entry[]; code: number | null; stderr: string }> {
  const { code, stdout, stderr } = await runBuilt([...args, '--format', 'json'], { cwd });
  const entries = JSON.parse(stdout) as Entry[];
  return { files: entries.map((entry) => entry.file), entries, code, stderr };
}

function repository(files: Record<string, string>): string {
  const dir = workspace(files);
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe("a folder walk leaves out casenote-lint's own files and a project's", () => {
  it('lints a team folder without its config (in any name) or baseline: exit 0, not 2', async () => {
    const dir = workspace({
      'teamA/visit.md': CLEAN,
      'teamA/casenote-lint.config.json': JSON.stringify({ rules: { 'sentence-length': 'off' } }),
      'teamA/casenote-lint.baseline.json': JSON.stringify({ version: 1, files: {} }),
      // One config file a folder (two are an error naming both): here a JavaScript one.
      'teamB/visit.md': CLEAN,
      'teamB/casenote-lint.config.mjs': "export default { rules: { 'sentence-length': 'off' } };\n",
    });
    const { files, code, stderr } = await linted(['teamA', 'teamB'], dir);
    expect(stderr).toBe('');
    expect(files).toEqual(['teamA/visit.md', 'teamB/visit.md']);
    expect(code).toBe(0);
  });

  it('leaves out package.json, package-lock.json, tsconfig.json and README.md, node_modules and dot folders, and still lints a .json export', async () => {
    const dir = workspace({
      'package.json': JSON.stringify({ name: 'case-notes', version: '1.0.0' }),
      'package-lock.json': JSON.stringify({ name: 'case-notes', lockfileVersion: 3, packages: {} }),
      'tsconfig.json': JSON.stringify({ compilerOptions: {} }),
      'README.md': '# Case notes\n\nHow this repository is laid out.\n',
      'node_modules/some-package/notes.md': VAGUE,
      '.github/ISSUE_TEMPLATE.md': 'Describe the bug.\n',
      'notes/visit.md': CLEAN,
      'exports/march.json': JSON.stringify([jsonNote('N-1', CLEAN_BODY)]),
    });
    const { files, code } = await linted(['.'], dir);
    expect(files).toEqual(['exports/march.json', 'notes/visit.md']);
    expect(code).toBe(0);
  });

  it('leaves out a baseline given with --baseline under another name, and the report being written with -o', async () => {
    const dir = workspace({ 'notes/visit.md': VAGUE });
    const args = ['notes', '--baseline', 'notes/accepted.json', '--format', 'json', '-o', 'notes/report.json'];
    const reported = () => (JSON.parse(readFileSync(join(dir, 'notes', 'report.json'), 'utf8')) as Entry[]).map((entry) => entry.file);
    const first = await runBuilt([...args, '--update-baseline'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(reported()).toEqual(['notes/visit.md']);
    // The next run finds the baseline and the first run's report in the folder, and lints neither.
    const again = await runBuilt(args, { cwd: dir });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(reported()).toEqual(['notes/visit.md']);
  });
});

describe('.gitignore', () => {
  it('honours the root and nested .gitignore files: folder patterns, negation, anchored patterns, **', async () => {
    const dir = repository({
      '.gitignore': ['exports/', '*.tmp.md', '/notes/old/*', '!/notes/old/keep.md', 'scratch/**/draft-*.md', ''].join('\n'),
      'notes/.gitignore': 'private/\n',
      'notes/visit.md': CLEAN,
      'notes/b.tmp.md': VAGUE,
      'notes/old/gone.md': VAGUE,
      'notes/old/keep.md': CLEAN,
      'notes/private/visit.md': VAGUE,
      'exports/q1.jsonl': `${JSON.stringify(jsonNote('N-1', VAGUE_BODY))}\n`,
      'scratch/a/b/draft-1.md': VAGUE,
      'scratch/a/b/call.md': CLEAN,
      'private/visit.md': CLEAN,
    });
    const { files, code } = await linted(['.'], dir);
    expect(files).toEqual(['notes/old/keep.md', 'notes/visit.md', 'private/visit.md', 'scratch/a/b/call.md']);
    expect(code).toBe(0);
  });

  it('is not read outside a git repository', async () => {
    const dir = workspace({ '.gitignore': 'drafts/\n', 'drafts/visit.md': CLEAN });
    expect((await linted(['.'], dir)).files).toEqual(['drafts/visit.md']);
  });
});

describe('ignores in the config and --ignore-pattern', () => {
  it("takes the config's ignores relative to its folder, with \"!\" to take a file back", async () => {
    const dir = workspace({
      'team/casenote-lint.config.json': JSON.stringify({ ignores: ['templates/', 'archive/**', '!archive/keep.md', '*.draft.md'] }),
      'team/visit.md': CLEAN,
      'team/templates/home-visit.md': VAGUE,
      'team/archive/old.md': VAGUE,
      'team/archive/keep.md': CLEAN,
      'team/a.draft.md': VAGUE,
      'team/sub/b.draft.md': CLEAN,
      'templates/other.md': CLEAN,
    });
    const { files, code } = await linted(['.'], dir);
    expect(files).toEqual(['team/archive/keep.md', 'team/sub/b.draft.md', 'team/visit.md', 'templates/other.md']);
    expect(code).toBe(0);
  });

  it('takes a repeatable --ignore-pattern relative to the working directory, for walks and globs', async () => {
    const dir = workspace({ 'notes/visit.md': CLEAN, 'notes/drafts/a.md': VAGUE, 'notes/drafts/keep.md': CLEAN, 'notes/old.md': VAGUE });
    const walk = await linted(['notes', '--ignore-pattern', 'notes/drafts/*', '--ignore-pattern', '!notes/drafts/keep.md', '--ignore-pattern', 'notes/old.md'], dir);
    expect(walk.files).toEqual(['notes/drafts/keep.md', 'notes/visit.md']);
    expect(walk.code).toBe(0);
    const globbed = await linted(['notes/**/*.md', '--ignore-pattern', 'notes/drafts/'], dir);
    expect(globbed.files).toEqual(['notes/old.md', 'notes/visit.md']);
    const none = await runBuilt(['notes/drafts/*.md', '--ignore-pattern', 'notes/drafts/'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('notes/drafts/*.md: no note files match this pattern (2 matching files are ignored)');
  });

  it("a config's files say which files are notes; the rest of the folder is left alone", async () => {
    const dir = workspace({
      'casenote-lint.config.json': JSON.stringify({ files: ['notes/**/*.md', 'exports/*.jsonl'] }),
      'guide.md': '# How we record\n\nA guide for new starters.\n',
      'notes/2026/visit.md': CLEAN,
      'exports/q1.jsonl': `${JSON.stringify(jsonNote('N-1', CLEAN_BODY))}\n`,
      'exports/settings.json': JSON.stringify({ theme: 'dark' }),
    });
    const { files, code } = await linted(['.'], dir);
    expect(files).toEqual(['exports/q1.jsonl', 'notes/2026/visit.md']);
    expect(code).toBe(0);
  });
});

describe('a file or folder named on the command line', () => {
  it('an ignored file is not linted: a warning on stderr says why, and the exit code is not affected', async () => {
    const dir = workspace({ 'casenote-lint.config.json': JSON.stringify({ ignores: ['drafts/'] }), 'drafts/visit.md': VAGUE, 'visit.md': CLEAN, 'README.md': '# Notes\n' });
    const { code, stdout, stderr } = await runBuilt(['drafts/visit.md', 'visit.md', 'README.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe(
      'casenote-lint: warning: drafts/visit.md: file ignored because of a matching ignore pattern (ignores in casenote-lint.config.json); use --no-ignore to lint it\n' +
        'casenote-lint: warning: README.md: file ignored because of a matching ignore pattern (the default ignores); use --no-ignore to lint it\n',
    );
    expect(stdout).toContain('1 note checked');
    // --no-ignore lints it, and its findings count.
    const all = await linted(['drafts/visit.md', '--no-ignore'], dir);
    expect(all.files).toEqual(['drafts/visit.md']);
    expect(all.entries[0]!.findings.map((finding) => finding.ruleId)).toContain('no-vague-phrases');
  });

  it("casenote-lint's own config named on the command line is not linted as a note", async () => {
    const dir = workspace({ 'casenote-lint.config.json': '{}', 'visit.md': CLEAN });
    const { code, stderr } = await runBuilt(['casenote-lint.config.json', 'visit.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe("casenote-lint: warning: casenote-lint.config.json: casenote-lint's own file (a config, baseline or report), not a note\n");
  });

  it('an ignored folder is an error (exit 2), so that a job does not pass having linted nothing', async () => {
    const dir = repository({ '.gitignore': 'exports/\n', 'exports/visit.md': CLEAN, 'visit.md': CLEAN });
    const { code, stderr } = await runBuilt(['exports', 'visit.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('exports: directory is ignored (.gitignore); use --no-ignore to lint it');
  });
});

describe('each note takes the nearest config upward from its own folder', () => {
  it('a walk from the parent folder lints each team with its own config; --config overrides them all', async () => {
    const dir = workspace({
      'casenote-lint.config.json': JSON.stringify({ rules: { 'no-vague-phrases': 'error' } }),
      'teamA/visit.md': VAGUE,
      'teamB/casenote-lint.config.json': JSON.stringify({ rules: { 'no-vague-phrases': 'off' } }),
      'teamB/notes/visit.md': VAGUE,
      'ci/shared.json': JSON.stringify({ rules: { 'no-vague-phrases': 'info' } }),
    });
    const vague = (entries: Entry[]) => entries.map((entry) => [entry.file, entry.findings.find((finding) => finding.ruleId === 'no-vague-phrases')?.severity ?? 'none']);
    const fromRoot = await linted(['teamA', 'teamB'], dir);
    expect(vague(fromRoot.entries)).toEqual([['teamA/visit.md', 'error'], ['teamB/notes/visit.md', 'none']]);
    expect(fromRoot.code).toBe(1);
    // Worker threads lint each note with its own config too.
    const threaded = await linted(['teamA', 'teamB', '--jobs', '2'], dir);
    expect(vague(threaded.entries)).toEqual(vague(fromRoot.entries));
    // The same findings from any working directory.
    const fromInside = await linted(['visit.md'], join(dir, 'teamB', 'notes'));
    expect(vague(fromInside.entries)).toEqual([['visit.md', 'none']]);
    const given = await linted(['teamA', 'teamB', '--config', 'ci/shared.json'], dir);
    expect(vague(given.entries)).toEqual([['teamA/visit.md', 'info'], ['teamB/notes/visit.md', 'info']]);
  });

  it('a bad config in a sub-folder stops the run with its path and the key (exit 2)', async () => {
    const dir = workspace({ 'teamA/visit.md': CLEAN, 'teamB/casenote-lint.config.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }), 'teamB/visit.md': CLEAN });
    const { code, stderr } = await runBuilt(['.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^casenote-lint: teamB\/casenote-lint\.config\.json: rules\.no-such-rule: unknown rule/);
  });

  it('--print-config FILE prints the config found from FILE\'s folder, as linting FILE would use', async () => {
    const dir = workspace({ 'casenote-lint.config.json': '{}', 'teamB/casenote-lint.config.json': JSON.stringify({ files: ['notes/**/*.md'], rules: { 'no-vague-phrases': 'off' } }) });
    const { code, stdout } = await runBuilt(['--print-config', 'teamB/notes/visit.md'], { cwd: dir });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { configFile: string; files: string[]; ignores: string[]; rules: Record<string, unknown> };
    expect(printed.configFile).toBe('teamB/casenote-lint.config.json');
    expect(printed.files).toEqual(['notes/**/*.md']);
    expect(printed.ignores).toEqual([]);
    expect(printed.rules['no-vague-phrases']).toBe('off');
  });

  it('standard input takes the config of the folder its --stdin-filename names', async () => {
    const dir = workspace({ 'casenote-lint.config.json': '{}', 'teamB/casenote-lint.config.json': JSON.stringify({ rules: { 'no-vague-phrases': 'error' } }) });
    const { entries } = await (async () => {
      const { stdout } = await runBuilt(['--stdin', '--stdin-filename', 'teamB/visit.md', '--format', 'json'], { cwd: dir, input: VAGUE });
      return { entries: JSON.parse(stdout) as Entry[] };
    })();
    expect(entries[0]!.findings.find((finding) => finding.ruleId === 'no-vague-phrases')?.severity).toBe('error');
  });
});
