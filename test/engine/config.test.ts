/**
 * Config validation as a user meets it: near misses named with the word probably meant, a team's plugin
 * rules checked as built-in ones are and run under their full id, and `types` mapping a host system's
 * note types onto the standard's.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConfigError, createLinter, lint, type Config, type Rule } from '../../src/index.js';

const SIGN_OFF = 'Priya Shah, Social Worker, 03/04/2026';
const META = '---\ntype: home-visit\noccurredAt: 2026-04-02T10:00\nrecordedAt: 2026-04-03T09:00\nauthor: { name: Priya Shah, role: Social Worker }\n---\n';

const configError = (config: unknown): string => {
  try {
    createLinter(config as Config);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('no ConfigError');
};

describe('near misses in a config', () => {
  it('names an unknown rule id and the rule probably meant', () => {
    expect(configError({ rules: { 'no-acronym': 'warning' } })).toBe('rules.no-acronym: unknown rule "no-acronym"; did you mean "no-acronyms"?');
    // Nothing close: the known rules are listed instead.
    expect(configError({ rules: { 'zz-top': 'warning' } })).toMatch(/^rules\.zz-top: unknown rule "zz-top"; known rules: no-acronyms, /);
  });

  it('names an unknown top-level key and the key probably meant', () => {
    expect(configError({ extend: 'strict' })).toBe('config: unknown key "extend"; did you mean "extends"?');
    expect(configError({ timezone: 'Europe/London' })).toBe('config: unknown key "timezone"; did you mean "timeZone"?');
    expect(configError({ colour: 'red' })).toMatch(/^config: unknown key "colour"; expected \$schema, extends, rules, plugins, customRules, noInlineConfig, reportUnusedDisableDirectives, types, timeZone, maxNoteSize, maxFindings, files, ignores$/);
  });

  it('names an unknown preset in extends, alone or in a list', () => {
    expect(configError({ extends: 'recomended' })).toBe('extends: expected recommended|strict, got "recomended"; did you mean "recommended"?');
    expect(configError({ extends: ['recommended', 'strickt'] })).toBe('extends[1]: expected recommended|strict, got "strickt"; did you mean "strict"?');
    expect(configError({ extends: 'lenient' })).toBe('extends: expected recommended|strict, got "lenient"');
  });

  it('names a severity written as ESLint writes it, an unknown option and an option value', () => {
    expect(configError({ rules: { 'no-jargon': 'warn' } })).toBe('rules.no-jargon: expected off|info|warning|error or [severity, options], got "warn"; did you mean "warning"?');
    expect(configError({ rules: { 'no-jargon': ['eror'] } })).toBe('rules.no-jargon[0]: expected off|info|warning|error, got "eror"; did you mean "error"?');
    expect(configError({ rules: { 'no-acronyms': ['warning', { allowed: ['GP'] }] } })).toBe('rules.no-acronyms[1]: unknown key "allowed"; did you mean "allow"?');
    expect(configError({ rules: { timeliness: ['error', { region: 'scotlnd' }] } })).toBe('rules.timeliness[1].region: expected england-and-wales|scotland|northern-ireland|none, got "scotlnd"; did you mean "scotland"?');
  });

  it('accepts "$schema" (editors read it; casenote-lint does not)', () => {
    expect(() => createLinter({ $schema: './node_modules/casenote-lint/config.schema.json' })).not.toThrow();
    expect(configError({ $schema: 42 })).toMatch(/^\$schema: /);
  });
});

const initials: Rule<{ initials: string[] }> = {
  meta: {
    id: 'no-initials',
    description: 'Initials instead of a name.',
    severity: 'warning',
    category: 'language',
    schema: z.object({ initials: z.array(z.string().min(1)).default(['J.B.']) }).strict(),
    reference: { section: 'Team guidance', summary: 'Write names in full.' },
  },
  check(context) {
    for (const written of context.options.initials) {
      const at = context.note.text.indexOf(written);
      if (at >= 0) context.report({ start: at, end: at + written.length, message: 'Write the name in full.' });
    }
  },
};

describe('plugins', () => {
  it('runs a plugin rule under "<plugin>/<rule>", with its options validated', () => {
    const linter = createLinter({ plugins: { myteam: { rules: { 'no-initials': initials } } }, rules: { 'myteam/no-initials': ['error', { initials: ['K.P.'] }] } });
    const findings = linter.lint(`${META}Saw K.P. at home.\n\n${SIGN_OFF}`).findings.filter((f) => f.ruleId.startsWith('myteam/'));
    expect(findings.map((f) => [f.ruleId, f.excerpt, f.severity])).toEqual([['myteam/no-initials', 'K.P.', 'error']]);
    expect(linter.config.rules.find((r) => r.rule.meta.id === 'myteam/no-initials')?.rule.check).toBe(initials.check);
    // Not flagged: a name in full.
    expect(linter.lint(`${META}Saw Kayla Price at home.\n\n${SIGN_OFF}`).findings.filter((f) => f.ruleId.startsWith('myteam/'))).toEqual([]);
    // On at its own default severity, without being named under rules.
    expect(createLinter({ plugins: { myteam: { rules: { 'no-initials': initials } } } }).lint(`Saw J.B. today.\n\n${SIGN_OFF}`).findings.find((f) => f.ruleId === 'myteam/no-initials')?.severity).toBe('warning');
  });

  it("names the plugin and rule of a bad rule, as a built-in rule's meta is checked", () => {
    const withMeta = (meta: Record<string, unknown>) => ({ plugins: { myteam: { rules: { 'no-initials': { ...initials, meta: { ...initials.meta, ...meta } } } } } });
    expect(configError(withMeta({ severity: 'loud' }))).toBe('plugins.myteam.rules.no-initials.meta.severity: expected error|warning|info, got "loud"');
    expect(configError(withMeta({ category: 'langauge' }))).toBe('plugins.myteam.rules.no-initials.meta.category: expected language|evidence|structure|timeliness|metadata|layout, got "langauge"; did you mean "language"?');
    expect(configError(withMeta({ schema: { type: 'object' } }))).toMatch(/^plugins\.myteam\.rules\.no-initials\.meta\.schema: expected a zod schema/);
    expect(configError(withMeta({ reference: { section: 'Team guidance' } }))).toMatch(/^plugins\.myteam\.rules\.no-initials\.meta\.reference: expected \{ section, summary \}/);
    expect(configError(withMeta({ id: 'other-rule' }))).toMatch(/^plugins\.myteam\.rules\.no-initials\.meta\.id: the rule is "myteam\/no-initials" by its place in the plugin, but its meta\.id says "other-rule"/);
    expect(configError({ plugins: { myteam: { rules: { 'no-initials': { meta: initials.meta } } } } })).toBe('plugins.myteam.rules.no-initials.check: expected a function, got nothing');
    expect(configError({ plugins: { myteam: { rule: {} } } })).toBe('plugins.myteam: unknown key "rule"; did you mean "rules"?');
    expect(configError({ plugins: { MyTeam: { rules: {} } } })).toMatch(/^plugins\.MyTeam: a plugin's name is lower-case/);
    expect(configError({ plugins: { myteam: { rules: { 'no-initials': initials } } }, rules: { 'myteam/no-initials': ['error', { initials: 'K.P.' }] } })).toMatch(/^rules\.myteam\/no-initials\[1\]\.initials: /);
    expect(configError({ plugins: { myteam: { rules: { 'no-initials': initials } } }, rules: { 'myteam/no-initals': 'error' } })).toBe('rules.myteam/no-initals: unknown rule "myteam/no-initals"; did you mean "myteam/no-initials"?');
    expect(configError({ rules: { 'myteam/no-initials': 'error' } })).toMatch(/^rules\.myteam\/no-initials: unknown rule "myteam\/no-initials": no plugin "myteam" in plugins \(plugins are given in a JavaScript config/);
    expect(configError({ plugins: { myteam: {} }, rules: { 'myteem/no-initials': 'error' } })).toMatch(/no plugin "myteem" in plugins; did you mean "myteam"\?$/);
  });

  it('turns a plugin rule that throws into a finding about the rule, and runs the others', () => {
    const broken: Rule = { ...initials, check: () => { throw new RangeError('bad index'); } };
    const findings = createLinter({ plugins: { myteam: { rules: { 'no-initials': broken } } } }).lint(`${META}No concerns.\n\n${SIGN_OFF}`).findings;
    expect(findings.find((f) => f.ruleId === 'myteam/no-initials')?.message).toMatch(/^The rule myteam\/no-initials failed on this note and could not check it \(RangeError: bad index\)/);
    expect(findings.some((f) => f.ruleId === 'no-vague-phrases')).toBe(true);
  });

  it('keeps a rule written as a class, its methods and `this`', () => {
    class Initials {
      meta = { ...initials.meta };
      written = 'Q.T.';
      check(context: Parameters<Rule['check']>[0]) {
        const at = context.note.text.indexOf(this.written);
        if (at >= 0) context.report({ start: at, end: at + 4, message: 'Write the name in full.' });
      }
    }
    const findings = createLinter({ plugins: { myteam: { rules: { 'no-initials': new Initials() as unknown as Rule } } } }).lint(`Saw Q.T. today.\n\n${SIGN_OFF}`).findings;
    expect(findings.filter((f) => f.ruleId === 'myteam/no-initials').map((f) => f.excerpt)).toEqual(['Q.T.']);
  });

  it('refuses a custom rule whose id a plugin rule already has', () => {
    expect(configError({ plugins: { myteam: { rules: { 'no-initials': initials } } }, customRules: [{ ...initials, meta: { ...initials.meta, id: 'myteam/no-initials' } }] })).toBe('customRules: a rule with id "myteam/no-initials" already exists');
  });

  it('extends a word list from a JavaScript array', () => {
    const teamJargon = ['step-down panel', { match: 'CIN plan', replacement: 'child in need plan', caseSensitive: true }];
    const findings = createLinter({ rules: { 'no-jargon': ['warning', { add: teamJargon }] } }).lint(`${META}We talked about the step-down panel.\n\n${SIGN_OFF}`).findings;
    expect(findings.filter((f) => f.ruleId === 'no-jargon').map((f) => f.excerpt)).toEqual(['step-down panel']);
  });
});

describe('types: a host system\'s note types', () => {
  const note = (type: string, recordedAt: string) => ({
    type,
    occurredAt: '2026-04-02T10:00',
    recordedAt,
    author: { name: 'Priya Shah', role: 'Social Worker' },
    text: `Spoke to the police about Amy's injury. We agreed a joint visit.\n\nPriya Shah, Social Worker, ${recordedAt.slice(8, 10)}/04/2026`,
  });
  const config: Config = { types: { 'CP Visit': 'home-visit', 'Strat Disc': 'strategy-discussion' } };

  it("checks a note of a mapped type as the standard's type, before the rules run", () => {
    // Two days later: within three working days, past the 24 hours of a strategy discussion.
    const late = lint(note('Strat Disc', '2026-04-06T09:00'), { config }).findings;
    expect(late.filter((f) => f.ruleId === 'timeliness').map((f) => f.severity)).toEqual(['error']);
    expect(late.some((f) => f.ruleId === 'required-fields')).toBe(false);
    // Not flagged: the same gap for a home visit, and the mapped type is no unknown type.
    expect(lint(note('CP Visit', '2026-04-03T09:00'), { config }).findings.filter((f) => f.ruleId === 'timeliness' || f.ruleId === 'required-fields')).toEqual([]);
  });

  it('maps the type of a note file too', () => {
    const file = `---\ntype: CP Visit\noccurredAt: 2026-04-02T10:00\nrecordedAt: 2026-04-03T09:00\nauthor: { name: Priya Shah, role: Social Worker }\n---\nI visited Amy at home. She showed me her bedroom.\n\n${SIGN_OFF}`;
    expect(createLinter(config).lint(file).findings.filter((f) => f.ruleId === 'required-fields')).toEqual([]);
  });

  it('still reports an unmapped unknown type, and says a type can be mapped', () => {
    const findings = lint(note('Case Visit', '2026-04-03T09:00'), { config }).findings.filter((f) => f.ruleId === 'required-fields');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^type: unknown note type; expected one of case-note, .* \(a system's own type can be mapped onto one with "types" in the config\)/)]);
  });

  it('refuses a mapping onto a type the standard does not have, naming the key', () => {
    expect(configError({ types: { 'CP Visit': 'home-vist' } })).toBe(
      'types["CP Visit"]: expected case-note|home-visit|office-visit|phone-call|meeting|supervision|duty|safeguarding|section-47|strategy-discussion|amendment, got "home-vist"; did you mean "home-visit"?',
    );
    expect(configError({ types: { '': 'home-visit' } })).toBe('types[""]: bad key: expected the name of a note type of the host system, not an empty one');
    expect(configError({ types: ['home-visit'] })).toMatch(/^types: /);
  });
});
