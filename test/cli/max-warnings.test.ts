/** --max-warnings: exit 1 past the limit, with a line on stderr that says so; stdout stays machine-readable. */
import { describe, expect, it } from 'vitest';
import { VAGUE_BODY, noteFile, runBuilt, workspace } from './helpers.js';
import { tooManyWarnings } from '../../src/cli/max-warnings.js';

const TWO_WARNINGS = 'I visited Amy at home. No concerns. Will continue to monitor.';

describe('--max-warnings', () => {
  it('says on stderr how many warnings there were and what the limit is', async () => {
    const dir = workspace({ 'visit.md': noteFile(TWO_WARNINGS) });
    const { code, stderr, stdout } = await runBuilt(['visit.md', '--max-warnings', '1'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('casenote-lint: 2 warnings, more than --max-warnings 1; the run fails (exit 1).\n');
    expect(stdout).toContain('✖ 2 problems (0 errors, 2 warnings, 0 info) in 1 note');
  });

  it('says nothing within the limit', async () => {
    const dir = workspace({ 'visit.md': noteFile(TWO_WARNINGS) });
    const { code, stderr } = await runBuilt(['visit.md', '--max-warnings', '2'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it.each(['json', 'sarif'])('keeps --format %s output parseable: the line goes to stderr', async (format) => {
    const dir = workspace({ 'visit.md': noteFile(VAGUE_BODY) });
    const { code, stdout, stderr } = await runBuilt(['visit.md', '--max-warnings', '0', '--format', format], { cwd: dir });
    expect(code).toBe(1);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toBe('casenote-lint: 1 warning, more than --max-warnings 0; the run fails (exit 1).\n');
  });

  it('counts in thousands', () => {
    expect(tooManyWarnings(12345, 1000)).toBe('12,345 warnings, more than --max-warnings 1,000; the run fails (exit 1).');
  });
});
