#!/usr/bin/env node
// Writes rules/data/spelling-dictionary.ts: every word form of the en-GB Hunspell dictionary
// (dictionary-en-gb, SCOWL's en_GB-ise), its affixes applied, in a compact form that the spelling rule
// decodes on first use. The core cannot read the .dic and .aff files at run time (no fs, and it runs in
// browsers), and nspell takes over half a second to load them and up to a second to suggest for one
// word, which a synchronous lint on every key press cannot afford; so the forms are expanded here, once,
// and committed.
//
//   node scripts/spelling-dictionary.mjs          # rewrite the data file and NOTICE.md
//   node scripts/spelling-dictionary.mjs --check  # exit 1 when either committed file is out of date
//
// The encoding: the forms sorted (by UTF-16 code unit), each written as one character for how many leading
// characters it shares with the form before it ("0" + n, n at most MAX_SHARED) followed by the rest of it.
// No form contains a character from "0" to "@" (checked below), so each form starts where such a
// character is. Possessives ("child's") are left out: the rule looks up the word without its "'s".

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../rules/data/spelling-dictionary.ts', import.meta.url));
const NOTICE = fileURLToPath(new URL('../NOTICE.md', import.meta.url));
// The package exports only its index.js, which reads the two files beside it.
const packageDir = dirname(fileURLToPath(import.meta.resolve('dictionary-en-gb')));
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** Shared-prefix lengths are written as one character from "0" (48) to "@" (64). */
const MAX_SHARED = 16;
const FIRST_MARK = 48;
const LAST_MARK = FIRST_MARK + MAX_SHARED;

