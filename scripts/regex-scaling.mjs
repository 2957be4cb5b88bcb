// npm run check:scaling (after npm run build): fails when the cost of linting grows faster than the input.
//
// Every rule is fed repetitions of its own trigger strings at 10 KB and at 100 KB, with only that rule on,
// and the parser (every rule on) is fed the trigger strings of src/. The triggers are read from the
// source with the TypeScript parser, so that a rule added later is covered without editing this script:
// - the string literals of the rule's module and of the modules it imports (its word lists, labels, field
//   names), each repeated with a space;
// - the characters its regular expressions (and strings) look for, each repeated alone, with a space,
//   doubled around a letter ("**a ") and inside a word ("a/"); letters and digits by their class ("a",
//   "A", "1"), as the expressions' words are probed as words;
// - the words written in its regular expressions ("From", "Speaker").
// A linear scan costs about 10 times as much on 10 times the text; backtracking costs 100 times or more.
// A probe fails when the cost grows more than 20 times (measured again, as the machine is shared and
// noisy) and then more than 8 times from 100 KB to 400 KB, past the CPU's caches (4 is linear, 16
// quadratic). Front matter is probed the same way within its size limit, and the working-day
// count on spans of 100 and 1,000 years.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import * as z from 'zod';
import { builtInRules, createLinter } from '../dist/index.js';

const root = join(import.meta.dirname, '..');
const SMALL = 10_000;
const LARGE = 100_000;
const LIMIT = 20;
/** A first, single measurement above this is measured again with repeated batches before it counts. */
const SUSPECT = 15;
/** Growth from 100 KB to 400 KB above which a suspect probe fails: 4 is linear, 16 quadratic. */
const CONFIRM_LIMIT = 8;
/** Words probed per rule at most, spread evenly over its literals: a long word list would take minutes. */
const WORDS_PER_RULE = Number(process.env.SCALING_WORDS ?? 12);
/** Milliseconds a small measurement runs for, repeating the lint, so that its time is steady. */
const SMALL_BATCH_MS = 5;
const FRONT_MATTER_SMALL = 1_500;
const FRONT_MATTER_LARGE = 15_000;
const only = process.env.SCALING_ONLY; // a rule id, or "engine"

// ---------------------------------------------------------------------------------------------------
// Triggers from the source

/** The module, and the project modules it imports (one level: its data, its helpers, shared readers). */
function modulesOf(file) {
  const files = [file];
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier?.text;
    if (!specifier?.startsWith('.') || /\/(?:types|standard)\.js$/.test(specifier)) continue;
    const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
    if (existsSync(target) && !files.includes(target)) files.push(target);
  }
  return files;
}

/** String literals (template parts too) and regular-expression sources of a module. */
function literalsOf(file) {
  const strings = [];
  const regexes = [];
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) regexes.push(node.text.slice(1, node.text.lastIndexOf('/')));
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
    else if (ts.isTemplateExpression(node)) strings.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  return { strings, regexes };
}

/** A character each escape stands for: \s a space, \d a digit, \p{Lu} a capital... */
const ESCAPES = { s: ' ', d: '1', w: 'a', b: '', B: '', n: '\n', r: '\r', t: '\t', S: 'a', D: 'a', W: '-' };
const PROPERTIES = { Lu: 'A', Ll: 'a', L: 'a', N: '1', Nd: '1', P: '.', S: '+', Z: ' ', M: '\u0301', Pd: '-', Ps: '(', Pe: ')', Pi: '\u201C', Pf: '\u201D' };

/** The characters a regular expression mentions, escapes read as the characters they stand for. */
function charactersOfRegex(source) {
  const found = new Set();
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const next = source[++i];
      if (next === 'p' || next === 'P') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 2, end).replace(/^(?:General_Category|gc|Script|sc)=/, '');
        if (PROPERTIES[name]) found.add(PROPERTIES[name]);
        i = end;
      } else if (next === 'u' && source[i + 1] === '{') {
        const end = source.indexOf('}', i);
        found.add(String.fromCodePoint(parseInt(source.slice(i + 2, end), 16)));
        i = end;
      } else if (next === 'u') {
        found.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (next === 'x') {
        found.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (next in ESCAPES) {
        if (ESCAPES[next]) found.add(ESCAPES[next]);
      } else if (next !== undefined && !/[0-9kc]/.test(next)) found.add(next);
    } else if (!'()[]{}|?+*^$.'.includes(char) || source[i - 1] === '[') found.add(char);
    else if ('.*+?|()[]{}'.includes(char)) {
      // Metacharacters may be the very characters a class lists ([.*]) or a note may hold; probing them costs little.
      found.add(char);
    }
  }
  return found;
}

