// The third-party packages bundled into dist/ and their licence notices (THIRD-PARTY-NOTICES.md).
// esbuild starts the code of each bundled file with a comment naming its path, `// node_modules/yaml/dist/…`,
// so the bundles themselves say what they contain.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build.mjs';

const MODULE_COMMENT = /^\/\/ ((?:[^\n]*\/)?node_modules\/((?:@[^/\n]+\/)?[^/\n@]+))\//gm;
const BUNDLES = /\.(?:js|cjs)$/;
const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i;
const NOTICE_FILE = /notice/i;

/** The packages whose code is in dist/: name and installed folder (the one esbuild read), sorted by name. */
function bundled(dist) {
  const folders = new Map();
  for (const file of readdirSync(dist)) {
    if (!BUNDLES.test(file)) continue;
    for (const [, folder, name] of readFileSync(join(dist, file), 'utf8').matchAll(MODULE_COMMENT)) {
      if (!folders.has(name)) folders.set(name, join(root, folder));
    }
  }
  return [...folders].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Names of the packages whose code is in dist/, sorted. */
export function bundledPackages(dist = join(root, 'dist')) {
  return bundled(dist).map(([name]) => name);
}

const personName = (person) => (typeof person === 'string' ? person : person?.name ? [person.name, person.email && `<${person.email}>`].filter(Boolean).join(' ') : undefined);

const MIT = (holder) => `(The MIT License)

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** One package's section: its licence file(s) and notice file(s) as published, or the licence its package.json declares. */
function section(name, dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = readdirSync(dir).sort();
  const licences = files.filter((file) => LICENCE_FILE.test(file));
  const notices = files.filter((file) => NOTICE_FILE.test(file) && !LICENCE_FILE.test(file));
  const texts = [...licences, ...notices].map((file) => readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n').trim());
  if (texts.length === 0) {
    const holder = personName(pkg.author);
    if (pkg.license !== 'MIT' || !holder) throw new Error(`third-party notices: ${name} has no licence file and no MIT licence with an author in its package.json; add its notice by hand`);
    texts.push(`${MIT(holder)}\n\n(${name} publishes no licence file; its package.json declares the MIT licence and this author.)`);
  }
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const header = [`## ${name}`, '', `Licence: ${pkg.license ?? 'see below'}${repository ? `. Source: ${repository}` : ''}`];
  return [...header, '', ...texts.map((text) => `\`\`\`text\n${text}\n\`\`\``)].join('\n');
}

/** The text of THIRD-PARTY-NOTICES.md for what dist/ bundles. */
export function thirdPartyNotices(dist = join(root, 'dist')) {
  const packages = bundled(dist);
  return [
    '# Third-party notices',
    '',
    `casenote-lint's files in \`dist/\` include code from the following ${packages.length} packages, whose licences ask`,
    'that their notices go with it. Generated from the bundles by `npm run notices`; do not edit by hand.',
    '',
    ...packages.map(([name, dir]) => `${section(name, dir)}\n`),
  ].join('\n');
}
