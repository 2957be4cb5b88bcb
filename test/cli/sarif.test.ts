import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { CLEAN_BODY, VAGUE_BODY, jsonNote, noteFile, root, runBuilt, runInProcess, workspace } from './helpers.js';

// The OASIS SARIF 2.1.0 schema, shipped as test data (origin in test/data/README.md).
const schema = JSON.parse(readFileSync(join(root, 'test', 'data', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/[\s<>"{}|\\^`]/.test(value));
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`)).toEqual([]);
}

let dir: string;
beforeAll(() => {
  dir = workspace({
    'notes/vague visit é.md': noteFile(VAGUE_BODY),
    'notes/late.md': noteFile(CLEAN_BODY, { occurredAt: '2026-04-02T10:00', recordedAt: '2026-04-13T09:00' }),
    'exports/batch.json': `[\n  ${JSON.stringify(jsonNote('J-1', CLEAN_BODY))},\n  ${JSON.stringify(jsonNote('J-2', VAGUE_BODY))}\n]\n`,
    'exports/day.jsonl': [JSON.stringify(jsonNote('L-1', CLEAN_BODY)), '{"id": "L-2", "text": ', JSON.stringify(jsonNote('L-3', VAGUE_BODY))].join('\n'),
  });
});

describe('--format sarif', () => {
  it('uses a validator that rejects what the schema forbids', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'error' }] }] })).toBe(true);
  });

  it('validates against the SARIF 2.1.0 schema, with every rule, results and notifications', async () => {
    const { code, stdout } = await runInProcess(['.', '--format', 'sarif', '--rule', 'sentence-length=off', '--rule', 'no-vague-phrases=error'], { cwd: dir });
    expect(code).toBe(2); // the malformed JSONL line
    const log = JSON.parse(stdout) as Sarif.Log;
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules!;
    for (const rule of builtInRules) {
      const descriptor = rules.find((r) => r.id === rule.meta.id);
      expect(descriptor, rule.meta.id).toBeDefined();
      expect(descriptor!.shortDescription!.text.length).toBeGreaterThan(0);
      expect(descriptor!.fullDescription!.text).toBe(rule.meta.description);
      expect(descriptor!.help!.text).toContain(rule.meta.reference.summary);
      expect(descriptor!.defaultConfiguration!.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.meta.severity]);
    }
    // Severities changed by --rule are overrides of the invocation, not changes to the defaults.
    const overrides = run.invocations![0]!.ruleConfigurationOverrides!;
    expect(overrides).toContainEqual({ descriptor: { id: 'no-vague-phrases', index: rules.findIndex((r) => r.id === 'no-vague-phrases') }, configuration: { level: 'error' } });
    if (rules.some((r) => r.id === 'sentence-length')) {
      expect(overrides.find((o) => o.descriptor.id === 'sentence-length')!.configuration).toEqual({ enabled: false });
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`${pathToFileURL(dir).href}/`);
    for (const result of run.results!) {
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.partialFingerprints!['casenoteFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    // The malformed line is a tool notification at its line, and the run is not successful.
    const invocation = run.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications![0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(2);
  });

  it('gives a note file its own lines and columns, relative uri escaped', async () => {
    const { stdout } = await runInProcess(['notes', '--format', 'sarif'], { cwd: dir });
    const results = (JSON.parse(stdout) as Sarif.Log).runs[0]!.results!;
    const vague = results.find((r) => r.ruleId === 'no-vague-phrases')!;
    const location = vague.locations![0]!.physicalLocation!;
    expect(location.artifactLocation).toEqual({ uri: 'notes/vague%20visit%20%C3%A9.md', uriBaseId: '%SRCROOT%' });
    // Line 7 of the file: the front matter counts.
    expect(location.region).toMatchObject({ startLine: 7, startColumn: 24, endLine: 7, endColumn: 35, snippet: { text: 'No concerns' } });
    expect(vague.level).toBe('warning');
    const late = results.find((r) => r.ruleId === 'timeliness')!;
    expect(late.level).toBe('error');
    expect(late.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('notes/late.md');
  });

  it("puts a JSON or JSONL note on its line of the file and the in-note position in the message and properties", async () => {
    const { stdout } = await runInProcess(['exports', '--format', 'sarif'], { cwd: dir });
    const results = (JSON.parse(stdout) as Sarif.Log).runs[0]!.results!;
    const fromJsonl = results.find((r) => r.ruleId === 'no-vague-phrases' && r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'exports/day.jsonl')!;
    expect(fromJsonl.locations![0]!.physicalLocation!.region).toEqual({ startLine: 3, startColumn: 1, endLine: 3 });
    expect(fromJsonl.message.text).toMatch(/\(note L-3, line 1, column 24 of its text\)$/);
    expect(fromJsonl.properties).toMatchObject({ noteId: 'L-3', positionBase: 'note', notePosition: { line: 1, column: 24, endLine: 1, endColumn: 35 } });
    const fromJson = results.find((r) => r.ruleId === 'no-vague-phrases' && r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'exports/batch.json')!;
    // The second element of the array starts on line 3 of the file.
    expect(fromJson.locations![0]!.physicalLocation!.region!.startLine).toBe(3);
  });

  it('is valid with no findings and from the built CLI, and leaves snippets out with --redact', async () => {
    const clean = workspace({ 'ok.md': noteFile(CLEAN_BODY) });
    const empty = await runBuilt(['ok.md', '--format', 'sarif'], { cwd: clean });
    expect(empty.code).toBe(0);
    const log = JSON.parse(empty.stdout) as Sarif.Log;
    expectValid(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);

    const redacted = await runBuilt(['notes', '--format', 'sarif', '--redact'], { cwd: dir });
    const redactedLog = JSON.parse(redacted.stdout) as Sarif.Log;
    expectValid(redactedLog);
    expect(redacted.stdout).not.toContain('snippet');
    expect(redacted.stdout).not.toContain('No concerns');
  });
});
