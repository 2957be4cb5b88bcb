import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRONT_MATTER_LIMITS, readFrontMatter } from '../../src/parse/front-matter.js';
import { lint } from '../../src/index.js';

// Front matter is read with bounds (size, nesting depth, aliases) and with messages of our own: line,
// column and what is wrong, never the text of the front matter (keys, values, tags, anchors).

/** A word that appears in every bad front matter below and must appear in no message. */
const SECRET = 'Zebedee';
const TEXT = 'Visited at home.\n\nPriya Shah, Social Worker, 03/04/2026\n';
const file = (yaml: string) => `---\n${yaml}\n---\n${TEXT}`;

const frontMatterFindings = (source: string) =>
  lint(source).findings.filter((finding) => finding.ruleId === 'required-fields' && finding.message.startsWith('Front matter'));

describe('front matter: problems are findings with our own words', () => {
  const cases: { name: string; yaml: string; line: number; column: number; message: RegExp }[] = [
    { name: 'an unresolved alias', yaml: `type: home-visit\nauthor: *${SECRET}`, line: 3, column: 9, message: /an alias \(\*name\) that refers to no anchor/ },
    { name: 'an alias before its anchor', yaml: `type: *${SECRET}\nx: &${SECRET} home-visit`, line: 2, column: 7, message: /refers to no anchor/ },
    { name: 'an unknown tag handle', yaml: `type: !e!${SECRET} home-visit`, line: 2, column: 7, message: /a tag \(!…\) that cannot be resolved/ },
    { name: 'a bad escape in double quotes', yaml: `type: "\\q${SECRET}"`, line: 2, column: 8, message: /an escape .* in double quotes that YAML does not know/ },
    { name: 'extra characters after a block scalar header', yaml: `type: |${SECRET}\n  home-visit`, line: 2, column: 8, message: /something is in an unexpected place/ },
    { name: 'a tab as indentation', yaml: `author:\n\tname: ${SECRET}`, line: 3, column: 1, message: /indented with a tab/ },
    { name: 'a duplicate key', yaml: `${SECRET}: 1\nother: 2\n${SECRET}: 3`, line: 4, column: 1, message: /a field given twice/ },
    { name: 'a duplicate nested key', yaml: `author:\n  name: ${SECRET}\n  name: ${SECRET}`, line: 4, column: 3, message: /a field given twice/ },
    { name: 'an unclosed flow sequence', yaml: `author: [${SECRET}\ntype: home-visit`, line: 3, column: 1, message: /a line is indented wrongly/ },
    { name: 'a value starting with a reserved character', yaml: `type: @${SECRET}`, line: 2, column: 7, message: /starts with a character that needs quotes/ },
  ];

  for (const { name, yaml, line, column, message } of cases) {
    it(name, () => {
      const findings = frontMatterFindings(file(yaml));
      expect(findings, JSON.stringify(findings)).toHaveLength(1);
      const [finding] = findings;
      expect(finding!.message).toMatch(message);
      expect(finding!.message).toContain(`line ${line}, column ${column}`);
      expect(finding!.message).not.toContain(SECRET);
      expect(finding!.severity).toBe('error');
      // The finding points at the line of the problem, inside the front matter.
      expect(finding!.line).toBe(line);
    });
  }

  it('a note that is fine apart from its front matter is still linted', () => {
    const findings = lint(file(`type: *${SECRET}`)).findings.map((finding) => finding.ruleId);
    expect(findings).toContain('required-fields');
    expect(lint(`---\ntype: *${SECRET}\n---\nNo concerns.\n`).findings.map((finding) => finding.ruleId)).toContain('no-vague-phrases');
  });
});

