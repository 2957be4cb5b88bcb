/**
 * The Neovim the editor suite drives (NVIM_PATH, else nvim on the PATH) and the README's Neovim set-ups,
 * so that the suite runs the set-up a user of that Neovim would copy.
 */
import { execFileSync } from 'node:child_process';
import { findProgram } from './find-program.js';

export function findNeovim(env: NodeJS.ProcessEnv = process.env): string {
  return findProgram({ what: 'Neovim', purpose: 'the Neovim test', variable: 'NVIM_PATH', names: ['nvim'], debian: 'neovim' }, env);
}

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** The version a Neovim binary prints first ("NVIM v0.7.2", "NVIM v0.11.0-dev-1234+g…"). */
export function neovimVersion(nvim: string): Version {
  const printed = execFileSync(nvim, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return parseNeovimVersion(printed, nvim);
}

export function parseNeovimVersion(printed: string, nvim = 'nvim'): Version {
  const match = /^NVIM v(\d+)\.(\d+)\.(\d+)/m.exec(printed);
  if (!match) throw new Error(`${nvim} --version printed no "NVIM vX.Y.Z" line: ${JSON.stringify(printed.slice(0, 200))}`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** One Lua set-up of the README's Neovim section, for the versions its paragraph names. */
export interface NeovimSetup {
  /** The paragraph before the code block, which names the versions. */
  label: string;
  from: Version;
  /** The last minor version it is for; undefined: "or later". */
  to?: Version;
  lua: string;
}

const SECTION = /^#### Neovim\n([\s\S]*?)(?=^#{1,4} )/m;
const LUA_BLOCK = /^```lua\n([\s\S]*?)^```$/m;
const LABEL = /^Neovim (\d+)\.(\d+)(?:( or later)| to (\d+)\.(\d+))?\b/;

/** Every Lua block of the README's "#### Neovim" section, with the versions the paragraph before it names. */
export function readmeNeovimSetups(readme: string): NeovimSetup[] {
  const section = SECTION.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "#### Neovim" section.');
  // Split around the blocks: prose, lua, prose, lua, ..., prose.
  const parts = section.split(LUA_BLOCK);
  const setups: NeovimSetup[] = [];
  for (let index = 1; index < parts.length; index += 2) {
    const label = parts[index - 1]!.trim().split(/\n\s*\n/).at(-1)!;
    const versions = LABEL.exec(label);
    if (!versions) throw new Error(`README.md, Neovim section: the paragraph before a Lua block must start "Neovim X.Y", "Neovim X.Y or later" or "Neovim X.Y to X.Y"; it is: ${label}`);
    const from = { major: Number(versions[1]), minor: Number(versions[2]), patch: 0 };
    const to = versions[3] ? undefined : versions[4] ? { major: Number(versions[4]), minor: Number(versions[5]), patch: Infinity } : { ...from, patch: Infinity };
    setups.push({ label, from, to, lua: parts[index]! });
  }
  return setups;
}

/** The one set-up of the README for this version of Neovim; an error if none or several claim it. */
export function setupFor(setups: readonly NeovimSetup[], version: Version): NeovimSetup {
  const fitting = setups.filter((setup) => compare(setup.from, version) <= 0 && (!setup.to || compare(version, setup.to) <= 0));
  const shown = `${version.major}.${version.minor}.${version.patch}`;
  if (fitting.length === 0) {
    throw new Error(`README.md has no Neovim set-up for Neovim ${shown}; it has: ${setups.map((setup) => setup.label.split('\n')[0]).join(' | ')}`);
  }
  if (fitting.length > 1) throw new Error(`README.md has ${fitting.length} Neovim set-ups that claim Neovim ${shown}: ${fitting.map((setup) => setup.label.split('\n')[0]).join(' | ')}`);
  return fitting[0]!;
}

function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
