import * as z from 'zod';
import type { Rule, Severity, SeveritySetting } from '../types.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, unknown];
export type PresetName = 'recommended' | 'strict';

/** The configuration a user writes (casenote-lint.config.json, or passed to the API). */
export interface Config {
  extends?: PresetName | PresetName[];
  rules?: Record<string, RuleSetting>;
  /** Rules of the user's own, same shape as the built-in ones (API only: a JSON file cannot hold functions). */
  customRules?: Rule[];
  /** Ignore the casenote-lint directives in note files, as an audit that must see every finding would. Default false. */
  noInlineConfig?: boolean;
  /** Severity of the finding about a directive that suppressed nothing, or "off". Default "warning". */
  reportUnusedDisableDirectives?: SeveritySetting;
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
  timeZone: string;
  maxNoteSize: number;
  maxFindings: number;
  /** The config's `files`, as written (undefined: the default). Only the file-reading hosts (CLI, language server) use them. */
  files?: readonly string[];
  ignores: readonly string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;

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

const configSchema = z
  .object({
    extends: z.union([z.enum(['recommended', 'strict']), z.array(z.enum(['recommended', 'strict']))]).optional(),
    rules: z.record(z.string(), z.unknown()).optional(),
    customRules: z.array(z.unknown()).optional(),
    noInlineConfig: z.boolean({ error: 'expected true or false' }).optional(),
    reportUnusedDisableDirectives: z.enum(SEVERITIES, { error: `expected ${SEVERITIES.join('|')}` }).optional(),
    timeZone: z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as Europe/London' }).optional(),
    maxNoteSize: z.number().int().positive().optional(),
    maxFindings: z.number().int().positive().optional(),
    files: z
      .array(globPattern.refine((pattern) => !pattern.startsWith('!'), { message: 'a pattern starting with "!" cannot say which files are notes; put it in ignores to leave files out' }), {
        error: 'expected a list of glob patterns such as ["notes/**/*.md"]',
      })
      .min(1, { message: 'the list is empty, so no file would be a note; leave files out for the default (every .md, .txt, .json and .jsonl file)' })
      .optional(),
    ignores: z.array(globPattern, { error: 'expected a list of glob patterns such as ["drafts/", "**/*.template.md"]' }).optional(),
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
  const parsed = configSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ConfigError(formatIssue('', parsed.error.issues[0]!));
  const config = parsed.data;

  const customRules = (config.customRules ?? []).map((rule, index) => checkCustomRule(rule, index));
  const all = new Map<string, Rule>();
  for (const rule of [...builtInRules, ...customRules]) {
    if (all.has(rule.meta.id) && customRules.includes(rule)) {
      throw new ConfigError(`customRules: a rule with id "${rule.meta.id}" already exists`);
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

  // The rules as written, not as zod copied them: a copy assigns "__proto__" (a key JSON.parse keeps) to the prototype, and it would vanish.
  const writtenRules = (input as { rules?: Record<string, unknown> } | undefined)?.rules ?? {};
  for (const [id, value] of Object.entries(writtenRules)) {
    if (!all.has(id)) {
      throw new ConfigError(`rules.${id}: unknown rule "${id}"; known rules: ${[...all.keys()].join(', ')}`);
    }
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
    timeZone: config.timeZone ?? 'Europe/London',
    maxNoteSize: config.maxNoteSize ?? 2 * 1024 * 1024,
    maxFindings: config.maxFindings ?? 1000,
    ...(config.files ? { files: config.files } : {}),
    ignores: config.ignores ?? [],
  };
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
  const parsed = rule.meta.schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(formatIssue(`rules.${rule.meta.id}[1]`, parsed.error.issues[0]!));
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
    if (!(SEVERITIES as readonly string[]).includes(value)) throw new ConfigError(`rules.${id}: ${expected}, got "${value}"`);
    return [value as SeveritySetting, undefined];
  }
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2) {
    const [severity, options] = value;
    if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
      throw new ConfigError(`rules.${id}[0]: expected ${SEVERITIES.join('|')}, got ${JSON.stringify(severity)}`);
    }
    if (value.length === 2 && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new ConfigError(`rules.${id}[1]: expected an object of options`);
    }
    return [severity as SeveritySetting, options];
  }
  throw new ConfigError(`rules.${id}: ${expected}`);
}

function checkCustomRule(value: unknown, index: number): Rule {
  const rule = value as Partial<Rule> | null;
  const where = `customRules[${index}]`;
  if (typeof rule !== 'object' || rule === null) throw new ConfigError(`${where}: expected a rule object with meta and check`);
  if (typeof rule.check !== 'function') throw new ConfigError(`${where}.check: expected a function`);
  const meta = rule.meta as Partial<Rule['meta']> | undefined;
  if (!meta || typeof meta.id !== 'string' || !/^[a-z][a-z0-9-]*(\/[a-z0-9-]+)?$/.test(meta.id)) {
    throw new ConfigError(`${where}.meta.id: expected a lower-case id such as "my-team/no-initials"`);
  }
  if (!['error', 'warning', 'info'].includes(meta.severity as string)) {
    throw new ConfigError(`${where}.meta.severity: expected error|warning|info`);
  }
  if (!meta.schema || typeof (meta.schema as { safeParse?: unknown }).safeParse !== 'function') {
    throw new ConfigError(`${where}.meta.schema: expected a zod schema for the rule's options`);
  }
  if (typeof meta.description !== 'string' || !meta.reference) {
    throw new ConfigError(`${where}.meta: expected description and reference`);
  }
  return rule as Rule;
}

function formatIssue(prefix: string, issue: z.core.$ZodIssue): string {
  const path = [prefix, ...issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))]
    .filter((part) => part !== '')
    .join('.')
    .replace(/\.\[/g, '[');
  return `${path || 'config'}: ${issue.message}`;
}
