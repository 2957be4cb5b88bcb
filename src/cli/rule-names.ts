import { builtInRules } from '../../rules/index.js';
import { ruleName as nameFromMeta } from '../docs/rule-page.js';

/**
 * Plain-English names of the built-in rules (each rule's `meta.name`), for readers who are not
 * developers (the HTML report for a manager). A custom rule is shown by its id.
 */
const RULE_NAMES: ReadonlyMap<string, string> = new Map(builtInRules.map((rule) => [rule.meta.id, nameFromMeta(rule.meta)]));

export function ruleName(id: string): string {
  return RULE_NAMES.get(id) ?? id;
}

/** The ids that have a plain name, for the test that every built-in rule has one. */
export const NAMED_RULES: readonly string[] = [...RULE_NAMES.keys()];
