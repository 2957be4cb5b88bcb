/** The line on standard error when --max-warnings fails the run, so that exit 1 is never a mystery. */
export function tooManyWarnings(warnings: number, max: number): string {
  return `${warnings.toLocaleString('en-GB')} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${max.toLocaleString('en-GB')}; the run fails (exit 1).`;
}
