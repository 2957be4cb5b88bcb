import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBulkJsonl } from '../../scripts/lib/bulk-notes.mjs';
import { CLI, workspace } from '../cli/helpers.js';
import { findProgram } from './find-program.js';

/** util-linux `script` gives the CLI a real terminal for stderr while stdout goes to a file. */
const script = findProgram({ what: 'util-linux script', purpose: 'the terminal progress test', variable: 'SCRIPT_PATH', names: ['script'], debian: 'bsdutils' });

describe('progress bar on a real terminal', () => {
  it('draws during a long run and clears itself, and not in CI or with --quiet', async () => {
    const dir = workspace({});
    await writeBulkJsonl(join(dir, 'first.jsonl'), 99, 100, 30);
    await writeBulkJsonl(join(dir, 'rest.jsonl'), 100, 200, 30);
    // The rest arrives a line every half second for six seconds, so the run outlasts the bar's one-second
    // delay however long the CLI takes to start on a loaded machine.
    const trickle = `(cat first.jsonl; head -n 12 rest.jsonl | while IFS= read -r line; do sleep 0.5; printf '%s\\n' "$line"; done; tail -n +13 rest.jsonl)`;
    const lint = (flags: string) => `${trickle} | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --stdin --stdin-filename export.jsonl --format json --jobs 1 ${flags} > out.json`;
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' };
    delete env.CI;
    const onTerminal = (command: string, environment: NodeJS.ProcessEnv) => spawnSync(script, ['-qec', command, '/dev/null'], { cwd: dir, env: environment, encoding: 'utf8' });

    const shown = onTerminal(lint(''), env);
    expect(shown.status, shown.stderr).toBe(1);
    expect(shown.stdout).toMatch(/\r\u001B\[2Kcasenote-lint [\d,]+ notes, [\d,]+ notes\/s/);
    // Cleared at the end: the last thing written to the terminal erases the line.
    expect(shown.stdout.replace(/\r?\n$/, '')).toMatch(/\r\u001B\[2K$/);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as unknown[]).length).toBe(300);

    expect(onTerminal(lint(''), { ...env, CI: 'true' }).stdout).not.toContain('casenote-lint');
    expect(onTerminal(lint('--quiet'), env).stdout).not.toContain('casenote-lint');
  }, 60_000);
});
