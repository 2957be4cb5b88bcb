import type { Formatter, NoteReport } from '../report.js';
import { addCounts, emptyCounts } from '../report.js';
import { printable } from '../printable.js';
import { quotedExcerpt } from './excerpt.js';

const paint = (code: number, enabled: boolean) => (text: string) => (enabled ? `\u001B[${code}m${text}\u001B[0m` : text);

/** Rows held before they are written; a longer file is aligned in blocks of this many rows. */
const BLOCK_ROWS = 500;

/**
 * ESLint's stylish layout: findings grouped by file, then one summary line. Streams: a file's rows are
 * written when the next file starts (or every BLOCK_ROWS rows of a large JSONL file). A note inside a .json
 * or .jsonl file is prefixed with its id (or its line), since its positions count from its own text.
 * Each finding's row quotes the flagged text, shortened (not with --redact).
 * Everything that came from input (file names, note ids, excerpts, messages, rule ids of custom rules) is printed
 * through `printable`, so that no control character reaches the terminal and no line starts where the
 * input says (a file named `x\n::error::…` stays on its line).
 */
export const stylish: Formatter = ({ color, redact }) => {
  const red = paint(31, color);
  const yellow = paint(33, color);
  const blue = paint(34, color);
  const dim = paint(2, color);
  const bold = paint(1, color);
  const underline = paint(4, color);
  const counts = emptyCounts();
  let notes = 0;
  let file: string | undefined;
  let headerWritten = false;
  let rows: string[][] = [];

  const flush = (last: boolean): string => {
    const out: string[] = [];
    if (rows.length > 0) {
      if (!headerWritten) out.push(underline(printable(file!)));
      headerWritten = true;
      const width = Math.max(...rows.map((row) => row[0]!.length));
      const severityWidth = Math.max(...rows.map((row) => visibleLength(row[1]!)));
      for (const [position, severity, message, rule] of rows) {
        out.push(`  ${dim(position!.padEnd(width))}  ${severity}${' '.repeat(severityWidth - visibleLength(severity!))}  ${message}  ${rule}`);
      }
      rows = [];
    }
    if (last && headerWritten) out.push('');
    return out.length ? `${out.join('\n')}\n` : '';
  };

  return {
    begin: () => '',
    note(report: NoteReport) {
      notes++;
      addCounts(counts, report);
      let out = '';
      if (report.file !== file) {
        out += file === undefined ? '' : flush(true);
        file = report.file;
        headerWritten = false;
      }
      // A malformed note that was still linted shows its problem among its findings already.
      if (report.error && report.findings.length === 0) rows.push([report.line ? `${report.line}:1` : '', red('error'), printable(report.error), dim('input')]);
      const prefix = report.positions === 'note' ? (report.noteId ? `[${printable(report.noteId)}] ` : report.line ? `[line ${report.line}] ` : '') : '';
      for (const finding of report.findings) {
        const severity = finding.severity === 'error' ? red('error') : finding.severity === 'warning' ? yellow('warning') : blue('info');
        const quoted = redact ? '' : quotedExcerpt(finding.excerpt);
        rows.push([`${finding.line}:${finding.column}`, severity, `${prefix}${quoted ? `${quoted}: ` : ''}${printable(finding.message)}`, dim(printable(finding.ruleId))]);
      }
      if (rows.length >= BLOCK_ROWS) out += flush(false);
      return out;
    },
    end() {
      let out = file === undefined ? '' : flush(true);
      const { errors, warnings, infos, inputErrors } = counts;
      const problems = errors + warnings + infos + inputErrors;
      if (problems === 0) return `${out}${notes} ${notes === 1 ? 'note' : 'notes'} checked, no problems.\n`;
      const summary = `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${errors + inputErrors} ${errors + inputErrors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info) in ${notes} ${notes === 1 ? 'note' : 'notes'}`;
      out += `${bold(errors + inputErrors > 0 ? red(summary) : yellow(summary))}\n`;
      return out;
    },
  };
};

function visibleLength(text: string): number {
  return text.replace(/\u001B\[\d+m/g, '').length;
}
