import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../types.js';
import type { FormatContext, Formatter, NoteReport } from '../report.js';
import type { LeftOutOfChart } from '../late-days.js';
import type { MissedLimit } from '../../../rules/timeliness.js';
import { ruleName } from '../rule-names.js';

/** Rows of the findings table; a larger run says how many more there were (use --format json for all). */
export const MAX_TABLE_ROWS = 5000;
const WORST_NOTES = 10;
const FINDINGS_PER_WORST_NOTE = 12;
const MAX_AUTHORS = 10_000;
const AUTHORS_SHOWN = 25;
const MAX_INPUT_ERRORS = 200;
const NO_AUTHOR = '(no author given)';
const OTHER_AUTHORS = '(other authors)';
/** Months in the trend chart: the latest ones, when the dates span more. */
const MONTHS_SHOWN = 36;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
type Part = 'totals' | 'authors' | 'late' | 'months' | 'findings';

/** Notes of one bar of the working-days chart: recorded within their limit, or late. */
interface DayCount {
  onTime: number;
  late: number;
}

interface MonthCount {
  notes: number;
  findings: Tally;
  late: number;
}

/** "after 3 working days", "after 24 hours": the limit a late record missed, in words. */
export function missedLimitInWords(limit: MissedLimit): string {
  return limit.kind === 'working-days' ? `after ${plural(limit.days, 'working day')}` : `after ${plural(limit.hours, 'hour')}`;
}

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
  /** Pseudonyms of authors ("Worker 1", …) in order of first appearance, with --pseudonymise-authors. */
  const pseudonyms = new Map<string, string>();
  /** Late records by the limit they missed, in words ("after 3 working days"), with the limit for sorting. */
  const lateBy = new Map<string, { limit: MissedLimit; notes: number }>();
  const byMonth = new Map<string, MonthCount>();
  const workingDays = new Map<number, DayCount>();
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
      let monthEntry: MonthCount | undefined;
      addTo('authors', () => {
        if (context.pseudonymiseAuthors && author !== NO_AUTHOR) {
          const known = pseudonyms.get(author);
          if (known) author = known;
          else if (pseudonyms.size >= MAX_AUTHORS) author = OTHER_AUTHORS;
          else {
            const pseudonym = `Worker ${pseudonyms.size + 1}`;
            pseudonyms.set(author, pseudonym);
            author = pseudonym;
          }
        }
        if (!byAuthor.has(author) && byAuthor.size >= MAX_AUTHORS) author = OTHER_AUTHORS;
        authorEntry = byAuthor.get(author) ?? { notes: 0, findings: tally() };
        byAuthor.set(author, authorEntry);
        authorEntry.notes++;
      });
      const late = lateLimit(facts.late);
      addTo('late', () => {
        if (late) {
          const words = missedLimitInWords(late);
          const entry = lateBy.get(words) ?? { limit: late, notes: 0 };
          entry.notes++;
          lateBy.set(words, entry);
          totals.late++;
        }
        const days = facts.workingDaysToRecord;
        if (days !== undefined && !(Number.isSafeInteger(days) && days >= 0)) {
          // A count no chart can show (it came from a worker, or a newer version): left out, not fatal.
          leftOut.set('not-countable', (leftOut.get('not-countable') ?? 0) + 1);
        } else if (days !== undefined) {
          totals.dated++;
          const count = workingDays.get(days) ?? { onTime: 0, late: 0 };
          if (late) count.late++;
          else count.onTime++;
          workingDays.set(days, count);
        } else if (facts.leftOutOfChart) {
          leftOut.set(facts.leftOutOfChart, (leftOut.get(facts.leftOutOfChart) ?? 0) + 1);
        }
      });
      addTo('months', () => {
        const month = facts.recordedMonth;
        if (typeof month !== 'string' || !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month)) return;
        monthEntry = byMonth.get(month) ?? { notes: 0, findings: tally(), late: 0 };
        byMonth.set(month, monthEntry);
        monthEntry.notes++;
        if (late) monthEntry.late++;
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
          if (monthEntry) monthEntry.findings[severity]++;
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
    end: () => page(context, { totals, byRule, byAuthor, lateBy, byMonth, workingDays, leftOut, failed, inputErrors, worst, rows, totalRows, limit }),
  };
};

