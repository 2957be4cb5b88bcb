/** A range of the note text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The span holding an offset, among spans sorted and not overlapping (sentences, quotes): a binary search. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return span;
  }
  return undefined;
}

export function isInside(spans: readonly Span[], offset: number): boolean {
  return spanAt(spans, offset) !== undefined;
}
