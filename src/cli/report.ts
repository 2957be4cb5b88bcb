import type { Finding } from '../types.js';

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
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Omit note text (excerpts, suggestions' replacements) from the output. */
  redact: boolean;
  rules: readonly { id: string; description: string; severity: string; reference: { section: string; summary: string } }[];
}

export type Formatter = (reports: readonly NoteReport[], context: FormatContext) => string;

export function countFindings(reports: readonly NoteReport[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos, inputErrors: reports.filter((r) => r.error).length };
}

/** A copy of the findings with the note's text removed, for audits where the output must not carry personal data. */
export function redactFinding(finding: Finding): Finding {
  const { excerpt: _excerpt, suggestions, ...rest } = finding;
  const redacted: Finding = { ...rest, excerpt: '' };
  if (suggestions) redacted.suggestions = suggestions.map((s) => ({ message: s.message }));
  return redacted;
}
