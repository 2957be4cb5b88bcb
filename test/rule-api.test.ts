/**
 * One rule API for built-in and team rules alike (src/rule-api.ts): the built-in rules reach src/ only
 * through it, rules/lib helpers are either part of it or private to the rules that own them, and the
 * package's `casenote-lint/rule-api` subpath resolves in dist/ to the same objects as the main entry.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as ruleApi from '../src/rule-api.js';
import * as main from '../src/index.js';

const root = resolve(import.meta.dirname, '..');
const RULE_API = join(root, 'src', 'rule-api.ts');

/**
 * The rules/lib helpers written for particular rules, and the files that may import them. A new helper
 * is either added here with its owners or re-exported by src/rule-api.ts for every rule to use.
 */
const PRIVATE_HELPERS: Record<string, readonly string[]> = {
  'rules/lib/amendments.ts': ['rules/sign-amendments.ts'],
  'rules/lib/bold-markup.ts': ['rules/no-uppercase-blocks.ts'],
  'rules/lib/sharing-parties.ts': ['rules/information-sharing.ts'],
  'rules/lib/transcript-artefacts.ts': ['rules/no-transcript-artefacts.ts', 'rules/consent-to-record.ts'],
  'rules/lib/date-words.ts': ['rules/timeliness.ts'],
  'rules/lib/zone-time.ts': ['rules/timeliness.ts'],
  'rules/lib/spelling/british.ts': ['rules/spelling.ts'],
  'rules/lib/spelling/dictionary.ts': ['rules/spelling.ts'],
  'rules/lib/spelling/suggest.ts': ['rules/spelling.ts'],
};

