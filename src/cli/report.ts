import type { Finding, Severity, StandardReference } from '../types.js';
import type { LeftOutOfChart } from './late-days.js';
import type { MissedLimit } from '../../rules/timeliness.js';

/**
 * What a note's positions count from. `file`: the whole file, front matter included (.md, .txt), so an
 * editor jumps to the right place. `note`: the note's own text (a note inside a .json or .jsonl file, where
 * the text is a JSON string and file positions would be meaningless after escaping).
 */
export type PositionBase = 'file' | 'note';

/** Note metadata the HTML report needs; never the note's text. */
export interface NoteFacts {
  author?: string;
  type?: string;
  /** Working days from the event (occurredAt) to the record (recordedAt); undefined when a date is missing or unreadable. */
  workingDaysToRecord?: number;
  /** Why a note with both dates readable is not in the working-days chart. */
  leftOutOfChart?: LeftOutOfChart;
  /** The limit the record missed, reckoned as the timeliness rule does; absent when on time or not dated. */
  late?: MissedLimit;
  /** The month of recordedAt (YYYY-MM, in the config's time zone), for the trend by month. */
  recordedMonth?: string;
}

/** One entry of the CLI's output: one per input note, in input order, failed or not. */
export interface NoteReport {
  /** Path as given or found, relative to the working directory where possible. */
  file: string;
  /** Line of the note in its file (JSONL line, or 1 for a note file); for messages only. */
  line?: number;
  noteId: string | null;
  findings: Finding[];
  /** Set when the note could not be read or is malformed; its findings may then be empty. */
  error?: string;
  /** What the findings' positions count from; `file` when absent. */
  positions?: PositionBase;
  /** One per finding (same order): a hash of the rule, the excerpt and its context, for SARIF (never with --redact). */
  fingerprints?: string[];
  /** Metadata for the HTML report, when it asked for it. */
  facts?: NoteFacts;
  /** With --fix-dry-run, the note file's text with its fixes applied (only when there were any). */
  output?: string;
}

