import type { CaseNote, MetadataProblem, ParsedNote, PhraseMatch } from '../types.js';
import { readFrontMatter } from './front-matter.js';
import { validateMetadata } from './metadata.js';
import { indexText, joinTrees, type BlockCache } from './text-index.js';
import type { PhraseMatcher } from '../engine/phrase-matcher.js';
import type { Root } from 'nlcst';
import { blankHtmlComments, findHtmlComments } from './html-comments.js';
import type { Span } from './spans.js';

export interface PreparedNote {
  note: ParsedNote;
  matches: Map<string, PhraseMatch[]>;
  /**
   * The HTML comments of a note file's text (offsets into the note text), which the text the rules read has
   * blanked out; empty for a note object, whose text is a field of a record, not Markdown.
   */
  comments: readonly Span[];
}

const NO_COMMENTS: readonly Span[] = Object.freeze([]);

/** Parses a note file's content: optional YAML front matter, then the text. Never throws for a string. */
export function parseNote(source: string): ParsedNote {
  return prepareNote(source).note;
}

/** `types`: the config's map of a host system's note types onto the standard's. */
export function prepareNote(input: CaseNote | string, matcher?: PhraseMatcher, cache?: BlockCache, types?: ReadonlyMap<string, string>): PreparedNote {
  if (typeof input === 'string') return prepareSource(input, matcher, cache, types);
  if (input === null || typeof input !== 'object') {
    throw new TypeError(`casenote-lint: a note must be a string or an object with a string "text" field, got ${input === null ? 'null' : typeof input}`);
  }
  if (typeof input.text !== 'string') {
    throw new TypeError(`casenote-lint: note field "text" must be a string, got ${input.text === null ? 'null' : Array.isArray(input.text) ? 'a list' : typeof input.text}`);
  }
  const { meta, problems } = validateMetadata(input as unknown as Record<string, unknown>, types);
  return build(input.text, input.text, 0, meta, problems, new Map(), undefined, undefined, NO_COMMENTS, matcher, cache);
}

function prepareSource(source: string, matcher?: PhraseMatcher, cache?: BlockCache, types?: ReadonlyMap<string, string>): PreparedNote {
  const frontMatter = readFrontMatter(source);
  if (!frontMatter) {
    const comments = findHtmlComments(source);
    return build(source, blankHtmlComments(source, comments), 0, { type: 'case-note' }, [], new Map(), undefined, undefined, comments, matcher, cache);
  }
  const problems: MetadataProblem[] = [];
  let meta: ParsedNote['meta'] = { type: 'case-note' };
  if (frontMatter.data) {
    const validated = validateMetadata(frontMatter.data, types);
    meta = validated.meta;
    problems.push(...validated.problems);
  }
  if (frontMatter.error) problems.unshift({ field: '', message: frontMatter.error.message });
  const text = source.slice(frontMatter.textOffset);
  const comments = findHtmlComments(text);
  return build(
    source,
    blankHtmlComments(text, comments),
    frontMatter.textOffset,
    meta,
    problems,
    frontMatter.fieldRanges,
    frontMatter.data,
    frontMatter.error,
    comments,
    matcher,
    cache,
  );
}

function build(
  source: string,
  text: string,
  textOffset: number,
  meta: ParsedNote['meta'],
  metadataProblems: MetadataProblem[],
  fieldRanges: ReadonlyMap<string, { start: number; end: number }>,
  frontMatter: Record<string, unknown> | undefined,
  frontMatterError: ParsedNote['frontMatterError'],
  comments: readonly Span[],
  matcher?: PhraseMatcher,
  cache?: BlockCache,
): PreparedNote {
  const { index, matches, blocks } = indexText(text, matcher, cache);
  let tree: Root | undefined;
  const note: ParsedNote = {
    source,
    text,
    textOffset,
    meta,
    frontMatter,
    fieldRanges,
    metadataProblems,
    frontMatterError,
    index,
    get tree() {
      return (tree ??= joinTrees(text, blocks));
    },
  };
  return { note, matches, comments };
}
