/**
 * The manager's report (--format html) read as a manager would: late records counted as the timeliness
 * rule counts them, under both limits; one measure per author, drawn and sorted alike; plain names for
 * rules; a trend by month; a print stylesheet; pseudonyms for authors.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { NAMED_RULES, ruleName } from '../../src/cli/rule-names.js';
import { CLEAN_BODY, noteFile, runInProcess, workspace } from './helpers.js';

// Invented notes. Priya writes three notes with few findings each, Grace one with many: by total Priya
// comes first, by findings per note Grace does.
const FEW = 'I visited Amy at home. No concerns. Mum presented as tired.';
const MANY = 'I visited Amy at home. No concerns. The kids were watching telly. Mum kicked off when I asked about school.';
const STRATEGY =
  'I phoned the police today to ask for a strategy discussion about the bruise the school reported this morning. The officer agreed to hold it this afternoon.';

const FILES: Record<string, { body: string; meta: Parameters<typeof noteFile>[1] }> = {
  // Monday 2 March to Monday 9 March 2026: five working days, against the limit of three.
  'a-late-visit.md': { body: FEW, meta: { author: 'Priya Shah', occurredAt: '2026-03-02T10:00', recordedAt: '2026-03-09T09:00' } },
  // Thirty hours for safeguarding work: late against 24 hours, within three working days.
  'b-safeguarding.md': { body: CLEAN_BODY, meta: { author: 'Tom Reid', type: 'safeguarding', occurredAt: '2026-03-03T09:00', recordedAt: '2026-03-04T15:00' } },
  'c-duty-on-time.md': { body: CLEAN_BODY, meta: { author: 'Tom Reid', type: 'duty', occurredAt: '2026-04-01T09:00', recordedAt: '2026-04-01T16:00' } },
  // A phone call whose text records a strategy discussion asked for today: held to 24 hours by the rule (a warning).
  'd-strategy-call.md': { body: STRATEGY, meta: { author: 'Tom Reid', type: 'phone-call', occurredAt: '2026-04-14T10:00', recordedAt: '2026-04-16T10:00' } },
  'e-visit.md': { body: FEW, meta: { author: 'Priya Shah', occurredAt: '2026-04-02T10:00', recordedAt: '2026-04-03T09:00' } },
  'f-visit.md': { body: FEW, meta: { author: 'Priya Shah', occurredAt: '2026-04-07T10:00', recordedAt: '2026-04-08T09:00' } },
  'g-visit.md': { body: MANY, meta: { author: 'Grace Okoye', occurredAt: '2026-04-07T10:00', recordedAt: '2026-04-08T09:00' } },
};
const AUTHORS = ['Priya Shah', 'Tom Reid', 'Grace Okoye'];

interface JsonEntry {
  file: string;
  findings: { ruleId: string; severity: string; message: string }[];
}

let dir: string;
let html: string;
let pseudonymised: string;
let entries: JsonEntry[];

beforeAll(async () => {
  dir = workspace(Object.fromEntries(Object.entries(FILES).map(([name, { body, meta }]) => [`notes/${name}`, noteFile(body, meta)])));
  const json = await runInProcess(['notes', '--format', 'json'], { cwd: dir });
  entries = JSON.parse(json.stdout) as JsonEntry[];
  html = (await runInProcess(['notes', '--format', 'html'], { cwd: dir })).stdout;
  pseudonymised = (await runInProcess(['notes', '--format', 'html', '--redact', '--pseudonymise-authors'], { cwd: dir })).stdout;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of a bar chart: label, the drawn length of the bar, and the text after it. */
function chartRows(page: string, id: string): { label: string; length: number; value: string }[] {
  const svg = new RegExp(`<svg class="chart" id="${id}"[^>]*>([\\s\\S]*?)</svg>`).exec(page);
  expect(svg, `chart ${id}`).not.toBeNull();
  const rows: { label: string; length: number; value: string }[] = [];
  const row = /<text x="\d+" y="[\d.]+" text-anchor="end">([^<]*)<title>[^<]*<\/title><\/text>((?:<rect[^>]*>.*?<\/rect>)*)<text class="value"[^>]*>([^<]*)<\/text>/g;
  for (const [, label, rects, value] of svg![1]!.matchAll(row)) {
    const length = [...rects!.matchAll(/width="([\d.]+)"/g)].reduce((total, [, width]) => total + Number(width), 0);
    rows.push({ label: label!, length, value: value! });
  }
  return rows;
}

