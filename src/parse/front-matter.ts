import { Composer, Parser, isAlias, isMap, isScalar, isSeq, type CST, type Document, type ErrorCode, type Node as YamlNode } from 'yaml';

export interface FrontMatter {
  /** Parsed YAML object; undefined when the YAML is malformed, out of bounds or not a mapping. */
  data?: Record<string, unknown>;
  /** Offset of the note text in the source (just after the closing fence line). */
  textOffset: number;
  /** Source ranges of fields (dotted paths) and of the whole block. */
  fieldRanges: Map<string, { start: number; end: number }>;
  error?: { message: string; line: number };
}

/**
 * What front matter may hold before it is composed. A note's details need two levels and a few hundred
 * characters; the YAML library composes nested collections by recursion, and thousands of levels can
 * exhaust the stack where V8 cannot throw (a fatal "RegExpCompiler Allocation failed" that ends the
 * process), so nesting is measured on the token tree, which the library builds without recursion.
 */
export const FRONT_MATTER_LIMITS = Object.freeze({
  /** UTF-16 code units between the fences. */
  characters: 16_384,
  /** Lists and mappings inside one another; the top-level mapping is 1. */
  depth: 32,
  /** Aliases (*name) in the front matter, and so the work of resolving them. */
  aliases: 100,
  /** Values the aliases may stand for in all, counted as the YAML library counts them (aliases of aliases multiply). */
  aliasExpansions: 1_000,
});

const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits optional YAML front matter from a note file. Returns undefined when there is none. Never throws for a string. */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const opening = OPENING.exec(source);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  let lineStart = yamlStart;
  while (lineStart <= source.length) {
    const lineEnd = nextLineEnd(source, lineStart);
    const line = source.slice(lineStart, lineEnd);
    if (CLOSING.test(line)) {
      const textOffset = skipLineBreak(source, lineEnd);
      return parseYaml(source, yamlStart, lineStart, textOffset);
    }
    if (lineEnd >= source.length) break;
    lineStart = skipLineBreak(source, lineEnd);
  }
  return {
    textOffset: 0,
    fieldRanges: new Map([['', { start: 0, end: 3 }]]),
    error: { message: 'front matter opened on line 1 is never closed: end it with a line of three dashes', line: 1 },
  };
}

function nextLineEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === '\n' || char === '\r') return i;
  }
  return source.length;
}

function skipLineBreak(source: string, at: number): number {
  if (source[at] === '\r' && source[at + 1] === '\n') return at + 2;
  if (source[at] === '\n' || source[at] === '\r') return at + 1;
  return at;
}

/** A problem at an offset into the YAML, described without quoting it. */
interface Problem {
  at: number;
  describe: (where: string) => string;
}

function parseYaml(source: string, yamlStart: number, yamlEnd: number, textOffset: number): FrontMatter {
  const fieldRanges = new Map<string, { start: number; end: number }>([['', { start: 0, end: 3 }]]);
  const length = yamlEnd - yamlStart;
  if (length > FRONT_MATTER_LIMITS.characters) {
    const message = `front matter is ${length.toLocaleString('en-GB')} characters long; the limit is ${FRONT_MATTER_LIMITS.characters.toLocaleString('en-GB')}: keep it to the note's details (type, dates, author, subject)`;
    return { textOffset, fieldRanges, error: { message, line: 1 } };
  }
  const raw = source.slice(yamlStart, yamlEnd);
  const result = composeFrontMatter(raw);
  if ('problem' in result) {
    const at = yamlStart + Math.max(0, Math.min(result.problem.at, Math.max(0, raw.length - 1)));
    const { line, column } = positionOf(source, at);
    // A note-level finding about the front matter points at the line of the problem.
    fieldRanges.set('', lineRange(source, at));
    return { textOffset, fieldRanges, error: { message: result.problem.describe(`line ${line}, column ${column}`), line } };
  }
  const contents = result.document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { data: {}, textOffset, fieldRanges };
  }
  if (!isMap(contents)) {
    return { textOffset, fieldRanges, error: { message: 'front matter must be a YAML mapping of fields such as "type: home-visit"', line: 2 } };
  }
  collectRanges(contents, '', yamlStart, fieldRanges);
  return { data: result.data, textOffset, fieldRanges };
}

