import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../browser/chromium.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function binDir(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'casenote-lint-bin-'));
  dirs.push(dir);
  for (const name of names) {
    writeFileSync(join(dir, name), '#!/bin/sh\n');
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

describe('findChromium (npm run test:browser)', () => {
  it('takes CHROMIUM_PATH first', () => {
    const dir = binDir(['my-chrome', 'chromium']);
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'my-chrome'), PATH: dir })).toBe(join(dir, 'my-chrome'));
  });

  it('searches the PATH for chromium, then chromium-browser, then google-chrome', () => {
    const empty = binDir([]);
    const chrome = binDir(['google-chrome']);
    const both = binDir(['chromium-browser', 'google-chrome']);
    expect(findChromium({ PATH: [empty, chrome].join(delimiter) })).toBe(join(chrome, 'google-chrome'));
    expect(findChromium({ PATH: both })).toBe(join(both, 'chromium-browser'));
  });

  it('skips a file of that name that is not executable', () => {
    const dir = binDir([]);
    writeFileSync(join(dir, 'chromium'), 'not a program');
    chmodSync(join(dir, 'chromium'), 0o644);
    expect(() => findChromium({ PATH: dir })).toThrow(/No Chromium found/);
  });

  it('fails with a message naming every way to provide one', () => {
    const error = (() => {
      try {
        findChromium({ PATH: binDir([]) });
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/CHROMIUM_PATH/);
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) expect(error?.message).toContain(name);
  });

  it('rejects a CHROMIUM_PATH that is not an executable file', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/no/such/chromium', PATH: '' })).toThrow(/CHROMIUM_PATH is set to \/no\/such\/chromium/);
  });
});
