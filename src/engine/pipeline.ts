import type { Finding } from '../types.js';

/** The one place findings are tidied: duplicates dropped, then sorted by position and rule. */
export function finishFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.ruleId}\u0000${finding.offset}\u0000${finding.endOffset}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(finding);
  }
  return unique.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.offset - b.offset ||
    a.endOffset - b.endOffset ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
