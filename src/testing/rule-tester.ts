/**
 * casenote-lint/testing: ESLint's RuleTester for case-note rules.
 *
 *   new RuleTester().run(rule, { valid: [...notes that must not be flagged], invalid: [{ note, errors: [...] }] })
 *
 * Each case becomes one test of the test framework in use: `describe` and `it` are the framework's own
 * when it defines them globally (Jest, Mocha, Vitest with `globals: true`), or the ones set on
 * RuleTester (`RuleTester.describe = describe; RuleTester.it = it;` from vitest or node:test). With
 * neither, each case runs at once and the first failure throws, so a plain script works too.
 *
 * Only the rule under test runs, with its default severity and the case's options, so a case's
 * findings are the rule's own. Nothing here imports a test framework: assertions are node:assert's.
 */
import { deepStrictEqual, match as assertMatch, strictEqual } from 'node:assert/strict';
import { builtInRules, createLinter, type CaseNote, type Config, type Finding, type Linter, type Rule, type Severity } from '../index.js';

/** What a tester may set besides rules: the settings every rule shares. */
export type RuleTesterConfig = Pick<Config, 'timeZone' | 'maxNoteSize' | 'maxFindings'>;

/** A note the rule must not flag: a note file (string, front matter optional) or a note object. */
export interface ValidTestCase {
  note: CaseNote | string;
  /** The test's name; default the start of the note's text. */
  name?: string;
  /** The rule's options, as a config's `[severity, options]` would give them. */
  options?: Record<string, unknown>;
  /** Shared settings for this case, over the tester's. */
  config?: RuleTesterConfig;
}

export interface ExpectedSuggestion {
  message?: string | RegExp;
  replacement?: string;
}

/** One finding the rule must report. Fields left out are not checked, apart from the excerpt. */
export interface ExpectedFinding {
  /** The exact text flagged: `source.slice(offset, endOffset)`. */
  excerpt: string;
  /** The message, exactly (a string) or matching (a RegExp). */
  message?: string | RegExp;
  severity?: Severity;
  /** 1-based, as in the finding. */
  line?: number;
  column?: number;
  /** The finding's suggestions, all of them, in order. */
  suggestions?: readonly ExpectedSuggestion[];
}

export interface InvalidTestCase extends ValidTestCase {
  /** Every finding of the rule on this note, in the order of the note; a string is an excerpt. */
  errors: readonly (string | ExpectedFinding)[];
}

export interface RuleTests {
  valid: readonly (string | ValidTestCase)[];
  invalid: readonly InvalidTestCase[];
}

/** The shape of `describe` and `it` in Jest, Mocha, Vitest and node:test. */
export type TestFunction = (name: string, body: () => void) => unknown;

/** Without a framework: run the body now; a failure throws out of `run`. */
const runNow: TestFunction = (_name, body) => body();

function globalTestFunction(name: 'describe' | 'it'): TestFunction | undefined {
  const found = (globalThis as Record<string, unknown>)[name];
  return typeof found === 'function' ? (found as TestFunction) : undefined;
}

let describeOverride: TestFunction | undefined;
let itOverride: TestFunction | undefined;

/** What the engine reports when a rule throws; the tester turns it back into a failed test. */
const RULE_FAILURE = /^The rule \S+ failed on this note and could not check it \((.*)\)\. The other rules ran\./s;

export class RuleTester {
  /** The framework's `describe`: the global one unless set. */
  static get describe(): TestFunction {
    return describeOverride ?? globalTestFunction('describe') ?? runNow;
  }
  static set describe(value: TestFunction | undefined) {
    describeOverride = value;
  }

  /** The framework's `it`: the global one unless set. */
  static get it(): TestFunction {
    return itOverride ?? globalTestFunction('it') ?? runNow;
  }
  static set it(value: TestFunction | undefined) {
    itOverride = value;
  }

  private readonly config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.config = { ...config };
  }

  /** Declares one test per case, grouped under the rule's id; each lints its note with the rule alone. */
  run(rule: Rule, tests: RuleTests): void {
    if (!rule || typeof rule !== 'object' || !rule.meta || typeof rule.meta.id !== 'string') {
      throw new TypeError('RuleTester.run: expected a rule with meta.id');
    }
    if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
      throw new TypeError(`RuleTester.run(${rule.meta.id}): expected { valid: [...], invalid: [...] }`);
    }
    const id = rule.meta.id;
    const runner = new CaseRunner(rule, this.config);
    const { describe, it } = RuleTester;

    describe(id, () => {
      describe('valid', () => {
        const names = new Names(id);
        for (const item of tests.valid) {
          const test = typeof item === 'string' ? { note: item } : item;
          it(names.of(test), () => {
            const found = runner.findings(test);
            deepStrictEqual(
              found.map(summary),
              [],
              `${id} should not flag this note, and it reported ${plural(found.length, 'finding')}`,
            );
          });
        }
      });
      describe('invalid', () => {
        const names = new Names(id);
        for (const test of tests.invalid) {
          it(names.of(test), () => {
            if (!Array.isArray(test.errors) || test.errors.length === 0) {
              throw new TypeError(`${id}: an invalid case needs errors: at least one expected finding (a note that must not be flagged goes in valid)`);
            }
            const expected = test.errors.map((error) => (typeof error === 'string' ? { excerpt: error } : error));
            const found = runner.findings(test);
            deepStrictEqual(
              found.map((finding) => finding.excerpt),
              expected.map((error) => error.excerpt),
              `${id} should report ${plural(expected.length, 'finding')} with these excerpts, in order, and it reported ${found.length}`,
            );
            found.forEach((finding, i) => checkFinding(id, finding, expected[i]!, i));
          });
        }
      });
    });
  }
}

