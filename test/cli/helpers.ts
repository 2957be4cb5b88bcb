import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIO } from '../../src/cli/main.js';

export const root = join(import.meta.dirname, '..', '..');
/** The built CLI; test/setup/build-once.ts (vitest globalSetup) builds dist/ when a source is newer. */
export const CLI = join(root, 'dist', 'cli.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in a child process (asynchronously, so tests can run side by side). */
export function runBuilt(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    // A CLI that stops reading its input early (too large) closes the pipe: not an error of the test.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI in this process, from the TypeScript sources. */
export async function runInProcess(
  argv: string[],
  options: { cwd?: string; stdin?: string; stdinStream?: () => AsyncIterable<Uint8Array | string>; stderrIsTTY?: boolean; env?: NodeJS.ProcessEnv; onStdout?: (text: string) => void } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const io: CliIO = {
    argv,
    cwd: options.cwd ?? process.cwd(),
    stdout: (chunk) => {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      stdout += text;
      options.onStdout?.(text);
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => options.stdin ?? '',
    isTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
  };
  if (options.stdinStream) io.stdinStream = options.stdinStream;
  const code = await runCli(io);
  return { code, stdout, stderr };
}

export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casenote-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A note file with front matter; `body` is the text before the sign-off. */
export function noteFile(body: string, meta: { occurredAt?: string; recordedAt?: string; author?: string; type?: string } = {}): string {
  const author = meta.author ?? 'Priya Shah';
  const recordedAt = meta.recordedAt ?? '2026-04-03T09:00';
  const [year, month, day] = recordedAt.slice(0, 10).split('-');
  return `---
type: ${meta.type ?? 'home-visit'}
occurredAt: ${meta.occurredAt ?? '2026-04-02T10:00'}
recordedAt: ${recordedAt}
author: { name: ${author}, role: Social Worker }
---
${body}

${author}, Social Worker, ${day}/${month}/${year}
`;
}

/** A JSONL line of a note object. */
export function jsonNote(id: string, body: string, meta: { occurredAt?: string; recordedAt?: string; author?: string; type?: string } = {}): Record<string, unknown> {
  const author = meta.author ?? 'Priya Shah';
  const recordedAt = meta.recordedAt ?? '2026-04-03T09:00';
  const [year, month, day] = recordedAt.slice(0, 10).split('-');
  return {
    id,
    type: meta.type ?? 'home-visit',
    occurredAt: meta.occurredAt ?? '2026-04-02T10:00',
    recordedAt,
    author: { name: author, role: 'Social Worker' },
    text: `${body}\n\n${author}, Social Worker, ${day}/${month}/${year}`,
  };
}

export const CLEAN_BODY = 'I visited Amy at home. She showed me her bedroom, which had a made bed and clean clothes in the drawers.';
export const VAGUE_BODY = 'I visited Amy at home. No concerns.';
