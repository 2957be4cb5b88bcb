import type { TextIndex } from '../../src/types.js';

/**
 * Clauses of a sentence, for rules that read the words around a phrase: a clause ends at a semicolon,
 * a colon, a line break, a bracket or a dash between spaces ("Decision: NFA - no evidence of harm").
 */
const CLAUSE_BREAK = /[;:\n\r()\u2013\u2014]|\s-\s/;

/** True when the white space and punctuation between units `k - 1` and `k` end a clause. */
export function breaksClause(index: TextIndex, k: number): boolean {
  return CLAUSE_BREAK.test(index.text.slice(index.units[k - 1]!.end, index.units[k]!.start));
}

/** First unit of the clause holding `unit`, not before `lo` (the sentence's first unit). */
export function clauseStart(index: TextIndex, unit: number, lo: number): number {
  let k = unit;
  while (k > lo && !breaksClause(index, k)) k--;
  return k;
}

/** End (exclusive) of the clause holding the units before `end`, not after `hi` (the sentence's end). */
export function clauseEnd(index: TextIndex, end: number, hi: number): number {
  let k = end;
  while (k < hi && !breaksClause(index, k)) k++;
  return k;
}
