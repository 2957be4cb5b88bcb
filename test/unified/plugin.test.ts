/**
 * casenote-lint/unified: the plugin in retext and remark pipelines, its messages (as alex's and
 * retext-equality's are read by vfile-reporter and unified-engine), and the config passed through.
 */
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import casenoteLint, { SOURCE } from '../../src/unified/index.js';
import { ConfigError, type Rule } from '../../src/index.js';
import { ruleDocsUrl } from '../../src/docs/rule-url.js';
import { note, noteFile } from '../helpers/notes.js';

/** A note file (front matter, text, sign-off) with one acronym that has a replacement and one slang phrase that has none. */
const FLAGGED = noteFile('Visited Jo at home. Her father, Mr Sam Hill, said the NFA letter had come. Jo was kicking off about the bus.');
/** A complete note with nothing to report. */
const CLEAN = noteFile('Visited Jo at home. The kitchen was clean and there was food in the fridge.');

const placeOf = (source: string, text: string) => {
  const offset = source.indexOf(text);
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { start: { line, column, offset }, end: { line, column: column + text.length, offset: offset + text.length } };
};

const byRule = (file: VFile, ruleId: string) => file.messages.filter((message) => message.ruleId === ruleId);

describe('in a retext pipeline', () => {
  it('reports each finding as a message with ruleId, source, url, place, note, actual and expected', async () => {
    const file = await retext().use(casenoteLint).process(new VFile({ path: 'visit.md', value: FLAGGED }));

    expect(file.messages.map((message) => message.ruleId)).toEqual(['no-acronyms', 'no-slang']);
    const [acronym] = byRule(file, 'no-acronyms');
    expect(acronym).toMatchObject({
      source: SOURCE,
      ruleId: 'no-acronyms',
      url: ruleDocsUrl('no-acronyms'),
      place: placeOf(FLAGGED, 'NFA'),
      actual: 'NFA',
      expected: ['no further action'],
      fatal: false,
      file: 'visit.md',
    });
    expect(acronym!.url).toMatch(/docs\/rules\/no-acronyms\.md$/);
    expect(acronym!.reason).toMatch(/^This is an acronym/);
    expect(acronym!.note).toMatch(/\S: \S/);
    expect(acronym!.line).toBe(placeOf(FLAGGED, 'NFA').start.line);

    const [slang] = byRule(file, 'no-slang');
    expect(slang).toMatchObject({ place: placeOf(FLAGGED, 'kicking off'), actual: 'kicking off', fatal: false });
    // The suggestion of no-slang is advice, not a replacement, so there is nothing to expect.
    expect(slang!.expected).toBeUndefined();
  });

  it('runs as unified().use(retextEnglish).use(casenoteLint, config)', async () => {
    const processor = unified().use(retextEnglish).use(casenoteLint, { rules: { 'no-slang': 'off' } });
    const file = new VFile(FLAGGED);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.source])).toEqual([['no-acronyms', SOURCE]]);
  });

  it('gives a note that parses with nothing to report no messages', async () => {
    const file = await retext().use(casenoteLint).process(CLEAN);
    expect(file.messages).toEqual([]);
    expect(String(file)).toBe(CLEAN);
  });
});

describe('in a remark pipeline', () => {
  it('reports on the Markdown file through remark-retext, at the file positions, as alex does', async () => {
    const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(casenoteLint));
    const file = new VFile(FLAGGED);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['no-acronyms', placeOf(FLAGGED, 'NFA')],
      ['no-slang', placeOf(FLAGGED, 'kicking off')],
    ]);
  });

  it('reads the front matter and sign-off, which the prose tree of remark-retext leaves out', async () => {
    const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(casenoteLint));
    const file = new VFile(CLEAN);
    await processor.run(processor.parse(file), file);
    expect(file.messages).toEqual([]);
  });

  it('runs on the Markdown tree directly too', async () => {
    const processor = unified().use(remarkParse).use(casenoteLint);
    const file = new VFile(FLAGGED);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => message.ruleId)).toEqual(['no-acronyms', 'no-slang']);
  });
});

