/**
 * End to end in a real editor: headless Neovim (Debian's `neovim`, or NVIM_PATH) with the README's Neovim
 * set-up for its version as init.lua, in a folder where casenote-lint is installed as a dependency (linked to
 * this repository, so the set-up's `npx --no-install casenote-lint-lsp` starts the built dist/lsp.js). A note
 * is opened, the server's diagnostics arrive, the jargon quick fix is applied through
 * vim.lsp.buf.code_action(), and the text and the diagnostics are checked.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNeovim, neovimVersion, readmeNeovimSetups, setupFor, type NeovimSetup, type Version } from './neovim.js';

const root = resolve(import.meta.dirname, '..', '..');
const DRIVER = join(import.meta.dirname, 'neovim-drive.lua');
/** Milliseconds the driver waits for each step (diagnostics, the edit, the re-lint). */
const STEP_TIMEOUT = 20_000;

const JARGON = 'going forward';
const PLAIN = 'from now on';
const NOTE = `---
type: home-visit
occurredAt: 2026-03-10T16:00
recordedAt: 2026-03-10T17:30
author:
  name: Alex Morgan
  role: Social Worker
---
Home visit to Robin at the flat of his grandmother, Mrs Jean Hale, after school. Robin yawned twice and
said he had stayed up late to finish a model aeroplane with his uncle, Mr Sam Hale.

Robin showed me the aeroplane and the shelf in his bedroom where he keeps his models. His
grandmother and I agreed that, ${JARGON}, Robin will be in bed by half past eight on school nights.

Alex Morgan, Social Worker, 10/03/2026
`;

interface SeenDiagnostic {
  code?: string;
  severity: number;
  message: string;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
}

/** What neovim-drive.lua saw, as it writes it (an empty Lua table comes out as `[]`). */
interface Seen {
  error?: string;
  version?: string;
  filetype?: string;
  diagnosed?: boolean;
  clients?: string[];
  before?: SeenDiagnostic[];
  offered?: string[];
  chosen?: string;
  applied?: boolean;
  cleared?: boolean;
  after?: SeenDiagnostic[];
  lines?: string[];
  messages?: string;
}

let nvim: string;
let version: Version;
let setup: NeovimSetup;
let workspace: string;

beforeAll(async () => {
  nvim = findNeovim();
  version = neovimVersion(nvim);
  setup = setupFor(readmeNeovimSetups(await readFile(join(root, 'README.md'), 'utf8')), version);
  const server = join(root, 'dist', 'lsp.js');
  if (!existsSync(server)) throw new Error(`${server} is missing: run npm run build.`);

  // A folder of notes with casenote-lint installed as `npm install -D casenote-lint` would: the package
  // under node_modules and its bin in node_modules/.bin.
  workspace = await mkdtemp(join(tmpdir(), 'casenote-lint-nvim-'));
  await writeFile(join(workspace, 'package.json'), JSON.stringify({ name: 'case-notes', private: true, devDependencies: { 'casenote-lint': '*' } }));
  await mkdir(join(workspace, 'node_modules', '.bin'), { recursive: true });
  await symlink(root, join(workspace, 'node_modules', 'casenote-lint'), 'dir');
  await symlink(join('..', 'casenote-lint', 'dist', 'lsp.js'), join(workspace, 'node_modules', '.bin', 'casenote-lint-lsp'));
  await mkdir(join(workspace, 'notes'));
  await writeFile(join(workspace, 'notes', 'robin-home-visit.md'), NOTE);
  await writeFile(join(workspace, 'init.lua'), setup.lua);
});

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

