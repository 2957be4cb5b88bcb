import { spawn, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lint, type Rule } from '../../src/index.js';
import { noteFile } from '../helpers/notes.js';
import { runInProcess } from '../cli/helpers.js';

// Tests run as root, where chmod 000 does not stop a read: a directory that cannot be read is the file
// system's answer, injected here for the CLI run in this process (children spawned below are not touched).
const unreadable = new Map<string, string>();
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    const code = unreadable.get(String(path));
    if (code) throw Object.assign(new Error(`${code}: cannot read ${String(path)}`), { code });
    return (fs.readdir as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

// The README's bad-input table, row by row: each bad input gets a clear message naming the file, line
// or field, and the good note linted beside it is still reported.
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const GOOD = noteFile('I visited Amy at home. No concerns.');

/** Files by name: text or bytes, `{ link }` for a symbolic link, `{ size }` for a sparse file of that many bytes. */
type Files = Record<string, string | Buffer | { link: string } | { size: number }>;

function workspace(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'casenote-bad-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    if (name.endsWith('/')) mkdirSync(join(dir, name), { recursive: true });
    else if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, join(dir, name));
    else if (typeof content === 'object' && 'size' in content) {
      const fd = openSync(join(dir, name), 'w');
      ftruncateSync(fd, content.size);
      closeSync(fd);
    } else writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'good.md'), GOOD);
  return dir;
}

