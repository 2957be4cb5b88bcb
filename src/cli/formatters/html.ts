import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../types.js';
import type { FormatContext, Formatter, NoteReport } from '../report.js';
import type { LeftOutOfChart } from '../late-days.js';

/** Rows of the findings table; a larger run says how many more there were (use --format json for all). */
export const MAX_TABLE_ROWS = 5000;
const WORST_NOTES = 10;
const FINDINGS_PER_WORST_NOTE = 12;
const MAX_AUTHORS = 10_000;
const AUTHORS_SHOWN = 25;
const MAX_INPUT_ERRORS = 200;
const NO_AUTHOR = '(no author given)';
const OTHER_AUTHORS = '(other authors)';

interface Tally {
  error: number;
  warning: number;
  info: number;
}

interface Row {
  file: string;
  noteLine?: number;
  noteId: string | null;
  author: string;
  inNote: boolean;
  finding: Finding;
}

interface WorstNote {
  score: number;
  order: number;
  report: NoteReport;
  author: string;
  tally: Tally;
}

const tally = (): Tally => ({ error: 0, warning: 0, info: 0 });

/** The parts of the page a note adds to, each on its own: one that fails for a note leaves the others. */
type Part = 'totals' | 'authors' | 'late' | 'findings';

/** Why notes are not in the late-recording chart, in the order the page lists them. */
const LEFT_OUT: [LeftOutOfChart | 'no-dates', string][] = [
  ['no-dates', 'with no readable pair of dates'],
  ['record-before-event', 'recorded before its event'],
  ['record-after-today', 'with a recorded date after this report was made'],
  ['not-countable', 'whose dates could not be counted'],
];

/**
 * One self-contained HTML page for a manager: totals, findings per rule and per author (SVG bar charts),
 * working days from event to record, the notes with most findings and their excerpts, and a filterable
 * table of findings. No network fetches: everything is inline, and a Content-Security-Policy forbids any
 * fetch and any script but the page's own (by hash), so note text can never run even if escaping failed.
 * Memory stays bounded: counts, the worst notes and the first MAX_TABLE_ROWS findings are kept, not the notes.
 *
 * One odd note never costs the report: each part of the page takes each note on its own, and a note that
 * cannot be added to a part (a date the calendar cannot count, say) is left out of that part and counted;
 * each section of the page is drawn on its own, and one that fails says so while the others are drawn.
 */
