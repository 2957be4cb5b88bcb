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

/**
 * Index of the first of `spans` whose `edge` (start or end) is at or after `offset`, the spans sorted by
 * it; spans.length when there is none. A binary search.
 */
export function firstAtOrAfter(spans: readonly Span[], edge: 'start' | 'end', offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]![edge] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first of `spans` (sorted, not overlapping) with start <= offset <= end: its end counts, as a line's end does. */
export function spanAtOrEndingAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const span = spans[firstAtOrAfter(spans, 'end', offset)];
  return span && span.start <= offset ? span : undefined;
}
