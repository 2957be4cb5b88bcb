import { describe, expect, it } from 'vitest';
import { wantsProgress } from '../../src/cli/main.js';
import { createProgress } from '../../src/cli/progress.js';

describe('progress bar', () => {
  it('waits before it shows, redraws at most every interval, and clears itself', () => {
    let time = 0;
    const written: string[] = [];
    const progress = createProgress({ write: (text) => written.push(text), totalBytes: 1000, now: () => time, delayMs: 1000, intervalMs: 100, width: 10 });
    progress.tick(10, 100);
    time = 500;
    progress.tick(50, 400);
    expect(written).toEqual([]); // a quick run never shows a bar
    time = 1000;
    progress.tick(100, 500);
    time = 1050;
    progress.tick(105, 520); // too soon to redraw
    expect(written).toEqual(['\r\u001B[2Kcasenote-lint [█████░░░░░] 50%  100 notes, 100 notes/s']);
    progress.clear();
    expect(written.at(-1)).toBe('\r\u001B[2K');
    time = 2000;
    progress.tick(4000, 1000);
    expect(written.at(-1)).toBe('\r\u001B[2Kcasenote-lint [██████████] 100%  4,000 notes, 2,000 notes/s');
    progress.done();
    time = 3000;
    progress.tick(5000, 1000);
    expect(written.at(-1)).toBe('\r\u001B[2K');
  });

  it('counts notes without a percentage when the size is unknown (stdin)', () => {
    let time = 0;
    const written: string[] = [];
    const progress = createProgress({ write: (text) => written.push(text), now: () => time });
    time = 1500;
    progress.tick(3000, 0);
    expect(written).toEqual(['\r\u001B[2Kcasenote-lint 3,000 notes, 2,000 notes/s']);
  });

  it('is wanted only on a terminal, not in CI and not with --quiet', () => {
    expect(wantsProgress({ stderrIsTTY: true, env: {} }, false)).toBe(true);
    expect(wantsProgress({ stderrIsTTY: false, env: {} }, false)).toBe(false);
    expect(wantsProgress({ stderrIsTTY: true, env: { CI: 'true' } }, false)).toBe(false);
    expect(wantsProgress({ stderrIsTTY: true, env: {} }, true)).toBe(false);
    expect(wantsProgress({ stderrIsTTY: true, env: { TERM: 'dumb' } }, false)).toBe(false);
  });
});