function run(files: Files, args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: workspace(files), input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Row = { input: string; files: Files; args: string[]; stderr: RegExp; notes?: number };

const CLI_ROWS: Row[] = [
  { input: 'malformed YAML front matter', files: { 'bad.md': '---\ntype: home-visit\nauthor: [Priya\n---\nText.\n' }, args: ['bad.md', 'good.md'], stderr: /^bad\.md:3: front matter is not valid YAML/m, notes: 2 },
  { input: 'front matter never closed', files: { 'bad.md': '---\ntype: home-visit\nText.\n' }, args: ['bad.md', 'good.md'], stderr: /^bad\.md:1: front matter opened on line 1 is never closed/m, notes: 2 },
  { input: 'a JSON array with a bad element', files: { 'notes.json': JSON.stringify([{ id: 'a', text: 'No concerns.' }, { id: 'b', text: 7 }, { id: 'c', text: 'Seen.' }]) }, args: ['notes.json', 'good.md'], stderr: /^notes\.json:1: \[1\]: note field "text" must be a string, got number/m, notes: 4 },
  { input: 'a JSON file that is not JSON', files: { 'notes.json': '[{"id": "a", ' }, args: ['notes.json', 'good.md'], stderr: /^notes\.json: not valid JSON: unexpected end of input at column 14 \(expected a property name in double quotes\)$/m, notes: 2 },
  {
    input: 'a JSONL file with a bad line',
    files: { 'export.jsonl': '{"id":"a","text":"ok"}\n{"id":"b","text":"No concerns","x":Priya}\n{"id":"c","text":"ok"}\n' },
    args: ['export.jsonl', 'good.md'],
    stderr: /^export\.jsonl:2: not valid JSON: unexpected character at column 36 \(expected a value\)$/m,
    notes: 4,
  },
  { input: 'a binary file', files: { 'scan.md': Buffer.from([0, 1, 2, 3, 0x50, 0x4b]) }, args: ['scan.md', 'good.md'], stderr: /^scan\.md: file looks binary/m, notes: 2 },
  { input: 'an empty file', files: { 'empty.md': '' }, args: ['empty.md', 'good.md'], stderr: /^empty\.md: file is empty/m, notes: 2 },
  { input: 'a file that is not UTF-8', files: { 'latin1.md': Buffer.from('caf\xe9 visit\n', 'latin1') }, args: ['latin1.md', 'good.md'], stderr: /^latin1\.md: file is not valid UTF-8 \(first bad byte at offset 3\)/m, notes: 2 },
  { input: 'a missing file', files: {}, args: ['missing.md', 'good.md'], stderr: /^missing\.md: no such file or directory/m, notes: 2 },
  { input: 'a directory without notes', files: { 'photos/': '' }, args: ['photos', 'good.md'], stderr: /^photos: directory holds no notes/m, notes: 2 },
  { input: 'a broken symbolic link', files: { 'old.md': { link: 'moved.md' } }, args: ['old.md', 'good.md'], stderr: /^old\.md: broken symbolic link \(it points to a file that does not exist\)$/m, notes: 2 },
  { input: 'a symbolic-link loop', files: { 'a.md': { link: 'b.md' }, 'b.md': { link: 'a.md' } }, args: ['a.md', 'good.md'], stderr: /^a\.md: cannot read \(ELOOP: too many levels of symbolic links\)$/m, notes: 2 },
  {
    input: 'a note file too large to be a note',
    files: { 'scan.md': { size: 600 * 1024 * 1024 } },
    args: ['scan.md', 'good.md'],
    stderr: /^scan\.md: file is too large to be one note \(629,145,600 bytes; a note may be at most 2,097,152 characters \(maxNoteSize\), so a file over 6,291,456 bytes is not read\)$/m,
    notes: 2,
  },
  {
    input: 'a .json file too large to read whole',
    files: { 'export.json': { size: 600 * 1024 * 1024 } },
    args: ['export.json', 'good.md'],
    stderr: /^export\.json: file is too large to read whole \(629,145,600 bytes; a \.json file may be at most 268,435,456 bytes\); export one note a line as \.jsonl/m,
    notes: 2,
  },
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

  it('NUL bytes or invalid UTF-8 on --stdin', () => {
    for (const [bytes, message] of [
      [Buffer.concat([Buffer.from(GOOD), Buffer.from([0, 1])]), /^<stdin>: file looks binary \(it contains NUL bytes\); expected UTF-8 text$/m],
      [Buffer.from(GOOD.replace('Amy', 'Zo\xeb'), 'latin1'), /^<stdin>: file is not valid UTF-8 \(first bad byte at offset \d+\); save it as UTF-8$/m],
    ] as const) {
      const { code, stdout, stderr } = run({}, ['--stdin', '--format', 'json'], bytes);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(JSON.parse(stdout)).toEqual([{ file: '<stdin>', noteId: null, findings: [], error: expect.any(String) as unknown }]);
    }
  });

  it('a directory that cannot be read, met while walking', async () => {
    const dir = workspace({ 'notes/a.md': GOOD, 'notes/locked/b.md': GOOD });
    unreadable.set(join(dir, 'notes', 'locked'), 'EACCES');
    try {
      const { code, stdout, stderr } = await runInProcess(['notes', '--format', 'json'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^notes\/locked: cannot read directory \(EACCES: permission denied\)$/m);
      expect((JSON.parse(stdout) as { file: string }[]).map((r) => r.file)).toEqual(['notes/locked', 'notes/a.md']);
    } finally {
      unreadable.clear();
    }
  });

  it('standard output closed before the end (| head)', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `N-${i}`, text: 'I visited Amy at home. No concerns.' }));
    const dir = workspace({ 'export.jsonl': `${lines.join('\n')}\n` });
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'export.jsonl', '--format', 'json'], { cwd: dir });
      let stderr = '';
      child.stdout.once('data', () => child.stdout.destroy());
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^casenote-lint: standard output was closed before all the output was written \(EPIPE\); the run is incomplete\.$/m);
  });

  it('a placeholder date (9999-12-31) in the HTML report', () => {
    const sentinel = GOOD.replace('recordedAt: 2026-04-03T09:00', 'recordedAt: 9999-12-31');
    const { code, stdout, stderr } = run({ 'sentinel.md': sentinel }, ['sentinel.md', 'good.md', '--format', 'html']);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(1);
    expect(stdout).toMatch(/<\/html>\n$/);
    expect(stdout).toContain('1 note is not in this chart: 1 with a recorded date after this report was made.');
  });

  it('a file name with a line break or an escape sequence', () => {
    const { stdout } = run({ 'visit\n::error::forged\u001b[2J.md': GOOD }, ['.', '--format', 'github']);
    expect(stdout).not.toMatch(/^::error::forged/m);
    expect(stdout).toContain('file=visit%0A%3A%3Aerror%3A%3Aforged\\x1b[2J.md,');
  });

  it('a baseline in the old format (hashes of findings)', () => {
    const old = JSON.stringify({ version: 1, suppressions: { 'good.md': { 'no-vague-phrases': { '0123456789abcdef0123456789abcdef': 1 } } } });
    const { code, stderr } = run({ 'base.json': old }, ['good.md', '--baseline', 'base.json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^casenote-lint: base\.json: this baseline has the old format \(version 1\), whose hashes could reveal what was flagged; run casenote-lint with --update-baseline to rewrite it/m);
  });

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

// Front matter and custom rules (issue #16): nothing a note or a rule holds may crash lint() or the process.
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'index.js');

/** Runs a script that imports the built library in its own process, so that a fatal error cannot take the test runner down. */
function runScript(script: string) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CASENOTE_DIST: DIST } });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('bad input: front matter', () => {
  it('deeply nested front matter is a finding at every stack depth, never a fatal error', () => {
    // V8 cannot throw when the stack runs out inside its regular-expression compiler: it aborts the process.
    // How deep the YAML library recurses before that happens depends on the stack already in use, so the
    // note is linted from many depths.
    const { status, signal, stdout, stderr } = runScript(`
      const { lint } = await import(process.env.CASENOTE_DIST);
      const deeper = (depth, fn) => {
        if (depth === 0) return fn();
        const result = deeper(depth - 1, fn);
        return result;
      };
      const messages = new Set();
      for (let depth = 0; depth < 3000; depth += 301) {
        for (const [open, close] of [['[', ']'], ['{a: ', '}']]) {
          const { findings } = deeper(depth, () => lint('---\\na: ' + open.repeat(3000) + close.repeat(3000) + '\\n---\\nVisited at home.'));
          for (const f of findings) if (f.ruleId === 'required-fields') messages.add(f.message);
        }
      }
      console.log(JSON.stringify([...messages]));
    `);
    expect({ status, signal, stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    expect(JSON.parse(stdout)).toEqual([
      "Front matter: front matter nests lists or mappings more than 32 levels deep (line 2, column 35); a note's details need two.",
      "Front matter: front matter nests lists or mappings more than 32 levels deep (line 2, column 128); a note's details need two.",
    ]);
  });

  it('front matter over the size limit is a finding at its opening line', () => {
    const source = `---\ntype: home-visit\nsummary: ${'x'.repeat(70_000)}\n---\nVisited at home.\n`;
    const [finding, ...others] = lint(source).findings.filter((f) => f.ruleId === 'required-fields');
    expect(others).toEqual([]);
    expect(finding!.message).toBe("Front matter: front matter is 70,027 characters long; the limit is 16,384: keep it to the note's details (type, dates, author, subject).");
    expect([finding!.line, finding!.excerpt]).toEqual([1, '---']);
  });

  it('an unresolved alias and an alias bomb are findings, not exceptions', () => {
    const unresolved = lint('---\ntype: *visit\n---\nVisited at home.\n').findings.filter((f) => f.ruleId === 'required-fields');
    expect(unresolved.map((f) => [f.message, f.excerpt])).toEqual([
      ['Front matter: front matter is not valid YAML at line 2, column 7: an alias (*name) that refers to no anchor (&name) before it.', 'type: *visit'],
    ]);
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    const bomb = lint(`---\n${levels.join('\n')}\n---\nVisited at home.\n`).findings.filter((f) => f.ruleId === 'required-fields');
    expect(bomb.map((f) => f.message)).toEqual(["Front matter: front matter could not be read: its aliases (*name) expand to more data than a note's details need (line 3, column 8)."]);
  });

  it('YAML problems never quote the front matter, in findings or on stderr, with --redact', () => {
    const SECRET = 'Zebedee';
    const files = {
      'tag.md': `---\ntype: !e!${SECRET} home-visit\n---\nVisited.\n`,
      'escape.md': `---\ntype: "\\q${SECRET}"\n---\nVisited.\n`,
      'header.md': `---\ntype: |${SECRET}\n  x\n---\nVisited.\n`,
      'alias.md': `---\ntype: *${SECRET}\n---\nVisited.\n`,
      'key.md': `---\n? [${SECRET}, other]\n: 1\n---\nVisited.\n`,
      'duplicate.md': `---\n${SECRET}: 1\n${SECRET}: 2\n---\nVisited.\n`,
    };
    const { code, stdout, stderr } = run(files, [...Object.keys(files), 'good.md', '--format', 'json', '--redact']);
    expect(code).toBe(2);
    expect(stdout).not.toContain(SECRET);
    expect(stderr).not.toContain(SECRET);
    // Each malformed note is named on stderr with its line.
    for (const name of ['tag.md', 'escape.md', 'header.md', 'alias.md', 'duplicate.md']) expect(stderr).toMatch(new RegExp(`^${name.replace('.', '\\.')}:\\d+: front matter`, 'm'));
  });
});

describe('bad input: custom rules', () => {
  const ruleThrowing = (thrown: () => unknown): Rule => ({
    meta: { id: 'team/throws', description: 'Throws.', severity: 'warning', category: 'language', schema: z.object({}).strict(), reference: { section: 'Team', summary: 'Team rule.' } },
    check() {
      throw thrown();
    },
  });
  const failureOf = (thrown: () => unknown) => {
    const { findings } = lint('Visited at home. No concerns.', { config: { customRules: [ruleThrowing(thrown)] } });
    expect(findings.map((f) => f.ruleId)).toContain('no-vague-phrases');
    return findings.find((f) => f.ruleId === 'team/throws')!;
  };

  it('a rule that throws a null-prototype object, or an error whose getters throw, becomes its failure finding', () => {
    expect(failureOf(() => Object.create(null)).message).toBe('The rule team/throws failed on this note and could not check it (an object). The other rules ran. Please report this.');
    const getters = new Error('x');
    Object.defineProperty(getters, 'message', { get: () => { throw new Error('no message'); } });
    Object.defineProperty(getters, 'name', { get: () => { throw new Error('no name'); } });
    expect(failureOf(() => getters).message).toBe('The rule team/throws failed on this note and could not check it (an error that could not be described). The other rules ran. Please report this.');
    const proxy = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    expect(failureOf(() => proxy).severity).toBe('error');
    expect(failureOf(() => Symbol('s')).message).toContain('(Symbol(s))');
    expect(failureOf(() => new RangeError('too far')).message).toContain('(RangeError: too far)');
    expect(failureOf(() => 'plain text').message).toContain('(plain text)');
  });
});

describe('bad input: names that are Object.prototype keys', () => {
  it('--rule __proto__=off and --format constructor are errors naming them', () => {
    const rule = run({}, ['good.md', '--rule', '__proto__=off']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/rules\.__proto__: unknown rule "__proto__"/);
    const format = run({}, ['good.md', '--format', 'constructor']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format: expected one of stylish, json, sarif, github, html, got "constructor"/);
  });

  it('a config file with "__proto__" under rules is an error naming it', () => {
    const { code, stderr } = run({ 'conf.json': '{ "rules": { "__proto__": { "no-vague-phrases": "off" } } }' }, ['good.md', '--config', 'conf.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rules\.__proto__: unknown rule "__proto__"/);
  });
});