interface Import {
  /** The specifier as written. */
  specifier: string;
  /** The repository-relative .ts file it names, for a relative specifier. */
  file?: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsFiles(`${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : [],
  );
}

/** Every import, export-from and dynamic import of a file, type-only ones included. */
function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { specifier };
    const target = relative(root, resolve(dirname(join(root, file)), specifier)).replace(/\.js$/, '.ts');
    return { specifier, file: target };
  });
}

const ruleFiles = readdirSync(join(root, 'rules')).filter((name) => name.endsWith('.ts')).map((name) => `rules/${name}`);
const libFiles = tsFiles('rules/lib');
const publicHelpers = new Set(importsOf('src/rule-api.ts').flatMap((found) => (found.file?.startsWith('rules/lib/') ? [found.file] : [])));

describe('built-in rules use src/ only through the rule API', () => {
  it('finds the rules and the helpers', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(20);
    expect(libFiles.length).toBeGreaterThanOrEqual(10);
    expect([...publicHelpers].sort()).toEqual(
      ['rules/lib/clauses.ts', 'rules/lib/links.ts', 'rules/lib/named-source.ts', 'rules/lib/person-names.ts', 'rules/lib/placeholders.ts', 'rules/lib/sign-off-roles.ts', 'rules/lib/word-shapes.ts'].sort(),
    );
  });

  for (const file of ruleFiles) {
    it(`${file} imports only ../src/rule-api.js, ./data/*, ./lib/*, another rule and packages`, () => {
      const wrong = importsOf(file).filter(({ specifier, file: target }) => {
        if (!target) return specifier.startsWith('node:');
        if (target === 'src/rule-api.ts') return false;
        if (target.startsWith('rules/data/') || target.startsWith('rules/lib/')) return !existsSync(join(root, target));
        // A rule may use what another rule exports (require-sign-off reads note times as timeliness does).
        return !(ruleFiles.includes(target) && target !== 'rules/index.ts');
      });
      expect(wrong.map((found) => found.specifier), `${file}: import from src/ only through ../src/rule-api.js`).toEqual([]);
    });
  }

  it('every rules/lib helper is either part of the rule API or private to the rules listed as its owners', () => {
    const unclassified = libFiles.filter((file) => !publicHelpers.has(file) && !(file in PRIVATE_HELPERS));
    expect(unclassified, 'add each new helper to src/rule-api.ts (public) or to PRIVATE_HELPERS here (with its owners)').toEqual([]);
    expect(Object.keys(PRIVATE_HELPERS).filter((file) => !libFiles.includes(file)), 'PRIVATE_HELPERS names files that do not exist').toEqual([]);
  });

  it('a private helper is imported only by the rules that own it', () => {
    const strays: string[] = [];
    for (const importer of [...ruleFiles, ...libFiles, 'src/rule-api.ts']) {
      for (const { file: target } of importsOf(importer)) {
        const owners = target ? PRIVATE_HELPERS[target] : undefined;
        if (!owners || owners.includes(importer)) continue;
        // A private helper may use another whose owners include all of its own.
        const ownersOfImporter = PRIVATE_HELPERS[importer];
        if (!ownersOfImporter?.every((owner) => owners.includes(owner))) {
          strays.push(`${importer} imports ${target}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });

  for (const file of libFiles) {
    const isPublic = publicHelpers.has(file);
    it(`${file} (${isPublic ? 'part of the API: may import src/ directly, never the API itself' : 'private: src/ only through the API'})`, () => {
      const fromSrc = importsOf(file).filter((found) => found.file?.startsWith('src/'));
      const wrong = fromSrc.filter((found) => (isPublic ? found.file === 'src/rule-api.ts' : found.file !== 'src/rule-api.ts'));
      expect(wrong.map((found) => found.specifier)).toEqual([]);
      expect(importsOf(file).filter((found) => found.file && ruleFiles.includes(found.file)).map((found) => found.specifier), 'a helper imports no rule').toEqual([]);
    });
  }
});

describe('the rule API module', () => {
  it('keeps every name as it is exported elsewhere (its build takes the names from the main entry)', () => {
    const source = ts.createSourceFile(RULE_API, readFileSync(RULE_API, 'utf8'), ts.ScriptTarget.Latest, true);
    const renamed: string[] = [];
    for (const statement of source.statements) {
      if (!ts.isExportDeclaration(statement)) continue;
      expect(statement.exportClause, 'no export * in the rule API: it lists what a rule may use').toBeDefined();
      if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) if (element.propertyName) renamed.push(element.getText(source));
      }
    }
    expect(renamed).toEqual([]);
  });

  it('exports the tools a rule needs', () => {
    for (const name of ['defineWordListRule', 'applyWordListOptions', 'spanAt', 'readSignOff', 'isAttributed', 'clauseOf', 'WordShapes', 'expandPattern', 'findQuotes', 'createCalendar'] as const) {
      expect(typeof ruleApi[name], name).toBe('function');
    }
    expect(ruleApi.STANDARD.jargon.section).toBe('Recording that everyone can understand');
    expect(ruleApi.SIGN_OFF_ROLES).toContain('social worker');
  });

  it('is re-exported whole by the main entry: the same objects', () => {
    const differing = Object.keys(ruleApi).filter((name) => (main as Record<string, unknown>)[name] !== (ruleApi as Record<string, unknown>)[name]);
    expect(differing).toEqual([]);
  });
});

describe('the package subpaths in dist/ (built by the test setup)', () => {
  const names = Object.keys(ruleApi).sort();

  /** Runs a script in a fresh Node, from the repository root, so that `casenote-lint/...` resolves through package.json's exports. */
  function node(args: string[]): string {
    return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  }

  it('import("casenote-lint/rule-api") gives the rule API, the same objects as import("casenote-lint")', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `const api = await import('casenote-lint/rule-api'); const main = await import('casenote-lint');
       console.log(JSON.stringify({ names: Object.keys(api).sort(), differing: Object.keys(api).filter((name) => api[name] !== main[name]) }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ names, differing: [] });
  });

  it('require("casenote-lint/rule-api") gives the same, from the CommonJS build', () => {
    const out = node([
      '-e',
      `const api = require('casenote-lint/rule-api'); const main = require('casenote-lint');
       console.log(JSON.stringify({ names: Object.keys(api).sort(), differing: Object.keys(api).filter((name) => api[name] !== main[name]) }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ names, differing: [] });
  });

  it('casenote-lint/rule-api and casenote-lint/testing have type declarations for import and require', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } }> };
    for (const subpath of ['./rule-api', './testing']) {
      const entry = pkg.exports[subpath];
      expect(entry, subpath).toBeDefined();
      for (const file of [entry!.import.types, entry!.import.default, entry!.require.types, entry!.require.default]) expect(existsSync(join(root, file)), file).toBe(true);
    }
    const declarations = readFileSync(join(root, 'dist', 'rule-api.d.ts'), 'utf8');
    for (const name of ['defineWordListRule', 'RuleContext', 'readSignOff', 'clauseOf']) expect(declarations).toContain(name);
  });

  it('a rule API bundle carries no copy of the core: it is the main entry, re-exported', () => {
    for (const file of ['rule-api.js', 'rule-api.cjs', 'testing.js', 'testing.cjs']) {
      expect(readFileSync(join(root, 'dist', file), 'utf8').length, file).toBeLessThan(20_000);
    }
  });
});