/** Each case's name once in its group: two cases of the same name are a copy-and-paste mistake, as ESLint says. */
class Names {
  private readonly seen = new Set<string>();
  constructor(private readonly id: string) {}

  of(test: ValidTestCase): string {
    const text = typeof test.note === 'string' ? test.note : test.note?.text;
    const name = test.name ?? (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().slice(0, 70) : '(a note without text)');
    if (this.seen.has(name)) throw new Error(`${this.id}: two test cases are named "${name}"; give one a name`);
    this.seen.add(name);
    return name;
  }
}

/** Lints a case's note with the rule alone; a linter per distinct options and settings. */
class CaseRunner {
  private readonly linters = new Map<string, Linter>();
  private readonly custom: boolean;
  private readonly rule: Rule;
  /** What the rule under test threw while checking the current note (custom rules only). */
  private thrown: { error: unknown } | undefined;

  constructor(
    rule: Rule,
    private readonly base: RuleTesterConfig,
  ) {
    this.custom = !builtInRules.includes(rule);
    // A team's rule is wrapped to keep what it throws, stack and all; the engine would turn it into a finding.
    this.rule = this.custom ? this.catching(rule) : rule;
  }

  findings(test: ValidTestCase): Finding[] {
    const id = this.rule.meta.id;
    this.thrown = undefined;
    const result = this.linterFor(test).lint(test.note);
    // Set by the wrapped check during lint(), which TypeScript cannot see.
    const thrown = this.thrown as { error: unknown } | undefined;
    if (thrown) throw thrown.error;
    const found = result.findings.filter((finding) => finding.ruleId === id);
    for (const finding of found) {
      const failure = RULE_FAILURE.exec(finding.message);
      if (failure && finding.excerpt === '') throw new Error(`${id} threw while checking this note: ${failure[1]}`);
    }
    return found;
  }

  private linterFor(test: ValidTestCase): Linter {
    const settings = { ...this.base, ...test.config };
    const key = plainKey([settings, test.options ?? null]);
    const cached = key === undefined ? undefined : this.linters.get(key);
    if (cached) return cached;
    const id = this.rule.meta.id;
    const rules: NonNullable<Config['rules']> = {};
    for (const other of builtInRules) rules[other.meta.id] = 'off';
    rules[id] = test.options === undefined ? this.rule.meta.severity : [this.rule.meta.severity, test.options];
    const linter = createLinter({ ...settings, rules, customRules: this.custom ? [this.rule] : [] });
    if (key !== undefined) this.linters.set(key, linter);
    return linter;
  }

  private catching(rule: Rule): Rule {
    const wrapped: Rule = {
      meta: rule.meta,
      check: (context) => {
        try {
          rule.check(context);
        } catch (error) {
          this.thrown = { error };
          throw error;
        }
      },
    };
    if (rule.phrases) wrapped.phrases = (options) => rule.phrases!(options);
    return wrapped;
  }
}

/** A key for options and settings made only of JSON data; undefined for anything else (functions, RegExps), which gets a linter of its own. */
function plainKey(value: unknown): string | undefined {
  const plain = (item: unknown): boolean => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item))) return true;
    if (Array.isArray(item)) return item.every(plain);
    if (typeof item !== 'object' || Object.getPrototypeOf(item) !== Object.prototype) return false;
    return Object.values(item as object).every((child) => child === undefined || plain(child));
  };
  return plain(value) ? JSON.stringify(value) : undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a failed valid case prints: enough to find the finding, not the whole object. */
function summary(finding: Finding): Pick<Finding, 'excerpt' | 'line' | 'column' | 'severity' | 'message'> {
  return { excerpt: finding.excerpt, line: finding.line, column: finding.column, severity: finding.severity, message: finding.message };
}

function checkFinding(id: string, finding: Finding, expected: ExpectedFinding, i: number): void {
  const where = `${id}, finding ${i + 1} ("${finding.excerpt}")`;
  if (expected.message !== undefined) {
    if (expected.message instanceof RegExp) assertMatch(finding.message, expected.message, `${where}: the message does not match ${expected.message}`);
    else strictEqual(finding.message, expected.message, `${where}: the message differs`);
  }
  if (expected.severity !== undefined) strictEqual(finding.severity, expected.severity, `${where}: the severity differs`);
  if (expected.line !== undefined) strictEqual(finding.line, expected.line, `${where}: the line differs`);
  if (expected.column !== undefined) strictEqual(finding.column, expected.column, `${where}: the column differs`);
  if (expected.suggestions !== undefined) {
    const actual = finding.suggestions ?? [];
    deepStrictEqual(
      actual.map((suggestion) => suggestion.replacement),
      expected.suggestions.map((suggestion, k) => ('replacement' in suggestion ? suggestion.replacement : actual[k]?.replacement)),
      `${where}: the suggestions' replacements differ`,
    );
    expected.suggestions.forEach((suggestion, k) => {
      const message = actual[k]!.message;
      if (suggestion.message instanceof RegExp) assertMatch(message, suggestion.message, `${where}, suggestion ${k + 1}: the message does not match ${suggestion.message}`);
      else if (suggestion.message !== undefined) strictEqual(message, suggestion.message, `${where}, suggestion ${k + 1}: the message differs`);
    });
  }
}
