/** Bold markup on one line of text: **text** or __text__. */
export interface BoldSpan {
  start: number;
  /** Just after the closing marker. */
  end: number;
  marker: '**' | '__';
}

const WHITE_SPACE = /\s/;

/** Neither white space nor a marker character: what bold text starts and ends with. */
function isBoldEdge(char: string): boolean {
  return char !== '*' && char !== '_' && !WHITE_SPACE.test(char);
}

/** What `.` does not match: the text between the markers never crosses one. */
function isLineSeparator(char: string): boolean {
  return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
}

/**
 * The bold spans of a line, as /(\*\*|__)(?=[^\s*_])(.*?[^\s*_])\1/g finds them (leftmost, shortest,
 * not overlapping), in one pass: that expression tries every later position for an opening marker that
 * is never closed, which is quadratic on "**a **a **a ...". Here the nearest closing of each marker and
 * the nearest separator are known for every position, read once from the right.
 */
export function boldSpans(line: string): BoldSpan[] {
  const length = line.length;
  const none = length + 1;
  // For each position k: the least j >= k such that line[j] is an edge followed by the marker.
  const closingStar = new Int32Array(length + 1).fill(none);
  const closingUnderscore = new Int32Array(length + 1).fill(none);
  const separator = new Int32Array(length + 1).fill(none);
  for (let k = length - 1; k >= 0; k--) {
    closingStar[k] = closingStar[k + 1]!;
    closingUnderscore[k] = closingUnderscore[k + 1]!;
    separator[k] = separator[k + 1]!;
    const char = line[k]!;
    if (isLineSeparator(char)) separator[k] = k;
    else if (isBoldEdge(char)) {
      if (line[k + 1] === '*' && line[k + 2] === '*') closingStar[k] = k;
      if (line[k + 1] === '_' && line[k + 2] === '_') closingUnderscore[k] = k;
    }
  }
  const spans: BoldSpan[] = [];
  for (let i = 0; i + 4 <= length; ) {
    const marker = line[i] === '*' && line[i + 1] === '*' ? '**' : line[i] === '_' && line[i + 1] === '_' ? '__' : undefined;
    if (marker && isBoldEdge(line[i + 2]!)) {
      const closing = (marker === '**' ? closingStar : closingUnderscore)[i + 2]!;
      if (closing < separator[i + 2]! && closing + 3 <= length) {
        spans.push({ start: i, end: closing + 3, marker });
        i = closing + 3;
        continue;
      }
    }
    i++;
  }
  return spans;
}
