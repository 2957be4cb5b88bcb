/**
 * Loads a config file that was found (or given with --config): casenote-lint.config.json read as JSON, or
 * casenote-lint.config.js / .mjs (.cjs too, when named with --config) imported, its default export being
 * the same object a JSON file holds, which may also carry plugins and word lists imported from other
 * modules. Only the CLI, its worker threads and the language server import a config; the core is given
 * the object. Validation is the core's (createLinter), which names the key.
 */
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Config } from '../engine/config.js';
import { describeThrown } from '../engine/thrown.js';
import { describeFsError, UsageError } from './inputs.js';
import { jsonErrorMessage } from './json-error.js';

const JAVASCRIPT = /\.[cm]?js$/i;

export function isJavaScriptConfig(path: string): boolean {
  return JAVASCRIPT.test(path);
}

export interface LoadOptions {
  /**
   * Import the file afresh even if this process imported it before (the language server, after the file
   * changed). Node keeps every module it imported, so each fresh import of an edited config stays in
   * memory; the modules the config itself imports are not reloaded.
   */
  fresh?: boolean;
}

export async function readConfigFile(path: string, options: LoadOptions = {}): Promise<Config> {
  const config = isJavaScriptConfig(path) ? await importConfig(path, options) : await readJsonConfig(path);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new UsageError(
      Array.isArray(config)
        ? `${path}: the config is a list; casenote-lint's config is one object of settings, as in casenote-lint.config.json (not ESLint's list of config objects)`
        : `${path}: the config must be an object of settings, got ${config === null ? 'null' : typeof config}`,
    );
  }
  return config;
}

async function readJsonConfig(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read config file (${describeFsError(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path}: config file is not valid JSON (${jsonErrorMessage(text, error)})`);
  }
}

async function importConfig(path: string, options: LoadOptions): Promise<unknown> {
  let url: URL;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    url = pathToFileURL(path);
    if (options.fresh) url.search = `?mtime=${info.mtimeMs}`;
  } catch (error) {
    throw new UsageError(`${path}: cannot read config file (${describeFsError(error)})`);
  }
  let module: { default?: unknown };
  try {
    module = (await import(url.href)) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`${path}: the config file could not be loaded (${describeThrown(error, 500)})`);
  }
  if (module.default === undefined) throw new UsageError(`${path}: the config file has no default export; write \`export default { rules: { … } }\``);
  return module.default;
}
