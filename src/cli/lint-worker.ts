/**
 * The worker-thread side of `--jobs N` (run by piscina). Each worker compiles the config once, from the
 * JSON-clean config the main thread validated, and lints batches of work items in the order given.
 */
import { workerData } from 'node:worker_threads';
import { createLinter, type Config } from '../index.js';
import { lintItem, type LintEnvironment, type Wants, type WorkItem } from './lint-core.js';
import { calendarFor, calendarOptionsFrom } from './late-days.js';
import type { NoteReport } from './report.js';

export interface WorkerData {
  config: Config;
  wants: Wants;
}

let env: LintEnvironment | undefined;

function environment(): LintEnvironment {
  if (!env) {
    const { config, wants } = workerData as WorkerData;
    const linter = createLinter(config);
    env = { linter, wants, calendar: calendarFor(calendarOptionsFrom(linter.config)), timeZone: linter.config.timeZone };
  }
  return env;
}

export default function lintBatch(items: readonly WorkItem[]): NoteReport[] {
  const current = environment();
  return items.map((item) => lintItem(current, item));
}
