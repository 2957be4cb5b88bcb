import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './inputs.js';

export { readConfigFile } from './load-config.js';

export const CONFIG_FILE_NAME = 'casenote-lint.config.json';
/** The names a config file may have: JSON, or JavaScript whose default export is the same object. */
export const CONFIG_FILE_NAMES = [CONFIG_FILE_NAME, 'casenote-lint.config.js', 'casenote-lint.config.mjs'] as const;

/**
 * The config file named by --config, or the nearest config file from cwd upward. Two config files in one
 * folder are an error naming both: which one applies must never depend on an order nobody wrote down.
 */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((candidate) => existsSync(candidate));
    if (found.length > 1) throw new UsageError(`${found.join(' and ')}: two config files in one folder; keep one of them`);
    if (found.length === 1) return found[0];
    if (dirname(dir) === dir) return undefined;
  }
}
