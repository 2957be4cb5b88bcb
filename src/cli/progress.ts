/**
 * A one-line progress bar on stderr for long runs. Shown only when stderr is a terminal, not in CI and not
 * with --quiet, and only once a run has lasted `delayMs`: a quick run never flickers. Redrawn at most
 * every `intervalMs`; the caller clears it before writing anything else to the terminal.
 */
export interface ProgressOptions {
  write: (text: string) => void;
  /** Total bytes of input when known (files), for a percentage; undefined for a stream. */
  totalBytes?: number;
  now?: () => number;
  delayMs?: number;
  intervalMs?: number;
  width?: number;
}

export interface Progress {
  /** One more note done; `bytes` is how far the reader has got. */
  tick(notes: number, bytes: number): void;
  /** Erase the bar (before other output); the next tick draws it again. */
  clear(): void;
  /** Erase the bar for good. */
  done(): void;
}

export const NO_PROGRESS: Progress = { tick() {}, clear() {}, done() {} };

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 100;
  const width = options.width ?? 24;
  const started = now();
  let lastDraw = -Infinity;
  let shown = false;
  let finished = false;

  const clear = () => {
    if (!shown) return;
    options.write('\r\u001B[2K');
    shown = false;
    lastDraw = -Infinity;
  };

  return {
    tick(notes, bytes) {
      if (finished) return;
      const time = now();
      if (time - started < delay || time - lastDraw < interval) return;
      lastDraw = time;
      const seconds = (time - started) / 1000;
      const rate = Math.round(notes / Math.max(seconds, 0.001));
      const counts = `${notes.toLocaleString('en-GB')} notes, ${rate.toLocaleString('en-GB')} notes/s`;
      let line: string;
      if (options.totalBytes && options.totalBytes > 0) {
        const fraction = Math.min(1, bytes / options.totalBytes);
        const filled = Math.round(fraction * width);
        line = `casenote-lint [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(fraction * 100)}%  ${counts}`;
      } else {
        line = `casenote-lint ${counts}`;
      }
      options.write(`\r\u001B[2K${line}`);
      shown = true;
    },
    clear,
    done() {
      clear();
      finished = true;
    },
  };
}
