import { build, distIsStale } from '../../scripts/lib/build.mjs';

/** Builds dist/ once per test run when a source file is newer than the built CLI, so CLI tests run the real binary. */
export default function buildOnce(): void {
  if (distIsStale()) build({ quiet: true });
}
