import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, createLinter, lint, parseNote, type Config, type Finding, type Rule } from '../../src/index.js';
import { note, noteFile } from '../helpers/notes.js';

/** Findings of a note file as [rule, excerpt], the linter's own ones included. */
function found(source: string, config?: Config): [string, string][] {
  return lint(source, config ? { config } : undefined).findings.map((finding) => [finding.ruleId, finding.excerpt]);
}

function engineFindings(source: string, config?: Config): Finding[] {
  return lint(source, config ? { config } : undefined).findings.filter((finding) => finding.ruleId === 'casenote-lint');
}

/** Every finding's excerpt is exactly the source at its offsets, and its line and column are right. */
function expectExactSlices(source: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    expect(finding.excerpt).toBe(source.slice(finding.offset, finding.endOffset));
    const lines = source.slice(0, finding.offset).split(/\r\n|\n|\r/);
    expect(finding.line).toBe(lines.length);
    expect(finding.column).toBe(lines[lines.length - 1]!.length + 1);
  }
}

describe('HTML comments are not note text', () => {
  it('a comment holding acronyms and a vague phrase is not linted, and is not a directive', () => {
    const source = noteFile('<!-- Template: LAC review, CAMHS referral, no concerns -->\nI visited Amy at home and she showed me her bedroom.');
    expect(found(source)).toEqual([]);
  });

  it('a comment inside a sentence is skipped and the words around it are still linted', () => {
    const source = noteFile('I visited Amy <!-- CAMHS --> before her LAC review.');
    expect(found(source).filter(([rule]) => rule === 'no-acronyms')).toEqual([['no-acronyms', 'LAC']]);
    expectExactSlices(source, lint(source).findings);
  });

  it('parseNote gives the text with comments blanked to spaces and line breaks kept, at the same offsets', () => {
    const source = noteFile('Visit.\n<!-- a\nb -->\nAmy was at home.');
    const parsed = parseNote(source);
    expect(parsed.text.length).toBe(source.length - parsed.textOffset);
    expect(parsed.text).toContain('Visit.\n      \n     \nAmy was at home.');
    expect(parsed.index.units.map((unit) => unit.text)).not.toContain('a');
  });

  it('a comment that never closes is text: it cannot hide the rest of the note', () => {
    const source = noteFile('<!-- casenote-lint-disable\nI visited Amy before her LAC review.');
    expect(found(source).filter(([rule]) => rule === 'no-acronyms')).toEqual([['no-acronyms', 'LAC']]);
  });

  it('a directive after the sign-off leaves the sign-off the last thing in the note', () => {
    const source = `${noteFile('<!-- casenote-lint-disable no-acronyms -->\nI visited Amy before her LAC review.')}<!-- casenote-lint-enable no-acronyms -->\n`;
    expect(found(source)).toEqual([]);
  });

  it('a comment between a sign-off line and its date line does not stop the sign-off from being read', () => {
    const source = `---
type: home-visit
occurredAt: 2026-04-02T10:00
recordedAt: 2026-04-03T09:00
author: { name: Priya Shah, role: Social Worker }
---
I visited Amy at home and she showed me her bedroom.

Priya Shah, Social Worker <!-- signed on the laptop -->
03/04/2026
`;
    expect(found(source)).toEqual([]);
  });

  it('a note object (a record of a case-management system) has no comments: its text is linted as written', () => {
    const { findings } = lint(note('<!-- casenote-lint-disable no-acronyms -->\nI visited Amy before her LAC review.'));
    expect(findings.filter((finding) => finding.ruleId === 'no-acronyms').map((finding) => finding.excerpt)).toEqual(['LAC']);
    expect(findings.filter((finding) => finding.ruleId === 'casenote-lint')).toEqual([]);
  });
});

