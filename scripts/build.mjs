// npm run build / prepack: a clean build of dist/.
// prepare (`--if-stale`): after `npm ci` or `npm install` in a clone, or when npm installs the package
// from git, build dist/ when it is missing or older than the sources; otherwise do nothing. A package
// installed from the registry ships dist/ and never runs this.
import { build, distIsStale } from './lib/build.mjs';

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !distIsStale()) process.exit(0);
try {
  build();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
