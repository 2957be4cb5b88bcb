import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../engine/config.js';
import { describeFsError, UsageError } from './inputs.js';
import { jsonErrorMessage } from './json-error.js';

export const CONFIG_FILE_NAME = 'casenote-lint.config.json';

/** The config file named by --config, or the nearest casenote-lint.config.json from cwd upward. */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export async function readConfigFile(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read config file (${describeFsError(error)})`);
  }
  try {
    return JSON.parse(text) as Config;
  } catch (error) {
    throw new UsageError(`${path}: config file is not valid JSON (${jsonErrorMessage(text, error)})`);
  }
}