/** Words written out in a regular expression: "From" in /^(?:From|To):/. */
function wordsOfRegex(source) {
  return source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\./g, ' ').match(/[A-Za-z][A-Za-z' -]*[A-Za-z]|[A-Za-z]{2,}/g) ?? [];
}

/** Every nth of a list, so that a long word list is sampled from end to end. */
function spread(list, count) {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

/** Repeated units, by name, for the modules of one rule (or of the engine). */
function probesFor(files) {
  const words = new Set();
  const characters = new Set();
  for (const file of files) {
    const { strings, regexes } = literalsOf(file);
    for (const regex of regexes) {
      for (const char of charactersOfRegex(regex)) characters.add(char);
      for (const word of wordsOfRegex(regex)) words.add(word.trim());
    }
    for (const string of strings) {
      const word = string.trim();
      // Messages and long advice are not what a note is made of; short literals are words, labels and patterns.
      if (word.length === 0 || word.length > 40 || word.includes('\n')) continue;
      words.add(word);
      for (const char of word) if (!/[\p{L}\p{N} ]/u.test(char)) characters.add(char);
    }
  }
  // Letters and digits stand for their class: the words of the expressions are probed as words, and
  // "yyyy…" costs what "aaaa…" does. Punctuation and spaces are what expressions treat one by one.
  const classes = new Set();
  for (const char of characters) {
    if (/\p{Lu}/u.test(char)) classes.add('A');
    else if (/\p{L}/u.test(char)) classes.add('a');
    else if (/\p{N}/u.test(char)) classes.add('1');
    else classes.add(char);
  }
  const probes = new Map();
  for (const char of classes) {
    const shown = JSON.stringify(char);
    probes.set(`${shown} run`, char);
    probes.set(`${shown} spaced`, `${char} `);
    probes.set(`${shown}${shown.slice(1, -1)} around a word`, `${char}${char}a `);
    probes.set(`${shown} inside a word`, `a${char}`);
  }
  const sorted = [...words].filter((word) => /\S/.test(word)).sort();
  for (const word of spread(sorted, WORDS_PER_RULE)) {
    probes.set(`${JSON.stringify(word)} repeated`, `${word} `);
    if (word.toUpperCase() !== word) probes.set(`${JSON.stringify(word.toUpperCase())} repeated`, `${word.toUpperCase()} `);
  }
  // All the words one after another: a dense run of matches.
  if (sorted.length > 0) probes.set('every word in turn', `${sorted.join(' ')} `);
  return probes;
}

// ---------------------------------------------------------------------------------------------------
// Measuring

const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Milliseconds one run takes: the least of three batches, each repeated for at least `batchMs`. */
function cost(run, batchMs, collect = true) {
  run();
  // From a collected heap (the script runs with --expose-gc): no measurement pays for another's garbage.
  if (collect) globalThis.gc?.();
  let best = Infinity;
  for (let batch = 0; batch < 3; batch++) {
    let runs = 0;
    const start = performance.now();
    do {
      run();
      runs++;
    } while (performance.now() - start < batchMs);
    best = Math.min(best, (performance.now() - start) / runs);
  }
  return best;
}

const results = [];
let counter = 0;
/**
 * Measures `runSmall` against `runLarge` (ten times the input) and records how the cost grew. A linear
 * probe grows about 10 times, so one quick measurement settles most probes; one that looks suspect is
 * measured again, carefully, as another process may have had the core for a moment.
 */
function probe(group, name, runSmall, runLarge, confirmAt) {
  const quick = () => {
    const smallMs = cost(runSmall, SMALL_BATCH_MS, false);
    const start = performance.now();
    runLarge();
    const largeMs = performance.now() - start;
    return { smallMs, largeMs, ratio: largeMs / smallMs };
  };
  const careful = () => {
    const smallMs = cost(runSmall, 3 * SMALL_BATCH_MS);
    const largeMs = cost(runLarge, 0);
    return { smallMs, largeMs, ratio: largeMs / smallMs };
  };
  let result = quick();
  for (let retry = 0; retry < 3 && result.ratio > (retry === 0 ? SUSPECT : LIMIT); retry++) {
    const again = careful();
    if (retry === 0 || again.ratio < result.ratio) result = again;
  }
  // At 10 KB the text fits the CPU's caches and at 100 KB it does not, so a linear probe can grow more
  // than 10 times. Growth from 100 KB to 400 KB, past the caches, settles it: about 4 times when
  // linear, 16 when quadratic.
  let failed = result.ratio > LIMIT;
  let confirmed;
  if (failed && confirmAt) {
    const [hundred, fourHundred] = confirmAt();
    const larger = { smallMs: cost(hundred, 0), largeMs: cost(fourHundred, 0) };
    confirmed = larger.largeMs / larger.smallMs;
    failed = confirmed > CONFIRM_LIMIT;
  }
  results.push({ group, name, ...result, failed, confirmed });
  return { ...result, failed };
}

/** A text probe: each lint starts with a word of its own, so that the linter's paragraph cache never answers it. */
function probeText(group, name, linter, unit) {
  const runs = (smallLength, largeLength) => {
    const small = fill(unit, smallLength);
    const large = fill(unit, largeLength);
    return [() => linter.lint(`w${counter++} ${small}`), () => linter.lint(`w${counter++} ${large}`)];
  };
  const [small, large] = runs(SMALL, LARGE);
  probe(group, name, small, large, () => runs(LARGE, 4 * LARGE));
}

const started = performance.now();
const offAll = Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'off']));

