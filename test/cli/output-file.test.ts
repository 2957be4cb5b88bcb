/** -o / --output-file FILE: the output goes to FILE, whole or not at all; the exit code is the run's own. */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_BODY, VAGUE_BODY, noteFile, runBuilt, workspace } from './helpers.js';

describe('-o / --output-file', () => {
  it('writes the formatted output to the file, nothing on stdout, and keeps the exit code', async () => {
    const dir = workspace({ 'visit.md': noteFile(VAGUE_BODY), 'unsigned.md': '---\ntype: home-visit\n---\nVisited.\n' });
    const toStdout = await runBuilt(['.', '--format', 'json'], { cwd: dir });
    const { code, stdout, stderr } = await runBuilt(['.', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect(code).toBe(toStdout.code);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(toStdout.stdout);
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes stylish output without colour, and --output-file is the same flag', async () => {
    const dir = workspace({ 'visit.md': noteFile(VAGUE_BODY) });
    const { code, stdout } = await runBuilt(['visit.md', '--output-file', 'report.txt'], { cwd: dir, env: { NO_COLOR: '' } });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(report).toContain('visit.md\n');
    expect(report).toContain('"No concerns": This phrase');
    expect(report).not.toContain('\u001b[');
  });

  it('replaces a link at the path, never the file it points to', async () => {
    const dir = workspace({ 'visit.md': noteFile(CLEAN_BODY), 'precious.txt': 'keep me' });
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'report.txt'));
    const { code } = await runBuilt(['visit.md', '-o', 'report.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('1 note checked, no problems.');
  });

  it('fails with exit 2, naming the file, when it cannot be written, and leaves no file', async () => {
    const dir = workspace({ 'visit.md': noteFile(CLEAN_BODY) });
    const { code, stdout, stderr } = await runBuilt(['visit.md', '-o', 'missing/report.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^casenote-lint: missing\/report\.txt: the output file could not be written \(ENOENT: no such file or directory\); it was left as it was\.\n$/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('leaves an existing file as it was when the run fails', async () => {
    const dir = workspace({ 'visit.md': noteFile(CLEAN_BODY), 'report.txt': 'previous report' });
    const { code, stderr } = await runBuilt(['visit.md', '-o', 'report.txt', '--format', 'nope'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('--format: expected one of');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('previous report');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes the information flags too', async () => {
    const dir = workspace({});
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', '.keep'), '');
    const { code, stdout } = await runBuilt(['--list-rules', '--format', 'json', '-o', 'out/rules.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'rules.json'), 'utf8'))[0].id).toBe('no-acronyms');
  });
});
