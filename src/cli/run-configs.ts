/**
 * The configurations of one CLI run: each note is linted with the config that applies to it (see
 * config-lookup.ts), so a run over several teams' folders may use several. Each is read, has the command
 * line's --rule settings put on top, and is compiled once; a config that cannot be read or is invalid
 * stops the run with a message naming the file and the key, before anything is linted with it.
 */
import { dirname } from 'node:path';
import { ConfigError, createLinter, type Config, type Linter } from '../index.js';
import { readConfigFile } from './config-file.js';
import { ConfigLocator } from './config-lookup.js';
import { displayPath, UsageError } from './inputs.js';
import type { NoteScope } from './note-selection.js';

export interface RunConfig {
  /** Its place in `RunConfigs.list`: what a work item carries to a worker thread. */
  index: number;
  /** The config file (absolute); undefined when no file applies and the defaults do. */
  file: string | undefined;
  /** As written, with --rule on top. A worker thread loads it again from `file` (a JavaScript config holds functions). */
  config: Config;
  linter: Linter;
  scope: NoteScope;
}

export class RunConfigs {
  /** In the order first used: the first is the run's main config (the report's working-day limit). */
  readonly list: RunConfig[] = [];
  private readonly byFile = new Map<string | undefined, Promise<RunConfig>>();
  private readonly locator: ConfigLocator;
  private count = 0;

  constructor(
    private readonly cwd: string,
    explicit: string | undefined,
    private readonly ruleSettings: readonly string[],
  ) {
    this.locator = new ConfigLocator(explicit);
  }

  /** The config of the notes in `folder`. */
  forFolder(folder: string): Promise<RunConfig> {
    const file = this.locator.forFolder(folder);
    let loaded = this.byFile.get(file);
    if (!loaded) {
      // Its index is taken now, so that the order does not depend on which file is read first.
      loaded = this.load(file, this.count++);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  forFile(file: string): Promise<RunConfig> {
    return this.forFolder(dirname(file));
  }

  private async load(file: string | undefined, index: number): Promise<RunConfig> {
    const shown = file === undefined ? undefined : displayPath(file, this.cwd);
    const written = file === undefined ? {} : await readConfigFile(file);
    const config = withRuleSettings(written, this.ruleSettings);
    let linter: Linter;
    try {
      linter = createLinter(config);
    } catch (error) {
      // Several configs may be in play: say which one is wrong.
      if (error instanceof ConfigError && shown !== undefined) throw new ConfigError(`${shown}: ${error.message}`);
      throw error;
    }
    const scope = this.locator.scope(file, linter.config, this.cwd, shown);
    const loaded: RunConfig = { index, file, config, linter, scope };
    this.list[index] = loaded;
    return loaded;
  }
}

/** A config with the command line's `--rule ID=SEVERITY` settings on top (keeping the config's options). */
export function withRuleSettings(config: Config, settings: readonly string[]): Config {
  // No prototype: a rule id from the command line (--rule __proto__=error) is a key like any other, and so an unknown rule.
  const rules: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, config.rules ?? {});
  for (const setting of settings) {
    const match = /^([^=]+)=(.*)$/.exec(setting);
    if (!match) throw new UsageError(`--rule: expected ID=off|info|warning|error, got "${setting}"`);
    const [, id, severity] = match;
    const current = Object.hasOwn(rules, id!) ? rules[id!] : undefined;
    rules[id!] = Array.isArray(current) ? [severity, ...current.slice(1)] : severity;
  }
  // Config errors surface from createLinter as a ConfigError naming the key.
  return { ...config, rules: rules as Config['rules'] };
}
