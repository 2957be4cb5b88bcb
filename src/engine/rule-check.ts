/**
 * Checks a rule that came from the user (`customRules`, or a plugin's `rules`) as a built-in rule is
 * written: a `check` function, and `meta` with an id, description, default severity, category, a zod
 * schema of its options and the requirement it enforces. A bad rule is a ConfigError naming where it
 * was found and the field, never a crash in the middle of linting.
 */
import type { Rule, RuleMeta } from '../types.js';
import { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';

/** A rule id: lower-case words joined by hyphens, with a plugin's name before a slash for a team's rule. */
export const RULE_ID = /^[a-z][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/;
/** A plugin's name, as it comes before the slash of its rules' ids. */
export const PLUGIN_NAME = /^[a-z][a-z0-9-]*$/;
/** A rule's name inside a plugin, after the slash. */
export const PLUGIN_RULE_NAME = /^[a-z0-9][a-z0-9-]*$/;

const SEVERITIES: readonly RuleMeta<unknown>['severity'][] = ['error', 'warning', 'info'];
export const CATEGORIES: readonly RuleMeta<unknown>['category'][] = ['language', 'evidence', 'structure', 'timeliness', 'metadata', 'layout'];

/**
 * The rule, checked. `where` names it in messages (`customRules[0]`, `plugins.myteam.rules.no-foo`);
 * `id` is the id it gets when its place gives it one (a plugin's rule), which its meta.id may leave out.
 */
export function checkRule(value: unknown, where: string, id?: string): Rule {
  const rule = value as Partial<Rule> | null;
  if (typeof rule !== 'object' || rule === null) throw new ConfigError(`${where}: expected a rule object with meta and check, got ${kindOf(value)}`);
  if (typeof rule.check !== 'function') throw new ConfigError(`${where}.check: expected a function, got ${kindOf(rule.check)}`);
  if (rule.phrases !== undefined && typeof rule.phrases !== 'function') throw new ConfigError(`${where}.phrases: expected a function, got ${kindOf(rule.phrases)}`);
  const meta = rule.meta as Partial<RuleMeta<unknown>> | undefined;
  if (typeof meta !== 'object' || meta === null) throw new ConfigError(`${where}.meta: expected an object with id, description, severity, category, schema and reference`);
  if (id === undefined) {
    if (typeof meta.id !== 'string' || !RULE_ID.test(meta.id)) throw new ConfigError(`${where}.meta.id: expected a lower-case id such as "my-team/no-initials"`);
  } else if (meta.id !== undefined && meta.id !== id && meta.id !== id.slice(id.indexOf('/') + 1)) {
    throw new ConfigError(`${where}.meta.id: the rule is "${id}" by its place in the plugin, but its meta.id says "${String(meta.id)}"; leave meta.id out or make them agree`);
  }
  if (typeof meta.description !== 'string' || meta.description.trim() === '') throw new ConfigError(`${where}.meta.description: expected a sentence saying what the rule flags`);
  if (!SEVERITIES.includes(meta.severity as never)) {
    throw new ConfigError(`${where}.meta.severity: expected ${SEVERITIES.join('|')}, got ${JSON.stringify(meta.severity) ?? 'nothing'}${typeof meta.severity === 'string' ? didYouMean(meta.severity, SEVERITIES) : ''}`);
  }
  if (!CATEGORIES.includes(meta.category as never)) {
    throw new ConfigError(`${where}.meta.category: expected ${CATEGORIES.join('|')}, got ${JSON.stringify(meta.category) ?? 'nothing'}${typeof meta.category === 'string' ? didYouMean(meta.category, CATEGORIES) : ''}`);
  }
  if (!isSchema(meta.schema)) throw new ConfigError(`${where}.meta.schema: expected a zod schema of the rule's options, such as z.object({}).strict()`);
  const reference = meta.reference as Partial<RuleMeta<unknown>['reference']> | undefined;
  if (typeof reference !== 'object' || reference === null || typeof reference.section !== 'string' || typeof reference.summary !== 'string' || !reference.section.trim() || !reference.summary.trim()) {
    throw new ConfigError(`${where}.meta.reference: expected { section, summary }: the requirement of the standard (or the team's own guidance) the rule enforces`);
  }
  return rule as Rule;
}

function isSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
