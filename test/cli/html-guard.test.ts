import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { html } from '../../src/cli/formatters/html.js';
import { lintItem, type LintEnvironment } from '../../src/cli/lint-core.js';
import { calendarFor, timelinessOptionsFrom } from '../../src/cli/late-days.js';
import { formatAll, type FormatContext, type NoteReport } from '../../src/cli/report.js';
import type { Calendar } from '../../src/calendar/working-days.js';
import { VAGUE_BODY, jsonNote, runBuilt, workspace } from './helpers.js';

const context: FormatContext = { cwd: '/work', color: false, redact: false, rules: [] };

/** The late-recording section of a report page. */
function lateSection(page: string): string {
  const section = /<section id="late">[\s\S]*?<\/section>/.exec(page);
  expect(section, 'late section').not.toBeNull();
  return section![0];
}

describe('the HTML report survives notes it cannot chart', () => {
  it('leaves sentinel and impossible dates out of the working-days chart, counted, with and without --jobs', async () => {
    const lines = [
      jsonNote('N-1', VAGUE_BODY),
      jsonNote('N-2', VAGUE_BODY, { recordedAt: '9999-12-31' }),
      jsonNote('N-3', VAGUE_BODY, { occurredAt: '0001-01-01' }),
      jsonNote('N-4', VAGUE_BODY, { occurredAt: '2026-04-10T10:00', recordedAt: '2026-04-03T09:00' }),
      jsonNote('N-5', VAGUE_BODY, { recordedAt: '9999-12-31T23:59:59Z' }),
    ];
    const dir = workspace({ 'export.jsonl': `${lines.map((line) => JSON.stringify(line)).join('\n')}\n` });
    const runs = await Promise.all(['1', '2'].map((jobs) => runBuilt(['export.jsonl', '--format', 'html', '--jobs', jobs], { cwd: dir })));
    for (const [index, { code, stdout, stderr }] of runs.entries()) {
      const jobs = String(index + 1);
      expect(stderr, jobs).not.toMatch(/internal error/);
      expect(code, jobs).toBe(1);
      expect(stdout, jobs).toMatch(/<\/html>\n$/);
      expect(stdout).toMatch(/<div class="value">5<\/div><div class="label">notes checked/);
      const late = lateSection(stdout);
      // One note in the chart; the others are counted, each with its reason.
      expect(late).toMatch(/<p class="muted" id="late-left-out">4 notes are not in this chart: 1 with no readable pair of dates, 1 recorded before its event, 2 with a recorded date after this report was made\.<\/p>/);
      expect(late).toContain('1 (100%)');
      // Every note still has its findings in the table.
      for (const id of ['N-1', 'N-2', 'N-3', 'N-4', 'N-5']) expect(stdout).toContain(`(note ${id})`);
    }
    // Two CLI processes, one with worker threads: slow on a busy machine.
  }, 120_000);

  it('keeps a note whose dates the calendar cannot count: its findings stay, it is left out of the chart', () => {
    const failing: Calendar = { ...calendarFor({}), workingDaysBetween: () => { throw new RangeError('Not a calendar date: 10000-01-01'); } };
    const env: LintEnvironment = { linter: createLinter(), wants: { fingerprints: false, facts: true }, calendar: failing, timeliness: timelinessOptionsFrom(createLinter().config), timeZone: 'Europe/London' };
    const report = lintItem(env, { kind: 'jsonl', file: 'x.jsonl', line: 1, text: JSON.stringify(jsonNote('N-1', VAGUE_BODY, { occurredAt: '2026-03-02T10:00' })) });
    expect(report.error).toBeUndefined();
    expect(report.findings.map((f) => f.ruleId)).toContain('no-vague-phrases');
    expect(report.facts).toMatchObject({ author: 'Priya Shah', type: 'home-visit', leftOutOfChart: 'not-countable' });
    const page = formatAll(html, [report], context);
    expect(lateSection(page)).toContain('1 note is not in this chart: 1 whose dates could not be counted.');
  });

  it('counts working days it is handed that no chart can show, instead of failing on them', () => {
    const base: NoteReport = { file: 'a.jsonl', line: 1, noteId: 'N-1', findings: [], positions: 'note' };
    const reports: NoteReport[] = [
      { ...base, facts: { workingDaysToRecord: 2 } },
      { ...base, line: 2, facts: { workingDaysToRecord: Number.NaN } },
      { ...base, line: 3, facts: { workingDaysToRecord: -4 } },
      { ...base, line: 4, facts: { workingDaysToRecord: Number.POSITIVE_INFINITY } },
    ];
    const late = lateSection(formatAll(html, reports, context));
    expect(late).toContain('3 notes are not in this chart: 3 whose dates could not be counted.');
    expect(late).toContain('1 (100%)');
  });

  it('draws the rest of the page when one part of it fails', () => {
    // A finding of a shape no rule gives (no excerpt, no message): the parts that show findings cannot draw it.
    const broken = { ruleId: 'custom-rule', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, reference: { section: 's', summary: 's' } } as unknown as NoteReport['findings'][number];
    const reports: NoteReport[] = [{ file: 'a.md', noteId: null, findings: [broken], facts: { workingDaysToRecord: 1 } }];
    const page = formatAll(html, reports, context);
    expect(page).toMatch(/<\/html>\n$/);
    expect(page).toContain('<section id="findings">');
    expect(page).toMatch(/<p class="report-part-failed">This part of the report could not be drawn \(TypeError\)\.<\/p>/);
    // The totals and the charts are there.
    expect(page).toMatch(/<div class="value">1<\/div><div class="label">warnings/);
    expect(page).toContain('id="chart-rules"');
    expect(page).toContain('id="chart-late"');
  });
});
