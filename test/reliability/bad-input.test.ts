import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { noteFile } from '../helpers/notes.js';

// The README's bad-input table, row by row: each bad input gets a clear message naming the file, line
// or field, and the good note linted beside it is still reported.
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const GOOD = noteFile('I visited Amy at home. No concerns.');

function run(files: Record<string, string | Buffer>, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'casenote-bad-'));
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(dir, name), { recursive: true });
    else writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'good.md'), GOOD);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Row = { input: string; files: Record<string, string | Buffer>; args: string[]; stderr: RegExp; notes?: number };

const CLI_ROWS: Row[] = [
  { input: 'malformed YAML front matter', files: { 'bad.md': '---\ntype: home-visit\nauthor: [Priya\n---\nText.\n' }, args: ['bad.md', 'good.md'], stderr: /^bad\.md:3: front matter is not valid YAML/m, notes: 2 },
  { input: 'front matter never closed', files: { 'bad.md': '---\ntype: home-visit\nText.\n' }, args: ['bad.md', 'good.md'], stderr: /^bad\.md:1: front matter opened on line 1 is never closed/m, notes: 2 },
  { input: 'a JSON array with a bad element', files: { 'notes.json': JSON.stringify([{ id: 'a', text: 'No concerns.' }, { id: 'b', text: 7 }, { id: 'c', text: 'Seen.' }]) }, args: ['notes.json', 'good.md'], stderr: /^notes\.json:1: \[1\]: note field "text" must be a string, got number/m, notes: 4 },
  { input: 'a JSON file that is not JSON', files: { 'notes.json': '[{"id": "a", ' }, args: ['notes.json', 'good.md'], stderr: /^notes\.json: not valid JSON/m, notes: 2 },
  { input: 'a JSONL file with a bad line', files: { 'export.jsonl': '{"id":"a","text":"ok"}\n{nope\n{"id":"c","text":"ok"}\n' }, args: ['export.jsonl', 'good.md'], stderr: /^export\.jsonl:2: not valid JSON/m, notes: 4 },
  { input: 'a binary file', files: { 'scan.md': Buffer.from([0, 1, 2, 3, 0x50, 0x4b]) }, args: ['scan.md', 'good.md'], stderr: /^scan\.md: file looks binary/m, notes: 2 },
  { input: 'an empty file', files: { 'empty.md': '' }, args: ['empty.md', 'good.md'], stderr: /^empty\.md: file is empty/m, notes: 2 },
  { input: 'a file that is not UTF-8', files: { 'latin1.md': Buffer.from('caf\xe9 visit\n', 'latin1') }, args: ['latin1.md', 'good.md'], stderr: /^latin1\.md: file is not valid UTF-8 \(first bad byte at offset 3\)/m, notes: 2 },
  { input: 'a missing file', files: {}, args: ['missing.md', 'good.md'], stderr: /^missing\.md: no such file or directory/m, notes: 2 },
  { input: 'a directory without notes', files: { 'photos/': '' }, args: ['photos', 'good.md'], stderr: /^photos: directory holds no notes/m, notes: 2 },
];

describe('bad input: the CLI names the problem and lints the rest', () => {
  for (const row of CLI_ROWS) {
    it(row.input, () => {
      const { code, stdout, stderr } = run(row.files, [...row.args, '--format', 'json']);
      expect(code).toBe(2);
      expect(stderr).toMatch(row.stderr);
      const reports = JSON.parse(stdout) as { file: string; findings: { ruleId: string }[]; error?: string }[];
      expect(reports).toHaveLength(row.notes!);
      const good = reports.find((report) => report.file === 'good.md')!;
      expect(good.findings.map((f) => f.ruleId)).toContain('no-vague-phrases');
      // Messages name files, lines and fields; they never echo note text.
      expect(stderr).not.toMatch(/No concerns|Priya/);
    });
  }

  it('an unknown CLI flag', () => {
    const { code, stderr } = run({}, ['--frob', 'good.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--frob'/);
  });

  it('a config file that is not JSON', () => {
    const { code, stderr } = run({ 'conf.json': '{ "rules": ' }, ['good.md', '--config', 'conf.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/conf\.json: config file is not valid JSON/);
  });

  it('a config file with an unknown rule', () => {
    const { code, stderr } = run({ 'conf.json': '{ "rules": { "no-such-rule": "error" } }' }, ['good.md', '--config', 'conf.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rules\.no-such-rule: unknown rule "no-such-rule"/);
  });
});

describe('bad input: the API', () => {
  it('non-string text is a TypeError naming text', () => {
    expect(() => lint({ text: ['a'] } as never)).toThrow(new TypeError('casenote-lint: note field "text" must be a string, got a list'));
  });

  it('wrong metadata types, invalid dates and unknown note types are findings naming the field', () => {
    const source = `---\ntype: picnic\noccurredAt: 2026-02-30\nrecordedAt: 5\nauthor: Priya\n---\nText.\n\nPriya Shah, Social Worker, 03/04/2026`;
    const messages = lint(source).findings.filter((f) => f.ruleId === 'required-fields').map((f) => [f.excerpt, f.message.split(':')[0]]);
    expect(messages).toEqual([
      ['picnic', 'type'],
      ['2026-02-30', 'occurredAt'],
      ['5', 'recordedAt'],
      ['Priya', 'author'],
    ]);
  });
});