export const html: Formatter = (context) => {
  const totals = { notes: 0, notesWithFindings: 0, inputErrors: 0, files: 0, dated: 0, late: 0, ...tally() };
  const byRule = new Map<string, Tally>();
  const byAuthor = new Map<string, { notes: number; findings: Tally }>();
  const workingDays = new Map<number, number>();
  const leftOut = new Map<LeftOutOfChart, number>();
  const failed = new Map<Part, number>();
  /** Adds a note to one part of the page; a note that part cannot take is counted instead. */
  const addTo = (part: Part, add: () => void) => {
    try {
      add();
    } catch {
      failed.set(part, (failed.get(part) ?? 0) + 1);
    }
  };
  const inputErrors: { file: string; line?: number; error: string }[] = [];
  const worst: WorstNote[] = [];
  const rows: Row[] = [];
  let totalRows = 0;
  let lastFile: string | undefined;
  const limit = context.workingDayLimit ?? 3;

  return {
    begin: () => '',
    note(report) {
      totals.notes++;
      addTo('totals', () => {
        if (report.file !== lastFile) {
          totals.files++;
          lastFile = report.file;
        }
        if (report.error) {
          totals.inputErrors++;
          if (inputErrors.length < MAX_INPUT_ERRORS) inputErrors.push({ file: report.file, line: report.line, error: report.error });
        }
      });
      const facts = report.facts ?? {};
      let author = typeof facts.author === 'string' ? facts.author : NO_AUTHOR;
      let authorEntry: { notes: number; findings: Tally } | undefined;
      addTo('authors', () => {
        if (!byAuthor.has(author) && byAuthor.size >= MAX_AUTHORS) author = OTHER_AUTHORS;
        authorEntry = byAuthor.get(author) ?? { notes: 0, findings: tally() };
        byAuthor.set(author, authorEntry);
        authorEntry.notes++;
      });
      addTo('late', () => {
        const days = facts.workingDaysToRecord;
        if (days !== undefined && !(Number.isSafeInteger(days) && days >= 0)) {
          // A count no chart can show (it came from a worker, or a newer version): left out, not fatal.
          leftOut.set('not-countable', (leftOut.get('not-countable') ?? 0) + 1);
        } else if (days !== undefined) {
          totals.dated++;
          if (days > limit) totals.late++;
          workingDays.set(days, (workingDays.get(days) ?? 0) + 1);
        } else if (facts.leftOutOfChart) {
          leftOut.set(facts.leftOutOfChart, (leftOut.get(facts.leftOutOfChart) ?? 0) + 1);
        }
      });
      if (report.findings.length === 0) return '';
      addTo('findings', () => {
        totals.notesWithFindings++;
        const noteTally = tally();
        for (const finding of report.findings) {
          const severity = finding.severity;
          totals[severity]++;
          noteTally[severity]++;
          if (authorEntry) authorEntry.findings[severity]++;
          const rule = byRule.get(finding.ruleId) ?? tally();
          rule[severity]++;
          byRule.set(finding.ruleId, rule);
          totalRows++;
          if (rows.length < MAX_TABLE_ROWS) rows.push({ file: report.file, noteLine: report.line, noteId: report.noteId, author, inNote: report.positions === 'note', finding });
        }
        const score = noteTally.error * 10 + noteTally.warning * 3 + noteTally.info;
        if (worst.length < WORST_NOTES || score > worst[worst.length - 1]!.score) {
          worst.push({ score, order: totals.notes, report: { ...report, findings: report.findings.slice(0, FINDINGS_PER_WORST_NOTE) }, author, tally: noteTally });
          worst.sort((a, b) => b.score - a.score || a.order - b.order);
          if (worst.length > WORST_NOTES) worst.pop();
        }
      });
      return '';
    },
    end: () => page(context, { totals, byRule, byAuthor, workingDays, leftOut, failed, inputErrors, worst, rows, totalRows, limit }),
  };
};

