/** A range of the note text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Whether an offset is inside one of the spans (sorted, not overlapping): a binary search. */
export function isInside(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return true;
  }
  return false;
}
