/**
 * Lints one unit of work: used on the main thread (--jobs 1, and the first notes of a run) and in the
 * worker threads, so that both give exactly the same reports.
 */
import { createHash } from 'node:crypto';
import type { CaseNote, Finding } from '../types.js';
import type { Linter } from '../engine/linter.js';
import { readFrontMatter } from '../parse/front-matter.js';
import type { Calendar } from '../calendar/working-days.js';
import { noteFromJsonLine, type NoteInput } from './inputs.js';
import type { NoteFacts, NoteReport, PositionBase } from './report.js';
import { calendarDayOf, calendarFor, calendarOptionsFrom, timelinessOptionsFrom, workingDaysToRecord } from './late-days.js';
import { validateMetadata } from '../parse/metadata.js';
import { prepareNote } from '../parse/parse-note.js';
import { missedLimit, type TimelinessOptions } from '../../rules/timeliness.js';

/**
 * A note to lint: already read (note files, .json), a raw JSONL line (parsed where it is linted), or a
 * problem. `config` is the index of the run's config that applies to it (0 when absent). `output`: the fixed
 * text of a note file, given with --fix-dry-run.
 */
export type WorkItem =
  | { kind: 'input'; input: NoteInput; positions: PositionBase; config?: number; output?: string }
  | { kind: 'jsonl'; file: string; line: number; text: string; config?: number };

export interface Wants {
  /** Hash each finding (baseline, SARIF partialFingerprints). */
  fingerprints: boolean;
  /** Collect author, type and working days to record (HTML report). */
  facts: boolean;
}

export interface LintEnvironment {
  linter: Linter;
  wants: Wants;
  calendar: Calendar;
  /** The timeliness rule's options, to count late records as it does (HTML report). */
  timeliness: TimelinessOptions;
  timeZone: string;
  /** The calendar day the run started, in timeZone: a note recorded after it is left out of the late-recording chart. */
  today?: string;
}

/** The environment of one config: built the same way on the main thread and in each worker thread. */
export function createEnvironment(linter: Linter, wants: Wants, today: string | undefined): LintEnvironment {
  return { linter, wants, calendar: calendarFor(calendarOptionsFrom(linter.config)), timeliness: timelinessOptionsFrom(linter.config), timeZone: linter.config.timeZone, today };
}

export function lintItem(env: LintEnvironment, item: WorkItem): NoteReport {
  const input = item.kind === 'jsonl' ? noteFromJsonLine(item.text, item.file, item.line) : item.input;
  const positions: PositionBase = item.kind === 'jsonl' ? 'note' : item.positions;
  if (input.error !== undefined) {
    return { file: input.file, line: input.line, noteId: input.noteId ?? null, findings: [], error: input.error, positions };
  }
  let report: NoteReport;
  try {
    const result = env.linter.lint(input.note);
    report = { file: input.file, line: input.line, noteId: result.noteId ?? null, findings: result.findings, positions };
    if (item.kind === 'input' && item.output !== undefined) report.output = item.output;
  } catch (error) {
    // The engine catches rule failures; anything else is ours. Name it without echoing the note.
    const reason = error instanceof Error ? error.name : 'error';
    return { file: input.file, line: input.line, noteId: noteIdOf(input.note), findings: [], error: `internal error while linting this note (${reason}); please report it`, positions };
  }
  // A note file whose front matter is malformed is linted, and also reported as malformed input.
  const frontMatter = report.findings.find((f) => f.ruleId === 'required-fields' && f.message.startsWith('Front matter'));
  if (frontMatter) {
    report.line = frontMatter.line;
    report.error = frontMatter.message.replace(/^Front matter: /, '');
  }
  if (env.wants.fingerprints) {
    const source = typeof input.note === 'string' ? input.note : input.note.text;
    report.fingerprints = report.findings.map((finding) => fingerprint(finding, source));
  }
  if (env.wants.facts) {
    try {
      report.facts = factsOf(env, input.note);
    } catch {
      // The report's metadata is a bonus: a note whose metadata cannot be read keeps its findings.
      report.facts = {};
    }
  }
  return report;
}

function noteIdOf(note: CaseNote | string): string | null {
  if (typeof note === 'string') return null;
  const id = (note as { id?: unknown }).id;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : null;
}

/** Characters of context on each side of the excerpt that go into its hash. */
const CONTEXT = 40;

/**
 * A stable hash of a finding, 32 hex digits: 16 for the rule and its excerpt, then 16 for the text around
 * it, white space collapsed. Edits elsewhere in the note, or moving the note in its file, keep it. It is a
 * function of the note's text (a short excerpt can be recovered by trying phrases), so it is written only
 * where the excerpt itself is: SARIF without --redact. The baseline does not use it.
 */
export function fingerprint(finding: Pick<Finding, 'ruleId' | 'offset' | 'endOffset'>, source: string): string {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  const before = squeeze(source.slice(Math.max(0, finding.offset - CONTEXT), finding.offset));
  const excerpt = squeeze(source.slice(finding.offset, finding.endOffset));
  const after = squeeze(source.slice(finding.endOffset, finding.endOffset + CONTEXT));
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
  return hash(`casenote-lint/v1\0${finding.ruleId}\0${excerpt}`) + hash(`casenote-lint/v1\0${finding.ruleId}\0${before}\0${excerpt}\0${after}`);
}

function factsOf(env: LintEnvironment, note: CaseNote | string): NoteFacts {
  let data: Record<string, unknown> | undefined;
  if (typeof note === 'string') {
    try {
      data = readFrontMatter(note)?.data;
    } catch {
      data = undefined;
    }
  } else {
    data = note as unknown as Record<string, unknown>;
  }
  const facts: NoteFacts = {};
  if (!data) return facts;
  const author = data.author as { name?: unknown } | undefined;
  if (author && typeof author === 'object' && typeof author.name === 'string' && author.name.trim()) facts.author = author.name.trim().slice(0, 200);
  // The standard's type, as the rules read it: the config may map a host system's own types onto them.
  const types = env.linter.config.types;
  if (typeof data.type === 'string') facts.type = (types.get(data.type) ?? data.type).slice(0, 100);
  const days = workingDaysToRecord(env.calendar, data.occurredAt, data.recordedAt, env.timeZone, env.today);
  if (days && 'days' in days) facts.workingDaysToRecord = days.days;
  else if (days) facts.leftOutOfChart = days.leftOut;
  const month = calendarDayOf(data.recordedAt, env.timeZone)?.slice(0, 7);
  if (month && !(env.today && month > env.today.slice(0, 7))) facts.recordedMonth = month;
  // The text is read (parsed again) only when the limit may be inferred from it: a late record that
  // names significant-harm work.
  const late = missedLimit({ meta: validateMetadata(data, types).meta, index: () => prepareNote(note).note.index }, env.timeliness, env.timeZone);
  if (late) facts.late = late;
  return facts;
}
