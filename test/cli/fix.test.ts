import { describe, expect, it } from 'vitest';
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../src/index.js';
import { NoteFixer } from '../../src/cli/fix-files.js';
import type { WorkItem } from '../../src/cli/lint-core.js';
import { jsonNote, noteFile, runBuilt, runInProcess, workspace } from './helpers.js';

/** A note with two fixes (a misspelling, the sign-off's name) and a finding no fix can settle. */
const FIXABLE = noteFile('I visited Amy at home. She had recieved a letter from school. No concerns.').replace('\nPriya Shah, Social', '\nPriya Shahh, Social');
const FIXED = noteFile('I visited Amy at home. She had received a letter from school. No concerns.');
const CLEAN = noteFile('I visited Amy at home. She showed me her bedroom, which had a made bed and clean clothes in the drawers.');

interface JsonEntry {
  file: string;
  findings: { ruleId: string; excerpt: string }[];
  output?: string;
}

describe('--fix', () => {
  it('writes the fixed note back and reports the findings left in it', async () => {
    const dir = workspace({ 'notes/visit.md': FIXABLE, 'notes/clean.md': CLEAN });
    const { code, stdout, stderr } = await runInProcess(['notes', '--fix', '--format', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'notes/visit.md'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'notes/clean.md'), 'utf8')).toBe(CLEAN);
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(entries.map((entry) => [entry.file, entry.findings.map((f) => [f.ruleId, f.excerpt])])).toEqual([
      [join('notes', 'clean.md'), []],
      [join('notes', 'visit.md'), [['no-vague-phrases', 'No concerns']]],
    ]);
    // --fix writes the file: the text is not repeated in the output.
    expect(entries.every((entry) => entry.output === undefined)).toBe(true);
    expect(stderr).toBe('casenote-lint: fixed 2 findings in 1 file\n');
    expect(code).toBe(0);
  });

  it("keeps the file's permissions, byte-order mark and Windows line ends", async () => {
    const dir = workspace({ 'visit.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXABLE.replace(/\n/g, '\r\n'))]) });
    const file = join(dir, 'visit.md');
    chmodSync(file, 0o600);
    const { code } = await runInProcess(['visit.md', '--fix'], { cwd: dir });
    expect(code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('rewrites the file a symbolic link points to and leaves the link a link', async () => {
    const dir = workspace({ 'store/visit.md': FIXABLE });
    symlinkSync(join(dir, 'store/visit.md'), join(dir, 'link.md'));
    const { code } = await runInProcess(['link.md', '--fix'], { cwd: dir });
    expect(code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'store/visit.md'), 'utf8')).toBe(FIXED);
  });

  it('leaves JSON and JSONL exports as they are, saying so once a file, and still lints them', async () => {
    const line = JSON.stringify(jsonNote('N-1', 'I visited Amy at home. She had recieved a letter.'));
    const dir = workspace({ 'export.jsonl': `${line}\n${line}\n`, 'notes.json': `[${line}]` });
    const { code, stdout, stderr } = await runInProcess(['export.jsonl', 'notes.json', '--fix', '--format', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'export.jsonl'), 'utf8')).toBe(`${line}\n${line}\n`);
    expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe(`[${line}]`);
    expect(stderr).toBe(
      'casenote-lint: warning: export.jsonl: not fixed: --fix changes only .md and .txt note files; the notes of a JSON or JSONL export are linted as they are\n' +
        'casenote-lint: warning: notes.json: not fixed: --fix changes only .md and .txt note files; the notes of a JSON or JSONL export are linted as they are\n' +
        'casenote-lint: fixed 0 findings in 0 files\n',
    );
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(entries.map((entry) => entry.findings.map((f) => f.excerpt))).toEqual([['recieved'], ['recieved'], ['recieved']]);
    expect(code).toBe(0);
  });

  it('cannot write to standard input, and is not used with --fix-dry-run', async () => {
    const stdin = await runInProcess(['--stdin', '--fix'], { stdin: FIXABLE });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/--fix writes fixed notes back to their files, and standard input has none; use --fix-dry-run/);
    const both = await runInProcess(['x.md', '--fix', '--fix-dry-run']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--fix and --fix-dry-run cannot be used together/);
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing, and gives the fixed text as "output" in --format json, only for a note that had fixes', async () => {
    const dir = workspace({ 'visit.md': FIXABLE, 'clean.md': CLEAN });
    const { code, stdout, stderr } = await runInProcess(['visit.md', 'clean.md', '--fix-dry-run', '--format', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'visit.md'), 'utf8')).toBe(FIXABLE);
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(entries.map((entry) => [entry.file, entry.output])).toEqual([
      ['visit.md', FIXED],
      ['clean.md', undefined],
    ]);
    expect(entries[0]!.findings.map((f) => f.excerpt)).toEqual(['No concerns']);
    expect(stderr).toBe('casenote-lint: --fix-dry-run: 2 findings in 1 file would be fixed; nothing was written\n');
    expect(code).toBe(0);
  });

  it('fixes standard input (how an editor plug-in would use it)', async () => {
    const { code, stdout } = await runInProcess(['--stdin', '--stdin-filename', 'visit.md', '--fix-dry-run', '--format', 'json'], { stdin: FIXABLE });
    expect(code).toBe(0);
    const [entry] = JSON.parse(stdout) as JsonEntry[];
    expect(entry!.output).toBe(FIXED);
  });

  it('leaves the fixed text out with --redact, as it leaves out excerpts', async () => {
    const dir = workspace({ 'visit.md': FIXABLE });
    const { stdout } = await runInProcess(['visit.md', '--fix-dry-run', '--format', 'json', '--redact'], { cwd: dir });
    const [entry] = JSON.parse(stdout) as JsonEntry[];
    expect(entry!.output).toBeUndefined();
    expect(entry!.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([['no-vague-phrases', '']]);
  });

  it('gives the same output from the built CLI on worker threads', async () => {
    const dir = workspace({ 'a.md': FIXABLE, 'b.md': CLEAN });
    const { code, stdout } = await runBuilt(['a.md', 'b.md', '--fix-dry-run', '--format', 'json', '--jobs', '2'], { cwd: dir });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonEntry[]).map((entry) => entry.output)).toEqual([FIXED, undefined]);
  });
});

