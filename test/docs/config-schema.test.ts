/**
 * config.schema.json, shipped as casenote-lint/config.schema.json: made from the zod schemas of the config
 * and of each built-in rule's options, in step with them, and agreeing with the validation createLinter does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtInRules, createLinter, type Config } from '../../src/index.js';
import { configJsonSchema, configSchemaFile } from '../../src/docs/config-schema.js';

const root = join(import.meta.dirname, '..', '..');
const shipped = readFileSync(join(root, 'config.schema.json'), 'utf8');
const schema = JSON.parse(shipped) as { $schema: string; properties: Record<string, { properties?: Record<string, { description?: string; anyOf: { items?: { properties?: Record<string, unknown> }[] }[] }> }> };
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Whether createLinter takes the config (the JSON Schema must agree with it on everything a JSON file can hold). */
const linterTakes = (config: unknown) => {
  try {
    createLinter(config as Config);
    return true;
  } catch {
    return false;
  }
};

describe('config.schema.json', () => {
  it('is in step with the zod schemas (npm run docs:schema)', () => {
    expect(shipped, 'config.schema.json is stale: run npm run docs:schema').toBe(configSchemaFile(builtInRules));
  });

  it('is shipped in the package as casenote-lint/config.schema.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports['./config.schema.json']).toBe('./config.schema.json');
    expect(pkg.files).toContain('config.schema.json');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it("has every built-in rule with its description and its options' names, types and defaults", () => {
    const rules = schema.properties.rules!.properties!;
    expect(Object.keys(rules)).toEqual(builtInRules.map((rule) => rule.meta.id));
    const timeliness = rules.timeliness!;
    expect(timeliness.description).toMatch(/^Recorded in time: .* Default severity: error\. https:\/\/.*\/docs\/rules\/timeliness\.md$/);
    const options = timeliness.anyOf[2]!.items![1]!.properties!;
    expect(Object.keys(options)).toEqual(['limits', 'region', 'holidays', 'closures', 'inferSafeguarding']);
    expect(options.region).toMatchObject({ default: 'england-and-wales', enum: ['england-and-wales', 'scotland', 'northern-ireland', 'none'], description: expect.stringMatching(/bank holidays/) });
  });

  it('accepts what createLinter accepts: the README example, $schema, types, every preset and rule option form', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = JSON.parse(/## Config[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!) as unknown;
    const good: unknown[] = [
      {},
      example,
      { $schema: './node_modules/casenote-lint/config.schema.json', extends: ['recommended', 'strict'] },
      { types: { 'CP Visit': 'home-visit' }, timeZone: 'Europe/Dublin', maxNoteSize: 100_000, maxFindings: 50 },
      { rules: { timeliness: ['error', { region: 'scotland', holidays: ['2026-12-29', { date: '2026-12-30', name: 'Closure' }], limits: { duty: { kind: 'hours', hours: 48 } } }], 'sentence-length': ['warning'] } },
    ];
    for (const config of good) {
      expect(linterTakes(config), JSON.stringify(config)).toBe(true);
      expect(validate(config), `${JSON.stringify(config)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what createLinter rejects: unknown keys, rules, presets, severities, options and types', () => {
    const bad: unknown[] = [
      { rulez: {} },
      { extends: 'recomended' },
      { rules: { 'no-acronym': 'warning' } },
      { rules: { 'no-acronyms': 'warn' } },
      { rules: { 'no-acronyms': ['warning', { allowed: ['GP'] }] } },
      { rules: { 'sentence-length': ['warning', { max: 0 }] } },
      { rules: { timeliness: ['error', { region: 'wales' }] } },
      { types: { 'CP Visit': 'visit' } },
      { maxFindings: -1 },
    ];
    for (const config of bad) {
      expect(linterTakes(config), JSON.stringify(config)).toBe(false);
      expect(validate(config), JSON.stringify(config)).toBe(false);
    }
  });

  it('leaves out what only JavaScript can hold (plugins, customRules)', () => {
    expect(Object.keys(configJsonSchema(builtInRules).properties as object)).toEqual(['$schema', 'extends', 'rules', 'noInlineConfig', 'reportUnusedDisableDirectives', 'types', 'timeZone', 'maxNoteSize', 'maxFindings', 'files', 'ignores']);
  });
});
