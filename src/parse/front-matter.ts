import { parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';

export interface FrontMatter {
  /** Parsed YAML object; undefined when the YAML is malformed or not a mapping. */
  data?: Record<string, unknown>;
  /** Offset of the note text in the source (just after the closing fence line). */
  textOffset: number;
  /** Source ranges of fields (dotted paths) and of the whole block. */
  fieldRanges: Map<string, { start: number; end: number }>;
  error?: { message: string; line: number };
}

const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits optional YAML front matter from a note file. Returns undefined when there is none. */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const opening = OPENING.exec(source);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  let lineStart = yamlStart;
  let lineNumber = 2;
  while (lineStart <= source.length) {
    const lineEnd = nextLineEnd(source, lineStart);
    const line = source.slice(lineStart, lineEnd);
    if (CLOSING.test(line)) {
      const textOffset = skipLineBreak(source, lineEnd);
      return parseYaml(source, yamlStart, lineStart, textOffset);
    }
    if (lineEnd >= source.length) break;
    lineStart = skipLineBreak(source, lineEnd);
    lineNumber++;
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

function parseYaml(source: string, yamlStart: number, yamlEnd: number, textOffset: number): FrontMatter {
  const raw = source.slice(yamlStart, yamlEnd);
  const fieldRanges = new Map<string, { start: number; end: number }>([['', { start: 0, end: 3 }]]);
  const document = parseDocument(raw, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const at = Math.min(yamlStart + (first.pos?.[0] ?? 0), Math.max(yamlStart, yamlEnd - 1));
    const line = lineOfOffset(source, at);
    // A note-level finding about the front matter points at the error itself.
    fieldRanges.set('', lineRange(source, at));
    return { textOffset, fieldRanges, error: { message: `front matter is not valid YAML: ${first.message.split('\n')[0]}`, line } };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { data: {}, textOffset, fieldRanges };
  }
  if (!isMap(contents)) {
    return { textOffset, fieldRanges, error: { message: 'front matter must be a YAML mapping of fields such as "type: home-visit"', line: 2 } };
  }
  collectRanges(contents, '', yamlStart, fieldRanges);
  const data = document.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  return { data, textOffset, fieldRanges };
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

export function lineOfOffset(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) {
    const char = source[i];
    if (char === '\n') line++;
    else if (char === '\r' && source[i + 1] !== '\n') line++;
  }
  return line;
}
