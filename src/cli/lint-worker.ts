/**
 * The worker-thread side of `--jobs N` (run by piscina). Each worker loads the config file the main thread
 * found, by its path (a JavaScript config's rules are functions, which no message between threads can
 * carry), applies the same --rule flags, compiles it once and lints batches of work items in the order
 * given. With a render spec it also formats them, and moves the bytes back instead of copying finding objects.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { createLinter } from '../index.js';
import { readConfigFile, withRuleFlags } from './load-config.js';
import { lintItem, type LintEnvironment, type Wants, type WorkItem } from './lint-core.js';
import { calendarFor, calendarOptionsFrom, timelinessOptionsFrom } from './late-days.js';
import { formatterNamed } from './formatters/index.js';
import { isEntryFormatter, type EntryFormatter, type NoteReport } from './report.js';
import { renderNotes, type RenderedNotes, type RenderSpec } from './render.js';

export interface WorkerData {
  /** The config file the main thread found or was given (absolute); none: the defaults. */
  configFile?: string;
  /** The run's --rule flags, applied on top of the file as the main thread applies them. */
  ruleFlags?: readonly string[];
  wants: Wants;
  render?: RenderSpec;
  /** The run's calendar day (see LintEnvironment.today), so every thread charts the same notes. */
  today?: string;
  /** Shared with the main thread: each worker adds 1 once it can lint (see lintInOrder). */
  ready?: Int32Array;
}

let env: LintEnvironment | undefined;
let format: EntryFormatter | undefined;

async function environment(): Promise<LintEnvironment> {
  if (!env) {
    const { configFile, ruleFlags = [], wants, render, today } = workerData as WorkerData;
    const linter = createLinter(withRuleFlags(configFile === undefined ? {} : await readConfigFile(configFile), ruleFlags));
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
  await environment();
} catch {
  // The same error comes again with the first batch, which the main thread then lints itself.
}
const { ready } = workerData as WorkerData;
if (ready) Atomics.add(ready, 0, 1);

export default async function lintBatch(items: readonly WorkItem[]): Promise<NoteReport[] | RenderedNotes> {
  const current = await environment();
  const { render } = workerData as WorkerData;
  if (!render || !format) return items.map((item) => lintItem(current, item));
  const rendered = renderNotes(current, format, render, items);
  const movable = { [Piscina.transferableSymbol]: [rendered.bytes.buffer], [Piscina.valueSymbol]: rendered } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as RenderedNotes;
}