describe('inline directives', () => {
  it('casenote-lint-disable with no rules turns every rule off until casenote-lint-enable', () => {
    const source = noteFile(
      'I visited Amy before her LAC review.\n\n<!-- casenote-lint-disable -->\nThe CAMHS worker came too. No concerns.\n<!-- casenote-lint-enable -->\n\nThe IRO rang afterwards.',
    );
    expect(found(source)).toEqual([
      ['no-acronyms', 'LAC'],
      ['no-acronyms', 'IRO'],
    ]);
  });

  it('casenote-lint-disable with a list turns only those rules off, with commas or spaces between them', () => {
    const one = noteFile('<!-- casenote-lint-disable no-acronyms -->\nThe CAMHS worker came. No concerns.');
    expect(found(one)).toEqual([['no-vague-phrases', 'No concerns']]);
    const commas = noteFile('<!-- casenote-lint-disable no-acronyms,no-vague-phrases -->\nThe CAMHS worker came. No concerns.');
    expect(found(commas)).toEqual([]);
    const spaces = noteFile('<!-- casenote-lint-disable no-acronyms  no-vague-phrases -->\nThe CAMHS worker came. No concerns.');
    expect(found(spaces)).toEqual([]);
  });

  it('casenote-lint-enable of one rule after disabling every rule turns that rule back on only', () => {
    const source = noteFile('<!-- casenote-lint-disable -->\nThe CAMHS worker came.\n<!-- casenote-lint-enable no-acronyms -->\nThe IRO rang. No concerns.');
    expect(found(source)).toEqual([['no-acronyms', 'IRO']]);
  });

  it('casenote-lint-disable-next-line covers the next line only', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-acronyms -->\nThe CAMHS worker came.\nThe IRO rang.');
    expect(found(source)).toEqual([['no-acronyms', 'IRO']]);
  });

  it('casenote-lint-disable-line covers the line it is on', () => {
    const source = noteFile('The CAMHS worker came. <!-- casenote-lint-disable-line no-acronyms -->\nThe IRO rang.');
    expect(found(source)).toEqual([['no-acronyms', 'IRO']]);
  });

  it('works with Windows line ends', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-acronyms -->\nThe CAMHS worker came.\nThe IRO rang.').replace(/\n/g, '\r\n');
    expect(found(source)).toEqual([['no-acronyms', 'IRO']]);
    expectExactSlices(source, lint(source).findings);
  });

  it('a reason after " -- " is not read as rule ids', () => {
    const source = noteFile("<!-- casenote-lint-disable-next-line no-acronyms -- the family's own name for the service, kept as said -->\nThe CAMHS worker came.");
    expect(found(source)).toEqual([]);
  });

  it('does not touch the findings of a rule it does not name', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-jargon -->\nThe CAMHS worker came. No concerns.');
    const rules = found(source).map(([rule]) => rule);
    expect(rules).toContain('no-acronyms');
    expect(rules).toContain('no-vague-phrases');
  });

  it('is read from the note text only, not from a comment-like value in the front matter', () => {
    const source = `---
type: home-visit
occurredAt: 2026-04-02T10:00
recordedAt: 2026-04-03T09:00
author: { name: Priya Shah, role: Social Worker }
# <!-- casenote-lint-disable -->
---
The CAMHS worker came.

Priya Shah, Social Worker, 03/04/2026
`;
    expect(found(source)).toEqual([['no-acronyms', 'CAMHS']]);
  });

  it('noInlineConfig ignores every directive (an audit that must see every finding), and reports none as unused', () => {
    const source = noteFile('<!-- casenote-lint-disable -->\nThe CAMHS worker came.\n<!-- casenote-lint-disable-next-line no-jargon -->\nThe IRO rang.');
    expect(found(source, { noInlineConfig: true })).toEqual([
      ['no-acronyms', 'CAMHS'],
      ['no-acronyms', 'IRO'],
    ]);
  });

  it('every finding of a note with directives keeps exact positions', () => {
    const source = noteFile('<!-- casenote-lint-disable-line nope -->\nThe CAMHS worker came. <!-- casenote-lint-disable-line no-jargon -->\n<!-- casenote-lint-enable -->');
    const { findings } = lint(source);
    expect(findings.length).toBeGreaterThan(2);
    expectExactSlices(source, findings);
  });
});

