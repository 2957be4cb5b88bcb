/**
 * The worker-thread side of `--jobs N` (run by piscina). Each worker compiles each of the run's configs
 * once, when a note needs it, from the JSON-clean configs the main thread validated, and lints batches of work items in the order given. With a
 * render spec it also formats them, and moves the bytes back instead of copying finding objects.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { createLinter, type Config } from '../index.js';
import { createEnvironment, lintItem, type LintEnvironment, type Wants, type WorkItem } from './lint-core.js';
import { formatterNamed } from './formatters/index.js';
import { isEntryFormatter, type EntryFormatter, type NoteReport } from './report.js';
import { renderNotes, type RenderedNotes, type RenderSpec } from './render.js';

export interface WorkerData {
  /** The run's configs, in the order of a work item's `config` index; with each, the run's calendar day in its time zone (see LintEnvironment.today), so every thread charts the same notes. */
  configs: { config: Config; today?: string }[];
  wants: Wants;
  render?: RenderSpec;
  /** Shared with the main thread: each worker adds 1 once it can lint (see lintInOrder). */
  ready?: Int32Array;
}

const envs: LintEnvironment[] = [];
let format: EntryFormatter | undefined;

function environment(index: number): LintEnvironment {
  const { configs, wants, render } = workerData as WorkerData;
  if (render && !format) {
    const built = formatterNamed(render.format)?.(render.context);
    if (!built || !isEntryFormatter(built)) throw new Error(`format "${render.format}" cannot be rendered in a worker thread`);
    format = built;
  }
  const { config, today } = configs[index]!;
  return (envs[index] ??= createEnvironment(createLinter(config), wants, today));
}

/** The environment of every config of the batch's items, by index. */
function environments(items: readonly WorkItem[]): LintEnvironment[] {
  for (const item of items) environment(item.config ?? 0);
  return envs;
}

try {
  environment(0);
} catch {
  // The same error comes again with the first batch, which the main thread then lints itself.
}
const { ready } = workerData as WorkerData;
if (ready) Atomics.add(ready, 0, 1);

export default function lintBatch(items: readonly WorkItem[]): NoteReport[] | RenderedNotes {
  const current = environments(items);
  const { render } = workerData as WorkerData;
  if (!render || !format) return items.map((item) => lintItem(current[item.config ?? 0]!, item));
  const rendered = renderNotes(current, format, render, items);
  const movable = { [Piscina.transferableSymbol]: [rendered.bytes.buffer], [Piscina.valueSymbol]: rendered } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as RenderedNotes;
}
