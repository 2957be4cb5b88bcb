/**
 * Text from input (file names, note ids, messages of custom rules, the reasons a note could not be read)
 * made safe to print on a terminal or in a CI log. A file may be named `x\n::error::…` (a new line that
 * GitHub reads as a workflow command) or hold escape sequences that recolour, retitle or clear a terminal;
 * bidi controls can make text read differently from what it is. Each such character is shown as an escape
 * instead: C0 controls, DEL, C1 controls, the bidi controls and the Unicode line and paragraph separators.
 */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** The same, less CR and LF, for formats whose own escaping carries line breaks (GitHub workflow commands). */
const UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

function escape(char: string): string {
  const named = NAMED.get(char);
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control, bidi and line-separator character shown as an escape (`\n`, `\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** As `printable`, but CR and LF are left for the format's own escaping to encode. */
export function printableKeepingLineBreaks(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, escape);
}
