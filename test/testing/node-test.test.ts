/**
 * casenote-lint/testing from the built package outside vitest: under `node --test` (describe/it from
 * node:test set on RuleTester) and in a plain CommonJS script with no framework. dist/ is built by the
 * test setup; the scripts import the package by name, so they resolve through package.json's exports.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const scripts = join(root, 'test', 'testing', 'node');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, NODE_TEST_CONTEXT: undefined } });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('RuleTester under node:test, from dist/', () => {
  it('runs each case as a node:test test, and they pass', () => {
    const { status, out } = run(['--test', '--test-reporter=tap', join(scripts, 'team-rule.mjs')]);
    expect(out).toContain('# pass 5');
    expect(out).toContain('# fail 0');
    expect(out).toMatch(/ok \d+ - referred to the duty and advice team\./i);
    expect(status, out).toBe(0);
  });

  it('reports a wrong expectation as a failed node:test test, with what differs', () => {
    const { status, out } = run(['--test', '--test-reporter=tap', join(scripts, 'team-rule.mjs')], { CASENOTE_LINT_WRONG_EXPECTATION: '1' });
    expect(status).toBe(1);
    expect(out).toContain('# pass 5');
    expect(out).toContain('# fail 2');
    expect(out).toContain('not ok 1 - wrongly valid');
    expect(out).toContain('team/no-shorthand should not flag this note, and it reported 1 finding');
    expect(out).toContain('team/no-shorthand should report 1 finding with these excerpts, in order, and it reported 1');
  });
});

describe('RuleTester with no test framework, from the CommonJS build', () => {
  it('runs the cases at once and throws at the first failure', () => {
    const { status, out } = run([join(scripts, 'no-framework.cjs')]);
    expect(out).toContain('first run passed');
    expect(out).not.toContain('not reached');
    expect(out).toContain('team/no-shorthand should not flag this note, and it reported 1 finding');
    expect(status).toBe(1);
  });
});
