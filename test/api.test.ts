import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, createLinter, lint, parseNote, builtInRules, type Config, type Finding, type Rule } from '../src/index.js';
import { MAX_OPTION_LIST } from '../src/engine/config.js';

const SIGN_OFF = 'Priya Shah, Social Worker, 03/04/2026';
const META = '---\ntype: home-visit\noccurredAt: 2026-04-02T10:00\nrecordedAt: 2026-04-03T09:00\nauthor:\n  name: Priya Shah\n  role: Social Worker\n---\n';

function expectExactSlices(source: string, findings: Finding[]): void {
  for (const finding of findings) {
    expect(finding.excerpt).toBe(source.slice(finding.offset, finding.endOffset));
    const before = source.slice(0, finding.offset);
    const lines = before.split(/\r\n|\n|\r/);
    expect(finding.line).toBe(lines.length);
    expect(finding.column).toBe(lines[lines.length - 1]!.length + 1);
  }
}

describe('lint', () => {
  it('points at the exact text after front matter', () => {
    const source = `${META}Visited Amy at home. No concerns noted.\n\n${SIGN_OFF}\n`;
    const { findings } = lint(source);
    const vague = findings.find((f) => f.ruleId === 'no-vague-phrases')!;
    expect(vague.excerpt).toBe('No concerns noted');
    expect(vague.line).toBe(9);
    expect(vague.column).toBe(22);
    expect(vague.reference.section).toBeTruthy();
    expectExactSlices(source, findings);
  });

  it('keeps positions exact with CRLF line ends', () => {
    const source = `${META}Visited Amy.\nNo concerns.\n\n${SIGN_OFF}\n`.replace(/\n/g, '\r\n');
    const { findings } = lint(source);
    const vague = findings.find((f) => f.ruleId === 'no-vague-phrases')!;
    expect(vague.excerpt).toBe('No concerns');
    expect(vague.line).toBe(10);
    expect(vague.column).toBe(1);
    expectExactSlices(source, findings);
  });

  it('keeps positions exact after characters outside the BMP and combining marks', () => {
    const source = `${META}Zoë 😀👍🏽 was at home, e\u0301 👨‍👩‍👧. No concerns.\n\n${SIGN_OFF}`;
    const { findings } = lint(source);
    const vague = findings.find((f) => f.ruleId === 'no-vague-phrases')!;
    expect(vague.excerpt).toBe('No concerns');
    expectExactSlices(source, findings);
  });

  it('takes a note object, with positions relative to its text', () => {
    const note = {
      id: 'note-1',
      type: 'phone-call',
      occurredAt: '2026-04-02T10:00',
      recordedAt: '2026-04-03T09:00',
      author: { name: 'Priya Shah', role: 'Social Worker' },
      text: `Called the school. 🙂 No concerns.\n\n${SIGN_OFF}`,
    };
    const result = lint(note);
    expect(result.noteId).toBe('note-1');
    const vague = result.findings.find((f) => f.ruleId === 'no-vague-phrases')!;
    expect(vague.excerpt).toBe('No concerns');
    expect(vague.offset).toBe(note.text.indexOf('No concerns'));
    expectExactSlices(note.text, result.findings);
  });

  it('throws a TypeError naming the field when text is not a string', () => {
    expect(() => lint({ text: 42 } as never)).toThrow(TypeError);
    expect(() => lint({ text: 42 } as never)).toThrow(/"text"/);
    expect(() => lint(null as never)).toThrow(TypeError);
  });

  it('reports wrong metadata as required-fields findings instead of throwing', () => {
    const source = `---\ntype: home-visit\noccurredAt: yesterday\nrecordedAt: 2026-04-03T09:00\nauthor: Priya\n---\nVisited.\n\n${SIGN_OFF}`;
    const findings = lint(source).findings.filter((f) => f.ruleId === 'required-fields');
    expect(findings.map((f) => f.excerpt)).toEqual(['yesterday', 'Priya']);
    expect(findings[0]!.message).toMatch(/occurredAt/);
    expect(findings[1]!.message).toMatch(/author/i);
  });

  it('accepts an unknown note type with a finding', () => {
    const findings = lint({ type: 'coffee-morning', text: `Met.\n\n${SIGN_OFF}` }).findings;
    expect(findings.some((f) => f.ruleId === 'required-fields' && /unknown note type/.test(f.message))).toBe(true);
  });

  it('gives the same findings through createLinter, twice', () => {
    const source = `${META}No concerns. All tasks completed.\n\n${SIGN_OFF}`;
    const linter = createLinter();
    expect(linter.lint(source)).toEqual(lint(source));
    expect(linter.lint(source)).toEqual(linter.lint(source));
  });

  it('returns findings sorted by position', () => {
    const { findings } = lint(`${META}No concerns. All tasks completed. No issues.\n\nSomeone`);
    const offsets = findings.map((f) => f.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe('parseNote', () => {
  it('splits front matter, validates metadata and builds the nlcst tree', () => {
    const note = parseNote(`${META}First paragraph here.\n\nSecond one.`);
    expect(note.meta).toMatchObject({ type: 'home-visit', occurredAt: '2026-04-02T10:00', author: { name: 'Priya Shah' } });
    expect(note.text.startsWith('First paragraph')).toBe(true);
    expect(note.source.slice(note.textOffset)).toBe(note.text);
    expect(note.tree.type).toBe('RootNode');
    expect(note.tree.children.filter((c) => c.type === 'ParagraphNode')).toHaveLength(2);
    const second = note.tree.children.filter((c) => c.type === 'ParagraphNode')[1]!;
    expect(second.position!.start.offset).toBe(note.text.indexOf('Second'));
    expect(note.index.sentences).toHaveLength(2);
  });

  it('marks quoted speech', () => {
    const note = parseNote('Amy said "no concerns here" and left. He said \u2018fine\u2019. The parents\u2019 house is warm.');
    const quoted = note.index.units.filter((u) => u.quoted).map((u) => u.key);
    expect(quoted).toEqual(['no', 'concerns', 'here', 'fine']);
  });
});

describe('config', () => {
  it('names the key of a bad severity', () => {
    expect(() => createLinter({ rules: { 'no-vague-phrases': 'loud' as never } })).toThrow(
      'rules.no-vague-phrases: expected off|info|warning|error or [severity, options], got "loud"',
    );
  });

  it('names an unknown rule', () => {
    expect(() => createLinter({ rules: { 'no-such-rule': 'error' } })).toThrow(/rules\.no-such-rule: unknown rule/);
  });

  it('names a bad rule option', () => {
    expect(() => createLinter({ rules: { 'no-vague-phrases': ['warning', { add: 'fine' }] } })).toThrow(/rules\.no-vague-phrases\[1\]\.add/);
    expect(() => createLinter({ rules: { 'no-vague-phrases': ['warning', { colour: 'red' }] } })).toThrow(ConfigError);
  });

  it('rejects unknown top-level keys and bad values', () => {
    expect(() => createLinter({ rulez: {} } as never)).toThrow(ConfigError);
    expect(() => createLinter({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
    expect(() => createLinter({ extends: 'lenient' as never })).toThrow(/extends/);
  });

  it('rejects __proto__ as a rule id, from JSON or an object literal, instead of ignoring it', () => {
    for (const json of ['{"rules": {"__proto__": "error"}}', '{"rules": {"__proto__": {"no-vague-phrases": "off"}}}']) {
      expect(() => createLinter(JSON.parse(json) as Config), json).toThrow(ConfigError);
      expect(() => createLinter(JSON.parse(json) as Config), json).toThrow(/^rules\.__proto__: unknown rule "__proto__"/);
    }
    const rules = Object.create(null) as Record<string, 'off'>;
    rules['__proto__'] = 'off';
    expect(() => createLinter({ rules })).toThrow(/^rules\.__proto__: unknown rule/);
    // Nothing leaked onto Object.prototype on the way.
    expect(({} as Record<string, unknown>)['no-vague-phrases']).toBeUndefined();
  });

  it(`bounds every list in a rule's options at ${MAX_OPTION_LIST.toLocaleString('en-GB')} entries, naming the key`, () => {
    const phrases = (count: number) => Array.from({ length: count }, (_, i) => `zzphrase${i}`);
    expect(() => createLinter({ rules: { 'no-jargon': ['warning', { add: phrases(400_000) }] } })).toThrow(
      new ConfigError(`rules.no-jargon[1].add: a list of 400,000 entries; at most ${MAX_OPTION_LIST.toLocaleString('en-GB')}`),
    );
    expect(() => createLinter({ rules: { 'no-acronyms': ['warning', { add: [{ match: phrases(MAX_OPTION_LIST + 1) }] }] } })).toThrow(/^rules\.no-acronyms\[1\]\.add\[0\]\.match: a list of 10,001 entries/);
    const linter = createLinter({ rules: { 'no-jargon': ['warning', { add: phrases(MAX_OPTION_LIST) }] } });
    const excerpts = linter.lint(`${META}Saw zzphrase9999 today.\n\n${SIGN_OFF}`).findings.filter((f) => f.ruleId === 'no-jargon').map((f) => f.excerpt);
    expect(excerpts).toEqual(['zzphrase9999']);
  });

  it('rejects options nested too deeply to check, naming the key, instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(() => createLinter({ rules: { 'no-jargon': ['warning', { add: deep }] } } as Config)).toThrow(/^rules\.no-jargon\[1\]\.add(?:\[0\])+: options nest more than 16 levels deep/);
    const deepObject = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`) as Record<string, unknown>;
    expect(() => createLinter({ rules: { 'no-jargon': ['warning', deepObject] } })).toThrow(/^rules\.no-jargon\[1\](?:\.a)+: options nest more than 16 levels deep/);
  });

  it('compiles many entries for the same phrase, each with its own advice', () => {
    const add = Array.from({ length: 3000 }, (_, i) => ({ match: 'zz top', advice: `advice ${i}` }));
    const findings = createLinter({ rules: { 'no-jargon': ['warning', { add }] } }).lint(`${META}Saw zz top today.\n\n${SIGN_OFF}`).findings;
    expect(findings.filter((f) => f.ruleId === 'no-jargon').map((f) => f.excerpt)).toEqual(['zz top']);
  });

  it('turns a rule off and changes its severity', () => {
    const source = `${META}No concerns.\n\n${SIGN_OFF}`;
    expect(createLinter({ rules: { 'no-vague-phrases': 'off' } }).lint(source).findings.some((f) => f.ruleId === 'no-vague-phrases')).toBe(false);
    const raised = createLinter({ rules: { 'no-vague-phrases': 'error' } }).lint(source).findings.find((f) => f.ruleId === 'no-vague-phrases')!;
    expect(raised.severity).toBe('error');
  });

  it('raises every warning to an error in the strict preset', () => {
    const source = `${META}No concerns.\n\n${SIGN_OFF}`;
    const finding = createLinter({ extends: 'strict' }).lint(source).findings.find((f) => f.ruleId === 'no-vague-phrases')!;
    expect(finding.severity).toBe('error');
  });

  it('extends and trims a word list from config', () => {
    const linter = createLinter({ rules: { 'no-vague-phrases': ['warning', { add: [{ match: 'all good', advice: 'say what is good' }], remove: ['no concerns'] }] } });
    const excerpts = linter.lint(`${META}No concerns. All good.\n\n${SIGN_OFF}`).findings.filter((f) => f.ruleId === 'no-vague-phrases').map((f) => f.excerpt);
    expect(excerpts).toEqual(['All good']);
  });
});

describe('rules', () => {
  const customRule: Rule<{ word: string }> = {
    meta: {
      id: 'team/no-initials',
      description: 'Initials instead of names.',
      severity: 'warning',
      category: 'language',
      schema: z.object({ word: z.string().default('J.B.') }).strict(),
      reference: { section: 'Team guidance', summary: 'Use full names.' },
    },
    check(context) {
      const at = context.note.text.indexOf(context.options.word);
      if (at >= 0) context.report({ start: at, end: at + context.options.word.length, message: 'Write the full name.' });
    },
  };

  it('runs a custom rule with validated options', () => {
    const linter = createLinter({ customRules: [customRule], rules: { 'team/no-initials': ['error', { word: 'K.P.' }] } });
    const finding = linter.lint(`Saw K.P. at home.\n\n${SIGN_OFF}`).findings.find((f) => f.ruleId === 'team/no-initials')!;
    expect(finding).toMatchObject({ excerpt: 'K.P.', severity: 'error', reference: { section: 'Team guidance' } });
  });

  it('turns a rule that throws into a finding, and still runs the others', () => {
    const broken: Rule = { ...customRule, meta: { ...customRule.meta, id: 'team/broken' }, check: () => { throw new Error('boom'); } };
    const findings = createLinter({ customRules: [broken] }).lint(`No concerns.\n\n${SIGN_OFF}`).findings;
    const failure = findings.find((f) => f.ruleId === 'team/broken')!;
    expect(failure.severity).toBe('error');
    expect(failure.message).toMatch(/boom/);
    expect(findings.some((f) => f.ruleId === 'no-vague-phrases')).toBe(true);
  });

  it('rejects a custom rule without a check function or with a duplicate id', () => {
    expect(() => createLinter({ customRules: [{ meta: customRule.meta } as never] })).toThrow(/customRules\[0\]\.check/);
    expect(() => createLinter({ customRules: [{ ...customRule, meta: { ...customRule.meta, id: 'no-vague-phrases' } }] })).toThrow(/already exists/);
  });

  it('exports every built-in rule with its metadata', () => {
    for (const rule of builtInRules) {
      expect(rule.meta.id).toMatch(/^[a-z-]+$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
      expect(rule.meta.reference.summary.length).toBeGreaterThan(10);
      expect(rule.meta.schema.safeParse({}).success).toBe(true);
    }
  });
});

describe('limits', () => {
  it('does not lint a note over maxNoteSize, and says why', () => {
    const { findings } = createLinter({ maxNoteSize: 100 }).lint('x'.repeat(101));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/not linted.*maxNoteSize/);
  });

  it('caps findings and says how many more there were', () => {
    const text = `${'No concerns. '.repeat(20)}\n\n${SIGN_OFF}`;
    const total = createLinter().lint(text).findings.length;
    const { findings } = createLinter({ maxFindings: 5 }).lint(text);
    expect(findings).toHaveLength(6);
    expect(findings[5]!.message).toContain(`${total - 5} more findings were not reported`);
  });
});

describe('lint: dates given as JavaScript Dates', () => {
  const base = { type: 'phone-call', author: { name: 'Priya Shah', role: 'Social Worker' }, text: 'Rang Ms Amy Hart, class teacher. Leo has been in school every day this term.\n\nPriya Shah, Social Worker, 02/04/2026' };
  it('accepts a Date as the instant it holds', () => {
    const result = lint({ ...base, occurredAt: new Date('2026-04-02T09:00:00Z'), recordedAt: new Date('2026-04-02T15:00:00Z') });
    expect(result.findings.filter((finding) => finding.ruleId === 'required-fields')).toEqual([]);
    expect(result.findings.filter((finding) => finding.ruleId === 'timeliness')).toEqual([]);
  });
  it('reads a Date as late as text would be', () => {
    const late = lint({ ...base, occurredAt: new Date('2026-03-02T09:00:00Z'), recordedAt: new Date('2026-04-02T15:00:00Z') });
    expect(late.findings.map((finding) => finding.ruleId)).toContain('timeliness');
  });
  it('reports an invalid Date at its field, as a required-fields error', () => {
    const result = lint({ ...base, occurredAt: new Date('not a date'), recordedAt: new Date('2026-04-02T15:00:00Z') });
    const problem = result.findings.find((finding) => finding.ruleId === 'required-fields');
    expect(problem?.message).toMatch(/occurredAt: expected a valid Date, got an invalid Date/);
  });
});
