/**
 * casenote-lint/testing's RuleTester under vitest (describe/it set on RuleTester, as vitest has no
 * globals here), and what it does with each kind of wrong expectation, run through a recording
 * describe/it so that a failure can be asserted. node-test.test.ts runs it from dist/ under node:test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineWordListRule, noJargon, thisPhrase, wordListOptionsShape, writeInstead, type Rule } from '../../src/index.js';
import { RuleTester, type RuleTests, type TestFunction } from '../../src/testing/index.js';

const TEAM_REFERENCE = { section: 'Team recording guide', summary: "Write our services' names out." };

const teamShorthand = defineWordListRule({
  meta: { id: 'team/no-shorthand', description: 'Team shorthand for services.', severity: 'warning', category: 'language', reference: TEAM_REFERENCE },
  list: [
    { match: 'front door', replacement: 'the duty and advice team' },
    { match: 'the hub', advice: 'name the family hub' },
  ],
  message: (match) => `${thisPhrase(match)} is team shorthand: ${writeInstead(match.entry, 'name the service')}.`,
});

/** A rule with a check of its own: an exclamation mark, as info; `allowInQuotes` keeps a person's own words. */
const exclamations: Rule<{ allowInQuotes: boolean }> = {
  meta: {
    id: 'team/no-exclamations',
    description: 'Exclamation marks.',
    severity: 'warning',
    category: 'layout',
    schema: z.object({ allowInQuotes: z.boolean().default(true) }).strict(),
    reference: TEAM_REFERENCE,
  },
  check(context) {
    const { text } = context.note.index;
    for (let at = text.indexOf('!'); at >= 0; at = text.indexOf('!', at + 1)) {
      if (context.options.allowInQuotes && context.note.index.isQuoted(at)) continue;
      context.report({ start: at, end: at + 1, message: 'Write a full stop: an exclamation mark reads as the writer’s feeling.', severity: 'info' });
    }
  },
};

const throwing: Rule = {
  meta: { id: 'team/throws', description: 'Throws.', severity: 'warning', category: 'layout', schema: z.object({}).strict(), reference: TEAM_REFERENCE },
  check() {
    throw new RangeError('the rule’s own mistake');
  },
};

// The cases below are vitest tests of their own.
RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester();

tester.run(teamShorthand, {
  valid: [
    'Referred to the duty and advice team.',
    { name: 'quoted speech is the person’s own words', note: 'Mum said "I rang the front door people" and was put through to the duty team.' },
    { name: 'a phrase removed by the options', note: 'Referred to front door.', options: { remove: ['front door'] } },
  ],
  invalid: [
    {
      note: 'Referred to front door today.',
      errors: [
        {
          excerpt: 'front door',
          message: 'This phrase is team shorthand: write "the duty and advice team" instead.',
          severity: 'warning',
          line: 1,
          column: 13,
          suggestions: [{ message: 'Write "the duty and advice team"', replacement: 'the duty and advice team' }],
        },
      ],
    },
    { note: 'Went to the hub, then to front door.', errors: ['the hub', 'front door'] },
    { name: 'a phrase added by the options', note: 'Agreed to step across to early help.', options: { add: ['step across'] }, errors: [{ excerpt: 'step across', message: /team shorthand/ }] },
    { name: 'quoted speech checked when asked', note: 'Mum said "I rang front door".', options: { checkQuotes: true }, errors: ['front door'] },
    {
      name: 'a note file with front matter: positions in the file',
      note: '---\ntype: phone-call\n---\nSpoke to front door.\n',
      errors: [{ excerpt: 'front door', line: 4, column: 10 }],
    },
  ],
});

tester.run(exclamations, {
  valid: ['Sam said "I hate it!" and went upstairs.', { note: { text: 'Home visit. Sam was at school.' } }],
  invalid: [
    { note: 'Sam was at school!', errors: [{ excerpt: '!', severity: 'info', message: /full stop/ }] },
    { name: 'quotes checked when the option says so', note: 'Sam said "no!"', options: { allowInQuotes: false }, errors: ['!'] },
  ],
});

