import * as z from 'zod';
import { NOTE_TYPES, type NoteType, type Rule, type Severity, type SeveritySetting } from '../types.js';
import { ConfigError } from './config-error.js';
import { formatIssue } from './config-issues.js';
import { didYouMean } from './did-you-mean.js';
import { pluginRules, type ConfigPlugin } from './plugins.js';
import { checkRule } from './rule-check.js';

export { ConfigError } from './config-error.js';
export type { ConfigPlugin } from './plugins.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, unknown];
export type PresetName = 'recommended' | 'strict';

/**
 * The configuration a user writes: casenote-lint.config.json, the default export of
 * casenote-lint.config.js or .mjs, or an object passed to the API. One shape for all three; functions
 * (`plugins`, `customRules`) only where JavaScript can hold them.
 */
export interface Config {
  /** The JSON Schema of the file, for editors (`"./node_modules/casenote-lint/config.schema.json"`); not read. */
  $schema?: string;
  extends?: PresetName | PresetName[];
  rules?: Record<string, RuleSetting>;
  /** A team's rules grouped under a name, turned on as `rules: { "<plugin>/<rule>": "warning" }`. */
  plugins?: Record<string, ConfigPlugin>;
  /** Rules of the user's own, same shape as the built-in ones, each with its full id in meta.id. */
  customRules?: Rule[];
  /** Ignore the casenote-lint directives in note files, as an audit that must see every finding would. Default false. */
  noInlineConfig?: boolean;
  /** Severity of the finding about a directive that suppressed nothing, or "off". Default "warning". */
  reportUnusedDisableDirectives?: SeveritySetting;
  /** A host system's own note types mapped onto the standard's (`{ "CP Visit": "home-visit" }`), read before the rules run. */
  types?: Record<string, NoteType>;
  /** Time zone of date-times written without an offset. Default Europe/London. */
  timeZone?: string;
  /** Notes longer than this (UTF-16 code units) are not linted; one finding says so. Default 2 MiB. */
  maxNoteSize?: number;
  /** At most this many findings per note; a last finding says how many more there were. Default 1000. */
  maxFindings?: number;
  /**
   * Globs, relative to the config file's folder, of the files that are notes: what a folder walk lints and
   * what the language server checks. Default: every .md, .txt, .json and .jsonl file.
   */
  files?: string[];
  /** Globs, relative to the config file's folder, of files and folders never linted; a leading "!" takes one back. */
  ignores?: string[];
}

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  /** Every rule id the config knows, on or off: what a directive may name. */
  knownRuleIds: ReadonlySet<string>;
  /** Whether directives in note files are read (false with noInlineConfig). */
  inlineConfig: boolean;
  reportUnusedDisableDirectives: SeveritySetting;
  /** The config's `types`: a host system's note type → the standard's. */
  types: ReadonlyMap<string, NoteType>;
  timeZone: string;
  maxNoteSize: number;
  maxFindings: number;
  /** The config's `files`, as written (undefined: the default). Only the file-reading hosts (CLI, language server) use them. */
  files?: readonly string[];
  ignores: readonly string[];
}

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const PRESETS = ['recommended', 'strict'] as const;
export const DEFAULT_MAX_NOTE_SIZE = 2 * 1024 * 1024;
export const DEFAULT_MAX_FINDINGS = 1000;

const preset = z.enum(PRESETS);

/**
 * A glob of `files` or `ignores`. Patterns are relative to the config file's folder (as ESLint's are), so an
 * absolute path or a ".." could never match what they are tested against: say so rather than match nothing.
 */
const globPattern = z.string({ error: 'expected a glob pattern (a string)' }).superRefine((pattern, context) => {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  let message: string | undefined;
  if (body.trim() === '') message = 'expected a glob pattern, got an empty one';
  else if (body.startsWith('/') || /^[A-Za-z]:[\\/]/.test(body)) message = `"${pattern}" is an absolute path; patterns are relative to the config file's folder (write "notes/**", not "/notes/**")`;
  else if (body.split('/').includes('..')) message = `"${pattern}" reaches outside the config file's folder (".."); patterns are relative to that folder`;
  if (message) context.addIssue({ code: 'custom', message });
});

/**
 * The config's own keys. The JSON Schema shipped as casenote-lint/config.schema.json is made from this
 * (src/docs/config-schema.ts), with each rule's own options schema under `rules`.
 */
