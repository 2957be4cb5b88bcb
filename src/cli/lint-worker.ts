/**
 * The worker-thread side of `--jobs N` (run by piscina). Each worker compiles the config once, from the
 * JSON-clean config the main thread validated, and lints batches of work items in the order given. With a
 * render spec it also formats them, and moves the bytes back instead of copying finding objects.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { createLinter, type Config } from '../index.js';
import { lintItem, type LintEnvironment, type Wants, type WorkItem } from './lint-core.js';
import { calendarFor, calendarOptionsFrom, timelinessOptionsFrom } from './late-days.js';
import { formatterNamed } from './formatters/index.js';
import { isEntryFormatter, type EntryFormatter, type NoteReport } from './report.js';
import { renderNotes, type RenderedNotes, type RenderSpec } from './render.js';

export interface WorkerData {
  config: Config;
  wants: Wants;
  render?: RenderSpec;
  /** The run's calendar day (see LintEnvironment.today), so every thread charts the same notes. */
  today?: string;
  /** Shared with the main thread: each worker adds 1 once it can lint (see lintInOrder). */
  ready?: Int32Array;
}

let env: LintEnvironment | undefined;
let format: EntryFormatter | undefined;

function environment(): LintEnvironment {
  if (!env) {
    const { config, wants, render, today } = workerData as WorkerData;
    const linter = createLinter(config);
    env = { linter, wants, calendar: calendarFor(calendarOptionsFrom(linter.config)), timeliness: timelinessOptionsFrom(linter.config), timeZone: linter.config.timeZone, today };
    if (render) {
      const built = formatterNamed(render.format)?.(render.context);
      if (!built || !isEntryFormatter(built)) throw new Error(`format "${render.format}" cannot be rendered in a worker thread`);
      format = built;
    }
  }
  return env;
}

try {
  environment();
} catch {
  // The same error comes again with the first batch, which the main thread then lints itself.
}
const { ready } = workerData as WorkerData;
if (ready) Atomics.add(ready, 0, 1);

export default function lintBatch(items: readonly WorkItem[]): NoteReport[] | RenderedNotes {
  const current = environment();
  const { render } = workerData as WorkerData;
  if (!render || !format) return items.map((item) => lintItem(current, item));
  const rendered = renderNotes(current, format, render, items);
  const movable = { [Piscina.transferableSymbol]: [rendered.bytes.buffer], [Piscina.valueSymbol]: rendered } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as RenderedNotes;
}
