import type { Span } from './spans.js';

/**
 * HTML comments in a note file (`<!-- … -->`): Markdown does not show them, so they are not part of the
 * record as it is read, and they carry casenote-lint's inline directives. Each is a span of the text from
 * `<!--` to the end of the first `-->` after it (CommonMark's definition: `<!-->` and `<!--->` are whole
 * comments). A `<!--` never closed is text: it hides nothing, so a stray one cannot silence the rest of the
 * note. One forward search for each marker: linear in the text.
 */
export function findHtmlComments(text: string): Span[] {
  const comments: Span[] = [];
  let from = text.indexOf('<!--');
  while (from >= 0) {
    const close = text.indexOf('-->', from + 2);
    if (close < 0) break;
    const end = close + 3;
    comments.push({ start: from, end });
    from = text.indexOf('<!--', end);
  }
  return comments;
}

/**
 * The text with every comment's characters turned into spaces, line breaks kept: offsets, lines and
 * columns stay those of the source, and no rule reads a comment's words (a sign-off followed by a
 * directive is still the last thing in the note).
 */
export function blankHtmlComments(text: string, comments: readonly Span[]): string {
  if (comments.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of comments) {
    out += text.slice(at, start) + text.slice(start, end).replace(NOT_LINE_BREAK, ' ');
    at = end;
  }
  return out + text.slice(at);
}

const NOT_LINE_BREAK = /[^\r\n]/g;