describe('printed by vfile-reporter', () => {
  it('prints place, severity, reason, rule and source, and with verbose the url and the standard', async () => {
    const file = await retext().use(casenoteLint).process(new VFile({ path: 'visit.md', value: FLAGGED }));
    const { line, column } = placeOf(FLAGGED, 'NFA').start;
    const report = reporter(file, { color: false });
    expect(report).toContain('visit.md');
    expect(report).toMatch(new RegExp(`${line}:${column}-${line}:${column + 3}\\s+warning\\s+This is an acronym`));
    expect(report).toMatch(/no-acronyms\s+casenote-lint/);
    expect(report).toMatch(/no-slang\s+casenote-lint/);
    expect(report).toMatch(/⚠ 2 warnings/);

    const verbose = reporter(file, { color: false, verbose: true });
    expect(verbose).toContain(`[url]:\n    ${ruleDocsUrl('no-acronyms')}`);
    expect(verbose).toContain(`[note]:\n    ${byRule(file, 'no-acronyms')[0]!.note}`);
  });

  it('prints an error-severity finding as an error, as unified-engine counts it', async () => {
    const file = await retext().use(casenoteLint).process(new VFile({ path: 'draft.md', value: 'Visited Jo at home.' }));
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['require-sign-off', true],
      ['required-fields', true],
    ]);
    const report = reporter(file, { color: false });
    expect(report).toMatch(/\d+:\d+(-\d+:\d+)?\s+error\s+The entry must end with your name/);
    expect(report).toMatch(/✖ 2 errors/);
  });
});

describe('config', () => {
  it('passes rules through: a rule turned off says nothing, a severity changed is the message state', async () => {
    const off = await retext().use(casenoteLint, { rules: { 'no-acronyms': 'off' } }).process(FLAGGED);
    expect(off.messages.map((message) => message.ruleId)).toEqual(['no-slang']);

    const changed = await retext().use(casenoteLint, { rules: { 'no-acronyms': 'error', 'no-slang': 'info' } }).process(FLAGGED);
    expect(changed.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['no-acronyms', true],
      ['no-slang', undefined],
    ]);
    expect(reporter(changed, { color: false })).toMatch(/\s+info\s+This phrase is slang/);
  });

  it('runs a custom rule from the config, with no docs url (it has no page here)', async () => {
    const customRule: Rule<Record<string, never>> = {
      meta: {
        id: 'team/no-bus',
        description: 'Name the transport.',
        severity: 'warning',
        category: 'language',
        schema: z.object({}).strict(),
        reference: { section: 'Team guidance', summary: 'Name the route.' },
      },
      check(context) {
        const at = context.note.text.indexOf('bus');
        if (at >= 0) context.report({ start: at, end: at + 3, message: 'Say which bus.' });
      },
    };
    const file = await retext().use(casenoteLint, { customRules: [customRule] }).process(FLAGGED);
    const [message] = byRule(file, 'team/no-bus');
    expect(message).toMatchObject({ source: SOURCE, place: placeOf(FLAGGED, 'bus'), actual: 'bus', note: 'Team guidance: Name the route.' });
    expect(message!.url).toBeUndefined();
  });

  it('throws a ConfigError naming the field when the processor is frozen (on its first process), not per file', () => {
    const unknownRule = () => retext().use(casenoteLint, { rules: { 'no-such-rule': 'error' } });
    expect(() => unknownRule().freeze()).toThrow(ConfigError);
    expect(() => unknownRule().process(CLEAN)).toThrow(/rules\.no-such-rule: unknown rule/);
  });

  it('leaves the flagged text and replacements out with redact, and keeps reason, place and url', async () => {
    const file = await retext().use(casenoteLint, { redact: true }).process(FLAGGED);
    const [acronym] = byRule(file, 'no-acronyms');
    expect(acronym).toMatchObject({ place: placeOf(FLAGGED, 'NFA'), url: ruleDocsUrl('no-acronyms') });
    expect(acronym!.reason).toMatch(/^This is an acronym/);
    expect(file.messages.every((message) => message.actual === undefined && message.expected === undefined)).toBe(true);
  });

  it('takes the metadata from the host when the file holds the text alone', async () => {
    const { text, ...metadata } = note('Visited Jo at home. The kitchen was clean and there was food in the fridge.');
    const file = await retext().use(casenoteLint, { metadata: () => metadata }).process(text);
    expect(file.messages).toEqual([]);
    const without = await retext().use(casenoteLint).process(text);
    expect(without.messages.map((message) => message.ruleId)).toContain('required-fields');
  });

  it('reports bad front matter as a message on that line, not a rejection', async () => {
    const source = '---\ntype: [home-visit\n---\nVisited Jo at home.\n';
    const file = await retext().use(casenoteLint).process(source);
    const [fields] = byRule(file, 'required-fields');
    expect(fields).toMatchObject({ fatal: true, line: 2 });
    expect(fields!.reason).toMatch(/front matter is not valid YAML/);
  });
});