// A built-in rule is tested the same way.
tester.run(noJargon, {
  valid: ['Sam moved to live with his aunt.', { name: 'a phrase removed', note: 'Sam is presenting as calm.', options: { remove: ['presenting as'] } }],
  invalid: [{ note: 'Sam is presenting as calm.', errors: [{ excerpt: 'presenting as', severity: 'warning', message: /jargon/ }] }],
});

interface Recorded {
  name: string;
  error?: unknown;
}

/** Runs `tests` through a describe/it that records each test's outcome instead of failing. */
function record(rule: Rule, tests: RuleTests, where: 'override' | 'global' = 'override'): Recorded[] {
  const recorded: Recorded[] = [];
  const path: string[] = [];
  const describeFn: TestFunction = (name, body) => {
    path.push(name);
    try {
      body();
    } finally {
      path.pop();
    }
  };
  const itFn: TestFunction = (name, body) => {
    const full = [...path, name].join(' > ');
    try {
      body();
      recorded.push({ name: full });
    } catch (error) {
      recorded.push({ name: full, error });
    }
  };
  if (where === 'override') {
    RuleTester.describe = describeFn;
    RuleTester.it = itFn;
  } else {
    Object.assign(globalThis, { describe: describeFn, it: itFn });
  }
  try {
    new RuleTester().run(rule, tests);
  } finally {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    if (where === 'global') for (const name of ['describe', 'it']) delete (globalThis as Record<string, unknown>)[name];
  }
  return recorded;
}

const messageOf = (found: Recorded | undefined) => (found?.error instanceof Error ? found.error.message : String(found?.error));

