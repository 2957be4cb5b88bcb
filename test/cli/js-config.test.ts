/**
 * casenote-lint.config.js / .mjs: a JavaScript config whose default export is the object a JSON config
 * holds, with a team's plugin rules and word lists imported from other modules; in the CLI, its worker
 * threads (which load the file by its path) and the loader's errors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { readConfigFile } from '../../src/cli/load-config.js';
import { lintInOrder } from '../../src/cli/runner.js';
import { lintItem, type LintEnvironment, type WorkItem } from '../../src/cli/lint-core.js';
import { calendarFor, timelinessOptionsFrom } from '../../src/cli/late-days.js';
import type { NoteReport } from '../../src/cli/report.js';
import { jsonNote, noteFile, root, runBuilt, runInProcess, workspace } from './helpers.js';
import { PLAIN_BODY, TEAM_BODY, teamFiles } from '../helpers/team-plugin.js';

interface JsonEntry {
  file: string;
  noteId: string | null;
  findings: { ruleId: string; severity: string; excerpt: string; message: string }[];
}

const byRule = (entry: JsonEntry, ruleId: string) => entry.findings.filter((finding) => finding.ruleId === ruleId);

describe('a JavaScript config with a plugin', () => {
  it('runs the plugin rule and the word list it imports, found upward as casenote-lint.config.mjs', async () => {
    const dir = workspace({ ...teamFiles(), 'notes/team.md': noteFile(TEAM_BODY), 'notes/plain.md': noteFile(PLAIN_BODY) });
    const result = await runInProcess(['.', '--format', 'json'], { cwd: join(dir, 'notes') });
    expect(result.stderr).toBe('');
    const [plain, team] = JSON.parse(result.stdout) as JsonEntry[];
    expect(team!.file).toBe('team.md');
    expect(byRule(team!, 'myteam/no-initials').map((f) => [f.excerpt, f.severity, f.message])).toEqual([['K.P.', 'error', "Write the person's name in full, not their initials."]]);
    expect(byRule(team!, 'no-jargon').map((f) => f.excerpt)).toEqual(['step-down panel']);
    // A rule that throws is a finding about the rule, and the others still ran.
    expect(byRule(team!, 'myteam/broken').map((f) => [f.severity, f.message])).toEqual([[
      'error',
      expect.stringMatching(/^The rule myteam\/broken failed on this note and could not check it \(Error: team rule bug\)/),
    ]]);
    expect(result.code).toBe(1);
    // Not flagged: a name written in full, and no team jargon.
    expect(byRule(plain!, 'myteam/no-initials')).toEqual([]);
    expect(byRule(plain!, 'no-jargon')).toEqual([]);
  });

  it('loads a CommonJS casenote-lint.config.js (module.exports) and --config FILE.mjs alike', async () => {
    const dir = workspace({
      'cjs/casenote-lint.config.js': "module.exports = { rules: { 'no-vague-phrases': 'error' } };\n",
      'cjs/note.md': noteFile('I visited Amy at home. No concerns.'),
      'other/team-plugin.mjs': teamFiles()['team-plugin.mjs']!,
      'other/team.config.mjs': teamFiles()['casenote-lint.config.mjs']!,
      'other/note.md': noteFile(TEAM_BODY),
    });
    const cjs = await runInProcess(['note.md', '--format', 'json'], { cwd: join(dir, 'cjs') });
    expect(cjs.stderr).toBe('');
    expect(byRule((JSON.parse(cjs.stdout) as JsonEntry[])[0]!, 'no-vague-phrases').map((f) => f.severity)).toEqual(['error']);
    const given = await runInProcess(['note.md', '--format', 'json', '--config', 'team.config.mjs', '--rule', 'myteam/broken=off'], { cwd: join(dir, 'other') });
    const [entry] = JSON.parse(given.stdout) as JsonEntry[];
    expect(byRule(entry!, 'myteam/no-initials').map((f) => f.excerpt)).toEqual(['K.P.']);
    expect(byRule(entry!, 'myteam/broken')).toEqual([]);
  });

  it('lists, explains and prints the config of plugin rules', async () => {
    const dir = workspace(teamFiles());
    const list = await runInProcess(['--list-rules', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(list.stdout) as { id: string }[]).map((rule) => rule.id)).toEqual(expect.arrayContaining(['myteam/no-initials', 'myteam/broken']));
    const explained = await runInProcess(['--explain', 'myteam/no-initials'], { cwd: dir });
    expect(explained.stdout).toContain('| `initials` | list of string | `[]` | Initials the team writes out. |');
    const printed = await runInProcess(['--print-config', 'note.md'], { cwd: dir });
    expect((JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules['myteam/no-initials']).toEqual(['error', { initials: ['K.P.', 'J.B.'] }]);
    const typesDir = workspace({ 'casenote-lint.config.mjs': "export default { types: { 'CP Visit': 'home-visit' } };\n" });
    const types = await runInProcess(['--print-config', 'note.md'], { cwd: typesDir });
    expect((JSON.parse(types.stdout) as { types: unknown }).types).toEqual({ 'CP Visit': 'home-visit' });
  });

  it('gives the same findings with --jobs 2 as with --jobs 1 (each worker thread loads the config file by its path)', async () => {
    const lines = Array.from({ length: 300 }, (_, index) => JSON.stringify(jsonNote(`N-${index}`, index % 3 === 0 ? PLAIN_BODY : TEAM_BODY)));
    const dir = workspace({ ...teamFiles(), 'export.jsonl': `${lines.join('\n')}\n` });
    const args = ['export.jsonl', '--format', 'json', '--rule', 'myteam/no-initials=info'];
    const [one, two] = await Promise.all([runBuilt([...args, '--jobs', '1'], { cwd: dir }), runBuilt([...args, '--jobs', '2'], { cwd: dir })]);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const entries = JSON.parse(two.stdout) as JsonEntry[];
    expect(entries.filter((entry) => byRule(entry, 'myteam/no-initials').length === 1)).toHaveLength(200);
    expect(entries.every((entry) => byRule(entry, 'myteam/no-initials').every((f) => f.severity === 'info'))).toBe(true);
  }, 60_000);

  it('lints in the worker threads with the plugin rules and the --rule flags (the runner, with the built worker)', async () => {
    const dir = workspace(teamFiles());
    const configFile = join(dir, 'casenote-lint.config.mjs');
    const items: WorkItem[] = Array.from({ length: 130 }, (_, index) => ({ kind: 'jsonl', file: 'x.jsonl', line: index + 1, text: JSON.stringify(jsonNote(`N-${index}`, TEAM_BODY)) }));
    let started = () => false;
    async function* source() {
      // Notes are linted on this thread until a worker has started; these are for the workers.
      while (!started()) await new Promise((resolve) => setTimeout(resolve, 5));
      yield* items;
    }
    const linter = createLinter(await readConfigFile(configFile));
    const env: LintEnvironment = { linter, wants: { fingerprints: false, facts: false }, calendar: calendarFor({}), timeliness: timelinessOptionsFrom(linter.config), timeZone: 'Europe/London' };
    const hereLines: number[] = [];
    const lintHere = (batch: WorkItem[]) => batch.map((item) => (hereLines.push((item as { line: number }).line), lintItem(env, item)));
    const reports: NoteReport[] = [];
    for await (const batch of lintInOrder(source(), {
      jobs: 2,
      eager: true,
      inlineFirst: 0,
      workerFile: join(root, 'dist', 'lint-worker.js'),
      workerData: { configs: [{ file: configFile }], ruleSettings: ['myteam/no-initials=info', 'myteam/broken=off'], wants: env.wants },
      lintHere,
      onPoolStart: (_, workerStarted) => (started = workerStarted),
    })) {
      reports.push(...(batch as NoteReport[]));
    }
    expect(reports.map((report) => report.line)).toEqual(items.map((_, index) => index + 1));
    // The first note or so may be linted here while the workers start; two batches of 64 went to them.
    const fromWorkers = reports.filter((report) => !hereLines.includes(report.line!));
    expect(fromWorkers.length).toBeGreaterThanOrEqual(128);
    for (const report of fromWorkers) {
      expect(report.findings.filter((f) => f.ruleId === 'myteam/no-initials').map((f) => [f.excerpt, f.severity])).toEqual([['K.P.', 'info']]);
      expect(report.findings.some((f) => f.ruleId === 'myteam/broken')).toBe(false);
      expect(report.findings.some((f) => f.ruleId === 'no-jargon' && f.excerpt === 'step-down panel')).toBe(true);
    }
  }, 60_000);
});

describe("the custom-rules guide's example config (examples/custom-rules/casenote-lint.config.mjs)", () => {
  it('runs its plugin rules from the built CLI, found from the folder --stdin-filename names', async () => {
    const note = JSON.stringify({
      type: 'home-visit',
      occurredAt: '2026-04-09T14:00',
      recordedAt: '2026-04-09T17:00',
      author: { name: 'Priya Shah', role: 'Social Worker' },
      text: 'Home visit with an interpreter. Referred to front door for a housing check.\n\nPriya Shah, Social Worker, 09/04/2026',
    });
    const result = await runBuilt(['--stdin', '--stdin-filename', 'examples/custom-rules/export.jsonl', '--format', 'json'], { cwd: root, input: `${note}\n` });
    expect(result.stderr).toBe('');
    const [entry] = JSON.parse(result.stdout) as JsonEntry[];
    expect(entry!.findings.filter((f) => f.ruleId.startsWith('team/')).map((f) => [f.ruleId, f.excerpt])).toEqual([
      ['team/interpreter-language', 'interpreter'],
      ['team/no-team-shorthand', 'front door'],
    ]);
  });
});

describe('loading a config file', () => {
  it('refuses two config files in one folder, naming both', async () => {
    const dir = workspace({ 'casenote-lint.config.json': '{}', 'casenote-lint.config.mjs': 'export default {};\n', 'note.md': noteFile(PLAIN_BODY) });
    const result = await runInProcess(['note.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`casenote-lint: ${join(dir, 'casenote-lint.config.json')} and ${join(dir, 'casenote-lint.config.mjs')}: two config files in one folder; keep one of them\n`);
  });

  it('says what is wrong with a JavaScript config, naming the file', async () => {
    const dir = workspace({
      'list.mjs': 'export default [{ rules: {} }];\n',
      'none.mjs': 'export const rules = {};\n',
      'throws.mjs': "throw new Error('no network here');\n",
      'syntax.mjs': 'export default {\n  rules: { oops\n};\n',
      'bad-rule.mjs': "export default { plugins: { myteam: { rules: { 'no-foo': { meta: { description: 'x', severity: 'warn', category: 'language', schema: { safeParse() {} }, reference: { section: 's', summary: 's' } }, check() {} } } } } };\n",
    });
    const message = async (file: string) => {
      const result = await runInProcess(['x.md', '--config', file], { cwd: dir });
      expect(result.code, file).toBe(2);
      return result.stderr;
    };
    expect(await message('list.mjs')).toBe(`casenote-lint: ${join(dir, 'list.mjs')}: the config is a list; casenote-lint's config is one object of settings, as in casenote-lint.config.json (not ESLint's list of config objects)\n`);
    expect(await message('none.mjs')).toContain('none.mjs: the config file has no default export; write `export default { rules: { … } }`');
    expect(await message('throws.mjs')).toContain('throws.mjs: the config file could not be loaded (Error: no network here)');
    // Node's own import (the built CLI), not the test runner's.
    const syntax = await runBuilt(['x.md', '--config', 'syntax.mjs'], { cwd: dir });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toBe(`casenote-lint: ${join(dir, 'syntax.mjs')}: the config file could not be loaded (SyntaxError: Unexpected token ';')\n`);
    expect(await message('bad-rule.mjs')).toBe('casenote-lint: bad-rule.mjs: plugins.myteam.rules.no-foo.meta.severity: expected error|warning|info, got "warn"; did you mean "warning"?\n');
  });

  it('accepts "$schema" in a JSON config', async () => {
    const dir = workspace({ 'casenote-lint.config.json': JSON.stringify({ $schema: './node_modules/casenote-lint/config.schema.json', rules: { 'no-vague-phrases': 'error' } }), 'note.md': noteFile('I visited Amy at home. No concerns.') });
    const result = await runInProcess(['note.md', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(byRule((JSON.parse(result.stdout) as JsonEntry[])[0]!, 'no-vague-phrases').map((f) => f.severity)).toEqual(['error']);
  });

  it('reads the same object from a JSON and a JavaScript config', async () => {
    const config = { extends: 'strict', types: { 'CP Visit': 'home-visit' }, rules: { 'sentence-length': ['info', { max: 30 }] } };
    const dir = workspace({ 'a.json': JSON.stringify(config), 'b.mjs': `export default ${JSON.stringify(config)};\n` });
    expect(await readConfigFile(join(dir, 'b.mjs'))).toEqual(await readConfigFile(join(dir, 'a.json')));
  });

  it('imports an edited JavaScript config afresh when asked (the language server), and the cached one otherwise', async () => {
    const dir = workspace({ 'c.mjs': "export default { rules: { 'no-jargon': 'off' } };\n" });
    const file = join(dir, 'c.mjs');
    expect((await readConfigFile(file, { fresh: true })).rules).toEqual({ 'no-jargon': 'off' });
    writeFileSync(file, "export default { rules: { 'no-jargon': 'error' } };\n");
    // A new modification time is a new module URL; the write above may land in the same millisecond on a fast disk.
    const { utimesSync } = await import('node:fs');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await readConfigFile(file, { fresh: true })).rules).toEqual({ 'no-jargon': 'error' });
  });
});