/** The affix rules of an .aff file that word forms depend on (PFX/SFX, ONLYINCOMPOUND, REP). */
export function readAffixes(aff) {
  const rules = new Map();
  const replacements = [];
  let onlyInCompound;
  const lines = aff.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].trim().split(/\s+/);
    if (parts[0] === 'ONLYINCOMPOUND') onlyInCompound = parts[1];
    if (parts[0] === 'REP' && parts.length === 3) replacements.push([parts[1].replace(/_/g, ' '), parts[2].replace(/_/g, ' ')]);
    if ((parts[0] === 'PFX' || parts[0] === 'SFX') && parts.length === 4) {
      const [kind, flag, cross, count] = parts;
      const entries = [];
      for (let j = 1; j <= Number(count); j++) {
        const [, , strip, add, condition = '.'] = lines[i + j].trim().split(/\s+/);
        entries.push({
          strip: strip === '0' ? '' : strip,
          add: add === '0' ? '' : add.split('/')[0],
          condition: new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`),
        });
      }
      rules.set(flag, { kind, cross: cross === 'Y', entries });
      i += Number(count);
    }
  }
  return { rules, replacements, onlyInCompound };
}

function applyRule(word, rule) {
  const forms = [];
  for (const { strip, add, condition } of rule.entries) {
    if (!condition.test(word)) continue;
    if (rule.kind === 'SFX') {
      if (strip && !word.endsWith(strip)) continue;
      forms.push(word.slice(0, word.length - strip.length) + add);
    } else {
      if (strip && !word.startsWith(strip)) continue;
      forms.push(add + word.slice(strip.length));
    }
  }
  return forms;
}

/**
 * Every form of every stem: the stem, each suffix, each prefix, and each prefix on each suffixed form
 * when both rules allow cross products (Hunspell's one prefix plus one suffix). Stems only allowed
 * inside compounds (the "1th" of ordinals) and forms with digits are left out: the rule never checks
 * words with digits.
 */
export function expandDictionary(aff, dic) {
  const { rules, replacements, onlyInCompound } = readAffixes(aff);
  const forms = new Set();
  const lines = dic.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    if (/\d/.test(stem) || (onlyInCompound && flags.includes(onlyInCompound))) continue;
    forms.add(stem);
    const suffixes = [];
    const prefixes = [];
    for (const flag of flags) {
      const rule = rules.get(flag);
      if (rule) (rule.kind === 'SFX' ? suffixes : prefixes).push(rule);
    }
    const crossable = [];
    for (const rule of suffixes) {
      for (const form of applyRule(stem, rule)) {
        forms.add(form);
        if (rule.cross) crossable.push(form);
      }
    }
    for (const rule of prefixes) {
      for (const form of applyRule(stem, rule)) forms.add(form);
      if (rule.cross) for (const suffixed of crossable) for (const form of applyRule(suffixed, rule)) forms.add(form);
    }
  }
  const words = [...forms].filter((form) => !/['’]s$/.test(form)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words, replacements };
}

export function encodeWords(words) {
  let previous = '';
  const parts = [];
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= FIRST_MARK && code <= LAST_MARK) throw new Error(`dictionary form "${word}" holds a character the encoding uses as a mark`);
    }
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    parts.push(String.fromCharCode(FIRST_MARK + shared) + word.slice(shared));
    previous = word;
  }
  return parts.join('');
}

export function render() {
  const aff = readFileSync(join(packageDir, 'index.aff'), 'utf8');
  const dic = readFileSync(join(packageDir, 'index.dic'), 'utf8');
  const { words, replacements } = expandDictionary(aff, dic);
  return `// GENERATED FILE: do not edit by hand.
// Written by scripts/spelling-dictionary.mjs from ${packageJson.name} ${packageJson.version} (run
// \`node scripts/spelling-dictionary.mjs\` to regenerate, \`--check\` to verify). The word list is SCOWL's
// en_GB-ise Hunspell dictionary, copyright Kevin Atkinson and others, used under its permissive licence
// (${packageJson.license}; see NOTICE.md). Decoded by rules/lib/spelling/dictionary.ts.

/** Where the word list comes from, for the README and NOTICE. */
export const DICTIONARY_SOURCE = ${JSON.stringify({ package: packageJson.name, version: packageJson.version, license: packageJson.license, forms: words.length })} as const;

/** The aff file's REP table: common misspellings of a part of a word, tried first when suggesting. */
export const DICTIONARY_REPLACEMENTS: readonly (readonly [string, string])[] = ${JSON.stringify(replacements)};

/** ${words.length} word forms, sorted and front-coded (see scripts/spelling-dictionary.mjs). */
export const DICTIONARY_WORDS = ${JSON.stringify(encodeWords(words))};
`;
}

/** NOTICE.md: the word list ships inside dist/, so its copyright and permission notices ship with it. */
export function renderNotice() {
  const license = readFileSync(join(packageDir, 'license'), 'utf8').trimEnd();
  return `# Notices

casenote-lint is MIT-licensed (see package.json). Its \`spelling\` rule carries a word list derived from
the en-GB Hunspell dictionary of the npm package \`${packageJson.name}\` ${packageJson.version} (licence
\`${packageJson.license}\`), which is SCOWL's en_GB-ise dictionary by Kevin Atkinson and others with an affix
file derived from Geoff Kuenning's Ispell. This is a modified form: \`scripts/spelling-dictionary.mjs\`
applied the affix rules to the dictionary's stems, left out possessives and forms with digits, and wrote
the result to \`rules/data/spelling-dictionary.ts\`, which the build bundles into \`dist/\`. The notices of
that dictionary follow as it gives them.

\`\`\`text
${license}
\`\`\`
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = [
    [OUTPUT, render()],
    [NOTICE, renderNotice()],
  ];
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const [file, text] of files) {
      if (readFileSync(file, 'utf8') !== text) {
        console.error(`${file} is out of date: run node scripts/spelling-dictionary.mjs`);
        stale = true;
      }
    }
    if (stale) process.exit(1);
    console.log('the spelling dictionary and NOTICE.md are up to date');
  } else {
    for (const [file, text] of files) {
      writeFileSync(file, text);
      console.log(`wrote ${file} (${(text.length / 1024).toFixed(0)} KiB)`);
    }
  }
}