export const configSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors: "./node_modules/casenote-lint/config.schema.json". Not read by casenote-lint.'),
    extends: z
      .union([preset, z.array(preset)])
      .optional()
      .describe('"recommended" (the default): each rule at its default severity; "strict": every warning raised to an error.'),
    rules: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('A rule\'s severity ("off", "info", "warning", "error"), or [severity, options]. A plugin\'s rule is "<plugin>/<rule>".'),
    plugins: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('JavaScript config only: a team\'s rules by plugin name, { myteam: { rules: { "no-foo": rule } } }, turned on as "myteam/no-foo".'),
    customRules: z.array(z.unknown()).optional().describe('JavaScript config or API only: rule objects with their full id in meta.id.'),
    noInlineConfig: z.boolean({ error: 'expected true or false' }).optional().describe('Ignore the casenote-lint directives in note files, as an audit that must see every finding would. Default false.'),
    reportUnusedDisableDirectives: z
      .enum(SEVERITIES, { error: `expected ${SEVERITIES.join('|')}` })
      .optional()
      .describe('Severity of the finding about a directive that suppressed nothing, or "off". Default "warning".'),
    types: z
      .record(z.string().min(1, 'expected the name of a note type of the host system, not an empty one'), z.enum(NOTE_TYPES))
      .optional()
      .describe('A host system\'s own note types mapped onto the standard\'s, e.g. { "CP Visit": "home-visit" }: a note of type "CP Visit" is checked as a home visit.'),
    timeZone: z
      .string()
      .refine(isTimeZone, { message: 'expected an IANA time zone such as Europe/London' })
      .optional()
      .describe('IANA time zone of date-times written without an offset. Default "Europe/London".'),
    maxNoteSize: z.number().int().positive().optional().describe(`Notes longer than this many characters are not linted; one finding says so. Default ${DEFAULT_MAX_NOTE_SIZE}.`),
    maxFindings: z.number().int().positive().optional().describe(`At most this many findings per note; a last finding says how many more there were. Default ${DEFAULT_MAX_FINDINGS}.`),
    files: z
      .array(globPattern.refine((pattern) => !pattern.startsWith('!'), { message: 'a pattern starting with "!" cannot say which files are notes; put it in ignores to leave files out' }), {
        error: 'expected a list of glob patterns such as ["notes/**/*.md"]',
      })
      .min(1, { message: 'the list is empty, so no file would be a note; leave files out for the default (every .md, .txt, .json and .jsonl file)' })
      .optional()
      .describe('Globs, relative to the config file\'s folder, of the files that are notes: what a folder walk lints and what the language server checks. Default: every .md, .txt, .json and .jsonl file.'),
    ignores: z
      .array(globPattern, { error: 'expected a list of glob patterns such as ["drafts/", "**/*.template.md"]' })
      .optional()
      .describe('Globs, relative to the config file\'s folder, of files and folders never linted; a leading "!" takes one back.'),
  })
  .strict();

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Validates a config and resolves it against the built-in rules; throws ConfigError naming the key. */
export function resolveConfig(input: unknown, builtInRules: readonly Rule[]): ResolvedConfig {
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) throw new ConfigError(`config: expected an object of settings, got ${Array.isArray(input) ? 'a list' : typeof input}`);
  const parsed = configSchema.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatIssue('', parsed.error.issues[0]!, configSchema));
  const config = parsed.data;

  const customRules = (config.customRules ?? []).map((rule, index) => checkRule(rule, `customRules[${index}]`));
  const fromPlugins = config.plugins ? pluginRules(written(input, 'plugins')) : [];
  const all = new Map<string, Rule>();
  for (const rule of builtInRules) all.set(rule.meta.id, rule);
  for (const rule of [...fromPlugins, ...customRules]) {
    if (all.has(rule.meta.id)) {
      throw new ConfigError(`${customRules.includes(rule) ? 'customRules' : `plugins.${rule.meta.id.replace('/', '.rules.')}`}: a rule with id "${rule.meta.id}" already exists`);
    }
    all.set(rule.meta.id, rule);
  }

  const presets = config.extends === undefined ? ['recommended'] : [config.extends].flat();
  const strict = presets.includes('strict');
  const settings = new Map<string, { severity: SeveritySetting; options?: unknown }>();
  for (const rule of all.values()) {
    const severity = strict && rule.meta.severity === 'warning' ? 'error' : rule.meta.severity;
    settings.set(rule.meta.id, { severity });
  }

  for (const [id, value] of Object.entries(written(input, 'rules'))) {
    if (!all.has(id)) throw new ConfigError(`rules.${id}: ${unknownRule(id, all, config.plugins)}`);
    const [severity, options] = readRuleSetting(id, value);
    const current = settings.get(id)!;
    settings.set(id, { severity: severity ?? current.severity, options: options ?? current.options });
  }

  const rules: ResolvedRule[] = [];
  for (const [id, setting] of settings) {
    if (setting.severity === 'off') continue;
    const rule = all.get(id)!;
    rules.push({ rule, severity: setting.severity, options: parseOptions(rule, setting.options ?? {}) });
  }

  return {
    rules,
    knownRuleIds: new Set(all.keys()),
    inlineConfig: !config.noInlineConfig,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives ?? 'warning',
    types: new Map(Object.entries(config.types ?? {})),
    timeZone: config.timeZone ?? 'Europe/London',
    maxNoteSize: config.maxNoteSize ?? DEFAULT_MAX_NOTE_SIZE,
    maxFindings: config.maxFindings ?? DEFAULT_MAX_FINDINGS,
    ...(config.files ? { files: config.files } : {}),
    ignores: config.ignores ?? [],
  };
}

