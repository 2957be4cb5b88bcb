// npm run notices: writes THIRD-PARTY-NOTICES.md from what the built dist/ bundles (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/build.mjs';
import { bundledPackages, thirdPartyNotices } from './lib/third-party.mjs';

writeFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices());
console.log(`THIRD-PARTY-NOTICES.md: ${bundledPackages().length} bundled packages`);
