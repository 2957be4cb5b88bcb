import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtInRules, createLinter, fixNote, fixOf, lint, MAX_FIX_PASSES, type Config, type Finding, type FixEdit, type Rule } from '../../src/index.js';
import { noteFile } from '../helpers/notes.js';

/** A team rule that flags each word written `from` and offers `to` as its one replacement (or several). */
function replacing(id: string, from: string, ...to: string[]): Rule {
  return {
    meta: { id, description: `${from} to ${to.join('/')}`, severity: 'warning', category: 'language', schema: z.object({}).strict(), reference: { section: 'Team', summary: 'A team rule.' } },
    check(context) {
      for (const unit of context.note.index.units) {
        if (unit.text === from) context.report({ start: unit.start, end: unit.end, message: `Write ${to.join(' or ')}.`, suggestions: to.map((word) => ({ message: `Write ${word}`, replacement: word })) });
      }
    },
  };
}

/** Only the given rules run. */
function only(...rules: Rule[]): Config {
  return { rules: Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'off'])), customRules: rules };
}

function applied(source: string, edits: readonly FixEdit[]): string {
  let out = source;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

const finding = (suggestions: Finding['suggestions']): Finding => ({
  ruleId: 'x',
  severity: 'warning',
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  offset: 0,
  endOffset: 0,
  excerpt: '',
  reference: { section: 's', summary: 's' },
  ...(suggestions ? { suggestions } : {}),
});

describe('fixOf', () => {
  it('is the replacement of a finding that offers exactly one, advice beside it or not', () => {
    expect(fixOf(finding([{ message: 'Write "child in care"', replacement: 'child in care' }]))).toBe('child in care');
    expect(fixOf(finding([{ message: 'Or say what was done' }, { message: 'Write "school"', replacement: 'school' }]))).toBe('school');
  });

  it('is undefined for a finding with no replacement, or a choice of several', () => {
    expect(fixOf(finding(undefined))).toBeUndefined();
    expect(fixOf(finding([{ message: 'Say what you saw' }]))).toBeUndefined();
    expect(fixOf(finding([{ message: 'a', replacement: 'child in care' }, { message: 'b', replacement: 'children in care' }]))).toBeUndefined();
  });
});

describe('fixNote', () => {
  it("applies a built-in rule's one replacement and reports what is left", () => {
    const source = noteFile('I visited Amy at home. No concerns.').replace('Priya Shah, Social', 'Priya Shahh, Social');
    expect(lint(source).findings.map((f) => [f.ruleId, f.excerpt])).toEqual([
      ['no-vague-phrases', 'No concerns'],
      ['require-sign-off', 'Priya Shahh'],
    ]);
    const result = fixNote(source);
    expect(result.output).toBe(noteFile('I visited Amy at home. No concerns.'));
    expect(result.fixed).toBe(1);
    expect(result.passes).toBe(1);
    expect(result.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([['no-vague-phrases', 'No concerns']]);
    expect(result.edits).toEqual([{ start: source.indexOf('Priya Shahh'), end: source.indexOf('Priya Shahh') + 11, text: 'Priya Shah' }]);
  });

  it('lints again after each pass: a word corrected inside bold markers once they are removed', () => {
    const source = noteFile('I visited Amy at home. **He told me he had recieved a letter from school.**');
    const result = fixNote(source);
    expect(result.output).toBe(noteFile('I visited Amy at home. He told me he had received a letter from school.'));
    expect(result.passes).toBe(2);
    expect(result.fixed).toBe(2); // the bold markers, then the spelling inside them
    expect(result.findings).toEqual([]);
    expect(applied(source, result.edits)).toBe(result.output);
  });

  it('puts the edits of every pass together in the source offsets, leaving the text between them alone', () => {
    const config = only(replacing('team/a', 'alpha', 'beta'), replacing('team/b', 'beta', 'gamma'));
    const source = noteFile('Amy said alpha twice and then beta.');
    const result = fixNote(source, { config });
    expect(result.output).toBe(noteFile('Amy said gamma twice and then gamma.'));
    expect(result.passes).toBe(2);
    const at = (word: string) => source.indexOf(word);
    expect(result.edits).toEqual([
      { start: at('alpha'), end: at('alpha') + 5, text: 'gamma' },
      { start: at('beta'), end: at('beta') + 4, text: 'gamma' },
    ]);
    expect(applied(source, result.edits)).toBe(result.output);
  });

  it('leaves a choice to the writer: two rules asking for different words in the same place', () => {
    const config = only(replacing('team/a', 'alpha', 'beta'), replacing('team/b', 'alpha', 'gamma'));
    const source = noteFile('Amy said alpha.');
    const result = fixNote(source, { config });
    expect(result.output).toBe(source);
    expect(result.edits).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['team/a', 'team/b']);
  });

  it('applies once the same edit two rules ask for', () => {
    const config = only(replacing('team/a', 'alpha', 'beta'), replacing('team/b', 'alpha', 'beta'));
    const result = fixNote(noteFile('Amy said alpha.'), { config });
    expect(result.output).toBe(noteFile('Amy said beta.'));
    expect(result.fixed).toBe(2);
  });

  it('does not apply a finding that offers several replacements', () => {
    const config = only(replacing('team/a', 'alpha', 'beta', 'gamma'));
    const source = noteFile('Amy said alpha.');
    expect(fixNote(source, { config }).output).toBe(source);
  });

  it('never edits the front matter', () => {
    const frontMatterRule: Rule = {
      ...replacing('team/fm', 'unused', 'x'),
      check(context) {
        const range = context.fieldRange('author.name');
        context.report({ ...range, message: 'Write the full name.', suggestions: [{ message: 'Write it', replacement: 'Priya Ann Shah' }] });
      },
    };
    const source = noteFile('Amy was at home.');
    const result = fixNote(source, { config: only(frontMatterRule) });
    expect(result.findings.map((f) => f.excerpt)).toEqual(['Priya Shah']);
    expect(result.output).toBe(source);
  });

  it('never edits across an HTML comment', () => {
    const spanning: Rule = {
      ...replacing('team/span', 'unused', 'x'),
      check(context) {
        const start = context.note.text.indexOf('Amy');
        const end = context.note.text.indexOf('home') + 4;
        context.report({ start, end, message: 'Rewrite.', suggestions: [{ message: 'Rewrite', replacement: 'Amy was out' }] });
      },
    };
    const source = noteFile('Amy was <!-- a comment --> at home.');
    expect(fixNote(source, { config: only(spanning) }).output).toBe(source);
  });

  it('changes nothing in a note whose front matter never closes (where the text starts is unknown)', () => {
    const config = only(replacing('team/a', 'alpha', 'beta'));
    const source = '---\ntype: home-visit\nAmy said alpha.\n';
    expect(lint(source, { config }).findings.some((f) => f.ruleId === 'team/a')).toBe(true);
    expect(fixNote(source, { config }).output).toBe(source);
  });

  it('does not fix what a directive turned off', () => {
    const config = only(replacing('team/a', 'alpha', 'beta'));
    const source = noteFile('<!-- casenote-lint-disable-next-line team/a -->\nAmy said alpha.\nThen alpha again.');
    expect(fixNote(source, { config }).output).toBe(noteFile('<!-- casenote-lint-disable-next-line team/a -->\nAmy said alpha.\nThen beta again.'));
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes undo each other`, () => {
    const config = only(replacing('team/a', 'alpha', 'beta'), replacing('team/b', 'beta', 'alpha'));
    const source = noteFile('Amy said alpha.');
    const result = fixNote(source, { config });
    expect(result.passes).toBe(MAX_FIX_PASSES);
    // An even number of swaps: back where it started, so no edit.
    expect(result.output).toBe(source);
    expect(result.edits).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['team/a']);
  });

  it('uses a compiled linter when given one, and refuses anything but a string', () => {
    const linter = createLinter(only(replacing('team/a', 'alpha', 'beta')));
    expect(fixNote(noteFile('Amy said alpha.'), { linter }).output).toBe(noteFile('Amy said beta.'));
    expect(() => fixNote({ text: 'x' } as unknown as string)).toThrow(TypeError);
  });
});

describe('fixNote writes correct English or nothing', () => {
  const fixed = (body: string) => fixNote(noteFile(body)).output;

  it('keeps a plural abbreviation plural', () => {
    expect(fixed('We meet again in 3 wks, after two appts at the clinic.')).toBe(noteFile('We meet again in 3 weeks, after two appointments at the clinic.'));
  });

  it('leaves a word alone when "a" or "an" before it would no longer agree', () => {
    expect(fixed('An FGC is booked for May.')).toBe(noteFile('An FGC is booked for May.'));
    expect(fixed('A FGC is booked for May.')).toBe(noteFile('A family group conference is booked for May.'));
  });

  it('leaves a word alone when the words around it would be doubled', () => {
    expect(fixed('Jo went to the ABE interview with her aunt.')).toBe(noteFile('Jo went to the ABE interview with her aunt.'));
  });

  it('leaves a plural alone when the replacement is singular, and a choice to the writer', () => {
    expect(fixed('Jake went out with his mates.')).toBe(noteFile('Jake went out with his mates.'));
    expect(fixed('Jake went out with his mate.')).toBe(noteFile('Jake went out with his friend.'));
  });

  it("leaves an abbreviation's full stop inside a sentence alone rather than strand it", () => {
    expect(fixed('He came home approx. an hour late.')).toBe(noteFile('He came home approx. an hour late.'));
    expect(fixed('He came home approx an hour late.')).toBe(noteFile('He came home about an hour late.'));
  });

  it('offers no rewrite for jargon whose plain words need the sentence rewritten', () => {
    expect(fixed('I signposted her to the food bank.')).toBe(noteFile('I signposted her to the food bank.'));
  });
});
