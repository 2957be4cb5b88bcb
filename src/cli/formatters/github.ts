import type { Formatter, NoteReport } from '../report.js';
import type { Finding } from '../../types.js';
import { printableKeepingLineBreaks } from '../printable.js';
import { quotedExcerpt } from './excerpt.js';

/**
 * GitHub Actions workflow commands, one annotation a line:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 * Levels: error → error, warning → warning, info → notice. A note inside a .json or .jsonl file is
 * annotated on its line of the file (no columns: its positions count from its own text), and the message
 * says where in the note's text the finding is.
 *
 * The runner reads a line that starts with `::` as a command. Every value is escaped as the Actions
 * toolkit does (`%`, CR and LF in the message; also `:` and `,` in properties), so nothing from input can
 * end a line or a property; other control, bidi and separator characters are shown as escapes, so the log
 * shows no escape sequence from input either.
 */
export const github: Formatter = ({ redact }) => ({
  begin: () => '',
  entries(report: NoteReport) {
    const lines: string[] = [];
    if (report.error && report.findings.length === 0) {
      lines.push(command('error', { file: report.file, line: report.line, title: 'casenote-lint' }, `Malformed input: ${report.error}`));
    }
    for (const finding of report.findings) lines.push(annotation(report, finding, redact));
    return lines.map((line) => `${line}\n`);
  },
  first: '',
  between: '',
  end: () => '',
});

function annotation(report: NoteReport, finding: Finding, redact: boolean): string {
  const level = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
  // The flagged text, shortened, before the message (not with --redact).
  const quoted = redact ? '' : quotedExcerpt(finding.excerpt);
  if (report.positions === 'note') {
    const where = `${report.noteId ? `Note ${report.noteId}` : 'Note'}, line ${finding.line}, column ${finding.column} of its text`;
    return command(level, { file: report.file, line: report.line ?? 1, endLine: report.line ?? 1, title: finding.ruleId }, `${where}${quoted ? `, ${quoted}` : ''}: ${finding.message}`);
  }
  return command(
    level,
    { file: report.file, line: finding.line, col: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, title: finding.ruleId },
    `${quoted ? `${quoted}: ` : ''}${finding.message}`,
  );
}

type Properties = Partial<Record<'file' | 'line' | 'col' | 'endLine' | 'endColumn' | 'title', string | number | undefined>>;

export function command(level: string, properties: Properties, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Message text: % and line breaks are encoded (actions/toolkit `escapeData`); other controls shown as escapes. */
export function escapeData(text: string): string {
  return printableKeepingLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: as data, and also : and , which separate properties (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