export interface RuleInfo {
  id: string;
  description: string;
  /** The rule's own default severity. */
  defaultSeverity: Severity;
  /** The severity in force for this run; 'off' when the config turned it off. */
  severity: Severity | 'off';
  category?: string;
  reference: StandardReference;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Omit note text (excerpts, suggestions' replacements) from the output. */
  redact: boolean;
  /** Name authors Worker 1, Worker 2… in order of first appearance (the HTML report, the only format that names them). */
  pseudonymiseAuthors?: boolean;
  rules: readonly RuleInfo[];
  /** casenote-lint's version, for SARIF's tool.driver. */
  version?: string;
  /** The working-day limit the late-recording chart marks (3 unless the config says otherwise). */
  workingDayLimit?: number;
  /** Findings suppressed by the baseline, for the summary lines; known only at the end. */
  suppressed?: () => number;
}

/**
 * A formatter writes as the notes arrive, so that a run over 100,000 notes never holds them all:
 * `begin` once, `note` once per note in input order, `end` once. Each returns the text to write.
 */
export interface StreamingFormatter {
  begin(): string;
  note(report: NoteReport): string;
  end(): string;
}

/** A note that could not be read or is malformed, for messages and for formats that list them. */
export interface InputProblem {
  file: string;
  line?: number;
  error: string;
}

/**
 * A format whose text for a note is a list of entries that depend on that note alone (json, sarif,
 * github): the thread that lints a note can render it, so that only bytes come back to the main thread.
 * The output is `begin()`, then every entry in input order with `first` before the first one and `between`
 * before each other one, then `end(entries)`.
 */
export interface EntryFormatter {
  begin(): string;
  /** The note's entries. Pure: it may run in any thread. */
  entries(report: NoteReport): string[];
  first: string;
  between: string;
  /** Called in input order for each note with an error, on the main thread. */
  problem?(problem: InputProblem): void;
  /** `entries`: how many were written in all. */
  end(entries: number): string;
}

export type Formatter = (context: FormatContext) => StreamingFormatter | EntryFormatter;

export function isEntryFormatter(format: StreamingFormatter | EntryFormatter): format is EntryFormatter {
  return 'entries' in format;
}

export function problemOf(report: NoteReport): InputProblem | undefined {
  if (report.error === undefined) return undefined;
  return report.line === undefined ? { file: report.file, error: report.error } : { file: report.file, line: report.line, error: report.error };
}

/** The streaming form of any format: an entry format joins each note's entries as it comes. */
export function streaming(format: StreamingFormatter | EntryFormatter): StreamingFormatter {
  if (!isEntryFormatter(format)) return format;
  let written = 0;
  return {
    begin: () => format.begin(),
    note(report) {
      const problem = problemOf(report);
      if (problem) format.problem?.(problem);
      let out = '';
      for (const entry of format.entries(report)) out += (written++ === 0 ? format.first : format.between) + entry;
      return out;
    },
    end: () => format.end(written),
  };
}

/** Runs a formatter over reports already in memory (tests, small runs). */
export function formatAll(formatter: Formatter, reports: readonly NoteReport[], context: FormatContext): string {
  const stream = streaming(formatter(context));
  let out = stream.begin();
  for (const report of reports) out += stream.note(report);
  return out + stream.end();
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  inputErrors: number;
}

export function emptyCounts(): Counts {
  return { errors: 0, warnings: 0, infos: 0, inputErrors: 0 };
}

export function addCounts(counts: Counts, report: NoteReport): Counts {
  for (const finding of report.findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  if (report.error) counts.inputErrors++;
  return counts;
}

export function mergeCounts(counts: Counts, more: Counts): Counts {
  counts.errors += more.errors;
  counts.warnings += more.warnings;
  counts.infos += more.infos;
  counts.inputErrors += more.inputErrors;
  return counts;
}

export function countFindings(reports: readonly NoteReport[]): Counts {
  const counts = emptyCounts();
  for (const report of reports) addCounts(counts, report);
  return counts;
}

const REDACTED = '[…]';

/**
 * A copy of the finding with the note's text removed, for audits where the output must not carry personal
 * data: the excerpt and suggested replacements go, and any place where a message quotes the excerpt is
 * blanked too, so that the guarantee does not depend on every rule's wording.
 */
export function redactFinding(finding: Finding): Finding {
  const { excerpt, suggestions, ...rest } = finding;
  const redacted: Finding = { ...rest, message: scrub(rest.message, excerpt), excerpt: '' };
  if (suggestions) redacted.suggestions = suggestions.map((s) => ({ message: scrub(s.message, excerpt) }));
  return redacted;
}

/**
 * Blanks the excerpt where a message repeats it: as a whole word or phrase anywhere when it is 3 characters
 * or more, else only in quotes. (A message whose own wording contains the flagged word loses that word too:
 * the price of a guarantee that does not depend on how each rule words its messages.)
 */
export function scrub(message: string, excerpt: string): string {
  const words = excerpt.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return message;
  const flexible = words.map(escapeRegExp).join('[\\s\\u00a0]+');
  const core = words.join(' ');
  if (core.length > message.length) return message;
  let result = message;
  if (core.length >= 3) {
    result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${flexible}(?![\\p{L}\\p{N}])`, 'giu'), REDACTED);
  } else {
    result = result.replace(new RegExp(`(["'“‘])${flexible}(["'”’])`, 'giu'), `$1${REDACTED}$2`);
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The findings as the output shows them: errors only with --quiet, note text (excerpts, fixed output) removed with --redact. */
export function shownReport(report: NoteReport, { quiet, redact }: { quiet: boolean; redact: boolean }): NoteReport {
  if (!quiet && !redact) return report;
  const findings: Finding[] = [];
  const fingerprints: string[] = [];
  report.findings.forEach((finding, index) => {
    if (quiet && finding.severity !== 'error') return;
    findings.push(redact ? redactFinding(finding) : finding);
    if (report.fingerprints) fingerprints.push(report.fingerprints[index]!);
  });
  const shown: NoteReport = { ...report, findings };
  if (report.fingerprints) shown.fingerprints = fingerprints;
  if (redact) delete shown.output;
  return shown;
}