interface PageData {
  totals: Tally & { notes: number; notesWithFindings: number; inputErrors: number; files: number; dated: number; late: number };
  byRule: Map<string, Tally>;
  byAuthor: Map<string, { notes: number; findings: Tally }>;
  workingDays: Map<number, number>;
  /** Notes with both dates that are not in the late-recording chart, by reason. */
  leftOut: Map<LeftOutOfChart, number>;
  /** Notes a part of the page could not take, by part. */
  failed: Map<Part, number>;
  inputErrors: { file: string; line?: number; error: string }[];
  worst: WorstNote[];
  rows: Row[];
  totalRows: number;
  limit: number;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const esc = escapeHtml;
const number = (value: number) => value.toLocaleString('en-GB');
const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`);
const plural = (count: number, word: string) => `${number(count)} ${word}${count === 1 ? '' : 's'}`;
const sum = (t: Tally) => t.error + t.warning + t.info;

const SCRIPT = `(() => {
  const table = document.getElementById('findings-table');
  if (!table) return;
  const rows = Array.from(table.tBodies[0].rows);
  const rule = document.getElementById('filter-rule');
  const severity = document.getElementById('filter-severity');
  const author = document.getElementById('filter-author');
  const search = document.getElementById('filter-text');
  const shown = document.getElementById('shown-count');
  function apply() {
    const r = rule.value, s = severity.value, a = author.value, t = search.value.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const ok = (!r || row.dataset.rule === r) && (!s || row.dataset.severity === s) && (!a || row.dataset.author === a) && (!t || row.textContent.toLowerCase().includes(t));
      row.hidden = !ok;
      if (ok) count++;
    }
    shown.textContent = count.toLocaleString('en-GB');
  }
  for (const control of [rule, severity, author]) control.addEventListener('change', apply);
  search.addEventListener('input', apply);
  for (const link of document.querySelectorAll('[data-filter-rule]')) {
    link.addEventListener('click', () => { rule.value = link.getAttribute('data-filter-rule'); apply(); });
  }
  for (const link of document.querySelectorAll('[data-filter-author]')) {
    link.addEventListener('click', () => { author.value = link.getAttribute('data-filter-author'); apply(); });
  }
  apply();
  document.documentElement.dataset.ready = 'true';
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

const STYLE = `
:root { --error: #b3261e; --warning: #b26a00; --info: #1f5fa8; --ok: #2e7d32; --late: #b3261e; --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; }
header, main { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 12px; }
.muted { color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 20px; margin: 18px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card .value { font-size: 24px; font-weight: 650; }
.card .label { color: var(--muted); font-size: 13px; }
.card.error .value { color: var(--error); } .card.warning .value { color: var(--warning); } .card.info .value { color: var(--info); }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
@media (max-width: 900px) { .charts { grid-template-columns: 1fr; } }
.charts section { margin: 0; }
svg.chart { max-width: 100%; height: auto; display: block; }
svg.chart text { font: 12px system-ui, Arial, sans-serif; fill: var(--ink); }
svg.chart .value { fill: var(--muted); }
svg.chart a { cursor: pointer; }
rect.error { fill: var(--error); } rect.warning { fill: var(--warning); } rect.info { fill: var(--info); }
rect.on-time { fill: var(--ok); } rect.late { fill: var(--late); }
line.limit { stroke: var(--ink); stroke-dasharray: 4 3; }
.legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; }
.sev { font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: .02em; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.worst { list-style: none; padding: 0; margin: 0; }
.worst > li { border-top: 1px solid var(--line); padding: 12px 0; }
.worst > li:first-child { border-top: 0; }
.worst h3 { font-size: 15px; margin: 0 0 6px; }
.worst ol { margin: 0; padding-left: 20px; }
.worst ol li { margin: 4px 0; }
.excerpt { display: block; margin: 3px 0 0; padding: 3px 8px; background: #fff4ce; border-left: 3px solid #e0b400; white-space: pre-wrap; word-break: break-word; font-size: 13px; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 10px; }
.filters label { font-size: 13px; color: var(--muted); }
.filters select, .filters input { font: inherit; padding: 4px 6px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: #f1f3f4; position: sticky; top: 0; }
td.excerpt-cell { white-space: pre-wrap; word-break: break-word; max-width: 260px; }
.report-part-failed { color: var(--error); }
code { font-size: 12px; }
`;

function page(context: FormatContext, data: PageData): string {
  const { totals } = data;
  const suppressed = context.suppressed?.() ?? 0;
  const generated = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const csp = `default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const cards: [string, string, string?][] = [
    [number(totals.notes), 'notes checked'],
    [`${number(totals.notesWithFindings)} <small class="muted">(${percent(totals.notesWithFindings, totals.notes)})</small>`, 'notes with findings'],
    [number(totals.error), 'errors', 'error'],
    [number(totals.warning), 'warnings', 'warning'],
    [number(totals.info), 'info', 'info'],
    [`${number(totals.late)} <small class="muted">(${percent(totals.late, totals.dated)})</small>`, `recorded after ${data.limit} working days (of ${number(totals.dated)} dated notes)`, totals.late ? 'error' : undefined],
    [number(totals.inputErrors), 'notes that could not be read', totals.inputErrors ? 'error' : undefined],
  ];
  if (suppressed) cards.push([number(suppressed), 'findings accepted by the baseline (not shown)']);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Case-recording audit — casenote-lint</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Case-recording audit</h1>
<p class="muted">${number(totals.notes)} notes in ${number(totals.files)} ${totals.files === 1 ? 'file' : 'files'}, checked by casenote-lint${context.version ? ` ${esc(context.version)}` : ''} against the case-recording standard on ${esc(generated)}.${context.redact ? ' Note text is left out of this report (--redact).' : ''}</p>
</header>
<main>
<section id="totals" aria-label="Totals">
${drawn(() => `<div class="cards">
${cards.map(([value, label, kind]) => `<div class="card${kind ? ` ${kind}` : ''}"><div class="value">${value}</div><div class="label">${esc(label)}</div></div>`).join('\n')}
</div>`)}${notTaken(data, 'totals')}
</section>
<div class="charts">
<section id="by-rule">
<h2>Findings per rule</h2>
${legend()}
${drawn(() => ruleChart(data))}
</section>
<section id="by-author">
<h2>Findings per author</h2>
${legend()}
${drawn(() => authorChart(data))}${notTaken(data, 'authors')}
</section>
</div>
<section id="late">
<h2>Working days from event to record</h2>
<p class="muted">From each note's occurredAt to its recordedAt, counting working days (Monday to Friday, less bank holidays). The standard's limit is ${data.limit} working days (24 hours for safeguarding, section 47, strategy-discussion and duty work).</p>
${drawn(() => leftOutOfChart(data))}
${drawn(() => lateChart(data))}${notTaken(data, 'late')}
</section>
<section id="worst">
<h2>Notes needing most attention</h2>
${drawn(() => worstNotes(data, context.redact))}
</section>
${drawn(() => inputErrorSection(data))}
<section id="findings">
<h2>All findings</h2>
${drawn(() => findingsTable(data, context))}${notTaken(data, 'findings')}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** One part of the page, drawn on its own: if it fails, it says so and the rest of the page is drawn. */
function drawn(part: () => string): string {
  try {
    return part();
  } catch (error) {
    return `<p class="report-part-failed">This part of the report could not be drawn (${esc(error instanceof Error ? error.name : 'error')}).</p>`;
  }
}

/** How many notes a part of the page could not take, when any. */
function notTaken(data: PageData, part: Part): string {
  const count = data.failed.get(part) ?? 0;
  return count === 0 ? '' : `\n<p class="report-part-failed">${plural(count, 'note')} could not be added to this part of the report.</p>`;
}

/** The notes not in the late-recording chart, and why. */
function leftOutOfChart(data: PageData): string {
  let leftOut = 0;
  for (const count of data.leftOut.values()) leftOut += count;
  const counts = new Map<string, number>(data.leftOut);
  counts.set('no-dates', data.totals.notes - data.totals.dated - leftOut - (data.failed.get('late') ?? 0));
  const reasons = LEFT_OUT.filter(([reason]) => (counts.get(reason) ?? 0) > 0).map(([reason, words]) => `${number(counts.get(reason)!)} ${words}`);
  const total = data.totals.notes - data.totals.dated;
  if (total === 0) return '';
  return `<p class="muted" id="late-left-out">${plural(total, 'note')} ${total === 1 ? 'is' : 'are'} not in this chart: ${reasons.join(', ')}.</p>`;
}

function legend(): string {
  return `<p class="legend"><span><i style="background:var(--error)"></i>error</span><span><i style="background:var(--warning)"></i>warning</span><span><i style="background:var(--info)"></i>info</span></p>`;
}

interface BarRow {
  label: string;
  title?: string;
  segments: { value: number; className: string }[];
  valueText: string;
  filter?: { kind: 'rule' | 'author'; value: string };
}

/** A horizontal bar chart as inline SVG. */
function barChart(id: string, label: string, rows: BarRow[], marker?: { afterRow: number; text: string }, valueWidth = 80): string {
  if (rows.length === 0) return `<p class="muted" id="${id}-empty">Nothing to chart.</p>`;
  const labelWidth = 170;
  const barWidth = 250;
  const rowHeight = 24;
  const width = labelWidth + barWidth + valueWidth;
  const height = rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((total, s) => total + s.value, 0)));
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const y = 4 + index * rowHeight;
    const shortLabel = row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label;
    let x = labelWidth;
    const rects = row.segments
      .filter((segment) => segment.value > 0)
      .map((segment) => {
        const w = Math.max(1, (segment.value / max) * barWidth);
        const rect = `<rect class="bar ${segment.className}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 8}"><title>${esc(`${row.title ?? row.label}: ${number(segment.value)} ${segment.className}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const content = `<text x="${labelWidth - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${esc(shortLabel)}<title>${esc(row.title ?? row.label)}</title></text>${rects}<text class="value" x="${(x + 6).toFixed(1)}" y="${y + rowHeight / 2 + 4}">${esc(row.valueText)}</text>`;
    parts.push(row.filter ? `<a href="#findings" data-filter-${row.filter.kind}="${esc(row.filter.value)}">${content}</a>` : content);
  });
  if (marker) {
    const y = 4 + marker.afterRow * rowHeight;
    parts.push(`<line class="limit" x1="0" x2="${width}" y1="${y}" y2="${y}"></line><text class="value" x="${width - 4}" y="${y - 4}" text-anchor="end">${esc(marker.text)}</text>`);
  }
  return `<svg class="chart" id="${id}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

const segments = (t: Tally) => [
  { value: t.error, className: 'error' },
  { value: t.warning, className: 'warning' },
  { value: t.info, className: 'info' },
];

function ruleChart(data: PageData): string {
  const rows = [...data.byRule.entries()]
    .sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([rule, t]): BarRow => ({ label: rule, segments: segments(t), valueText: number(sum(t)), filter: { kind: 'rule', value: rule } }));
  return barChart('chart-rules', 'Findings per rule', rows);
}

function authorChart(data: PageData): string {
  const all = [...data.byAuthor.entries()].filter(([, entry]) => sum(entry.findings) > 0);
  const sorted = all.sort((a, b) => sum(b[1].findings) / b[1].notes - sum(a[1].findings) / a[1].notes || sum(b[1].findings) - sum(a[1].findings));
  const rows = sorted.slice(0, AUTHORS_SHOWN).map(([author, entry]): BarRow => ({
    label: author,
    segments: segments(entry.findings),
    valueText: `${number(sum(entry.findings))} in ${number(entry.notes)} ${entry.notes === 1 ? 'note' : 'notes'}`,
    ...(author === NO_AUTHOR || author === OTHER_AUTHORS ? {} : { filter: { kind: 'author' as const, value: author } }),
  }));
  const note = sorted.length > AUTHORS_SHOWN ? `<p class="muted">The ${AUTHORS_SHOWN} authors with most findings per note are shown, of ${number(sorted.length)}.</p>` : '<p class="muted">Sorted by findings per note.</p>';
  return `${note}\n${barChart('chart-authors', 'Findings per author', rows, undefined, 130)}`;
}

function lateChart(data: PageData): string {
  const limit = data.limit;
  const single = Math.max(limit + 2, 5);
  const buckets: { label: string; from: number; to: number }[] = [];
  for (let day = 0; day <= single; day++) buckets.push({ label: String(day), from: day, to: day });
  for (const [from, to] of [
    [single + 1, 10],
    [11, 20],
    [21, 60],
  ] as const) {
    if (to >= from) buckets.push({ label: from === to ? String(from) : `${from}–${to}`, from, to });
  }
  buckets.push({ label: `${Math.max(61, single + 1)}+`, from: Math.max(61, single + 1), to: Infinity });
  const counts = buckets.map(() => 0);
  for (const [days, count] of data.workingDays) {
    const index = buckets.findIndex((bucket) => days >= bucket.from && days <= bucket.to);
    if (index >= 0) counts[index]! += count;
  }
  if (data.totals.dated === 0) return '<p class="muted" id="chart-late-empty">No note had both an event date and a recorded date.</p>';
  const rows = buckets.map(
    (bucket, index): BarRow => ({
      label: bucket.from === 0 ? 'same working day' : `${bucket.label} working ${bucket.label === '1' ? 'day' : 'days'}`,
      segments: [{ value: counts[index]!, className: bucket.from > limit ? 'late' : 'on-time' }],
      valueText: `${number(counts[index]!)} (${percent(counts[index]!, data.totals.dated)})`,
    }),
  );
  const limitRow = buckets.findIndex((bucket) => bucket.from > limit);
  return barChart('chart-late', 'Working days from event to record', rows, limitRow > 0 ? { afterRow: limitRow, text: `limit: ${limit} working days` } : undefined, 180);
}

function noteName(file: string, line: number | undefined, noteId: string | null, inNote: boolean): string {
  const where = inNote && line ? `${file}:${line}` : file;
  return noteId ? `${where} (note ${noteId})` : where;
}

function worstNotes(data: PageData, redact: boolean): string {
  if (data.worst.length === 0) return '<p class="muted">No note has findings.</p>';
  const items = data.worst.map(({ report, author, tally: t }) => {
    const findings = report.findings
      .map(
        (finding) =>
          `<li><span class="sev ${finding.severity}">${finding.severity}</span> <code>${esc(finding.ruleId)}</code> ${esc(finding.message)}${
            !redact && finding.excerpt ? `<q class="excerpt">${esc(finding.excerpt)}</q>` : ''
          }</li>`,
      )
      .join('\n');
    const more = sum(t) > report.findings.length ? `<p class="muted">…and ${number(sum(t) - report.findings.length)} more.</p>` : '';
    return `<li><h3>${esc(noteName(report.file, report.line, report.noteId, report.positions === 'note'))}</h3>
<p class="muted">${esc(author)} · <span class="sev error">${plural(t.error, 'error')}</span> · <span class="sev warning">${plural(t.warning, 'warning')}</span> · <span class="sev info">${t.info} info</span></p>
<ol>${findings}</ol>${more}</li>`;
  });
  return `<ol class="worst">${items.join('\n')}</ol>`;
}

function inputErrorSection(data: PageData): string {
  if (data.inputErrors.length === 0) return '';
  const more = data.totals.inputErrors > data.inputErrors.length ? `<li>…and ${number(data.totals.inputErrors - data.inputErrors.length)} more.</li>` : '';
  return `<section id="input-errors"><h2>Notes that could not be read</h2><ul>${data.inputErrors
    .map(({ file, line, error }) => `<li><code>${esc(line ? `${file}:${line}` : file)}</code> ${esc(error)}</li>`)
    .join('\n')}${more}</ul></section>`;
}

function findingsTable(data: PageData, context: FormatContext): string {
  if (data.totalRows === 0) return '<p class="muted">No findings.</p>';
  const rules = [...data.byRule.keys()].sort();
  const authors = [...new Set(data.rows.map((row) => row.author))].sort();
  const option = (value: string) => `<option value="${esc(value)}">${esc(value)}</option>`;
  const severities: Severity[] = ['error', 'warning', 'info'];
  const capped =
    data.totalRows > data.rows.length
      ? ` The table holds the first ${number(data.rows.length)} of ${number(data.totalRows)} findings; run with --format json for all of them.`
      : '';
  const body = data.rows
    .map(({ file, noteLine, noteId, author, inNote, finding }) => {
      const position = `${finding.line}:${finding.column}${inNote ? ' in text' : ''}`;
      return `<tr data-rule="${esc(finding.ruleId)}" data-severity="${finding.severity}" data-author="${esc(author)}"><td>${esc(noteName(file, noteLine, noteId, inNote))}</td><td>${esc(author)}</td><td><code>${esc(
        finding.ruleId,
      )}</code></td><td><span class="sev ${finding.severity}">${finding.severity}</span></td><td>${position}</td><td>${esc(finding.message)}</td>${
        context.redact ? '' : `<td class="excerpt-cell">${esc(finding.excerpt)}</td>`
      }</tr>`;
    })
    .join('\n');
  return `<div class="filters">
<label>Rule <select id="filter-rule"><option value="">all rules</option>${rules.map(option).join('')}</select></label>
<label>Severity <select id="filter-severity"><option value="">all</option>${severities.map(option).join('')}</select></label>
<label>Author <select id="filter-author"><option value="">all authors</option>${authors.map(option).join('')}</select></label>
<label>Search <input id="filter-text" type="search" placeholder="message, file, note id…"></label>
<span class="muted"><span id="shown-count">${number(data.rows.length)}</span> shown.${capped}</span>
</div>
<table id="findings-table">
<thead><tr><th>Note</th><th>Author</th><th>Rule</th><th>Severity</th><th>Position</th><th>Message</th>${context.redact ? '' : '<th>Excerpt</th>'}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