/**
 * Parses YAML into a document and its data, in bounds: the token tree is measured before it is composed
 * (nesting, aliases), keys are checked once each, and anything wrong is a Problem. Never throws.
 */
function composeFrontMatter(raw: string): { document: Document.Parsed; data: Record<string, unknown> } | { problem: Problem } {
  try {
    const tokens = Array.from(new Parser().parse(raw));
    const shapeProblem = measureTokens(tokens);
    if (shapeProblem) return { problem: shapeProblem };
    // logLevel 'error': the library's warnings quote the YAML and go to the console; nothing may print note text.
    // uniqueKeys off: the library compares every key with every other; duplicateKey does it in one pass.
    const composer = new Composer({ logLevel: 'error', uniqueKeys: false, prettyErrors: false });
    const documents = Array.from(composer.compose(tokens, true, raw.length));
    const document = documents[0]!;
    if (documents.length > 1) return { problem: { at: documents[1]!.range[0], describe: (where) => `front matter holds more than one YAML document (${where})` } };
    const syntax = document.errors[0];
    if (syntax) return { problem: { at: syntax.pos[0], describe: (where) => `front matter is not valid YAML at ${where}: ${YAML_PROBLEMS[syntax.code] ?? 'it could not be read'}` } };
    const nodeProblem = checkNodes(document);
    if (nodeProblem) return { problem: nodeProblem };
    try {
      const data = document.toJS({ maxAliasCount: FRONT_MATTER_LIMITS.aliasExpansions }) as Record<string, unknown>;
      return { document, data };
    } catch {
      // The only data-dependent failure left is alias expansion: aliases of aliases that grow without bound.
      const alias = firstAlias(tokens);
      return { problem: { at: alias ?? 0, describe: (where) => `front matter could not be read: its aliases (*name) expand to more data than a note's details need (${where})` } };
    }
  } catch {
    return { problem: { at: 0, describe: (where) => `front matter could not be read (${where})` } };
  }
}

/** What each of the YAML library's error codes means, in words that quote nothing from the note. */
const YAML_PROBLEMS: Partial<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'an alias (*name) cannot have a tag or an anchor',
  BAD_ALIAS: 'an anchor or alias (&name, *name) has no name, or a name ending in a colon',
  BAD_COLLECTION_TYPE: 'a tag (!…) does not fit the list or mapping it is on',
  BAD_DIRECTIVE: 'a directive line (%…) is not valid',
  BAD_DQ_ESCAPE: 'an escape (a backslash and what follows) in double quotes that YAML does not know',
  BAD_INDENT: 'a line is indented wrongly for its place',
  BAD_PROP_ORDER: 'an anchor or tag is in the wrong place',
  BAD_SCALAR_START: 'a value starts with a character that needs quotes (such as @, ` or %)',
  BLOCK_AS_IMPLICIT_KEY: 'a key runs over more than one line',
  BLOCK_IN_FLOW: 'an indented block is inside brackets or braces',
  DUPLICATE_KEY: 'a field given twice',
  IMPOSSIBLE: 'a comment or header is in a place YAML does not allow',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  MISSING_CHAR: 'something is missing: a closing quote, bracket or brace, a comma, or a space after a colon',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line, or a value is not indented under its key',
  MULTIPLE_ANCHORS: 'a value has more than one anchor (&name)',
  MULTIPLE_DOCS: 'it holds more than one YAML document',
  MULTIPLE_TAGS: 'a value has more than one tag (!…)',
  NON_STRING_KEY: 'a key is not text',
  RESOURCE_EXHAUSTION: 'it nests too deeply to read',
  TAB_AS_INDENT: 'a line is indented with a tab; indent with spaces',
  TAG_RESOLVE_FAILED: 'a tag (!…) that cannot be resolved, or a value that does not fit its tag',
  UNEXPECTED_TOKEN: 'something is in an unexpected place (often a missing colon, quote or bracket before it)',
};