const card = (page: string, label: RegExp) => {
  const match = new RegExp(`<div class="value">([^<]*)</div><div class="label">(${label.source}[^<]*)</div>`).exec(page);
  expect(match, String(label)).not.toBeNull();
  return { value: match![1]!, label: match![2]! };
};

describe('--format html: late records', () => {
  it('counts the notes the timeliness rule finds late, under each limit, in words', () => {
    const late = entries.filter((entry) => entry.findings.some((f) => f.ruleId === 'timeliness' && f.severity !== 'info' && /^Recorded (?!within)/.test(f.message)));
    const byHours = late.filter((entry) => entry.findings.some((f) => f.ruleId === 'timeliness' && /the limit is 24 hours/.test(f.message)));
    expect(late.map((entry) => entry.file).sort()).toEqual(['notes/a-late-visit.md', 'notes/b-safeguarding.md', 'notes/d-strategy-call.md']);
    expect(byHours).toHaveLength(2);
    expect(card(html, /notes recorded late/)).toEqual({ value: '3', label: 'notes recorded late: 1 after 3 working days, 2 after 24 hours' });
  });

  it('draws each bar of the working-days chart as on-time and late notes, late by each note\'s own limit', () => {
    const rows = chartRows(html, 'chart-late');
    // The safeguarding note (1 working day) and the phone call (2) are late although under three working days.
    // 3 April 2026 is Good Friday: the visit of 2 April recorded then took no working day.
    expect(rows.find((row) => row.label === 'same working day')!.value).toBe('2 (28.6%)');
    expect(rows.find((row) => row.label === '1 working day')!.value).toBe('3 (42.9%), 1 late');
    expect(rows.find((row) => row.label === '2 working days')!.value).toBe('1 (14.3%), 1 late');
    expect(rows.find((row) => row.label === '5 working days')!.value).toBe('1 (14.3%), 1 late');
    expect(html).toMatch(/<rect class="bar late"[^>]*><title>1 working day: 1 late<\/title>/);
  });
});

describe('--format html: findings per author', () => {
  it('draws findings per note and sorts by it, labelled as such', () => {
    const rows = chartRows(html, 'chart-authors');
    const perNote = (author: string) => {
      const files = Object.entries(FILES).filter(([, { meta }]) => meta!.author === author).map(([name]) => `notes/${name}`);
      const findings = entries.filter((entry) => files.includes(entry.file)).reduce((total, entry) => total + entry.findings.length, 0);
      return { findings, notes: files.length, rate: findings / files.length };
    };
    const expected = AUTHORS.map((author) => ({ author, ...perNote(author) })).sort((a, b) => b.rate - a.rate);
    expect(rows.map((row) => row.label)).toEqual(expected.map(({ author }) => author));
    // Grace has fewer findings than Priya but more per note, and comes first.
    expect(perNote('Grace Okoye').findings).toBeLessThan(perNote('Priya Shah').findings);
    expect(rows[0]!.label).toBe('Grace Okoye');
    rows.forEach((row, index) => {
      const { rate, findings, notes } = expected[index]!;
      expect(row.value).toBe(`${rate.toFixed(1)} per note (${findings} in ${notes} ${notes === 1 ? 'note' : 'notes'})`);
      // The bar's length is the rate it is sorted by.
      expect(row.length / rows[0]!.length).toBeCloseTo(rate / expected[0]!.rate, 1);
    });
    expect(html).toContain('<h2>Findings per note, by author</h2>');
  });
});