describe('RuleTester reports each wrong expectation as a failed test', () => {
  afterEach(() => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  });

  it('names tests by rule id, valid or invalid, and the note', () => {
    const recorded = record(teamShorthand, { valid: ['Referred to the duty and advice team.'], invalid: [{ note: 'Rang front door.', errors: ['front door'] }] });
    expect(recorded).toEqual([
      { name: 'team/no-shorthand > valid > Referred to the duty and advice team.' },
      { name: 'team/no-shorthand > invalid > Rang front door.' },
    ]);
  });

  it('a valid note that is flagged fails, showing the finding', () => {
    const [result] = record(teamShorthand, { valid: ['Rang front door.'], invalid: [] });
    expect(messageOf(result)).toContain('team/no-shorthand should not flag this note, and it reported 1 finding');
    expect(messageOf(result)).toContain("excerpt: 'front door'");
  });

  it('an invalid note with other excerpts, or more or fewer findings, fails', () => {
    const results = record(teamShorthand, {
      valid: [],
      invalid: [
        { name: 'wrong excerpt', note: 'Rang front door.', errors: ['front doors'] },
        { name: 'missing one', note: 'Rang front door and the hub.', errors: ['front door'] },
        { name: 'none found', note: 'Rang the duty team.', errors: ['front door'] },
        { name: 'order of the note', note: 'Rang front door and the hub.', errors: ['the hub', 'front door'] },
      ],
    });
    expect(results.map((result) => messageOf(result).split('\n')[0])).toEqual([
      'team/no-shorthand should report 1 finding with these excerpts, in order, and it reported 1',
      'team/no-shorthand should report 1 finding with these excerpts, in order, and it reported 2',
      'team/no-shorthand should report 1 finding with these excerpts, in order, and it reported 0',
      'team/no-shorthand should report 2 findings with these excerpts, in order, and it reported 2',
    ]);
  });

  it('a wrong message, severity, line, column or suggestion fails, naming the finding', () => {
    const note = 'Rang front door.';
    const results = record(teamShorthand, {
      valid: [],
      invalid: [
        { name: 'message', note, errors: [{ excerpt: 'front door', message: 'Something else.' }] },
        { name: 'message pattern', note, errors: [{ excerpt: 'front door', message: /acronym/ }] },
        { name: 'severity', note, errors: [{ excerpt: 'front door', severity: 'error' }] },
        { name: 'line', note, errors: [{ excerpt: 'front door', line: 2 }] },
        { name: 'column', note, errors: [{ excerpt: 'front door', column: 1 }] },
        { name: 'replacement', note, errors: [{ excerpt: 'front door', suggestions: [{ replacement: 'the duty team' }] }] },
        { name: 'suggestion message', note, errors: [{ excerpt: 'front door', suggestions: [{ message: 'Write it out' }] }] },
        { name: 'no suggestions', note, errors: [{ excerpt: 'front door', suggestions: [] }] },
      ],
    });
    expect(results.map((result) => messageOf(result).split('\n')[0])).toEqual([
      'team/no-shorthand, finding 1 ("front door"): the message differs',
      'team/no-shorthand, finding 1 ("front door"): the message does not match /acronym/',
      'team/no-shorthand, finding 1 ("front door"): the severity differs',
      'team/no-shorthand, finding 1 ("front door"): the line differs',
      'team/no-shorthand, finding 1 ("front door"): the column differs',
      'team/no-shorthand, finding 1 ("front door"): the suggestions\' replacements differ',
      'team/no-shorthand, finding 1 ("front door"), suggestion 1: the message differs',
      'team/no-shorthand, finding 1 ("front door"): the suggestions\' replacements differ',
    ]);
  });

  it('what a rule throws fails its test as thrown, not as a finding', () => {
    const [result] = record(throwing, { valid: ['Any note.'], invalid: [] });
    expect(result!.error).toBeInstanceOf(RangeError);
    expect(messageOf(result)).toBe('the rule’s own mistake');
  });

  it('options the rule’s schema rejects fail with the config error naming the option', () => {
    const [result] = record(teamShorthand, { valid: [{ note: 'Rang front door.', options: { remov: ['front door'] } }], invalid: [] });
    expect(messageOf(result)).toMatch(/^rules\.team\/no-shorthand\[1\]: unknown key "remov"; did you mean "remove"\?/);
  });

  it('an invalid case without errors, and two cases of one name, are mistakes in the tests', () => {
    const [empty] = record(teamShorthand, { valid: [], invalid: [{ note: 'Rang front door.', errors: [] }] });
    expect(messageOf(empty)).toContain('an invalid case needs errors');
    expect(() => record(teamShorthand, { valid: ['Rang the duty team.', 'Rang the duty team.'], invalid: [] })).toThrow('two test cases are named "Rang the duty team."');
  });

  it('uses a global describe/it when none is set (Jest, Mocha, vitest with globals)', () => {
    const recorded = record(exclamations, { valid: ['No marks here.'], invalid: [{ note: 'Marks here!', errors: ['!'] }] }, 'global');
    expect(recorded).toEqual([{ name: 'team/no-exclamations > valid > No marks here.' }, { name: 'team/no-exclamations > invalid > Marks here!' }]);
  });

  it('with no framework at all, runs each case at once and throws at the first failure', () => {
    expect(RuleTester.describe).not.toBe(describe);
    expect(() => new RuleTester().run(exclamations, { valid: ['No marks here.'], invalid: [{ note: 'Marks here!', errors: ['!'] }] })).not.toThrow();
    expect(() => new RuleTester().run(exclamations, { valid: ['Marks here!'], invalid: [] })).toThrow('team/no-exclamations should not flag this note');
  });

  it('passes shared settings from the tester and the case (a time zone) to the linter', () => {
    const zones: string[] = [];
    const zoneRule: Rule = { ...throwing, meta: { ...throwing.meta, id: 'team/zone' }, check: (context) => void zones.push(context.settings.timeZone) };
    RuleTester.describe = (_name, body) => body();
    RuleTester.it = (_name, body) => body();
    new RuleTester({ timeZone: 'Europe/Dublin' }).run(zoneRule, { valid: ['One.', { note: 'Two.', config: { timeZone: 'America/New_York' } }], invalid: [] });
    expect(zones).toEqual(['Europe/Dublin', 'America/New_York']);
  });

  it('takes word-list options extended with a schema of the team’s own', () => {
    const extended = defineWordListRule({
      meta: { ...teamShorthand.meta, id: 'team/extended', schema: z.object({ ...wordListOptionsShape, strict: z.boolean().default(false) }).strict() },
      list: [{ match: 'front door' }],
      message: () => 'Name the service.',
      accept: (_match, context) => !context.options.strict,
    });
    const results = record(extended, { valid: ['Rang front door.'], invalid: [{ note: 'Rang front door.', options: { strict: true }, errors: ['front door'] }] });
    expect(results.map((result) => result.error)).toEqual([undefined, undefined]);
  });
});
