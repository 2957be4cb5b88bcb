/**
 * "Did you mean" for a near miss in a config: an unknown rule id, key, preset or severity. The
 * closest candidate by edit distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters, case ignored), when it is close enough to be the word meant: at most one
 * edit in three letters, and at least one. Failing that, the one candidate that begins with what was
 * written, when it is three letters or more ("warn" → "warning", as ESLint spells it).
 */
export function closestMatch(written: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const word = written.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    // A length difference beyond the limit can never come within it.
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined || word.length < 3) return best;
  const extended = list.filter((candidate) => candidate.toLowerCase().startsWith(word));
  return extended.length === 1 ? extended[0] : undefined;
}

/** `; did you mean "x"?` for a message, or nothing when no candidate is close. */
export function didYouMean(written: string, candidates: Iterable<string>): string {
  const match = closestMatch(written, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two neighbouring characters), in
 * O(a × b) time and O(b) memory; stops early once every value of a row reaches `cap`.
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= cap) return cap;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