describe('--format html: rule names', () => {
  it('names every built-in rule in plain English', () => {
    expect([...NAMED_RULES].sort()).toEqual(builtInRules.map((rule) => rule.meta.id).sort());
    for (const id of NAMED_RULES) expect(ruleName(id), id).not.toMatch(/-/);
    expect(ruleName('my-custom-rule')).toBe('my-custom-rule');
  });

  it('shows plain names in the charts, the worst notes and the table, and keeps the id for filtering', () => {
    const labels = chartRows(html, 'chart-rules').map((row) => row.label);
    expect(labels).toContain('Specific, not vague');
    expect(labels).toContain('Recorded in time');
    expect(labels.every((label) => !/^[a-z]+(?:-[a-z]+)+$/.test(label))).toBe(true);
    expect(html).not.toContain('<code>no-vague-phrases</code>');
    expect(html).toContain('<option value="no-vague-phrases">Specific, not vague</option>');
    expect(html).toMatch(/<tr data-rule="no-vague-phrases"[^>]*>.*<td title="no-vague-phrases">Specific, not vague<\/td>/);
    expect(html).toMatch(/<strong title="no-vague-phrases">Specific, not vague<\/strong>/);
  });
});

describe('--format html: trend by month', () => {
  it('charts findings per note and late records by month of recording, in date order', () => {
    const findingRows = chartRows(html, 'chart-months');
    const lateRows = chartRows(html, 'chart-months-late');
    expect(findingRows.map((row) => row.label)).toEqual(['Mar 2026', 'Apr 2026']);
    const inMonth = (prefix: string) => Object.entries(FILES).filter(([, { meta }]) => meta!.recordedAt!.startsWith(prefix)).map(([name]) => `notes/${name}`);
    for (const [row, prefix] of [
      [findingRows[0]!, '2026-03'],
      [findingRows[1]!, '2026-04'],
    ] as const) {
      const files = inMonth(prefix);
      const findings = entries.filter((entry) => files.includes(entry.file)).reduce((total, entry) => total + entry.findings.length, 0);
      expect(row.value).toBe(`${(findings / files.length).toFixed(1)} per note (${files.length} notes)`);
    }
    expect(lateRows.map((row) => [row.label, row.value])).toEqual([
      ['Mar 2026', '2 of 2 (100%)'],
      ['Apr 2026', '1 of 5 (20%)'],
    ]);
  });
});

describe('--format html: printing', () => {
  it('has a print stylesheet that leaves out the filterable table, keeps the charts and keeps cards whole', () => {
    const print = /@media print \{([\s\S]*?)\n\}/.exec(html);
    expect(print).not.toBeNull();
    expect(print![1]).toMatch(/\.filters, #findings-table \{ display: none; \}/);
    expect(print![1]).toMatch(/\.card,[^{]*#by-rule, #by-author[^{]*\{ break-inside: avoid; \}/);
    expect(print![1]).toMatch(/\.print-only \{ display: block; \}/);
    expect(print![1]).not.toMatch(/svg[^{]*\{[^}]*display: none/);
    expect(html).toContain('<p class="print-only">The table of all');
  });
});

describe('--pseudonymise-authors', () => {
  it('names authors Worker 1, Worker 2… in the order of their first note, the same name for each of their notes', () => {
    for (const author of AUTHORS) expect(pseudonymised).not.toContain(author);
    const rows = [...pseudonymised.matchAll(/<tr data-rule="[^"]*" data-severity="[^"]*" data-author="([^"]*)"><td>([^<]*)<\/td>/g)].map(([, author, note]) => [note!, author!] as const);
    const authorOf = new Map(rows);
    expect(authorOf.get('notes/a-late-visit.md')).toBe('Worker 1');
    expect(authorOf.get('notes/e-visit.md')).toBe('Worker 1');
    expect(authorOf.get('notes/f-visit.md')).toBe('Worker 1');
    expect(authorOf.get('notes/d-strategy-call.md')).toBe('Worker 2');
    expect(authorOf.get('notes/g-visit.md')).toBe('Worker 3');
    expect(chartRows(pseudonymised, 'chart-authors').map((row) => row.label)).toEqual(['Worker 3', 'Worker 1', 'Worker 2']);
    expect(pseudonymised).toContain('Authors are named Worker 1, Worker 2… in the order their first note appears (--pseudonymise-authors).');
  });

  it('leaves authors named without the flag, and with --redact alone', async () => {
    expect(html).toContain('Priya Shah');
    const redacted = (await runInProcess(['notes', '--format', 'html', '--redact'], { cwd: dir })).stdout;
    expect(redacted).toContain('Priya Shah');
    expect(redacted).not.toContain('Worker 1');
  });
});
