/**
 * Plugins: a team's rules, grouped under the plugin's name as ESLint groups them. A config (a JavaScript
 * one, or an object passed to the API) names them `plugins: { myteam: { rules: { 'no-foo': rule } } }`
 * and turns them on as `rules: { 'myteam/no-foo': 'warning' }`. Each rule is checked as a built-in one is,
 * and runs under its full id, which its findings carry.
 */
import type { Rule } from '../types.js';
import { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';
import { checkRule, kindOf, PLUGIN_NAME, PLUGIN_RULE_NAME } from './rule-check.js';

export interface ConfigPlugin {
  /** For messages and documentation; optional. */
  meta?: { name?: string; version?: string };
  /** The plugin's rules by their name inside it: `no-foo` runs as `<plugin>/no-foo`. */
  rules?: Record<string, Rule>;
}

const PLUGIN_KEYS = ['meta', 'rules'];

/** Each plugin rule under its full id, the same object for the same rule and id, so that linters share what they compile per rule. */
const underId = new WeakMap<Rule, Map<string, Rule>>();

/** The rules of every plugin, checked, each under its full id. */
export function pluginRules(plugins: Readonly<Record<string, unknown>>): Rule[] {
  const rules: Rule[] = [];
  for (const [name, plugin] of Object.entries(plugins)) {
    const where = `plugins.${name}`;
    if (!PLUGIN_NAME.test(name)) throw new ConfigError(`${where}: a plugin's name is lower-case letters, digits and hyphens, such as "myteam"; it comes before the slash of its rules' ids`);
    if (typeof plugin !== 'object' || plugin === null || Array.isArray(plugin)) throw new ConfigError(`${where}: expected a plugin object, { rules: { … } }, got ${kindOf(plugin)}`);
    for (const key of Object.keys(plugin)) {
      if (!PLUGIN_KEYS.includes(key)) throw new ConfigError(`${where}: unknown key "${key}"${didYouMean(key, PLUGIN_KEYS) || `; a plugin has ${PLUGIN_KEYS.join(' and ')}`}`);
    }
    const own = (plugin as ConfigPlugin).rules;
    if (own === undefined) continue;
    if (typeof own !== 'object' || own === null || Array.isArray(own)) throw new ConfigError(`${where}.rules: expected an object of rules by name, got ${kindOf(own)}`);
    for (const [ruleName, value] of Object.entries(own)) {
      const ruleWhere = `${where}.rules.${ruleName}`;
      if (!PLUGIN_RULE_NAME.test(ruleName)) throw new ConfigError(`${ruleWhere}: a rule's name is lower-case letters, digits and hyphens, such as "no-initials"`);
      const id = `${name}/${ruleName}`;
      rules.push(withId(checkRule(value, ruleWhere, id), id));
    }
  }
  return rules;
}

function withId(rule: Rule, id: string): Rule {
  if (rule.meta.id === id) return rule;
  let byId = underId.get(rule);
  if (!byId) underId.set(rule, (byId = new Map()));
  let renamed = byId.get(id);
  if (!renamed) {
    // The rule itself stays the prototype, so a rule written as a class keeps its methods and `this`.
    renamed = Object.create(rule, { meta: { value: { ...rule.meta, id }, enumerable: true } }) as Rule;
    byId.set(id, renamed);
  }
  return renamed;
}
