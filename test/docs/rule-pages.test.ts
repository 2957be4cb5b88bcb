import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { builtInRules, createLinter, parseNote, type Rule } from '../../src/index.js';
import { GENERATED_MARK, inlineCode, ruleName, ruleOptions, rulePage } from '../../src/docs/rule-page.js';
import { renderRulePages, withoutExpect } from '../../scripts/lib/rule-pages.js';

const root = join(import.meta.dirname, '..', '..');
const pages = renderRulePages({ root, rules: builtInRules, linter: createLinter(), parseNote });

describe('docs/rules: one page per rule, generated from the rule and its fixtures', () => {
  it.each(builtInRules.map((rule) => rule.meta.id))('docs/rules/%s.md is up to date (npm run docs:rules)', (id) => {
    const path = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(path), `${path} is missing: run npm run docs:rules`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run docs:rules`).toBe(pages.get(`docs/rules/${id}.md`));
  });

  it('has no generated page of a rule that does not exist', () => {
    const generated = readdirSync(join(root, 'docs', 'rules')).filter((name) => readFileSync(join(root, 'docs', 'rules', name), 'utf8').startsWith(GENERATED_MARK));
    expect(generated.sort()).toEqual(builtInRules.map((rule) => `${rule.meta.id}.md`).sort());
  });

  it('shows what the rule flags with the exact excerpt and the message the rule gives, and notes it does not flag', () => {
    const page = pages.get('docs/rules/no-acronyms.md')!;
    expect(page).toContain('# Acronyms written out (`no-acronyms`)');
    expect(page).toContain('| Default severity | warning |');
    expect(page).toContain('**Principles of recording.** Write in plain language without acronyms; avoid abbreviations.');
    const flagged = /```text\n([^`]*)\n```\n\nFlagged: `([^`]+)`\. (.*)/.exec(page)!;
    const [, context, excerpt, message] = flagged;
    expect(context).toContain(excerpt);
    const finding = createLinter()
      .lint(readFileSync(join(root, 'fixtures', 'no-acronyms', 'flag-ambiguous-hv.md'), 'utf8'))
      .findings.find((candidate) => candidate.ruleId === 'no-acronyms')!;
    expect(excerpt).toBe(finding.excerpt);
    expect(message).toBe(finding.message);
    // A must-not-flag note is shown as a note file, without the fixture's expectations.
    expect(page).toContain('### Not flagged');
    expect(page).not.toMatch(/^expect:/m);
  });

  it('lists options from the zod schema with their types, defaults and descriptions', () => {
    const page = pages.get('docs/rules/sentence-length.md')!;
    expect(page).toContain('| `max` | whole number (at least 1) | `35` | Longest sentence, in words, that is not reported. |');
    expect(pages.get('docs/rules/required-fields.md')).toContain('`["occurredAt","recordedAt","author.name","author.role"]`');
  });
});

describe('rule pages from meta alone (a custom rule)', () => {
  const rule: Rule<{ words: string[] }> = {
    meta: {
      id: 'my-team/no-initials',
      description: 'Initials instead of names.',
      severity: 'info',
      category: 'language',
      schema: z.object({ words: z.array(z.string()).default(['AB']).describe('Initials to flag.') }).strict(),
      reference: { section: 'Team guidance', summary: 'Write names in full.' },
    },
    check: () => undefined,
  };

  it('names the rule from its id when meta has no name, and takes option descriptions from the schema', () => {
    expect(ruleName(rule.meta)).toBe('No initials');
    expect(ruleOptions(rule)).toEqual([{ name: 'words', type: 'list of string', default: '["AB"]', description: 'Initials to flag.' }]);
    const page = rulePage({ rule });
    expect(page).toContain('# No initials (`my-team/no-initials`)');
    expect(page).not.toContain('## Examples');
    expect(page).not.toContain('strict');
  });

  it('says so when a rule takes no options', () => {
    const none = { ...rule, meta: { ...rule.meta, schema: z.object({}).strict() } } as Rule;
    expect(rulePage({ rule: none })).toContain('## Options\n\nNone.');
  });
});

describe('page helpers', () => {
  it('fences code spans around backticks', () => {
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(inlineCode('two\nlines')).toBe('`two lines`');
  });

  it('drops the fixture expectations and keeps the rest of the front matter', () => {
    const source = '---\ntype: home-visit\nexpect:\n  - rule: no-jargon\n    excerpt: "x"\nauthor: { name: A B, role: Social Worker }\n---\nText.\n';
    expect(withoutExpect(source)).toBe('---\ntype: home-visit\nauthor: { name: A B, role: Social Worker }\n---\nText.\n');
  });

  it('documents every option of every built-in rule with a sentence from its schema (.describe)', () => {
    for (const rule of builtInRules) {
      for (const option of ruleOptions(rule)!) {
        expect(option.description, `${rule.meta.id}: option ${option.name} has no .describe()`).toMatch(/^[A-Z"'`].{15,}[.)]$/s);
      }
    }
    const timeliness = pages.get('docs/rules/timeliness.md')!;
    for (const name of ['limits', 'region', 'holidays', 'closures', 'inferSafeguarding']) expect(timeliness).toMatch(new RegExp(`^\\| \`${name}\` \\|.+\\| \\w.+ \\|$`, 'm'));
    expect(timeliness).toContain('{ kind: "hours", hours, sameWorkingDay }');
    expect(pages.get('docs/rules/require-sign-off.md')).toContain('| `roles` | list of string | `[]` | Extra roles accepted in a sign-off');
    expect(pages.get('docs/rules/no-transcript-artefacts.md')).toContain('| `speakerLabels` | list of string | `[]` | Extra labels that only a transcript writes');
  });
});
