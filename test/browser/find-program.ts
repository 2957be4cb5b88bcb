/**
 * Finds a program a browser or editor suite drives: the path in an environment variable, else the first
 * of its names on the PATH. Nothing is downloaded, and a missing program is an error that says how to
 * provide it: a suite never passes by skipping.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Program {
  /** What it is, for messages: "Chromium". */
  what: string;
  /** Who needs it, for messages: "the browser tests". */
  purpose: string;
  /** The environment variable that names its binary: "CHROMIUM_PATH". */
  variable: string;
  /** Its names on the PATH, in order of preference. */
  names: readonly string[];
  /** Debian's package of it, which .ci/run installs. */
  debian: string;
}

export function findProgram({ what, purpose, variable, names, debian }: Program, env: NodeJS.ProcessEnv = process.env): string {
  const given = env[variable];
  if (given) {
    if (isExecutable(given)) return given;
    throw new Error(`${variable} is set to ${given}, which is not an executable file. Point it at a ${what} binary, or unset it to search the PATH for ${names.join(', ')}.`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(
    `No ${what} found for ${purpose} (npm run test:browser). Set ${variable} to a ${what} binary, ` +
      `or put ${names.length > 1 ? `one of ${names.join(', ')}` : names[0]} on the PATH (on Debian: apt-get install ${debian}, as .ci/run does).`,
  );
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
