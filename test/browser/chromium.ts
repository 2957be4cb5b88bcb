/**
 * Finds the Chromium the browser suites drive: CHROMIUM_PATH, else the first of chromium,
 * chromium-browser and google-chrome on the PATH. No browser is downloaded, and a missing one is an
 * error that says how to provide it: a browser suite never passes by skipping.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { findProgram } from './find-program.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  return findProgram({ what: 'Chromium', purpose: 'the browser tests', variable: 'CHROMIUM_PATH', names: NAMES, debian: 'chromium' }, env);
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
