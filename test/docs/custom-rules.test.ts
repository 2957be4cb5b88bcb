/**
 * docs/custom-rules.md, the guide for a team writing its own rules: its worked example is the code
 * under examples/custom-rules, shown whole in the guide (each block marked `file=<path>` must be that
 * file), type-checked against the package's types, and run against the built package (dist/, built by
 * the test setup): the team's tests under node:test, the API script, and the config's plugin.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const guide = 'docs/custom-rules.md';
const example = 'examples/custom-rules';

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
}

/** The guide's code blocks that show a file: ```js file=examples/custom-rules/… */
function shownFiles(): Map<string, string> {
  const lines = readFileSync(join(root, guide), 'utf8').split('\n');
  const shown = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const open = /^```\w+ file=(\S+)\s*$/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    shown.set(open[1]!, `${lines.slice(i + 1, end).join('\n')}\n`);
    i = end;
  }
  return shown;
}

function node(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('the guide to custom rules shows the example whole', () => {
  const files = filesUnder(example).sort();
  const shown = shownFiles();

  it('shows every file of the example, and only those', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect([...shown.keys()].sort()).toEqual(files);
  });

  for (const file of files) {
    it(`${file} is in the guide as it is on disk`, () => {
      expect(shown.get(file), `${guide}: the block for ${file}`).toBe(readFileSync(join(root, file), 'utf8'));
    });
  }
});

describe('the example', () => {
  it('type-checks against the package (JavaScript checked through its JSDoc types)', () => {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts'],
      allowJs: true,
      checkJs: true,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      baseUrl: root,
      // The package's public names, pointed at its source.
      paths: { 'casenote-lint': ['src/index.ts'], 'casenote-lint/rule-api': ['src/rule-api.ts'], 'casenote-lint/testing': ['src/testing/index.ts'] },
    };
    const files = filesUnder(example).filter((file) => file.endsWith('.mjs')).map((file) => join(root, file));
    const program = ts.createProgram(files, options);
    const errors = files.flatMap((file) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
        return `${relative(root, d.file?.fileName ?? file)}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it("passes its own tests under node --test (casenote-lint/testing from dist/)", () => {
    const { status, out } = node(['--test', '--test-reporter=tap', `${example}/casenote-rules/`]);
    expect(out).toContain('# pass 18');
    expect(out).toContain('# fail 0');
    expect(status, out).toBe(0);
  });

  it('lints a note with the team rules through the API', () => {
    const { status, out } = node([`${example}/lint-with-api.mjs`]);
    expect(status, out).toBe(0);
    expect(out.trim().split('\n')).toEqual(['1:20 team/interpreter-language: interpreter', '1:45 team/no-team-shorthand: front door']);
  });

  it("the config's plugin holds the team rules as team/<key>, and its rule settings are valid for them", () => {
    const script = `
      import config from './${example}/casenote-lint.config.mjs';
      import { createLinter } from 'casenote-lint';
      const ids = Object.entries(config.plugins.team.rules).map(([key, rule]) => [key, rule.meta.id]);
      // What loading the plugin amounts to: its rules as custom rules, named by the config.
      const linter = createLinter({ extends: config.extends, rules: config.rules, customRules: Object.values(config.plugins.team.rules) });
      const found = linter.lint('Went to panel with a Krio interpreter.').findings.filter((f) => f.ruleId.startsWith('team/'));
      console.log(JSON.stringify({ ids, found: found.map((f) => [f.ruleId, f.excerpt]) }));`;
    const { status, out } = node(['--input-type=module', '-e', script]);
    expect(status, out).toBe(0);
    expect(JSON.parse(out)).toEqual({
      ids: [
        ['no-team-shorthand', 'team/no-team-shorthand'],
        ['interpreter-language', 'team/interpreter-language'],
      ],
      found: [['team/no-team-shorthand', 'panel']],
    });
  });
});
