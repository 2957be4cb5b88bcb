import { describe, expect, it, vi } from 'vitest';
import { VAGUE_BODY, noteFile, runInProcess, workspace } from './helpers.js';

// Tests run as root, where chmod 000 does not stop a read: the file system's answer is injected instead,
// and the CLI runs as it does for a user (its real walk, output and exit code).
const failing = new Map<string, string>();
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    for (const [ending, code] of failing) {
      if (String(path).endsWith(ending)) throw Object.assign(new Error(`${code}: cannot read ${String(path)}`), { code });
    }
    return (fs.readdir as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

// The callback form, which the glob's walk uses (inputs.ts hands it to tinyglobby).
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readdir = ((path: string, options: unknown, callback: (error: Error | null, entries?: unknown) => void) => {
    for (const [ending, code] of failing) {
      if (String(path).replace(/\/$/, '').endsWith(ending)) return callback(Object.assign(new Error(`${code}: cannot read ${String(path)}`), { code }));
    }
    return (fs.readdir as unknown as (...args: unknown[]) => unknown)(path, options, callback);
  }) as unknown as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

describe('a directory that cannot be read during a walk', () => {
  it('is reported with its path and the rest is linted (exit 2)', async () => {
    const dir = workspace({
      'notes/a.md': noteFile(VAGUE_BODY),
      'notes/locked/b.md': noteFile(VAGUE_BODY),
      'notes/looped/c.md': noteFile(VAGUE_BODY),
      'notes/policy/d.md': noteFile(VAGUE_BODY),
      'notes/z/e.md': noteFile(VAGUE_BODY),
    });
    failing.set('/notes/locked', 'EACCES');
    failing.set('/notes/looped', 'ELOOP');
    failing.set('/notes/policy', 'EPERM');
    try {
      const result = await runInProcess(['notes', '--format', 'json'], { cwd: dir });
      expect(result.stderr).not.toMatch(/internal error/);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^notes\/locked: cannot read directory \(EACCES: permission denied\)$/m);
      expect(result.stderr).toMatch(/^notes\/looped: cannot read directory \(ELOOP: too many levels of symbolic links\)$/m);
      expect(result.stderr).toMatch(/^notes\/policy: cannot read directory \(EPERM: operation not permitted\)$/m);
      const reports = JSON.parse(result.stdout) as { file: string; error?: string; findings: { ruleId: string }[] }[];
      expect(reports.map((r) => r.file)).toEqual(['notes/locked', 'notes/looped', 'notes/policy', 'notes/a.md', 'notes/z/e.md']);
      expect(reports.filter((r) => !r.error).every((r) => r.findings.some((f) => f.ruleId === 'no-vague-phrases'))).toBe(true);
    } finally {
      failing.clear();
    }
  });

  it('a directory given on the command line that cannot be read is reported the same way', async () => {
    const dir = workspace({ 'notes/a.md': noteFile(VAGUE_BODY), 'other.md': noteFile(VAGUE_BODY) });
    failing.set('/notes', 'EACCES');
    try {
      const result = await runInProcess(['notes', 'other.md', '--format', 'json'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^notes: cannot read directory \(EACCES: permission denied\)$/m);
      expect((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['notes', 'other.md']);
    } finally {
      failing.clear();
    }
  });

  it('a directory a glob cannot read is reported too, not skipped in silence', async () => {
    const dir = workspace({ 'notes/a.md': noteFile(VAGUE_BODY), 'notes/locked/b.md': noteFile(VAGUE_BODY), 'notes/z/c.md': noteFile(VAGUE_BODY) });
    failing.set('/notes/locked', 'EACCES');
    try {
      const result = await runInProcess(['notes/**/*.md', '--format', 'json'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^notes\/locked: cannot read directory \(EACCES: permission denied\)$/m);
      expect((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['notes/locked', 'notes/a.md', 'notes/z/c.md']);
    } finally {
      failing.clear();
    }
  });
});
