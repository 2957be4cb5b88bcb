import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteFile } from './helpers/notes.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = noteFile('I visited Amy at home. She showed me her bedroom, which had a made bed and clean clothes in the drawers.');
const VAGUE = GOOD.replace('She showed me her bedroom, which had a made bed and clean clothes in the drawers.', 'No concerns.');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casenote-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('casenote-lint CLI', () => {
  it('exits 0 with no findings, and says so', () => {
    const dir = workspace({ 'notes/good.md': GOOD });
    const { code, stdout } = run(['notes'], { cwd: dir });
    expect(stdout).toContain('1 note checked, no problems');
    expect(code).toBe(0);
  });

  it('exits 0 for warnings only, and 1 past --max-warnings', () => {
    const dir = workspace({ 'vague.md': VAGUE });
    expect(run(['vague.md'], { cwd: dir }).code).toBe(0);
    const over = run(['vague.md', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(/vague\.md\n\s+7:24\s+warning\s+"No concerns": This phrase does not tell.*no-vague-phrases/);
  });

  it('exits 1 for lint errors, and --quiet shows errors only', () => {
    const dir = workspace({ 'unsigned.md': VAGUE.replace('\nPriya Shah, Social Worker, 03/04/2026\n', '') });
    const result = run(['unsigned.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('require-sign-off');
    const quiet = run(['unsigned.md', '--quiet'], { cwd: dir });
    expect(quiet.stdout).not.toContain('no-vague-phrases');
    expect(quiet.stdout).toContain('require-sign-off');
  });

  it('reports the good files and names the bad one with its line, exit 2', () => {
    const dir = workspace({
      'a-good.md': GOOD,
      'b-bad-yaml.md': '---\ntype: home-visit\nauthor: [Priya\n---\nVisited.\n',
      'c-vague.md': VAGUE,
      'd-export.jsonl': `${JSON.stringify({ id: 'n1', text: 'No issues.' })}\n{"id": "n2", "text": \n${JSON.stringify({ id: 'n3', text: 'All well.' })}\n`,
    });
    const { code, stdout, stderr } = run(['.', '--format', 'json'], { cwd: dir });
    expect(code).toBe(2);
    const reports = JSON.parse(stdout) as { file: string; noteId: string | null; findings: { ruleId: string }[]; error?: string }[];
    expect(reports.map((r) => [r.file, r.noteId])).toEqual([
      ['a-good.md', null],
      ['b-bad-yaml.md', null],
      ['c-vague.md', null],
      ['d-export.jsonl', 'n1'],
      ['d-export.jsonl', null],
      ['d-export.jsonl', 'n3'],
    ]);
    expect(reports[2]!.findings.map((f) => f.ruleId)).toContain('no-vague-phrases');
    expect(reports[4]!.error).toMatch(/not valid JSON/);
    expect(stderr).toMatch(/^b-bad-yaml\.md:3: front matter is not valid YAML/m);
    expect(stderr).toMatch(/^d-export\.jsonl:2: not valid JSON/m);
  });

  it('lints a note from stdin', () => {
    const { code, stdout } = run(['--stdin', '--format', 'json'], { input: VAGUE });
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as { file: string; findings: { ruleId: string; excerpt: string }[] }[];
    expect(report!.file).toBe('<stdin>');
    expect(report!.findings.find((f) => f.ruleId === 'no-vague-phrases')!.excerpt).toBe('No concerns');
  });

  it('finds the config file upward and applies --rule on top', () => {
    const dir = workspace({
      'casenote-lint.config.json': JSON.stringify({ rules: { 'no-vague-phrases': 'error' } }),
      'team/notes/vague.md': VAGUE,
    });
    const cwd = join(dir, 'team');
    expect(run(['notes'], { cwd }).code).toBe(1);
    expect(run(['notes', '--rule', 'no-vague-phrases=off'], { cwd }).stdout).toContain('no problems');
  });

  it('exits 2 with a clear message for usage and config errors', () => {
    const dir = workspace({ 'vague.md': VAGUE, 'bad.json': '{ "rules": ', 'unknown.json': '{ "rules": { "no-such-rule": "error" } }' });
    const flag = run(['--bogus', 'vague.md'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--bogus'/);
    const notJson = run(['vague.md', '--config', 'bad.json'], { cwd: dir });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/bad\.json: config file is not valid JSON/);
    const unknown = run(['vague.md', '--config', 'unknown.json'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/rules\.no-such-rule: unknown rule/);
    const missing = run(['nowhere.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.md: no such file or directory/);
    expect(run([], { cwd: dir }).code).toBe(2);
  });

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('Usage: casenote-lint');
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