describe('NoteFixer', () => {
  const linter = createLinter();
  const item = (note: string, file = 'visit.md'): WorkItem => ({ kind: 'input', input: { file, line: 1, note }, positions: 'file' });

  it('does not write a file that changed after it was read, and says so', async () => {
    const dir = workspace({ 'visit.md': FIXABLE });
    const path = join(dir, 'visit.md');
    const warnings: string[] = [];
    const fixer = new NoteFixer('fix', (message) => warnings.push(message));
    writeFileSync(path, `${FIXABLE}\nAdded by someone else.\n`);
    const result = await fixer.fix(item(FIXABLE), linter, path);
    expect(result).toEqual(item(FIXABLE));
    expect(readFileSync(path, 'utf8')).toBe(`${FIXABLE}\nAdded by someone else.\n`);
    expect(warnings).toEqual(['warning: visit.md: not fixed: the file changed while it was being linted']);
    expect(fixer.failures).toBe(0);
  });

  it('counts a file it cannot write as a failure (exit 2), naming the file and the reason, not the text', async () => {
    const dir = workspace({});
    const warnings: string[] = [];
    const fixer = new NoteFixer('fix', (message) => warnings.push(message));
    const result = await fixer.fix(item(FIXABLE), linter, join(dir, 'gone', 'visit.md'));
    expect(result).toEqual(item(FIXABLE));
    expect(warnings).toEqual(['visit.md: cannot write the fixed note (ENOENT: no such file or directory); the file is unchanged']);
    expect(fixer.failures).toBe(1);
    expect(fixer.summary()).toBe('fixed 0 findings in 0 files');
  });
});

describe('directives in the CLI', () => {
  it('a note file honours its directives, and an unused one is a warning of casenote-lint in the output', async () => {
    const note = noteFile('<!-- casenote-lint-disable-next-line no-vague-phrases -->\nNo concerns.\n<!-- casenote-lint-disable-next-line no-jargon -->\nAmy showed me her bedroom.');
    const dir = workspace({ 'visit.md': note });
    const { code, stdout } = await runInProcess(['visit.md', '--format', 'json'], { cwd: dir });
    const [entry] = JSON.parse(stdout) as JsonEntry[];
    expect(entry!.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([['casenote-lint', 'no-jargon']]);
    expect(code).toBe(0);
  });

  it('a config with noInlineConfig (an audit) sees every finding, and --print-config shows the settings', async () => {
    const note = noteFile('<!-- casenote-lint-disable -->\nNo concerns.');
    const dir = workspace({ 'visit.md': note, 'audit.json': JSON.stringify({ noInlineConfig: true }) });
    const { stdout } = await runInProcess(['visit.md', '--config', 'audit.json', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(stdout) as JsonEntry[])[0]!.findings.map((f) => f.ruleId)).toEqual(['no-vague-phrases']);
    const printed = await runInProcess(['--print-config', 'visit.md', '--config', 'audit.json'], { cwd: dir });
    expect(JSON.parse(printed.stdout)).toMatchObject({ noInlineConfig: true, reportUnusedDisableDirectives: 'warning' });
  });
});
