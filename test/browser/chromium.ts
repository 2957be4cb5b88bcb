/**
 * Finds the Chromium the browser suites drive: CHROMIUM_PATH, else the first of chromium,
 * chromium-browser and google-chrome on the PATH. No browser is downloaded, and a missing one is an
 * error that says how to provide it: a browser suite never passes by skipping.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (isExecutable(given)) return given;
    throw new Error(`CHROMIUM_PATH is set to ${given}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it to search the PATH for ${NAMES.join(', ')}.`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(
    `No Chromium found for the browser tests (npm run test:browser). Set CHROMIUM_PATH to a Chromium or Chrome binary, ` +
      `or put one of ${NAMES.join(', ')} on the PATH (on Debian: apt-get install chromium, as .ci/run does).`,
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

/** A headless Chromium with a fresh profile and no background connections (this machine's network is closed). */
export function launchChromium(userDataDir: string, options: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-GB',
    ],
    viewport: { width: options.width, height: options.height },
    locale: 'en-GB',
  });
}