/**
 * Nesting depth and alias count, read from the token tree with a stack of its own (the tree may be
 * thousands deep). The first collection past the depth, or the first alias past the count, in source order.
 */
function measureTokens(tokens: readonly CST.Token[]): Problem | undefined {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push({ token: tokens[i]!, depth: 0 });
  let aliases = 0;
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > FRONT_MATTER_LIMITS.depth) {
        return { at: token.offset, describe: (where) => `front matter nests lists or mappings more than ${FRONT_MATTER_LIMITS.depth} levels deep (${where}); a note's details need two` };
      }
      const items: readonly CST.CollectionItem[] = token.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const { key, value } = items[i]!;
        if (value) stack.push({ token: value, depth: depth + 1 });
        if (key) stack.push({ token: key, depth: depth + 1 });
      }
    } else if (token.type === 'alias' && ++aliases > FRONT_MATTER_LIMITS.aliases) {
      return { at: token.offset, describe: (where) => `front matter has more than ${FRONT_MATTER_LIMITS.aliases} aliases (*name); the next is at ${where}` };
    }
  }
  return undefined;
}

function firstAlias(tokens: readonly CST.Token[]): number | undefined {
  let first: number | undefined;
  const stack = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'alias') first = first === undefined ? token.offset : Math.min(first, token.offset);
    else if (token.type === 'document' && token.value) stack.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const { key, value } of token.items as readonly CST.CollectionItem[]) {
        if (key) stack.push(key);
        if (value) stack.push(value);
      }
    }
  }
  return first;
}

/**
 * In document order: an alias that refers to no anchor before it, and a key given twice in one mapping
 * (keys compared as the text they become in the data). Recursion is safe: measureTokens bounded the depth.
 */
function checkNodes(document: Document.Parsed): Problem | undefined {
  const anchors = new Set<string>();
  const visit = (node: unknown): Problem | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    const yamlNode = node as YamlNode;
    if (isAlias(yamlNode)) {
      if (anchors.has(yamlNode.source)) return undefined;
      return { at: yamlNode.range?.[0] ?? 0, describe: (where) => `front matter is not valid YAML at ${where}: an alias (*name) that refers to no anchor (&name) before it` };
    }
    if ('anchor' in yamlNode && typeof yamlNode.anchor === 'string' && yamlNode.anchor) anchors.add(yamlNode.anchor);
    if (isMap(yamlNode)) {
      const keys = new Set<string>();
      for (const pair of yamlNode.items) {
        const keyNode = pair.key as YamlNode | null;
        if (isScalar(keyNode)) {
          const key = String(keyNode.value);
          if (keys.has(key)) return { at: keyNode.range?.[0] ?? 0, describe: (where) => `front matter is not valid YAML at ${where}: a field given twice` };
          keys.add(key);
        }
        const problem = visit(pair.key) ?? visit(pair.value);
        if (problem) return problem;
      }
    } else if (isSeq(yamlNode)) {
      for (const item of yamlNode.items) {
        const problem = visit(item);
        if (problem) return problem;
      }
    }
    return undefined;
  };
  return visit(document.contents);
}

function collectRanges(node: YamlNode, prefix: string, base: number, ranges: Map<string, { start: number; end: number }>): void {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const value = pair.value as YamlNode | null;
    const range = value?.range ?? (pair.key as YamlNode).range;
    if (range) ranges.set(path, { start: base + range[0], end: base + range[1] });
    if (value && isMap(value)) collectRanges(value, path, base, ranges);
  }
}

function lineRange(source: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  return { start, end: nextLineEnd(source, at) };
}

/** 1-based line and column (UTF-16 code units) of an offset; \r\n, \n and \r each end a line. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const line = lineOfOffset(source, offset);
  const { start } = lineRange(source, offset);
  return { line, column: offset - start + 1 };
}

export function lineOfOffset(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) {
    const char = source[i];
    if (char === '\n') line++;
    else if (char === '\r' && source[i + 1] !== '\n') line++;
  }
  return line;
}
