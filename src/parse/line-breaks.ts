/**
 * Line breaks as the index counts them: "\r\n", "\n" or "\r", and "\r\n" is always one break. Shared by
 * the lines of the index, the paragraph split and the line and column of findings.
 */

/** The next "\n" or "\r" at or after `from`, or -1; one native search when the text has no "\r". */
export function nextLineBreak(text: string, from: number, hasCarriageReturn: boolean): number {
  if (!hasCarriageReturn) return text.indexOf('\n', from);
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}

/** The length of the line break at `at`: 2 for "\r\n", 1 for "\n" or "\r", 0 when there is none. */
export function lineBreakLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return code === 10 ? 1 : 0;
}
