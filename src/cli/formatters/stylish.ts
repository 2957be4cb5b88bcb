import type { Formatter } from '../report.js';
import { countFindings } from '../report.js';

const paint = (code: number, enabled: boolean) => (text: string) => (enabled ? `\u001B[${code}m${text}\u001B[0m` : text);

/** ESLint's stylish layout: findings grouped by file, then one summary line. */
export const stylish: Formatter = (reports, { color }) => {
  const red = paint(31, color);
  const yellow = paint(33, color);
  const blue = paint(34, color);
  const dim = paint(2, color);
  const bold = paint(1, color);
  const underline = paint(4, color);
  const out: string[] = [];
  const byFile = new Map<string, typeof reports[number][]>();
  for (const report of reports) {
    const list = byFile.get(report.file) ?? [];
    list.push(report);
    byFile.set(report.file, list);
  }
  for (const [file, fileReports] of byFile) {
    const rows: string[][] = [];
    for (const report of fileReports) {
      // A malformed note that was still linted shows its problem among its findings already.
      if (report.error && report.findings.length === 0) rows.push([report.line ? `${report.line}:1` : '', red('error'), report.error, dim('input')]);
      const prefix = fileReports.length > 1 && report.noteId ? `[${report.noteId}] ` : '';
      for (const finding of report.findings) {
        const severity = finding.severity === 'error' ? red('error') : finding.severity === 'warning' ? yellow('warning') : blue('info');
        rows.push([`${finding.line}:${finding.column}`, severity, prefix + finding.message, dim(finding.ruleId)]);
      }
    }
    if (rows.length === 0) continue;
    out.push(underline(file));
    const width = Math.max(...rows.map((row) => row[0]!.length));
    const severityWidth = Math.max(...rows.map((row) => visibleLength(row[1]!)));
    for (const [position, severity, message, rule] of rows) {
      out.push(`  ${dim(position!.padEnd(width))}  ${severity}${' '.repeat(severityWidth - visibleLength(severity!))}  ${message}  ${rule}`);
    }
    out.push('');
  }
  const { errors, warnings, infos, inputErrors } = countFindings(reports);
  const problems = errors + warnings + infos + inputErrors;
  if (problems === 0) return `${reports.length} ${reports.length === 1 ? 'note' : 'notes'} checked, no problems.\n`;
  const summary = `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${errors + inputErrors} ${errors + inputErrors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info) in ${reports.length} ${reports.length === 1 ? 'note' : 'notes'}`;
  out.push(bold(errors + inputErrors > 0 ? red(summary) : yellow(summary)));
  return `${out.join('\n')}\n`;
};

function visibleLength(text: string): number {
  return text.replace(/\u001B\[\d+m/g, '').length;
}
