import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findNeovim, parseNeovimVersion, readmeNeovimSetups, setupFor } from '../browser/neovim.js';

const README = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

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

function v(text: string) {
  const [major, minor, patch] = text.split('.').map(Number);
  return { major: major!, minor: minor!, patch: patch! };
}

describe('findNeovim (npm run test:browser)', () => {
  it('takes NVIM_PATH first, else nvim on the PATH', () => {
    const dir = binDir(['my-nvim', 'nvim']);
    expect(findNeovim({ NVIM_PATH: join(dir, 'my-nvim'), PATH: dir })).toBe(join(dir, 'my-nvim'));
    expect(findNeovim({ PATH: [binDir([]), dir].join(delimiter) })).toBe(join(dir, 'nvim'));
  });

  it('fails with a message naming NVIM_PATH, nvim and the Debian package', () => {
    expect(() => findNeovim({ PATH: binDir([]) })).toThrow(/No Neovim found .*NVIM_PATH.* put nvim on the PATH .*apt-get install neovim/);
  });

  it('rejects an NVIM_PATH that is not an executable file', () => {
    expect(() => findNeovim({ NVIM_PATH: '/no/such/nvim', PATH: '' })).toThrow(/NVIM_PATH is set to \/no\/such\/nvim, which is not an executable file/);
  });
});

describe('parseNeovimVersion', () => {
  it('reads the first line of nvim --version, release or development build', () => {
    expect(parseNeovimVersion('NVIM v0.7.2\nBuild type: Release\nLuaJIT 2.1.0-beta3\n')).toEqual(v('0.7.2'));
    expect(parseNeovimVersion('NVIM v0.11.0-dev-1504+g3f0e2a1b9\nBuild type: RelWithDebInfo\n')).toEqual(v('0.11.0'));
  });

  it('says what was printed when there is no version line', () => {
    expect(() => parseNeovimVersion('VIM - Vi IMproved 9.0', '/usr/bin/vi')).toThrow(/\/usr\/bin\/vi --version printed no "NVIM vX.Y.Z" line: "VIM - Vi IMproved 9.0"/);
  });
});

describe("the README's Neovim set-ups", () => {
  const setups = readmeNeovimSetups(README);

  it('cover every Neovim from 0.7 on, one set-up for each version', () => {
    expect(setups.map((setup) => setup.label.split(/[,:(]/)[0]!.trim())).toEqual(['Neovim 0.11 or later', 'Neovim 0.10', 'Neovim 0.7 to 0.9']);
    expect(setupFor(setups, v('0.7.2')).lua).toContain('vim.lsp.start_client(');
    expect(setupFor(setups, v('0.9.5')).lua).toContain('vim.lsp.start_client(');
    expect(setupFor(setups, v('0.10.4')).lua).toContain('vim.lsp.start(');
    expect(setupFor(setups, v('0.11.0')).lua).toContain("vim.lsp.enable('casenote_lint')");
    expect(setupFor(setups, v('1.2.0')).lua).toContain("vim.lsp.enable('casenote_lint')");
  });

  it('all start the installed casenote-lint-lsp over stdio with npx', () => {
    for (const setup of setups) expect(setup.lua, setup.label).toContain("cmd = { 'npx', '--no-install', 'casenote-lint-lsp', '--stdio' }");
  });

  it('name the versions they have when none fits', () => {
    expect(() => setupFor(setups, v('0.6.1'))).toThrow(/README.md has no Neovim set-up for Neovim 0.6.1; it has: Neovim 0.11 or later.* \| Neovim 0.10: \| Neovim 0.7 to 0.9/);
  });

  it('refuse a README where two set-ups claim one version, or a block whose paragraph names no version', () => {
    const overlapping = '#### Neovim\n\nNeovim 0.8 or later:\n\n```lua\na()\n```\n\nNeovim 0.7 to 0.9:\n\n```lua\nb()\n```\n\n#### VS Code\n';
    expect(() => setupFor(readmeNeovimSetups(overlapping), v('0.8.3'))).toThrow(/2 Neovim set-ups that claim Neovim 0.8.3/);
    const unlabelled = '#### Neovim\n\nIn init.lua:\n\n```lua\na()\n```\n\n#### VS Code\n';
    expect(() => readmeNeovimSetups(unlabelled)).toThrow(/must start "Neovim X.Y".*it is: In init.lua:/);
  });
});