describe('directives and findings about the whole note', () => {
  const late = (body: string) => `---
type: home-visit
occurredAt: 2026-04-01T10:00
recordedAt: 2026-04-20T09:00
author: { name: Priya Shah, role: Social Worker }
---
${body}

Priya Shah, Social Worker, 20/04/2026
`;

  it('a finding in the front matter (the dates) is taken away by a disable before the text that is never lifted', () => {
    expect(found(late('I visited Amy at home and she showed me her bedroom.')).map(([rule]) => rule)).toEqual(['timeliness']);
    expect(found(late('<!-- casenote-lint-disable timeliness -- entered from the paper file -->\nI visited Amy at home and she showed me her bedroom.'))).toEqual([]);
  });

  it('is not taken away by a disable for a passage: one lifted later, or one after the first words', () => {
    const lifted = late('<!-- casenote-lint-disable timeliness -->\nI visited Amy at home.\n<!-- casenote-lint-enable timeliness -->\nShe showed me her bedroom.');
    expect(found(lifted).map(([rule]) => rule)).toContain('timeliness');
    const midway = late('I visited Amy at home.\n<!-- casenote-lint-disable timeliness -->\nShe showed me her bedroom.');
    const findings = lint(midway).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain('timeliness');
    // And the directive, which took nothing away, is reported.
    expect(findings.filter((finding) => finding.ruleId === 'casenote-lint').map((finding) => finding.excerpt)).toEqual(['timeliness']);
  });

  it('a finding on the last line (no front matter) is taken away by a disable at the top with no enable', () => {
    const source = '<!-- casenote-lint-disable required-fields, require-sign-off -->\nI visited Amy at home and she showed me her bedroom.\n';
    expect(found('I visited Amy at home and she showed me her bedroom.\n').map(([rule]) => rule)).toContain('required-fields');
    expect(found(source)).toEqual([]);
  });

  it('a rule that fails is a finding about the whole note, taken away only when the rule is off for the whole note', () => {
    const failing: Rule = {
      meta: { id: 'team/fails', description: 'fails', severity: 'warning', category: 'language', schema: z.object({}).strict(), reference: { section: 'Team', summary: 'A team rule.' } },
      check: () => {
        throw new Error('broken');
      },
    };
    const config = { customRules: [failing] };
    expect(found(noteFile('I visited Amy at home.'), config).map(([rule]) => rule)).toEqual(['team/fails']);
    expect(found(noteFile('<!-- casenote-lint-disable team/fails -->\nI visited Amy at home.'), config)).toEqual([]);
  });
});