/**
 * A record of the config as written, not as zod copied it: a copy assigns "__proto__" (a key JSON.parse
 * keeps) to the prototype, and it would vanish. Called after the schema has checked it.
 */
function written(input: unknown, key: 'rules' | 'plugins'): Record<string, unknown> {
  return ((input as Record<string, Record<string, unknown> | undefined> | undefined)?.[key] ?? {}) as Record<string, unknown>;
}

function unknownRule(id: string, known: ReadonlyMap<string, Rule>, plugins: Readonly<Record<string, unknown>> | undefined): string {
  const slash = id.indexOf('/');
  if (slash > 0 && !(plugins && Object.hasOwn(plugins, id.slice(0, slash)))) {
    const plugin = id.slice(0, slash);
    const names = Object.keys(plugins ?? {});
    return `unknown rule "${id}": no plugin "${plugin}" in plugins${names.length > 0 ? didYouMean(plugin, names) || ` (${names.join(', ')})` : ' (plugins are given in a JavaScript config, casenote-lint.config.js or .mjs)'}`;
  }
  const hint = didYouMean(id, known.keys());
  return `unknown rule "${id}"${hint || `; known rules: ${[...known.keys()].join(', ')}`}`;
}

/**
 * Parsed options by rule and by the options as written. Linters made from the same config share one
 * frozen options object, so that what a rule compiles from its options (lookups keyed by the options
 * object) is compiled once, not once per linter.
 */
const parsedOptions = new WeakMap<Rule, Map<string, unknown>>();
const PARSED_OPTIONS_PER_RULE = 16;

function parseOptions(rule: Rule, raw: unknown): unknown {
  checkOptionShape(`rules.${rule.meta.id}[1]`, raw);
  // Options holding functions or class instances are parsed every time: JSON would not tell them apart.
  const key = isPlainData(raw) ? JSON.stringify(raw) : undefined;
  let cache = parsedOptions.get(rule);
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached !== undefined) return cached;
  const parsed = rule.meta.schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatIssue(`rules.${rule.meta.id}[1]`, parsed.error.issues[0]!, rule.meta.schema));
  if (key === undefined) return parsed.data;
  const options = deepFreeze(parsed.data);
  if (!cache) parsedOptions.set(rule, (cache = new Map()));
  if (cache.size >= PARSED_OPTIONS_PER_RULE) cache.delete(cache.keys().next().value!);
  cache.set(key, options);
  return options;
}

/**
 * Entries a list in a rule's options may hold. A word list compiles in time proportional to its length
 * when an editor or the CLI starts; ten thousand phrases is far more than a team writes.
 */
export const MAX_OPTION_LIST = 10_000;
/** Levels options may nest (the built-in rules use three); the checks after this one recurse. */
export const MAX_OPTION_DEPTH = 16;

/** Bounds the lists and nesting of options, without recursion, before anything recursive reads them. */
function checkOptionShape(where: string, raw: unknown): void {
  const stack: { value: object; path: string; depth: number }[] = [];
  if (typeof raw === 'object' && raw !== null) stack.push({ value: raw, path: where, depth: 0 });
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_OPTION_DEPTH) throw new ConfigError(`${path}: options nest more than ${MAX_OPTION_DEPTH} levels deep`);
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [`${path}[${index}]`, item]) : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item]);
    if (Array.isArray(value) && value.length > MAX_OPTION_LIST) {
      throw new ConfigError(`${path}: a list of ${value.length.toLocaleString('en-GB')} entries; at most ${MAX_OPTION_LIST.toLocaleString('en-GB')}`);
    }
    for (const [itemPath, item] of entries) {
      if (typeof item === 'object' && item !== null) stack.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
}

function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as object).every(isPlainData);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function readRuleSetting(id: string, value: unknown): [SeveritySetting | undefined, unknown] {
  const expected = `expected ${SEVERITIES.join('|')} or [severity, options]`;
  if (typeof value === 'string') {
    if (!(SEVERITIES as readonly string[]).includes(value)) throw new ConfigError(`rules.${id}: ${expected}, got "${value}"${didYouMean(value, SEVERITIES)}`);
    return [value as SeveritySetting, undefined];
  }
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2) {
    const [severity, options] = value;
    if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
      throw new ConfigError(`rules.${id}[0]: expected ${SEVERITIES.join('|')}, got ${JSON.stringify(severity)}${typeof severity === 'string' ? didYouMean(severity, SEVERITIES) : ''}`);
    }
    if (value.length === 2 && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new ConfigError(`rules.${id}[1]: expected an object of options`);
    }
    return [severity as SeveritySetting, options];
  }
  throw new ConfigError(`rules.${id}: ${expected}`);
}
