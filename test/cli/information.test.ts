/** --list-rules, --explain RULE and --print-config FILE, from the built CLI: about the rules; nothing is linted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { ruleDocsUrl } from '../../src/docs/rule-url.js';
import { root, runBuilt, workspace } from './helpers.js';

describe('--list-rules', () => {
  it('prints one line per rule: id, default severity, category, name and what it flags', async () => {
    const { code, stdout, stderr } = await runBuilt(['--list-rules']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Rule\s+Default\s+Category\s+Name: what it flags$/);
    for (const { meta } of builtInRules) {
      const line = lines.find((candidate) => candidate.startsWith(`${meta.id} `));
      expect(line, meta.id).toBeDefined();
      expect(line!.split(/\s{2,}/).slice(0, 3)).toEqual([meta.id, meta.severity, meta.category]);
      expect(line).toContain(meta.description);
    }
    expect(lines.find((line) => line.startsWith('no-acronyms '))).toContain('Acronyms written out: Acronyms and abbreviations');
    expect(stdout).toContain(`${builtInRules.length} rules.`);
  });

  it('gives a JSON array with --format json, with each rule\'s page', async () => {
    const { code, stdout } = await runBuilt(['--list-rules', '--format', 'json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as { id: string; name: string; severity: string; category: string; description: string; url: string }[];
    expect(rules.map((rule) => rule.id)).toEqual(builtInRules.map((rule) => rule.meta.id));
    expect(rules[0]).toMatchObject({ id: 'no-acronyms', name: 'Acronyms written out', severity: 'warning', category: 'language', url: ruleDocsUrl('no-acronyms') });
  });

  it('refuses paths, and formats other than stylish and json', async () => {
    const withPath = await runBuilt(['--list-rules', 'notes/']);
    expect(withPath.code).toBe(2);
    expect(withPath.stderr).toContain('--list-rules lints nothing');
    const sarif = await runBuilt(['--list-rules', '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toContain('--format must be stylish or json');
  });
});

describe('--explain RULE', () => {
  it('prints the rule\'s page: description, the standard\'s requirement, options with defaults, examples', async () => {
    const { code, stdout, stderr } = await runBuilt(['--explain', 'sentence-length']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('# Short sentences (`sentence-length`)');
    expect(stdout).toContain('Sentences too long to read at once');
    expect(stdout).toContain('**Recording that everyone can understand.** Be clear and concise, in plain English.');
    expect(stdout).toContain('| `max` | whole number (at least 1) | `35` |');
    expect(stdout).toContain('### Flagged');
    expect(stdout).toContain('### Not flagged');
    expect(stdout).toContain(`Online: ${ruleDocsUrl('sentence-length')}`);
    // The page as generated, less its generated-file mark.
    const page = readFileSync(join(root, 'docs', 'rules', 'sentence-length.md'), 'utf8');
    expect(stdout.startsWith(page.slice(page.indexOf('# ')))).toBe(true);
  });

  it('names the known rules when the rule is unknown', async () => {
    const { code, stdout, stderr } = await runBuilt(['--explain', 'no-such-rule']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--explain: unknown rule "no-such-rule"; known rules: no-acronyms, no-jargon');
  });
});

describe('--print-config FILE', () => {
  it('prints the resolved config: presets, every rule with its severity and options after defaults, time zone and limits', async () => {
    const dir = workspace({
      'casenote-lint.config.json': JSON.stringify({
        extends: 'strict',
        timeZone: 'Europe/Belfast',
        maxFindings: 50,
        rules: { 'sentence-length': ['warning', { max: 30 }], 'attribute-opinion': 'off', 'no-acronyms': ['warning', { allow: ['SENCO'] }] },
      }),
    });
    const { code, stdout, stderr } = await runBuilt(['--print-config', 'notes/visit.md', '--rule', 'no-slang=info'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ file: 'notes/visit.md', configFile: 'casenote-lint.config.json', extends: ['strict'], timeZone: 'Europe/Belfast', maxNoteSize: 2 * 1024 * 1024, maxFindings: 50 });
    expect(Object.keys(printed.rules)).toEqual(builtInRules.map((rule) => rule.meta.id));
    expect(printed.rules['sentence-length']).toEqual(['warning', { max: 30 }]);
    expect(printed.rules['attribute-opinion']).toBe('off');
    expect(printed.rules['no-slang']).toEqual(['info', { add: [], remove: [], checkQuotes: false }]);
    // Defaults filled in next to what the config set; strict raises the other warnings to errors.
    expect(printed.rules['no-acronyms']).toEqual(['warning', { add: [], remove: [], checkQuotes: false, allow: ['SENCO'] }]);
    expect(printed.rules['no-jargon'][0]).toBe('error');
    expect(printed.rules['required-fields']).toEqual(['error', { fields: ['occurredAt', 'recordedAt', 'author.name', 'author.role'], placeholders: true }]);
  });

  it('prints the defaults when there is no config file', async () => {
    const dir = workspace({ 'visit.md': 'x' });
    const { code, stdout } = await runBuilt(['--print-config', 'visit.md'], { cwd: dir });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ configFile: null, extends: ['recommended'], timeZone: 'Europe/London', maxFindings: 1000 });
    expect(printed.rules['sentence-length']).toEqual(['info', { max: 35 }]);
  });

  it('fails as linting would on a bad config, naming the file and the key', async () => {
    const dir = workspace({ 'casenote-lint.config.json': JSON.stringify({ rules: { 'sentence-length': ['info', { max: 0 }] } }) });
    const { code, stdout, stderr } = await runBuilt(['--print-config', 'visit.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^casenote-lint: casenote-lint\.config\.json: rules\.sentence-length\[1\]\.max: /);
  });

  it('cannot be combined with another information flag', async () => {
    const { code, stderr } = await runBuilt(['--print-config', 'a.md', '--list-rules']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot be used together');
  });
});
