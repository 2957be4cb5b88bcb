/**
 * `casenote-lint --print-config FILE`: the configuration that applies when FILE is linted, resolved as the
 * linter resolves it: the config file found (or given), its presets, --rule settings, every rule's
 * severity and its options after defaults, the time zone and the limits. JSON on stdout.
 */
import type { Config, Linter } from '../../index.js';
import { knownRules } from './known-rules.js';
import { DEFAULT_FILES } from '../note-selection.js';

export interface PrintedConfig {
  file: string;
  /** The config file in force, relative to the working directory where possible; null when there is none. */
  configFile: string | null;
  extends: string[];
  timeZone: string;
  maxNoteSize: number;
  maxFindings: number;
  /** The config's map of a host system's note types onto the standard's. */
  types: Record<string, string>;
  /** The globs of the files that are notes (the default when the config has none), and of what is ignored; relative to the config file's folder. */
  files: readonly string[];
  ignores: readonly string[];
  /** Whether directives in note files are ignored, and the severity of an unused one. */
  noInlineConfig: boolean;
  reportUnusedDisableDirectives: string;
  /** Every rule: "off", or its severity and its options with every default filled in. */
  rules: Record<string, 'off' | [string, unknown]>;
}

export function printConfig(file: string, configFile: string | null, config: Config, linter: Linter): string {
  const resolved = new Map(linter.config.rules.map((rule) => [rule.rule.meta.id, rule]));
  const rules: PrintedConfig['rules'] = {};
  for (const rule of knownRules(linter)) {
    const setting = resolved.get(rule.meta.id);
    rules[rule.meta.id] = setting ? [setting.severity, setting.options] : 'off';
  }
  const printed: PrintedConfig = {
    file,
    configFile,
    extends: config.extends === undefined ? ['recommended'] : [config.extends].flat(),
    timeZone: linter.config.timeZone,
    maxNoteSize: linter.config.maxNoteSize,
    maxFindings: linter.config.maxFindings,
    types: Object.fromEntries(linter.config.types),
    files: linter.config.files ?? DEFAULT_FILES,
    ignores: linter.config.ignores,
    noInlineConfig: !linter.config.inlineConfig,
    reportUnusedDisableDirectives: linter.config.reportUnusedDisableDirectives,
    rules,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
