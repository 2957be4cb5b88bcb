/**
 * The built casenote-lint/unified, as a consumer imports it: the export map resolves it (ESM and
 * CommonJS), it reports through the package's main entry, and it bundles no second copy of the rules.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Runs a script in a child Node from the repository root, where the package resolves its own name. */
async function node(args: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, args, { cwd: root });
  return JSON.parse(stdout);
}

const SUMMARY = "JSON.stringify(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.url?.endsWith('docs/rules/' + m.ruleId + '.md')]))";
const EXPECTED = [
  ['require-sign-off', 'casenote-lint', true, true],
  ['required-fields', 'casenote-lint', true, true],
];

describe('casenote-lint/unified as published', () => {
  it('imports as an ES module and reports in a retext pipeline', async () => {
    const script = `import casenoteLint from 'casenote-lint/unified';
import { retext } from 'retext';
const file = await retext().use(casenoteLint).process('Visited Jo at home.');
console.log(${SUMMARY});`;
    expect(await node(['--input-type=module', '-e', script])).toEqual(EXPECTED);
  });

  it('requires as CommonJS (the plugin is the default export)', async () => {
    const script = `const { default: casenoteLint, SOURCE } = require('casenote-lint/unified');
import('retext').then(async ({ retext }) => {
  const file = await retext().use(casenoteLint).process('Visited Jo at home.');
  if (SOURCE !== 'casenote-lint') throw new Error(SOURCE);
  console.log(${SUMMARY});
});`;
    expect(await node(['-e', script])).toEqual(EXPECTED);
  });

  it('takes the rules from the main entry instead of bundling them again', () => {
    for (const file of ['unified.js', 'unified.cjs']) {
      const bundle = readFileSync(join(root, 'dist', file), 'utf8');
      expect(bundle).toMatch(/(from |require\()"\.\/index\.c?js"/);
      // A rule's word list (no-slang's) is in the main entry only.
      expect(bundle).not.toContain('kicking off');
      expect(bundle.length).toBeLessThan(20_000);
    }
    expect(readFileSync(join(root, 'dist', 'index.js'), 'utf8')).toContain('kicking off');
    const types = readFileSync(join(root, 'dist', 'unified.d.ts'), 'utf8');
    expect(types).toContain('declare const casenoteLint: Plugin<');
    expect(types).not.toMatch(/from '(unist|vfile)'/);
  });
});
