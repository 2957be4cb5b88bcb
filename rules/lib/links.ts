import type { Span } from '../../src/parse/spans.js';

/** Email addresses and web addresses, from the "@", "://" or "www." out to white space. */
export function linkSpans(text: string): Span[] {
  const marks: number[] = [];
  for (const mark of ['@', '://', 'www.']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) marks.push(at);
  }
  marks.sort((a, b) => a - b);
  const spans: Span[] = [];
  let reached = 0;
  for (const mark of marks) {
    if (mark < reached) continue;
    let start = mark;
    while (start > reached && !/\s/.test(text[start - 1]!)) start--;
    let end = mark;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    spans.push({ start, end });
    reached = end;
  }
  return spans;
}