describe('findings about directives', () => {
  it('a directive that suppressed nothing is a warning of the linter itself, pointing at the rule id it names', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-acronyms -->\nI visited Amy at home.');
    const [unused, ...rest] = engineFindings(source);
    expect(rest).toEqual([]);
    expect(unused).toMatchObject({ ruleId: 'casenote-lint', severity: 'warning', excerpt: 'no-acronyms', line: 7 });
    expect(unused!.message).toBe('This casenote-lint-disable-next-line directive suppressed nothing: no no-acronyms finding on the next line. Remove the directive.');
    expect(unused!.reference.section).toBe('casenote-lint');
  });

  it('names each unused rule of a list, and leaves out the one that was used', () => {
    const source = noteFile('<!-- casenote-lint-disable-line no-acronyms, no-jargon --> The CAMHS worker came.');
    const unused = engineFindings(source);
    expect(unused.map((finding) => [finding.excerpt, finding.message])).toEqual([
      ['no-jargon', 'This casenote-lint-disable-line directive suppressed nothing: no no-jargon finding on its line. Remove no-jargon from it.'],
    ]);
  });

  it('an unused directive for every rule points at the whole comment', () => {
    const source = noteFile('I visited Amy at home.\n<!-- casenote-lint-disable -->');
    expect(engineFindings(source).map((finding) => [finding.excerpt, finding.message])).toEqual([
      ['<!-- casenote-lint-disable -->', 'This casenote-lint-disable directive suppressed nothing: no finding in the text it covers. Remove it.'],
    ]);
  });

  it('an enable with nothing disabled before it is reported', () => {
    const source = noteFile('I visited Amy at home.\n<!-- casenote-lint-enable no-acronyms -->\n<!-- casenote-lint-enable -->');
    expect(engineFindings(source).map((finding) => finding.message)).toEqual([
      'This casenote-lint-enable directive turned nothing back on: no-acronyms was not disabled before it. Remove the directive.',
      'This casenote-lint-enable directive turned nothing back on: no rule was disabled before it. Remove it.',
    ]);
  });

  it('says when the rule a directive names is off in the config', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-acronyms -->\nThe CAMHS worker came.');
    const [unused] = engineFindings(source, { rules: { 'no-acronyms': 'off' } });
    expect(unused!.message).toContain('(no-acronyms is off in the config)');
  });

  it('reportUnusedDisableDirectives sets the severity, or turns the report off', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-acronyms -->\nI visited Amy at home.');
    expect(engineFindings(source, { reportUnusedDisableDirectives: 'error' }).map((finding) => finding.severity)).toEqual(['error']);
    expect(engineFindings(source, { reportUnusedDisableDirectives: 'off' })).toEqual([]);
  });

  it('an unknown rule id is reported with the nearest known id, and the directive does not become a disable of every rule', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line no-acronym -->\nThe CAMHS worker came. No concerns.');
    const findings = lint(source).findings;
    const unknown = findings.filter((finding) => finding.ruleId === 'casenote-lint');
    expect(unknown.map((finding) => [finding.excerpt, finding.severity, finding.message])).toEqual([
      ['no-acronym', 'warning', 'No rule has this id, so the directive does nothing for it. Did you mean no-acronyms?'],
    ]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['no-acronyms', 'no-vague-phrases']));
  });

  it('an unknown rule id with nothing near it never repeats the id in the message (messages carry no note text)', () => {
    const source = noteFile('<!-- casenote-lint-disable-next-line Amy -->\nI visited Amy at home.');
    const [unknown] = engineFindings(source);
    expect(unknown!.excerpt).toBe('Amy');
    expect(unknown!.message).toBe('No rule has this id, so the directive does nothing for it. Check the spelling against casenote-lint --list-rules.');
  });

  it('the known rules include custom rules and rules turned off', () => {
    const team: Rule = {
      meta: { id: 'team/no-initials', description: 'x', severity: 'warning', category: 'language', schema: z.object({}).strict(), reference: { section: 'Team', summary: 'A team rule.' } },
      check: () => undefined,
    };
    const source = noteFile('<!-- casenote-lint-disable-next-line team/no-initials, spelling -->\nI visited Amy at home.');
    const messages = engineFindings(source, { customRules: [team], rules: { spelling: 'off' } }).map((finding) => finding.message);
    expect(messages).toHaveLength(2);
    expect(messages.every((message) => message.startsWith('This casenote-lint-disable-next-line directive suppressed nothing'))).toBe(true);
  });

  it("the linter's own findings cannot be turned off by a directive", () => {
    const source = noteFile('<!-- casenote-lint-disable casenote-lint -->\nI visited Amy at home.');
    const [problem] = engineFindings(source);
    expect(problem!.excerpt).toBe('casenote-lint');
    expect(problem!.message).toMatch(/cannot be turned off by a directive/);
  });

  it('a misspelt directive is reported rather than silently ignored', () => {
    const source = noteFile('<!-- casenote-lint-disabel no-acronyms -->\nThe CAMHS worker came.');
    const findings = lint(source).findings;
    expect(findings.filter((finding) => finding.ruleId === 'casenote-lint').map((finding) => finding.excerpt)).toEqual(['casenote-lint-disabel']);
    expect(findings.some((finding) => finding.ruleId === 'no-acronyms')).toBe(true);
  });

  it('a comment that only mentions casenote-lint is not a directive', () => {
    expect(found(noteFile('<!-- checked with casenote-lint before filing -->\nI visited Amy at home and she showed me her bedroom.'))).toEqual([]);
  });
});

describe('config for directives', () => {
  it('rejects a bad reportUnusedDisableDirectives or noInlineConfig, naming the key', () => {
    expect(() => createLinter({ reportUnusedDisableDirectives: 'loud' } as unknown as Config)).toThrow(ConfigError);
    expect(() => createLinter({ reportUnusedDisableDirectives: 'loud' } as unknown as Config)).toThrow(/^reportUnusedDisableDirectives: expected off\|info\|warning\|error/);
    expect(() => createLinter({ noInlineConfig: 'yes' } as unknown as Config)).toThrow(/^noInlineConfig: expected true or false/);
  });

  it('resolves the defaults: directives read, unused ones reported as warnings', () => {
    const { config } = createLinter();
    expect(config.inlineConfig).toBe(true);
    expect(config.reportUnusedDisableDirectives).toBe('warning');
    expect(config.knownRuleIds.has('no-acronyms')).toBe(true);
  });
});