describe('front matter: bounds', () => {
  const nested = (depth: number, open = '[', close = ']') => `type: home-visit\nlist: ${open.repeat(depth - 1)}1${close.repeat(depth - 1)}`;

  it(`reads nesting up to ${FRONT_MATTER_LIMITS.depth} levels and reports deeper nesting where it starts`, () => {
    expect(readFrontMatter(file(nested(FRONT_MATTER_LIMITS.depth)))!.error).toBeUndefined();
    const error = readFrontMatter(file(nested(FRONT_MATTER_LIMITS.depth + 1)))!.error!;
    expect(error.message).toMatch(new RegExp(`nests lists or mappings more than ${FRONT_MATTER_LIMITS.depth} levels deep \\(line 3, column \\d+\\)`));
    expect(error.line).toBe(3);
  });

  it('counts block nesting and flow mappings the same way', () => {
    const block = Array.from({ length: FRONT_MATTER_LIMITS.depth + 1 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + ' 1';
    expect(readFrontMatter(file(block))!.error!.message).toMatch(/nests lists or mappings more than/);
    expect(readFrontMatter(file(nested(FRONT_MATTER_LIMITS.depth + 1, '{a: ', '}')))!.error!.message).toMatch(/nests lists or mappings more than/);
    const dashes = `list:\n  ${'- '.repeat(FRONT_MATTER_LIMITS.depth + 1)}x`;
    expect(readFrontMatter(file(dashes))!.error!.message).toMatch(/nests lists or mappings more than/);
  });

  it('rejects thousands of levels before composing them', () => {
    const error = readFrontMatter(file(`a: ${'['.repeat(6000)}${']'.repeat(6000)}`))!.error!;
    expect(error.message).toMatch(/nests lists or mappings more than/);
    expect(frontMatterFindings(file(`a: ${'{a: '.repeat(3000)}${'}'.repeat(3000)}`))[0]!.message).toMatch(/nests lists or mappings more than/);
  });

  it(`allows ${FRONT_MATTER_LIMITS.aliases} aliases and reports the next one`, () => {
    const aliases = (count: number) => `type: &t home-visit\nlist: [${Array.from({ length: count }, () => '*t').join(', ')}]`;
    expect(readFrontMatter(file(aliases(FRONT_MATTER_LIMITS.aliases)))!.error).toBeUndefined();
    expect(readFrontMatter(file(aliases(FRONT_MATTER_LIMITS.aliases)))!.data!.list).toHaveLength(FRONT_MATTER_LIMITS.aliases);
    const error = readFrontMatter(file(aliases(FRONT_MATTER_LIMITS.aliases + 1)))!.error!;
    expect(error.message).toMatch(new RegExp(`more than ${FRONT_MATTER_LIMITS.aliases} aliases \\(\\*name\\); the next is at line 3, column \\d+`));
  });

  it('reports an alias bomb (aliases of aliases) instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    const findings = frontMatterFindings(file(levels.join('\n')));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/aliases \(\*name\) expand to more data than a note's details need \(line 3, column \d+\)/);
  });

  it(`reads front matter up to ${FRONT_MATTER_LIMITS.characters.toLocaleString('en-GB')} characters and reports a longer one at its opening line`, () => {
    const padded = (length: number) => {
      const head = 'type: home-visit\nnotes: ';
      return head + 'x'.repeat(length - head.length);
    };
    expect(readFrontMatter(file(padded(FRONT_MATTER_LIMITS.characters - 1)))!.error).toBeUndefined();
    const source = file(padded(FRONT_MATTER_LIMITS.characters + 10));
    const findings = frontMatterFindings(source);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/front matter is 16,395 characters long; the limit is 16,384/);
    expect([findings[0]!.line, findings[0]!.excerpt]).toEqual([1, '---']);
  });

  it('finds duplicate keys among thousands in one pass (no pairwise comparison)', () => {
    // Within the size bound; the speed itself is measured by npm run check:scaling.
    const keys = Array.from({ length: 1500 }, (_, i) => `k${i}: 1`).join('\n');
    expect(readFrontMatter(file(keys))!.error).toBeUndefined();
    expect(readFrontMatter(file(`${keys}\nk17: 2`))!.error!.message).toMatch(/at line 1502, column 1: a field given twice/);
  });
});

describe('front matter: the YAML library prints nothing', () => {
  let emitWarning: ReturnType<typeof vi.spyOn>;
  let warn: ReturnType<typeof vi.spyOn>;
  let log: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('no warning for a key that is a list or mapping, an unknown tag or a merge key', () => {
    for (const yaml of [`? [${SECRET}, other]\n: 1`, `? {${SECRET}: 1}\n: 2`, `type: !${SECRET} home-visit`, `<<: {${SECRET}: 1}`]) {
      readFrontMatter(file(yaml));
      lint(file(yaml));
    }
    expect(emitWarning).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
