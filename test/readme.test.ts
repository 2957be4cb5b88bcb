import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../src/index.js';
import { renderRulesTable, TABLE_END, TABLE_START } from '../scripts/lib/rules-table.mjs';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('has the rules table generated from the rules themselves, each id linked to its page (npm run docs:rules)', () => {
    const table = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END)).trim();
    expect(table).toBe(renderRulesTable(builtInRules));
  });

  it('gives the two set-up commands that .ci/run runs', () => {
    const ci = readFileSync(join(import.meta.dirname, '..', '.ci', 'run'), 'utf8');
    expect(readme).toContain('npm ci && npx casenote-lint fixtures/examples');
    expect(readme).toContain('npm test');
    expect(ci).toContain('npm ci');
    expect(ci).toContain('npx casenote-lint fixtures/examples');
    expect(ci).toContain('npm test');
  });
});

describe('README: the CLI synopsis', () => {
  it('names every command-line option that --help lists', async () => {
    const { OPTIONS } = await import('../src/cli/main.js');
    const synopsis = readme.slice(readme.indexOf('## CLI'), readme.indexOf('```', readme.indexOf('```', readme.indexOf('## CLI')) + 3));
    for (const name of Object.keys(OPTIONS)) expect(synopsis, name).toContain(`--${name}`);
  });
});
