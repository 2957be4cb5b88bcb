import { closeSync, openSync, ftruncateSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/inputs.js';
import { VAGUE_BODY, noteFile, runBuilt, runInProcess, workspace } from './helpers.js';

/** A file of `bytes` bytes that takes no space on disk (it is never read whole by a correct CLI). */
function sparse(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe('symbolic links', () => {
  it('a link loop or a broken link given on the command line is named as such; the rest is linted', async () => {
    const dir = workspace({ 'good.md': noteFile(VAGUE_BODY) });
    symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
    symlinkSync('missing.md', join(dir, 'broken.md'));
    const result = await runInProcess(['loop-a.md', 'broken.md', 'good.md', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^loop-a\.md: cannot read \(ELOOP: too many levels of symbolic links\)$/m);
    expect(result.stderr).toMatch(/^broken\.md: broken symbolic link \(it points to a file that does not exist\)$/m);
    const reports = JSON.parse(result.stdout) as { file: string; error?: string }[];
    expect(reports.map((r) => [r.file, Boolean(r.error)])).toEqual([
      ['loop-a.md', true],
      ['broken.md', true],
      ['good.md', false],
    ]);
  });

  it('in a walked directory, a linked note is linted and a broken or looping link to a note is reported', async () => {
    const dir = workspace({ 'notes/a.md': noteFile(VAGUE_BODY), 'elsewhere/b.md': noteFile(VAGUE_BODY) });
    symlinkSync(join(dir, 'elsewhere/b.md'), join(dir, 'notes/b.md'));
    symlinkSync('c.md', join(dir, 'notes/c.md'));
    symlinkSync('gone.md', join(dir, 'notes/d.md'));
    // A link to a directory is not followed (it could loop back): notes/up leads to the workspace itself.
    symlinkSync(dir, join(dir, 'notes/up'));
    mkdirSync(join(dir, 'notes/sub'));
    symlinkSync('..', join(dir, 'notes/sub/parent'));
    const result = await runInProcess(['notes', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^notes\/c\.md: cannot read \(ELOOP: too many levels of symbolic links\)$/m);
    expect(result.stderr).toMatch(/^notes\/d\.md: broken symbolic link \(it points to a file that does not exist\)$/m);
    const reports = JSON.parse(result.stdout) as { file: string; error?: string }[];
    expect(reports.map((r) => r.file)).toEqual(['notes/c.md', 'notes/d.md', 'notes/a.md', 'notes/b.md']);
  });
});

describe('standard input gets the same checks as a file', () => {
  it('refuses NUL bytes and invalid UTF-8 on stdin, as it does in a file', async () => {
    const binary = Buffer.concat([Buffer.from(noteFile(VAGUE_BODY)), Buffer.from([0, 1, 2])]);
    const latin1 = Buffer.from(noteFile('I visited Zo\xeb at home.'), 'latin1');
    const dir = workspace({ 'scan.md': binary, 'latin1.md': latin1 });
    for (const [name, bytes] of [
      ['scan.md', binary],
      ['latin1.md', latin1],
    ] as const) {
      const fromFile = await runBuilt([name, '--format', 'json'], { cwd: dir });
      const fromStdin = await runBuilt(['--stdin', '--stdin-filename', name, '--format', 'json'], { cwd: dir, input: bytes });
      expect(fromFile.code, name).toBe(2);
      expect(fromStdin.code, name).toBe(2);
      expect(fromStdin.stdout).toBe(fromFile.stdout);
      expect(fromStdin.stderr).toBe(fromFile.stderr);
    }
    const plain = await runBuilt(['--stdin', '--format', 'json'], { input: binary });
    expect(plain.stderr).toMatch(/^<stdin>: file looks binary \(it contains NUL bytes\); expected UTF-8 text$/m);
  });

  it('decodes with one function: BOM dropped, empty refused', () => {
    expect(decodeText(Buffer.from('\ufeffNote.'))).toEqual({ text: 'Note.' });
    expect(decodeText(Buffer.alloc(0))).toEqual({ error: 'file is empty' });
  });
});

describe('files too large to read', () => {
  it('a note file larger than any note can be is reported as too large, naming maxNoteSize, without being read', async () => {
    const dir = workspace({ 'good.md': noteFile(VAGUE_BODY) });
    sparse(join(dir, 'huge.md'), 600 * 1024 * 1024);
    const result = await runInProcess(['huge.md', 'good.md', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^huge\.md: file is too large to be one note \(629,145,600 bytes; a note may be at most 2,097,152 characters \(maxNoteSize\), so a file over 6,291,456 bytes is not read\)$/m,
    );
    expect(result.stderr).not.toMatch(/UTF-8/);
  });

  it('the limit follows maxNoteSize; a file under it is read and the note is judged by the linter', async () => {
    const dir = workspace({
      'casenote-lint.config.json': JSON.stringify({ maxNoteSize: 1000 }),
      'big.md': noteFile('I visited Amy at home. '.repeat(200)),
      'middling.md': noteFile('I visited Amy at home. '.repeat(80)),
    });
    const result = await runInProcess(['big.md', 'middling.md', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toMatch(/^big\.md: file is too large to be one note \(4,\d{3} bytes; a note may be at most 1,000 characters \(maxNoteSize\), so a file over 3,000 bytes is not read\)$/m);
    const reports = JSON.parse(result.stdout) as { file: string; error?: string; findings: { ruleId: string }[] }[];
    expect(reports[1]!.error).toBeUndefined();
    expect(reports[1]!.findings.map((f) => f.ruleId)).toEqual(['casenote-lint']);
  });

  it('a .json file over the read limit is reported as too large, naming the limit and .jsonl as the way round it', async () => {
    const dir = workspace({});
    sparse(join(dir, 'export.json'), 600 * 1024 * 1024);
    const result = await runInProcess(['export.json', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^export\.json: file is too large to read whole \(629,145,600 bytes; a \.json file may be at most 268,435,456 bytes\); export one note a line as \.jsonl, which is read a line at a time$/m);
  });

  it('standard input larger than any note can be is refused before it is all read', async () => {
    const input = `---\ntype: home-visit\n---\n${'I visited Amy at home. '.repeat(300_000)}`;
    const result = await runBuilt(['--stdin', '--format', 'json'], { input });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^<stdin>: input is too large to be one note \(over 6,291,456 bytes; a note may be at most 2,097,152 characters \(maxNoteSize\)\)$/m);
  });
});