// The check must see what it is for: a rule whose cost grows with the square of the text, measured as
// the built-in rules are, has to fail it. Its text is smaller, as its cost grows with the square of the length.
{
  const quadratic = {
    meta: { id: 'self-test/quadratic', name: 'Quadratic', description: 'Looks for a "b" after every character.', severity: 'warning', category: 'language', schema: z.object({}).strict(), reference: { section: 'self-test', summary: 'self-test' } },
    check(context) {
      // What a backtracking expression does, written out: V8 falls back to a linear engine for many
      // expressions that backtrack, so a plain loop keeps the self-test quadratic on every Node.
      const { text } = context.note;
      let found = 0;
      for (let i = 0; i < text.length; i++) if (text.indexOf('b', i) >= 0) found++;
      if (found > 0) context.report({ start: 0, end: 1, message: 'b' });
    },
  };
  const linter = createLinter({ customRules: [quadratic], rules: { ...offAll, 'self-test/quadratic': 'warning' } });
  const lintOf = (length) => () => linter.lint(`w${counter++} ${'a'.repeat(length)}`);
  const seen = probe('self-test', 'a rule whose cost grows with the square of the text', lintOf(4_000), lintOf(40_000), () => [lintOf(40_000), lintOf(160_000)]);
  const { confirmed } = results.pop();
  if (!seen.failed) {
    console.error(`The check does not see a quadratic rule: its cost grew ${seen.ratio.toFixed(1)}× at 10 times the input, then ${confirmed?.toFixed(1)}× at 4 times that.`);
    process.exit(1);
  }
  console.log(`Self-test: a quadratic rule grows ${seen.ratio.toFixed(0)}× at 10 times the input and ${confirmed.toFixed(0)}× at 4 times that, and fails.`);
}

for (const rule of builtInRules) {
  const id = rule.meta.id;
  if (only && only !== id) continue;
  const file = join(root, 'rules', `${id}.ts`);
  if (!existsSync(file)) throw new Error(`${id}: rules/${id}.ts not found; every built-in rule lives in rules/<id>.ts`);
  const linter = createLinter({ rules: { ...offAll, [id]: rule.meta.severity } });
  for (const [name, unit] of probesFor(modulesOf(file))) probeText(id, name, linter, unit);
}