/** Runs Neovim headless on the workspace with the README's set-up and the driver; resolves with what the driver saw. */
async function drive(): Promise<{ seen: Seen; lspLog: string }> {
  const resultFile = join(workspace, 'result.json');
  const xdg = join(workspace, 'xdg');
  // An editor the user starts from a shell: none of npm's variables from `npm run test:browser`, which would
  // point npx at this repository instead of the notes folder; its own config, cache and state directories.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  Object.assign(env, {
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_STATE_HOME: join(xdg, 'state'),
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    CASENOTE_NOTE: join(workspace, 'notes', 'robin-home-visit.md'),
    CASENOTE_RESULT: resultFile,
    CASENOTE_RULE: 'no-jargon',
    CASENOTE_REPLACEMENT: PLAIN,
    CASENOTE_TIMEOUT_MS: String(STEP_TIMEOUT),
  });
  const run = await new Promise<{ code: number | null; stderr: string; error?: Error }>((done) => {
    const child = execFile(
      nvim,
      ['--headless', '--clean', '-n', '-u', join(workspace, 'init.lua'), '-c', `luafile ${DRIVER}`],
      { cwd: workspace, env, timeout: 4 * STEP_TIMEOUT, killSignal: 'SIGKILL' },
      (error, _stdout, stderr) => done({ code: child.exitCode, stderr, error: error ?? undefined }),
    );
    child.stdin?.end();
  });
  // Neovim 0.7 writes the LSP log to the cache directory, later versions to the state directory.
  const lspLog = (
    await Promise.all(['cache', 'state'].map((dir) => readFile(join(xdg, dir, 'nvim', 'lsp.log'), 'utf8').catch(() => '')))
  ).join('');
  if (!existsSync(resultFile)) {
    throw new Error(`Neovim ${nvim} wrote no result (exit ${run.code}${run.error ? `, ${run.error.message}` : ''}).\nstderr: ${run.stderr}\nLSP log: ${lspLog}`);
  }
  expect(run.code, run.stderr).toBe(0);
  return { seen: JSON.parse(await readFile(resultFile, 'utf8')) as Seen, lspLog };
}

describe('casenote-lint-lsp in headless Neovim, set up as the README says', () => {
  it('shows the jargon diagnostic on the note, applies its quick fix, and the finding goes', { timeout: 5 * STEP_TIMEOUT }, async () => {
    const { seen, lspLog } = await drive();
    const context = `${setup.label}\n${JSON.stringify(seen, null, 2)}\nLSP log: ${lspLog}`;
    expect(seen.error, context).toBeUndefined();
    expect(seen.version).toBe(`${version.major}.${version.minor}.${version.patch}`);
    expect(seen.filetype).toBe('markdown');
    expect(seen.diagnosed, context).toBe(true);
    expect(seen.clients, context).toContain(setup.lua.includes("'casenote_lint'") ? 'casenote_lint' : 'casenote-lint');

    // The one finding of the note: the jargon, as a warning on its exact words.
    const lines = NOTE.split('\n');
    const line = lines.findIndex((text) => text.includes(JARGON));
    const col = lines[line]!.indexOf(JARGON);
    expect(seen.before, context).toEqual([
      {
        code: 'no-jargon',
        severity: 2,
        message: `This phrase is professional jargon that the child or family may not understand: write "${PLAIN}" instead.`,
        lnum: line,
        col,
        end_lnum: line,
        end_col: col + JARGON.length,
      },
    ]);

    expect(seen.offered, context).toEqual([`Write "${PLAIN}"`]);
    expect(seen.chosen).toBe(`Write "${PLAIN}"`);
    expect(seen.applied, context).toBe(true);
    expect(seen.lines).toEqual(NOTE.replace(JARGON, PLAIN).replace(/\n$/, '').split('\n'));
    // Neovim sent the edit back to the server, which linted the new text: the note is now clean.
    expect(seen.cleared, context).toBe(true);
    expect(seen.after, context).toEqual([]);
  });

  it("parses every Lua set-up of the README's Neovim section, including those for other versions", async () => {
    // Only the set-up for this Neovim can be run here; the others are at least checked to be valid Lua.
    const setups = readmeNeovimSetups(await readFile(join(root, 'README.md'), 'utf8'));
    const files = await Promise.all(
      setups.map(async (each, index) => {
        const file = join(workspace, `setup-${index}.lua`);
        await writeFile(file, each.lua);
        return file;
      }),
    );
    const check = `lua local out = {} for _, f in ipairs(vim.split(vim.env.CASENOTE_SETUPS, '\\n')) do local _, e = loadfile(f) table.insert(out, e or 'ok') end io.stdout:write(vim.fn.json_encode(out))`;
    const printed = await new Promise<string>((done, fail) => {
      const child = execFile(nvim, ['--headless', '--clean', '-n', '-c', check, '-c', 'qall!'], { cwd: workspace, env: { ...process.env, CASENOTE_SETUPS: files.join('\n') }, timeout: STEP_TIMEOUT }, (error, stdout) =>
        error ? fail(error) : done(stdout),
      );
      child.stdin?.end();
    });
    expect(JSON.parse(printed), setups.map((each) => each.label).join('\n')).toEqual(setups.map(() => 'ok'));
  });
});
