import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_BODY, VAGUE_BODY, jsonNote, noteFile, runInProcess, workspace } from './helpers.js';

interface BaselineFile {
  version: number;
  suppressions: Record<string, Record<string, { count: number }>>;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
const total = (file: BaselineFile) => Object.values(file.suppressions).flatMap((rules) => Object.values(rules).map((entry) => entry.count)).reduce((a, b) => a + b, 0);

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
    expect(baseline.version).toBe(2);
    expect(total(baseline)).toBe(findings.length);
    expect(Object.keys(baseline.suppressions).sort()).toEqual(['notes/a.md', 'notes/b.md', 'notes/export.jsonl']);
    expect(baseline.suppressions['notes/a.md']).toEqual({ 'no-vague-phrases': { count: 1 } });

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
    // Two findings of a rule where one was accepted: the one beyond the count (the later) is reported.
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

  it('holds no function of the notes text: other words flagged by the same rules give the same file, byte for byte', async () => {
    // The same files and the same number of findings per rule, but different flagged words.
    const one = workspace({ 'notes/a.md': noteFile('I visited Amy at home. No concerns.'), 'notes/b.md': noteFile('Dad was aggressive during the visit.') });
    const two = workspace({ 'notes/a.md': noteFile('I visited Ben at home. All tasks completed.'), 'notes/b.md': noteFile('Dad was hostile during the visit.') });
    for (const dir of [one, two]) expect((await runInProcess(['notes', '--update-baseline'], { cwd: dir })).code).toBe(0);
    const first = readFileSync(join(one, 'casenote-lint.baseline.json'), 'utf8');
    expect(readFileSync(join(two, 'casenote-lint.baseline.json'), 'utf8')).toBe(first);
    // Only file names, rule ids and counts.
    const data = JSON.parse(first) as BaselineFile;
    for (const rules of Object.values(data.suppressions)) {
      for (const entry of Object.values(rules)) expect(Object.keys(entry)).toEqual(['count']);
    }
    expect(first).not.toMatch(/[0-9a-f]{16}/);
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

  it('reads a baseline of the old format (hashes of findings), asks for it to be regenerated, and rewrites it on --update-baseline', async () => {
    const dir = workspace({ 'a.md': noteFile(`${VAGUE_BODY} All tasks completed.`) });
    const old = { version: 1, suppressions: { 'a.md': { 'no-vague-phrases': { '0123456789abcdef0123456789abcdef': 1, 'fedcba9876543210fedcba9876543210': 1 } } } };
    writeFileSync(join(dir, 'old.json'), JSON.stringify(old));
    const used = await runInProcess(['a.md', '--baseline', 'old.json', '--format', 'json'], { cwd: dir });
    // Its counts still apply (two findings of the rule in a.md), and the message says what to do.
    expect(used.code).toBe(0);
    expect((JSON.parse(used.stdout) as { findings: unknown[] }[])[0]!.findings).toEqual([]);
    expect(used.stderr).toMatch(/old\.json: this baseline has the old format \(version 1\), whose hashes could reveal what was flagged; run casenote-lint with --update-baseline to rewrite it \(version 2 holds only counts per file and rule\)/);
    const regenerated = await runInProcess(['a.md', '--baseline', 'old.json', '--update-baseline'], { cwd: dir });
    expect(regenerated.code).toBe(0);
    expect(read(join(dir, 'old.json'))).toMatchObject({ version: 2, suppressions: { 'a.md': { 'no-vague-phrases': { count: 2 } } } });
  });

  it('is a usage error when the baseline is missing or malformed', async () => {
    const dir = workspace({
      'a.md': noteFile(VAGUE_BODY),
      'bad.json': '{"version": 3, "suppressions": {}}',
      'broken.json': '{',
      'negative.json': '{"version": 2, "suppressions": {"a.md": {"no-vague-phrases": {"count": -1}}}}',
    });
    const missing = await runInProcess(['a.md', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: baseline file not found; create it with --update-baseline/);
    expect(existsSync(join(dir, 'nope.json'))).toBe(false);
    const wrongVersion = await runInProcess(['a.md', '--baseline', 'bad.json'], { cwd: dir });
    expect(wrongVersion.code).toBe(2);
    expect(wrongVersion.stderr).toMatch(/bad\.json: version: expected 2/);
    const broken = await runInProcess(['a.md', '--baseline', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: baseline file is not valid JSON \(unexpected end of input at column 2/);
    const negative = await runInProcess(['a.md', '--baseline', 'negative.json'], { cwd: dir });
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/negative\.json: suppressions\.a\.md\.no-vague-phrases\.count: expected a whole number of 1 or more/);
  });
});

describe('writing the baseline', () => {
  it('never follows a link planted where a temporary file might be written', async () => {
    const dir = workspace({ 'a.md': noteFile(VAGUE_BODY), 'victim.txt': 'keep me\n' });
    // The old name of the temporary file was predictable from the process id.
    symlinkSync(join(dir, 'victim.txt'), join(dir, `casenote-lint.baseline.json.${process.pid}.tmp`));
    const result = await runInProcess(['a.md', '--update-baseline'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(read(join(dir, 'casenote-lint.baseline.json')).suppressions['a.md']).toEqual({ 'no-vague-phrases': { count: 1 } });
    // No temporary file is left behind, and the baseline is a file, not a link.
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'casenote-lint.baseline.json', `casenote-lint.baseline.json.${process.pid}.tmp`, 'victim.txt']);
    expect(lstatSync(join(dir, 'casenote-lint.baseline.json')).isFile()).toBe(true);
  });

  it('keeps a note file named __proto__ like any other', async () => {
    // A computed key: a literal __proto__: would set the object's prototype, not name a file.
    const dir = workspace({ ['__proto__']: noteFile(VAGUE_BODY), 'constructor.md': noteFile(VAGUE_BODY) });
    const adopt = await runInProcess(['__proto__', 'constructor.md', '--update-baseline'], { cwd: dir });
    expect(adopt.code).toBe(0);
    expect(({} as Record<string, unknown>)['no-vague-phrases']).toBeUndefined();
    const text = readFileSync(join(dir, 'casenote-lint.baseline.json'), 'utf8');
    const data = JSON.parse(text) as BaselineFile;
    expect(Object.keys(data.suppressions)).toEqual(['__proto__', 'constructor.md']);
    expect(Object.getOwnPropertyDescriptor(data.suppressions, '__proto__')?.value).toEqual({ 'no-vague-phrases': { count: 1 } });
    const again = await runInProcess(['__proto__', 'constructor.md', '--baseline', 'casenote-lint.baseline.json', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { findings: unknown[] }[]).map((r) => r.findings.length)).toEqual([0, 0]);
  });
});