if (!only || only === 'engine') {
  // The parser and the engine: src/ without the CLI, the language server and the editor extension.
  const engineFiles = ['src/index.ts', 'src/sign-off.ts', 'src/word-list.ts', ...['src/parse', 'src/engine', 'src/calendar'].flatMap((dir) => modulesOfDir(dir))];
  const all = createLinter();
  // Front matter is read afresh on every lint: no cache to avoid.
  const probeFile = (group, name, small, large) => probe(group, name, () => all.lint(small), () => all.lint(large));
  for (const [name, unit] of probesFor(engineFiles)) {
    probeText('parser', name, all, unit);
    // The same units in front matter, as a value, within its size limit.
    const inFrontMatter = (length) => `---\ntype: home-visit\nnotes: ${JSON.stringify(fill(unit, length))}\n---\nVisited at home.\n`;
    probeFile('front matter', name, inFrontMatter(FRONT_MATTER_SMALL), inFrontMatter(FRONT_MATTER_LARGE));
  }
  // YAML's own structures: keys, list items, flow items, nesting within the depth limit, aliases, comments.
  let key = 0;
  const yamlUnits = {
    'distinct keys': () => `k${key++}: 1\n`,
    'list items': () => '  - a\n',
    'flow items': () => 'a, ',
    'flow mappings': () => '{a: 1}, ',
    comments: () => '# c\n',
    'quoted escapes': () => '"\\t\\u0041", ',
  };
  for (const [name, next] of Object.entries(yamlUnits)) {
    const build = (length) => {
      let body = '';
      while (body.length < length) body += next();
      const wrapped = name.startsWith('flow') || name === 'quoted escapes' ? `list: [${body}]\n` : name === 'list items' ? `list:\n${body}` : body;
      return `---\ntype: home-visit\n${wrapped}---\nVisited at home.\n`;
    };
    probeFile('front matter', `YAML ${name}`, build(FRONT_MATTER_SMALL), build(FRONT_MATTER_LARGE));
  }
  // Working days between dates a year typo puts centuries apart: 100 years against 1,000.
  for (const type of ['home-visit', 'safeguarding']) {
    const note = (years) => ({
      type,
      occurredAt: `${String(2026 - years).padStart(4, '0')}-04-02T10:00`,
      recordedAt: '2026-04-03T10:00',
      author: { name: 'Priya Shah', role: 'Social Worker' },
      text: 'Visited at home.\n\nPriya Shah, Social Worker, 03/04/2026',
    });
    const [small, large] = [note(100), note(1000)];
    probe('calendar', `${type}: event 100 and 1,000 years before the record`, () => all.lint(small), () => all.lint(large));
  }
}

function modulesOfDir(dir) {
  return ts.sys.readDirectory(join(root, dir), ['.ts']);
}

// ---------------------------------------------------------------------------------------------------
// Report

results.sort((a, b) => b.ratio - a.ratio);
const failures = results.filter((result) => result.failed);
const row = (r) =>
  `${r.ratio.toFixed(1).padStart(6)}×  ${r.smallMs.toFixed(2).padStart(8)} ms → ${r.largeMs.toFixed(1).padStart(8)} ms  ${r.group}: ${r.name}` +
  (r.confirmed === undefined ? '' : `  (100 → 400 KB: ${r.confirmed.toFixed(1)}×${r.failed ? '' : ', linear'})`);
console.log(`${results.length} probes, ${((performance.now() - started) / 1000).toFixed(0)} s; cost at 10 times the input, the largest growth first:`);
for (const result of results.slice(0, 12)) console.log(row(result));
if (failures.length > 0) {
  console.error(`\n${failures.length} probe${failures.length === 1 ? '' : 's'} grew more than ${LIMIT}×, and more than ${CONFIRM_LIMIT}× from 100 to 400 KB (super-linear):`);
  for (const failure of failures) console.error(row(failure));
  process.exit(1);
}
console.log(`\nEvery probe grew at most ${LIMIT}× at 10 times the input, or at most ${CONFIRM_LIMIT}× from 100 to 400 KB.`);
