import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { readJsonl, type JsonlEvent } from '../../src/cli/jsonl.js';
import { lintInOrder } from '../../src/cli/runner.js';
import { lintItem, type LintEnvironment, type WorkItem } from '../../src/cli/lint-core.js';
import { calendarFor, timelinessOptionsFrom } from '../../src/cli/late-days.js';
import { bulkLines, writeBulkJsonl } from '../../scripts/lib/bulk-notes.mjs';
import { CLEAN_BODY, VAGUE_BODY, jsonNote, noteFile, root, runBuilt, runInProcess, workspace } from './helpers.js';

async function events(chunks: (string | Buffer)[], options?: Parameters<typeof readJsonl>[1]): Promise<JsonlEvent[]> {
  const all: JsonlEvent[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const event of readJsonl(source(), options)) all.push(event);
  return all;
}

describe('reading JSONL as a stream', () => {
  it('splits lines on LF, CRLF and CR, across chunk boundaries, skipping blank lines', async () => {
    const result = await events(['\uFEFF{"a":1}\r', '\n{"b":', '2}\n\n  \r{"c":3}\r', '\n{"d":4}']);
    expect(result).toEqual([
      { kind: 'line', line: 1, text: '{"a":1}' },
      { kind: 'line', line: 2, text: '{"b":2}' },
      { kind: 'line', line: 5, text: '{"c":3}' },
      { kind: 'line', line: 6, text: '{"d":4}' },
    ]);
  });

  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('{"t":"Zoë 😀"}\n');
    const cut = bytes.indexOf(0xf0) + 2;
    expect(await events([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([{ kind: 'line', line: 1, text: '{"t":"Zoë 😀"}' }]);
  });

  it('reports a bad line by number and goes on', async () => {
    const result = await events([Buffer.from('{"a":1}\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from('{"b":2}\nxx\u0000\n'), 'y'.repeat(50), '\n{"c":3}\n'], { maxLineBytes: 40 });
    expect(result).toEqual([
      { kind: 'line', line: 1, text: '{"a":1}' },
      { kind: 'bad-line', line: 2, error: 'line is not valid UTF-8 (first bad byte at byte 2 of the line); save the file as UTF-8' },
      { kind: 'line', line: 3, text: '{"b":2}' },
      { kind: 'bad-line', line: 4, error: 'line contains NUL bytes; expected UTF-8 text' },
      { kind: 'bad-line', line: 5, error: expect.stringMatching(/^line is longer than/) as unknown as string },
      { kind: 'line', line: 6, text: '{"c":3}' },
    ]);
  });

  it('says when a stream is empty, blank or binary', async () => {
    expect(await events([])).toEqual([{ kind: 'file-error', error: 'file is empty' }]);
    expect(await events(['\n \n'])).toEqual([{ kind: 'file-error', error: 'file holds no notes (every line is empty)' }]);
    expect(await events([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a])])).toEqual([{ kind: 'file-error', error: expect.stringMatching(/looks binary/) as unknown as string }]);
  });

  it('lints stdin as it arrives: the first notes are written before the stream ends', async () => {
    const lines = [...bulkLines(11, 80, 40)];
    let firstOutput!: () => void;
    const outputSeen = new Promise<void>((resolve) => (firstOutput = resolve));
    let waitedForOutput = false;
    async function* stdin() {
      for (const line of lines.slice(0, 40)) yield line;
      // A reader that took the whole stream first would never get past this point.
      await Promise.race([outputSeen, new Promise((_, reject) => setTimeout(() => reject(new Error('no output before the end of input: not streamed')), 10_000))]);
      waitedForOutput = true;
      for (const line of lines.slice(40)) yield line;
    }
    const result = await runInProcess(['--stdin', '--stdin-filename', 'export.jsonl', '--format', 'json'], { stdinStream: stdin, onStdout: () => firstOutput() });
    expect(waitedForOutput).toBe(true);
    expect(result.stderr).toBe('');
    const reports = JSON.parse(result.stdout) as { file: string; noteId: string }[];
    expect(reports.map((r) => r.noteId)).toEqual(lines.map((line) => (JSON.parse(line) as { id: string }).id));
    expect(reports.every((r) => r.file === 'export.jsonl')).toBe(true);
  });
});

describe('--jobs: worker threads, output in input order', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace({
      'a/first.md': noteFile(VAGUE_BODY),
      'a/second.json': JSON.stringify([jsonNote('J-1', VAGUE_BODY), jsonNote('J-2', CLEAN_BODY)], null, 2),
      'c/last.md': noteFile(CLEAN_BODY, { recordedAt: '2026-04-20T09:00' }),
    });
    mkdirSync(join(dir, 'b'));
    await writeBulkJsonl(join(dir, 'b', 'export.jsonl'), 20260401, 400, 80);
  });

  it('gives the same output with --jobs 2 as with --jobs 1 (json and sarif)', async () => {
    const [one, two] = await Promise.all([runBuilt(['.', '--format', 'json', '--jobs', '1'], { cwd: dir }), runBuilt(['.', '--format', 'json', '--jobs', '2'], { cwd: dir })]);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(two.code).toBe(one.code);
    const reports = JSON.parse(one.stdout) as { file: string; noteId: string | null; findings: unknown[] }[];
    expect(reports).toHaveLength(1 + 2 + 400 + 1);
    expect(reports.map((r) => r.file)).toEqual(['a/first.md', 'a/second.json', 'a/second.json', ...Array(400).fill('b/export.jsonl'), 'c/last.md']);
    expect(reports.slice(3, 403).map((r) => r.noteId)).toEqual(Array.from({ length: 400 }, (_, i) => `N-${String(i + 1).padStart(6, '0')}`));
    expect(reports.reduce((total, r) => total + r.findings.length, 0)).toBeGreaterThan(400);
    expect(two.stdout).toBe(one.stdout);

    const [sarifOne, sarifTwo] = await Promise.all([runBuilt(['.', '--format', 'sarif', '--jobs', '1'], { cwd: dir }), runBuilt(['.', '--format', 'sarif', '--jobs', '2'], { cwd: dir })]);
    expect(sarifTwo.stdout).toBe(sarifOne.stdout);
  });

  it('gives the same output, messages and exit code with --jobs 2 as with --jobs 1 for every entry format, with unreadable lines', async () => {
    const lines = readFileSync(join(dir, 'b', 'export.jsonl'), 'utf8').trimEnd().split('\n');
    lines.splice(70, 0, '{"id": "BROKEN", "text": ');
    lines.splice(200, 0, '[1, 2, 3]');
    const messy = workspace({ 'day.jsonl': `${lines.join('\n')}\n` });
    for (const args of [['--format', 'json'], ['--format', 'github'], ['--format', 'sarif', '--quiet'], ['--format', 'json', '--redact']]) {
      const [one, two] = await Promise.all([runBuilt(['day.jsonl', ...args, '--jobs', '1'], { cwd: messy }), runBuilt(['day.jsonl', ...args, '--jobs', '2'], { cwd: messy })]);
      expect(one.code).toBe(2);
      expect(two.code).toBe(one.code);
      expect(one.stderr).toMatch(/^day\.jsonl:71: not valid JSON.*\nday\.jsonl:201: /);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
    }
    // Eight runs of the CLI over an export: more than the default 30 s on a busy two-core machine.
  }, 120_000);

  it('streams a JSONL export from stdin across workers with the same findings as the file', async () => {
    const input = readFileSync(join(dir, 'b', 'export.jsonl'), 'utf8');
    const [fromFile, fromStdin] = await Promise.all([
      runBuilt(['b/export.jsonl', '--format', 'json', '--jobs', '1'], { cwd: dir }),
      runBuilt(['--stdin', '--stdin-filename', 'b/export.jsonl', '--format', 'json', '--jobs', '2'], { cwd: dir, input }),
    ]);
    expect(fromStdin.code).toBe(fromFile.code);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('keeps the order when batches finish out of order (the runner, with the built worker)', async () => {
    const linter = createLinter();
    const env: LintEnvironment = { linter, wants: { fingerprints: true, facts: true }, calendar: calendarFor({}), timeliness: timelinessOptionsFrom(createLinter().config), timeZone: 'Europe/London' };
    const lines = [...bulkLines(5, 300, 30)];
    // Long notes first and short ones after, so later batches finish sooner.
    const items: WorkItem[] = lines.map((text, index) => ({ kind: 'jsonl', file: 'x.jsonl', line: index + 1, text: index < 64 ? text.replace(/"text":"/, `"text":"${'I visited Amy at home and we talked. '.repeat(200)}`) : text }));
    let started = () => false;
    async function* source() {
      // Notes are linted on this thread until a worker has started; these are for the workers.
      while (!started()) await new Promise((resolve) => setTimeout(resolve, 5));
      yield* items;
    }
    const lintHere = (batch: WorkItem[]) => batch.map((item) => lintItem(env, item));
    let threads = 0;
    const pooled = [];
    const batchSizes: number[] = [];
    for await (const report of lintInOrder(source(), {
      jobs: 2,
      eager: true,
      inlineFirst: 0,
      workerFile: join(root, 'dist', 'lint-worker.js'),
      workerData: { configs: [{}], wants: env.wants },
      lintHere,
      onPoolStart: (n, workerStarted) => {
        threads = n;
        started = workerStarted;
      },
    })) {
      pooled.push(...report);
      batchSizes.push(report.length);
    }
    expect(threads).toBe(2);
    expect(batchSizes.filter((size) => size === 64)).toHaveLength(4); // the workers' batches
    const inline = [];
    for await (const report of lintInOrder(source(), { jobs: 1, eager: false, inlineFirst: 0, workerData: { configs: [{}], wants: env.wants }, lintHere })) inline.push(...report);
    expect(pooled.map((r) => r.line)).toEqual(items.map((_, i) => i + 1));
    expect(pooled).toEqual(inline);
  });

  it('lints a batch on the main thread when its worker fails', async () => {
    const env: LintEnvironment = { linter: createLinter(), wants: { fingerprints: false, facts: false }, calendar: calendarFor({}), timeliness: timelinessOptionsFrom(createLinter().config), timeZone: 'Europe/London' };
    const broken = join(workspace({ 'broken-worker.mjs': "import { workerData } from 'node:worker_threads';\nAtomics.add(workerData.ready, 0, 1);\nexport default function () { throw new Error('worker out of memory'); }\n" }), 'broken-worker.mjs');
    const items: WorkItem[] = [...bulkLines(8, 100, 20)].map((text, index) => ({ kind: 'jsonl', file: 'x.jsonl', line: index + 1, text }));
    let started = () => false;
    async function* source() {
      // Notes are linted on this thread until a worker has started; these are for the workers.
      while (!started()) await new Promise((resolve) => setTimeout(resolve, 5));
      yield* items;
    }
    const failures: unknown[] = [];
    const reports = [];
    const lintHere = (batch: WorkItem[]) => batch.map((item) => lintItem(env, item));
    const onPoolStart = (_: number, workerStarted: () => boolean) => (started = workerStarted);
    for await (const report of lintInOrder(source(), { jobs: 2, eager: true, inlineFirst: 0, workerFile: broken, workerData: { configs: [{}], wants: env.wants }, lintHere, onPoolStart, onWorkerError: (e) => failures.push(e) })) {
      reports.push(...report);
    }
    expect(failures.length).toBe(2); // two batches of 64 and 36
    expect(reports.map((r) => r.line)).toEqual(items.map((_, i) => i + 1));
    expect(reports.every((r) => r.error === undefined)).toBe(true);
  });

  it('refuses a bad --jobs', async () => {
    const result = await runInProcess(['x.md', '--jobs', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs: expected a whole number from 1 to 256, got "0"/);
  });
});
