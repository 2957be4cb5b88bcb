/**
 * The JSON Schema of casenote-lint.config.json, made from the zod schemas that validate a config: the
 * config's own keys, and under `rules` each built-in rule's setting with its options schema (types,
 * defaults, descriptions). `npm run docs:schema` writes it to config.schema.json, shipped as
 * `casenote-lint/config.schema.json`; a test keeps the two in step. Draft-07, which editors read best.
 * `plugins` and `customRules` are left out: they hold functions, which a JSON file cannot.
 */
import * as z from 'zod';
import { configSchema, SEVERITIES } from '../engine/config.js';
import type { Rule } from '../types.js';
import { ruleDocsUrl } from './rule-url.js';
import { ruleName } from './rule-page.js';

const severity = z.enum(SEVERITIES).describe('"off", "info", "warning" or "error".');

/** A rule's setting: a severity, or [severity] or [severity, options]. */
function ruleSetting(rule: Rule): z.ZodType {
  const url = ruleDocsUrl(rule.meta.id);
  const about = `${ruleName(rule.meta)}: ${rule.meta.description} Default severity: ${rule.meta.severity}.${url ? ` ${url}` : ''}`;
  return z.union([severity, z.tuple([severity]), z.tuple([severity, rule.meta.schema as z.ZodType])]).describe(about);
}

export function configJsonSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleSettings = z
    .object(Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSetting(rule).optional()])))
    .strict()
    .describe(configSchema.shape.rules.description ?? '');
  const jsonConfig = configSchema.omit({ plugins: true, customRules: true }).extend({ rules: ruleSettings.optional() });
  const schema = z.toJSONSchema(jsonConfig, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'casenote-lint config (casenote-lint.config.json)' };
}

/** The text of config.schema.json: on one line, as editors read it (indented, it is two and a half times the size). */
export function configSchemaFile(rules: readonly Rule[]): string {
  return `${JSON.stringify(configJsonSchema(rules))}\n`;
}
