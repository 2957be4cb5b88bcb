/**
 * `casenote-lint --explain RULE`: the rule's documentation page in the terminal, as Markdown (as
 * `rustc --explain` and `ruff rule` print theirs). A built-in rule's page is docs/rules/<id>.md of the
 * installed package, which has the examples from the rule's fixtures; a rule of the user's own, or a
 * package without its docs, gets the page made from the rule's meta alone.
 */
import { readFileSync } from 'node:fs';
import type { Rule } from '../../index.js';
import { GENERATED_MARK, rulePage } from '../../docs/rule-page.js';
import { ruleDocsUrl } from '../../docs/rule-url.js';
import { UsageError } from '../inputs.js';
import { packageRoot } from './package-root.js';

export function explainRule(id: string, rules: readonly Rule[]): string {
  const rule = rules.find((candidate) => candidate.meta.id === id);
  if (!rule) throw new UsageError(`--explain: unknown rule "${id}"; known rules: ${rules.map((known) => known.meta.id).join(', ')}`);
  const url = ruleDocsUrl(id);
  const page = url ? shippedPage(id) : undefined;
  const text = page ?? rulePage({ rule, ...(url ? { url } : {}) });
  return `${text.replace(`${GENERATED_MARK}\n\n`, '')}${page && url ? `\nOnline: ${url}\n` : ''}`;
}

function shippedPage(id: string): string | undefined {
  const root = packageRoot();
  if (!root) return undefined;
  try {
    const page = readFileSync(new URL(`docs/rules/${id}.md`, root), 'utf8');
    return page.startsWith(GENERATED_MARK) ? page : undefined;
  } catch {
    return undefined;
  }
}
