import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, VAGUE_BODY, jsonNote, workspace } from './helpers.js';

/** An export large enough that its JSON output takes many writes. */
function bigExport(notes: number, bad = 0): string {
  const lines: string[] = [];
  for (let i = 0; i < notes; i++) lines.push(i < bad ? `{"id":"N-${i}", oops}` : JSON.stringify(jsonNote(`N-${i}`, VAGUE_BODY)));
  return `${lines.join('\n')}\n`;
}

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI and closes its stdout or stderr (as `| head -c1` does) once the first bytes arrive, or at once. */
function runClosing(args: string[], cwd: string, close: 'stdout' | 'stderr'): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    if (close === 'stdout') {
      child.stdout.once('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8').slice(0, 1);
        child.stdout.destroy();
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    } else {
      child.stderr.destroy();
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('output that cannot be written', () => {
  it('exits 2, not 0, when stdout is closed early, and says so on stderr', async () => {
    const dir = workspace({ 'export.jsonl': bigExport(3000) });
    for (const jobs of ['1', '2']) {
      const result = await runClosing(['export.jsonl', '--format', 'json', '--jobs', jobs], dir, 'stdout');
      expect(result.signal, jobs).toBeNull();
      expect(result.code, jobs).toBe(2);
      expect(result.stderr, jobs).toMatch(/^casenote-lint: standard output was closed before all the output was written \(EPIPE\); the run is incomplete\.$/m);
      expect(result.stderr, jobs).not.toMatch(/internal error|at .*\.js:\d+/);
    }
  });

  it('does not crash when stderr is closed: the output is still complete', async () => {
    const dir = workspace({ 'export.jsonl': bigExport(400, 200) });
    const result = await runClosing(['export.jsonl', '--format', 'json'], dir, 'stderr');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    const reports = JSON.parse(result.stdout) as { noteId: string | null; error?: string }[];
    expect(reports).toHaveLength(400);
    expect(reports.filter((r) => r.error).length).toBe(200);
  });
});
