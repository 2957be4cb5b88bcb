import type { CaseNote, LintResult } from './types.js';
import { builtInRules } from '../rules/index.js';
import { createLinterWithRules, type Linter } from './engine/linter.js';
import type { Config } from './engine/config.js';
import { fixSource, type FixResult } from './engine/fix.js';

export * from './types.js';
export { parseNote } from './parse/parse-note.js';
export { ConfigError, type Config, type ConfigPlugin, type PresetName, type RuleSetting, type ResolvedConfig } from './engine/config.js';
export { ENGINE_RULE_ID, type Linter } from './engine/linter.js';
// What a rule may use (docs/custom-rules.md); also the subpath casenote-lint/rule-api, the same objects.
export * from './rule-api.js';
export { fixOf, MAX_FIX_PASSES, type FixEdit, type FixResult } from './engine/fix.js';
export { builtInRules } from '../rules/index.js';
export * from '../rules/index.js';

/** Compiles the config once (rules, options, word lists) and returns a linter for many notes. */
export function createLinter(config?: Config): Linter {
  return createLinterWithRules(config, builtInRules);
}

let defaultLinter: Linter | undefined;

/** Lints one note. A string is a note file (optional YAML front matter, then the text). */
export function lint(note: CaseNote | string, options?: { config?: Config }): LintResult {
  if (options?.config) return createLinter(options.config).lint(note);
  defaultLinter ??= createLinter();
  return defaultLinter.lint(note);
}

/**
 * Applies a note file's unambiguous fixes (each finding that offers exactly one replacement, in the text,
 * never in the front matter), linting again after each pass, and returns the fixed text, the edits from the
 * source to it and the findings left. What `casenote-lint --fix` writes.
 */
export function fixNote(source: string, options?: { config?: Config; linter?: Linter }): FixResult {
  if (typeof source !== 'string') throw new TypeError(`casenote-lint: fixNote takes a note file's text (a string), got ${source === null ? 'null' : typeof source}`);
  const linter = options?.linter ?? (options?.config ? createLinter(options.config) : (defaultLinter ??= createLinter()));
  return fixSource(linter, source);
}
