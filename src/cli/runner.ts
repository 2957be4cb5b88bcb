/**
 * Lints a stream of work items and yields what each batch gives (reports, or rendered notes), in input
 * order, with bounded memory: at most `jobs × IN_FLIGHT_PER_THREAD` batches are read ahead of the output.
 *
 * With one job everything runs on this thread. With more, a piscina pool of worker threads lints batches
 * while this thread reads input and writes output; results are taken from a FIFO of pending batches, so
 * the order is the input order whatever thread finishes first. Unless the caller asked for threads
 * explicitly, the first `inlineFirst` notes are linted here before any worker starts: starting workers
 * costs more than a small run takes. Notes are also linted here while the workers start.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkItem } from './lint-core.js';
import type { WorkerData } from './lint-worker.js';

export interface RunnerOptions<Result> {
  jobs: number;
  /** Start the pool at once (--jobs given) rather than after `inlineFirst` notes. */
  eager: boolean;
  inlineFirst: number;
  /** The built worker file; without it every note is linted on this thread. */
  workerFile?: string;
  workerData: WorkerData;
  /** Lints a batch on this thread; it must give what a worker gives for the same batch and workerData. */
  lintHere: (items: WorkItem[]) => Result;
  /**
   * Old-generation heap of each worker, in MiB. V8 grows a heap lazily up to a large limit; a cap keeps
   * the threads' memory down. A note that needs more (one near maxNoteSize) fails its worker, and its
   * batch is linted on this thread instead.
   */
  workerHeapMb?: number;
  /** Called when the pool starts, with its size and whether any of its workers has started yet (for tests). */
  onPoolStart?: (threads: number, started: () => boolean) => void;
  /** Called when a worker thread failed a batch; the batch is then linted on this thread. */
  onWorkerError?: (error: unknown) => void;
}

const BATCH_ITEMS = 64;
const BATCH_CHARS = 512 * 1024;
const IN_FLIGHT_PER_THREAD = 4;
const WORKER_YOUNG_GENERATION_MB = 24;

/** Where the built worker is: beside the running CLI bundle (dist/lint-worker.js). */
export function findWorkerFile(moduleUrl: string): string | undefined {
  try {
    const file = fileURLToPath(new URL('./lint-worker.js', moduleUrl));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function* lintInOrder<Result>(items: AsyncIterable<WorkItem>, options: RunnerOptions<Result>): AsyncGenerator<Result> {
  const iterator = items[Symbol.asyncIterator]();
  const rest: AsyncIterable<WorkItem> = { [Symbol.asyncIterator]: () => iterator };
  if (options.jobs <= 1 || !options.workerFile) {
    for await (const item of rest) yield options.lintHere([item]);
    return;
  }
  if (!options.eager) {
    for (let linted = 0; linted < options.inlineFirst; linted++) {
      const next = await iterator.next();
      if (next.done) return;
      yield options.lintHere([next.value]);
    }
  }

  const ready = new Int32Array(new SharedArrayBuffer(4));
  const pool = new Piscina<WorkItem[], Result>({
    filename: options.workerFile,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    idleTimeout: 60_000,
    // Tasks wait in the worker's own queue, so that a worker never idles while this thread is busy writing.
    concurrentTasksPerWorker: IN_FLIGHT_PER_THREAD,
    workerData: { ...options.workerData, ready } satisfies WorkerData,
    // Linting makes short-lived garbage: a young generation of 24 MiB halves the scavenges of one of 12 MiB
    // (about 8% of a worker's time on 120-word notes), and each thread's young generation counts in the peak memory.
    ...(options.workerHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } } : {}),
  });
  options.onPoolStart?.(options.jobs, () => Atomics.load(ready, 0) > 0);
  const pending: { task: Promise<Result>; settled: boolean }[] = [];
  const submit = (batch: WorkItem[]) => {
    // A batch a worker could not finish (a worker that ran out of memory, say) is linted here instead.
    const task = pool.run(batch).catch((error: unknown) => {
      options.onWorkerError?.(error);
      return options.lintHere(batch);
    });
    const entry = { task, settled: false };
    // Handled when its turn comes; this stops a later batch's failure counting as unhandled meanwhile.
    entry.task.then(
      () => (entry.settled = true),
      () => (entry.settled = true),
    );
    pending.push(entry);
  };
  try {
    // A worker takes a while to start (load, compile its linter): until one has, notes are linted here, so
    // that no core waits. A worker that never starts leaves every note to this thread.
    while (Atomics.load(ready, 0) === 0) {
      const next = await iterator.next();
      if (next.done) return;
      yield options.lintHere([next.value]);
    }
    let batch: WorkItem[] = [];
    let chars = 0;
    for await (const item of rest) {
      batch.push(item);
      chars += item.kind === 'jsonl' ? item.text.length : item.input.note === undefined ? 0 : typeof item.input.note === 'string' ? item.input.note.length : item.input.note.text.length;
      if (batch.length >= BATCH_ITEMS || chars >= BATCH_CHARS) {
        submit(batch);
        batch = [];
        chars = 0;
        // Wait while the window is full; pass on whatever is already done, so output keeps flowing.
        while (pending.length >= options.jobs * IN_FLIGHT_PER_THREAD || pending[0]?.settled) yield await pending.shift()!.task;
      }
    }
    if (batch.length > 0) submit(batch);
    while (pending.length > 0) yield await pending.shift()!.task;
  } finally {
    await pool.destroy();
  }
}
