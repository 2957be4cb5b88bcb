import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_BODY, VAGUE_BODY, jsonNote, noteFile, runInProcess, workspace } from './helpers.js';

interface BaselineFile {
  version: number;
  suppressions: Record<string, Record<string, Record<string, number>>>;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
const total = (file: BaselineFile) => Object.values(file.suppressions).flatMap((rules) => Object.values(rules).flatMap((hashes) => Object.values(hashes))).reduce((a, b) => a + b, 0);

const UNSIGNED = noteFile(VAGUE_BODY).replace(/\nPriya Shah, Social Worker, 03\/04\/2026\n$/, '\n');

describe('--baseline and --update-baseline', () => {
  it('accepts the findings of an existing corpus, then fails only on new ones, and prunes fixed ones', async () => {
    const dir = workspace({
      'notes/a.md': noteFile(VAGUE_BODY),
      'notes/b.md': UNSIGNED,
      'notes/export.jsonl': `${JSON.stringify(jsonNote('N-1', VAGUE_BODY))}\n${JSON.stringify(jsonNote('N-2', CLEAN_BODY))}\n`,
    });
    const before = await runInProcess(['notes', '--format', 'json'], { cwd: dir });
    expect(before.code).toBe(1);
    const findings = (JSON.parse(before.stdout) as { findings: { excerpt: string }[] }[]).flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThanOrEqual(3);

    // Adopt: record everything; the run then reports nothing and passes.
    const adopt = await runInProcess(['notes', '--update-baseline'], { cwd: dir });
    expect(adopt.code).toBe(0);
    expect(adopt.stdout).toContain('no problems');
    expect(adopt.stderr).toMatch(/casenote-lint\.baseline\.json: \d+ accepted findings \(\d+ added, 0 no longer found and pruned\)/);
    const path = join(dir, 'casenote-lint.baseline.json');
    const baseline = read(path);
    expect(baseline.version).toBe(1);
    expect(total(baseline)).toBe(findings.length);
    expect(Object.keys(baseline.suppressions).sort()).toEqual(['notes/a.md', 'notes/b.md', 'notes/export.jsonl']);
    // Hashes, never note text.
    const text = readFileSync(path, 'utf8');
    for (const { excerpt } of findings) if (excerpt.trim().length >= 3) expect(text).not.toContain(excerpt);
    expect(text).not.toContain('Amy');

    const again = await runInProcess(['notes', '--baseline', 'casenote-lint.baseline.json', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { findings: unknown[] }[]).every((r) => r.findings.length === 0)).toBe(true);

    // A new finding in an old note, and a new note: only they are reported. Moving a note in its file changes nothing.
    writeFileSync(join(dir, 'notes/a.md'), noteFile(`${VAGUE_BODY} All tasks completed.`));
    writeFileSync(join(dir, 'notes/export.jsonl'), `${JSON.stringify(jsonNote('N-2', CLEAN_BODY))}\n${JSON.stringify(jsonNote('N-1', VAGUE_BODY))}\n`);
    writeFileSync(join(dir, 'notes/c.md'), UNSIGNED);
    const added = await runInProcess(['notes', '--baseline', 'casenote-lint.baseline.json', '--format', 'json'], { cwd: dir });
    expect(added.code).toBe(1);
    const shown = (JSON.parse(added.stdout) as { file: string; findings: { ruleId: string; excerpt: string }[] }[]).filter((r) => r.findings.length > 0);
    expect(shown.map((r) => r.file)).toEqual(['notes/a.md', 'notes/c.md']);
    expect(shown[0]!.findings.map((f) => f.excerpt)).toEqual(['All tasks completed']);
    expect(shown[1]!.findings.map((f) => f.ruleId)).toContain('require-sign-off');

    // Fixing a note prunes its entries; the file only shrinks with --baseline.
    writeFileSync(join(dir, 'notes/b.md'), noteFile(CLEAN_BODY));
    const fixed = await runInProcess(['notes/b.md', '--baseline', 'casenote-lint.baseline.json'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toMatch(/pruned \d+ accepted findings? that no longer occurs?/);
    const pruned = read(path);
    expect(pruned.suppressions['notes/b.md']).toBeUndefined();
    // Files not linted in that run keep their entries.
    expect(pruned.suppressions['notes/a.md']).toEqual(baseline.suppressions['notes/a.md']);
    expect(pruned.suppressions['notes/c.md']).toBeUndefined();
  });

  it('counts repeated findings, so a second copy of an accepted finding is new', async () => {
    const note = jsonNote('N-1', VAGUE_BODY);
    const dir = workspace({ 'export.jsonl': `${JSON.stringify(note)}\n` });
    expect((await runInProcess(['export.jsonl', '--update-baseline', '--baseline', 'base.json'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'export.jsonl'), `${JSON.stringify(note)}\n${JSON.stringify({ ...note, id: 'N-2' })}\n`);
    const result = await runInProcess(['export.jsonl', '--baseline', 'base.json', '--format', 'json', '--max-warnings', '0'], { cwd: dir });
    const reports = JSON.parse(result.stdout) as { noteId: string; findings: unknown[] }[];
    expect(reports.map((r) => [r.noteId, r.findings.length])).toEqual([
      ['N-1', 0],
      ['N-2', 1],
    ]);
    expect(result.code).toBe(1);
  });

  it('is a usage error when the baseline is missing or malformed', async () => {
    const dir = workspace({ 'a.md': noteFile(VAGUE_BODY), 'bad.json': '{"version": 2, "suppressions": {}}', 'broken.json': '{' });
    const missing = await runInProcess(['a.md', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: baseline file not found; create it with --update-baseline/);
    expect(existsSync(join(dir, 'nope.json'))).toBe(false);
    const wrongVersion = await runInProcess(['a.md', '--baseline', 'bad.json'], { cwd: dir });
    expect(wrongVersion.code).toBe(2);
    expect(wrongVersion.stderr).toMatch(/bad\.json: version: expected 1/);
    const broken = await runInProcess(['a.md', '--baseline', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: baseline file is not valid JSON/);
  });
});
