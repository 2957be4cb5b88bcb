import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { lintItem, type LintEnvironment, type WorkItem } from '../../src/cli/lint-core.js';
import { calendarFor, timelinessOptionsFrom } from '../../src/cli/late-days.js';
import { formatterNamed } from '../../src/cli/formatters/index.js';
import { RenderedJoiner, renderNotes } from '../../src/cli/render.js';
import { formatAll, isEntryFormatter, shownReport, type EntryFormatter, type FormatContext, type InputProblem } from '../../src/cli/report.js';
import { bulkLines } from '../../scripts/lib/bulk-notes.mjs';
import { VAGUE_BODY, jsonNote } from './helpers.js';

const env: LintEnvironment = { linter: createLinter(), wants: { fingerprints: true, facts: false }, calendar: calendarFor({}), timeliness: timelinessOptionsFrom(createLinter().config), timeZone: 'Europe/London' };

function context(redact: boolean): Omit<FormatContext, 'suppressed'> {
  return { cwd: '/work', color: false, redact, version: '1.2.3', rules: [] };
}

/** A run's notes: generated ones, with lines that cannot be read and a note with no findings among them. */
function workItems(): WorkItem[] {
  const lines = [...bulkLines(7, 40, 30)];
  lines.splice(0, 0, '{"id": "BAD-1", "text": ');
  lines.splice(5, 0, JSON.stringify({ ...jsonNote('ODD-1', VAGUE_BODY), recordedAt: 'not a date' }));
  lines.splice(17, 0, '[1, 2]');
  lines.push('{"id": "BAD-LAST"');
  return lines.map((text, index) => ({ kind: 'jsonl', file: 'day é.jsonl', line: index + 1, text }));
}

/** Renders `items` in batches cut at `cuts`, and joins them as the CLI does, problems marked in place. */
function renderInBatches(format: EntryFormatter, spec: { quiet: boolean; context: Omit<FormatContext, 'suppressed'> }, items: WorkItem[], cuts: number[]): { text: string; problems: InputProblem[] } {
  const joiner = new RenderedJoiner(format);
  const decoder = new TextDecoder();
  const problems: InputProblem[] = [];
  let text = format.begin();
  let from = 0;
  for (const to of [...cuts, items.length]) {
    for (const piece of joiner.pieces(renderNotes([env], format, spec, items.slice(from, to)))) {
      if (typeof piece === 'string') text += piece;
      else if (piece instanceof Uint8Array) text += decoder.decode(piece);
      else {
        problems.push(piece);
        text += `<problem ${piece.line}>`;
      }
    }
    from = to;
  }
  return { text: text + format.end(joiner.entries), problems };
}

describe('rendering notes where they are linted', () => {
  const items = workItems();
  const reports = items.map((item) => lintItem(env, item));

  for (const name of ['json', 'sarif', 'github']) {
    for (const [quiet, redact] of [
      [false, false],
      [true, false],
      [false, true],
    ] as const) {
      it(`gives the text the streaming ${name} format gives, however the notes are batched${quiet ? ' (--quiet)' : ''}${redact ? ' (--redact)' : ''}`, () => {
        const formatter = formatterNamed(name)!;
        const expected = formatAll(formatter, reports.map((report) => shownReport(report, { quiet, redact })), context(redact));
        for (const cuts of [[], [1], [3, 4, 5], [10, 20, 30], Array.from({ length: items.length - 1 }, (_, i) => i + 1)]) {
          const format = formatter(context(redact));
          if (!isEntryFormatter(format)) throw new Error(`${name} is not an entry format`);
          const { text, problems } = renderInBatches(format, { quiet, context: context(redact) }, items, cuts);
          expect(text.replace(/<problem \d+>/g, '')).toBe(expected);
          expect(problems.map((problem) => problem.line)).toEqual([1, 18, 44]);
        }
      });
    }
  }

  it('puts each problem where its note starts, before that note\'s entries', () => {
    const format = formatterNamed('json')!(context(false)) as EntryFormatter;
    const { text } = renderInBatches(format, { quiet: false, context: context(false) }, items, [2, 30]);
    expect(text).toMatch(/^\[\n {2}<problem 1>\{\n {4}"file": "day é\.jsonl",\n {4}"line": 1,\n {4}"noteId": null,\n {4}"findings": \[\],\n {4}"error": "[^"]+"\n {2}\},\n {2}\{/);
    expect(text).toMatch(/,\n {2}<problem 18>\{\n {4}"file": "day é\.jsonl",\n {4}"line": 18,\n {4}"noteId": null,/);
  });

  it('counts findings before --quiet hides them, and reads nothing twice', () => {
    const format = formatterNamed('json')!(context(false)) as EntryFormatter;
    const rendered = renderNotes([env], format, { quiet: true, context: context(false) }, items);
    const all = reports.flatMap((report) => report.findings);
    expect(rendered.counts).toEqual({
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
      inputErrors: 3,
    });
    expect(rendered.counts.warnings).toBeGreaterThan(0);
    expect(rendered.notes).toBe(items.length);
    expect(rendered.entries).toBe(items.length);
  });
});
