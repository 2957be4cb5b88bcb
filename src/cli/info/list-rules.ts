/**
 * `casenote-lint --list-rules`: one line per rule (id, default severity, category, plain-English name and
 * what it flags), so that the list can be read or searched with grep; `--format json` gives the same as
 * an array of objects, with the link to each rule's page.
 */
import type { Rule } from '../../index.js';
import { ruleName } from '../../docs/rule-page.js';
import { ruleDocsUrl } from '../../docs/rule-url.js';
import { printable } from '../printable.js';

export function listRulesText(rules: readonly Rule[]): string {
  const rows = [['Rule', 'Default', 'Category', 'Name: what it flags'], ...rules.map(({ meta }) => [meta.id, meta.severity, meta.category, `${ruleName(meta)}: ${meta.description}`])].map((row) =>
    row.map((cell) => printable(cell)),
  );
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  '));
  return `${lines.join('\n')}\n\n${rules.length} rules. casenote-lint --explain RULE shows a rule's documentation.\n`;
}

export function listRulesJson(rules: readonly Rule[]): string {
  const entries = rules.map(({ meta }) => {
    const url = ruleDocsUrl(meta.id);
    return {
      id: meta.id,
      name: ruleName(meta),
      severity: meta.severity,
      category: meta.category,
      description: meta.description,
      reference: meta.reference,
      ...(url ? { url } : {}),
    };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}