/** The missed limit of a note's facts, when it is one the page can show (it may come from a worker thread). */
function lateLimit(late: MissedLimit | undefined): MissedLimit | undefined {
  if (!late || typeof late !== 'object') return undefined;
  if (late.kind === 'working-days' && Number.isSafeInteger(late.days) && late.days > 0) return { kind: 'working-days', days: late.days };
  if (late.kind === 'hours' && Number.isFinite(late.hours) && late.hours > 0) return { kind: 'hours', hours: late.hours };
  return undefined;
}

interface PageData {
  totals: Tally & { notes: number; notesWithFindings: number; inputErrors: number; files: number; dated: number; late: number };
  byRule: Map<string, Tally>;
  byAuthor: Map<string, { notes: number; findings: Tally }>;
  lateBy: Map<string, { limit: MissedLimit; notes: number }>;
  byMonth: Map<string, MonthCount>;
  workingDays: Map<number, DayCount>;
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
.worst strong { font-weight: 600; }
.charts h3 { font-size: 15px; margin: 0 0 6px; }
.print-only { display: none; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  header, main { max-width: none; padding: 0; }
  section { border: 0; border-radius: 0; padding: 0; margin: 0 0 8mm; }
  /* Totals and each chart stay whole on a page; a long list may break between its items. */
  .card, #totals, #by-rule, #by-author, .charts > div, #late, .worst > li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .charts { grid-template-columns: 1fr; gap: 6mm; }
  svg.chart { max-width: 100%; height: auto; }
  svg.chart a { cursor: auto; }
  /* The filterable table is for the screen: thousands of rows would be hundreds of pages. */
  .filters, #findings-table { display: none; }
  .print-only { display: block; }
  .worst { font-size: 9.5pt; }
  .excerpt { background: none; border-left: 2px solid #888; }
  .card, .sev, rect, .legend i { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
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
    [number(totals.late), lateInWords(data), totals.late ? 'error' : undefined],
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
<p class="muted">${number(totals.notes)} notes in ${number(totals.files)} ${totals.files === 1 ? 'file' : 'files'}, checked by casenote-lint${context.version ? ` ${esc(context.version)}` : ''} against the case-recording standard on ${esc(generated)}.${context.redact ? ' Note text is left out of this report (--redact).' : ''}${
    context.pseudonymiseAuthors ? ' Authors are named Worker 1, Worker 2… in the order their first note appears (--pseudonymise-authors).' : ''
  }</p>
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
<h2>Findings per note, by author</h2>
${legend()}
${drawn(() => authorChart(data))}${notTaken(data, 'authors')}
</section>
</div>
<section id="by-month">
<h2>Trend by month of recording</h2>
${drawn(() => monthCharts(data))}${notTaken(data, 'months')}
</section>
<section id="late">
<h2>Working days from event to record</h2>
<p class="muted">From each note's occurredAt to its recordedAt, counting working days (Monday to Friday, less bank holidays). The standard's limit is ${data.limit} working days, and 24 hours for safeguarding, section 47, strategy-discussion and duty work (and for work on significant harm that a note of another type records): a note is late when it missed its own limit, as the timeliness rule counts.</p>
<p class="legend"><span><i style="background:var(--ok)"></i>on time</span><span><i style="background:var(--late)"></i>late</span></p>
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
<p class="print-only">The table of all ${plural(data.totalRows, 'finding')} is left out of the printed report; open the report in a browser to filter it, or run casenote-lint with --format json.</p>
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

/** "notes recorded late: 47 after 3 working days, 61 after 24 hours", limits in working days first, then hours. */
function lateInWords(data: PageData): string {
  if (data.totals.late === 0) return 'notes recorded late';
  const parts = [...data.lateBy.entries()]
    .sort(([, a], [, b]) => (a.limit.kind === b.limit.kind ? (a.limit.kind === 'hours' ? a.limit.hours - (b.limit as { hours: number }).hours : a.limit.days - (b.limit as { days: number }).days) : a.limit.kind === 'working-days' ? -1 : 1))
    .map(([words, { notes }]) => `${number(notes)} ${words}`);
  return `${data.totals.late === 1 ? 'note' : 'notes'} recorded late: ${parts.join(', ')}`;
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
  /** Each part of the bar; `text` says its value in the tooltip when the number alone would not. */
  segments: { value: number; className: string; text?: string }[];
  valueText: string;
  filter?: { kind: 'rule' | 'author'; value: string };
}

/** A horizontal bar chart as inline SVG. */
function barChart(id: string, label: string, rows: BarRow[], marker?: { afterRow: number; text: string }, valueWidth = 80): string {
  if (rows.length === 0) return `<p class="muted" id="${id}-empty">Nothing to chart.</p>`;
  const labelWidth = 200;
  const barWidth = 250;
  const rowHeight = 24;
  const width = labelWidth + barWidth + valueWidth;
  const height = rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((total, s) => total + s.value, 0)));
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const y = 4 + index * rowHeight;
    const shortLabel = row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label;
    let x = labelWidth;
    const rects = row.segments
      .filter((segment) => segment.value > 0)
      .map((segment) => {
        const w = Math.max(1, (segment.value / max) * barWidth);
        const rect = `<rect class="bar ${segment.className}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 8}"><title>${esc(`${row.title ?? row.label}: ${segment.text ?? `${number(segment.value)} ${segment.className}`}`)}</title></rect>`;
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
    .map(([rule, t]): BarRow => ({ label: ruleName(rule), title: `${ruleName(rule)} (${rule})`, segments: segments(t), valueText: number(sum(t)), filter: { kind: 'rule', value: rule } }));
  return barChart('chart-rules', 'Findings per rule', rows);
}

const perNote = (count: number, notes: number) => (notes === 0 ? 0 : count / notes);
const rate = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Findings per note of each author, drawn and sorted by that one measure, so that a busy worker is not shown worse for writing more notes. */
function authorChart(data: PageData): string {
  const all = [...data.byAuthor.entries()].filter(([, entry]) => entry.notes > 0);
  const sorted = all.sort((a, b) => perNote(sum(b[1].findings), b[1].notes) - perNote(sum(a[1].findings), a[1].notes) || b[1].notes - a[1].notes || (a[0] < b[0] ? -1 : 1));
  const rows = sorted.slice(0, AUTHORS_SHOWN).map(([author, entry]): BarRow => ({
    label: author,
    segments: (['error', 'warning', 'info'] as const).map((severity) => ({
      value: perNote(entry.findings[severity], entry.notes),
      className: severity,
      text: `${rate(perNote(entry.findings[severity], entry.notes))} ${severity} per note (${number(entry.findings[severity])} in ${plural(entry.notes, 'note')})`,
    })),
    valueText: `${rate(perNote(sum(entry.findings), entry.notes))} per note (${number(sum(entry.findings))} in ${plural(entry.notes, 'note')})`,
    ...(author === NO_AUTHOR || author === OTHER_AUTHORS ? {} : { filter: { kind: 'author' as const, value: author } }),
  }));
  const note =
    sorted.length > AUTHORS_SHOWN
      ? `<p class="muted">Each bar is the author's findings divided by their notes. The ${AUTHORS_SHOWN} authors with most findings per note are shown, of ${number(sorted.length)}.</p>`
      : '<p class="muted">Each bar is the author\'s findings divided by their notes, most first.</p>';
  return `${note}\n${barChart('chart-authors', 'Findings per note, by author', rows, undefined, 190)}`;
}

/** "Apr 2026" for "2026-04". */
function monthInWords(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Findings per note and late records by month of recording: is recording getting better? */
function monthCharts(data: PageData): string {
  const months = [...data.byMonth.keys()].sort();
  if (months.length === 0) return '<p class="muted" id="chart-months-empty">No note had a readable recorded date.</p>';
  const shown = months.slice(-MONTHS_SHOWN);
  let charted = 0;
  for (const entry of data.byMonth.values()) charted += entry.notes;
  const notes: string[] = [];
  if (months.length > shown.length) notes.push(`The latest ${MONTHS_SHOWN} months are shown, of ${number(months.length)}.`);
  const outside = data.totals.notes - charted - (data.failed.get('months') ?? 0);
  if (outside > 0) notes.push(`${plural(outside, 'note')} with no readable recorded date ${outside === 1 ? 'is' : 'are'} not in these charts.`);
  const findingRows = shown.map((month): BarRow => {
    const entry = data.byMonth.get(month)!;
    return {
      label: monthInWords(month),
      segments: (['error', 'warning', 'info'] as const).map((severity) => ({
        value: perNote(entry.findings[severity], entry.notes),
        className: severity,
        text: `${rate(perNote(entry.findings[severity], entry.notes))} ${severity} per note`,
      })),
      valueText: `${rate(perNote(sum(entry.findings), entry.notes))} per note (${plural(entry.notes, 'note')})`,
    };
  });
  const lateRows = shown.map((month): BarRow => {
    const entry = data.byMonth.get(month)!;
    return {
      label: monthInWords(month),
      segments: [{ value: entry.late, className: 'late', text: `${number(entry.late)} of ${plural(entry.notes, 'note')} recorded late` }],
      valueText: `${number(entry.late)} of ${number(entry.notes)} (${percent(entry.late, entry.notes)})`,
    };
  });
  return `${notes.length ? `<p class="muted">${notes.join(' ')}</p>\n` : ''}<div class="charts">
<div><h3>Findings per note</h3>${legend()}${barChart('chart-months', 'Findings per note, by month of recording', findingRows, undefined, 150)}</div>
<div><h3>Notes recorded late</h3><p class="legend"><span><i style="background:var(--late)"></i>late</span></p>${barChart('chart-months-late', 'Notes recorded late, by month of recording', lateRows, undefined, 150)}</div>
</div>`;
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
  const counts = buckets.map((): DayCount => ({ onTime: 0, late: 0 }));
  for (const [days, count] of data.workingDays) {
    const index = buckets.findIndex((bucket) => days >= bucket.from && days <= bucket.to);
    if (index >= 0) {
      counts[index]!.onTime += count.onTime;
      counts[index]!.late += count.late;
    }
  }
  if (data.totals.dated === 0) return '<p class="muted" id="chart-late-empty">No note had both an event date and a recorded date.</p>';
  const rows = buckets.map(
    (bucket, index): BarRow => ({
      label: bucket.from === 0 ? 'same working day' : `${bucket.label} working ${bucket.label === '1' ? 'day' : 'days'}`,
      segments: [
        { value: counts[index]!.onTime, className: 'on-time', text: `${number(counts[index]!.onTime)} on time` },
        { value: counts[index]!.late, className: 'late', text: `${number(counts[index]!.late)} late` },
      ],
      valueText: `${number(counts[index]!.onTime + counts[index]!.late)} (${percent(counts[index]!.onTime + counts[index]!.late, data.totals.dated)})${counts[index]!.late ? `, ${number(counts[index]!.late)} late` : ''}`,
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
          `<li><span class="sev ${finding.severity}">${finding.severity}</span> <strong title="${esc(finding.ruleId)}">${esc(ruleName(finding.ruleId))}</strong> ${esc(finding.message)}${
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
  const rules = [...data.byRule.keys()].sort((a, b) => (ruleName(a) < ruleName(b) ? -1 : 1));
  const authors = [...new Set(data.rows.map((row) => row.author))].sort();
  const option = (value: string, text = value) => `<option value="${esc(value)}">${esc(text)}</option>`;
  const severities: Severity[] = ['error', 'warning', 'info'];
  const capped =
    data.totalRows > data.rows.length
      ? ` The table holds the first ${number(data.rows.length)} of ${number(data.totalRows)} findings; run with --format json for all of them.`
      : '';
  const body = data.rows
    .map(({ file, noteLine, noteId, author, inNote, finding }) => {
      const position = `${finding.line}:${finding.column}${inNote ? ' in text' : ''}`;
      return `<tr data-rule="${esc(finding.ruleId)}" data-severity="${finding.severity}" data-author="${esc(author)}"><td>${esc(noteName(file, noteLine, noteId, inNote))}</td><td>${esc(author)}</td><td title="${esc(finding.ruleId)}">${esc(ruleName(finding.ruleId))}</td><td><span class="sev ${finding.severity}">${finding.severity}</span></td><td>${position}</td><td>${esc(finding.message)}</td>${
        context.redact ? '' : `<td class="excerpt-cell">${esc(finding.excerpt)}</td>`
      }</tr>`;
    })
    .join('\n');
  return `<div class="filters">
<label>Rule <select id="filter-rule"><option value="">all rules</option>${rules.map((rule) => option(rule, ruleName(rule))).join('')}</select></label>
<label>Severity <select id="filter-severity"><option value="">all</option>${severities.map((severity) => option(severity)).join('')}</select></label>
<label>Author <select id="filter-author"><option value="">all authors</option>${authors.map((author) => option(author)).join('')}</select></label>
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
