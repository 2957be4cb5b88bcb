/**
 * The clause a word belongs to, within its sentence, for rules whose evidence must attach to the
 * flagged word's own clause: "He was aggressive and the children go to school whenever they can"
 * has two clauses, and the "whenever" of the second explains nothing about the first.
 *
 * A clause ends at a semicolon; before a conjunction that opens a new clause ("but", "whereas",
 * "although", a comma and "so"); and before "and" or "or" that follows a comma or is followed by a
 * new subject ("and the children…", "and she…"). "because", "when" and "as" open a clause that
 * belongs to the one before them, so they are not ends.
 */
import type { TextIndex } from '../../src/types.js';
import { CLAUSE_OPENERS, NEW_SUBJECT_WORDS } from '../data/clauses.js';

const OPENERS = new Set(CLAUSE_OPENERS);
const SUBJECTS = new Set(NEW_SUBJECT_WORDS);
const CAPITAL = /^\p{Lu}/u;

export interface UnitRange {
  firstUnit: number;
  /** Exclusive. */
  endUnit: number;
}

/** The units of the clause around [firstUnit, endUnit) in sentence `sentence`. */
export function clauseOf(index: TextIndex, sentence: number, firstUnit: number, endUnit: number): UnitRange {
  const { firstUnit: lo, endUnit: hi } = index.sentences[sentence]!;
  let start = firstUnit;
  while (start > lo && !startsClause(index, start, lo, hi)) start--;
  let end = endUnit;
  while (end < hi && !startsClause(index, end, lo, hi)) end++;
  return { firstUnit: start, endUnit: end };
}

/** True when unit i opens a new clause of its sentence. */
export function startsClause(index: TextIndex, i: number, lo: number, hi: number): boolean {
  if (i <= lo || i >= hi) return i <= lo;
  const { units, text } = index;
  const unit = units[i]!;
  const between = text.slice(units[i - 1]!.end, unit.start);
  if (between.includes(';')) return true;
  const comma = between.includes(',');
  if (OPENERS.has(unit.key)) return unit.key !== 'so' || comma;
  if (unit.key === 'and' || unit.key === 'or') {
    if (comma) return true;
    const next = units[i + 1];
    return !!next && next.joined && (SUBJECTS.has(next.key) || (CAPITAL.test(next.text) && !next.quoted));
  }
  return false;
}

/** Punctuation that also ends a clause for punctuatedClauseOf: a colon, a line break, a bracket, a dash. */
const STRUCTURE_BREAK = /[:\n\r()\u2013\u2014]|\s-\s/;

/**
 * The clause around [firstUnit, endUnit), also cut at a colon, a line break, a bracket or a dash
 * between spaces: for rules that read a heading ("Decision: no further action") or an aside ("no
 * further action – no evidence of harm") apart from what it introduces.
 */
export function punctuatedClauseOf(index: TextIndex, sentence: number, firstUnit: number, endUnit: number): UnitRange {
  const clause = clauseOf(index, sentence, firstUnit, endUnit);
  const { units, text } = index;
  const breaksBefore = (k: number) => STRUCTURE_BREAK.test(text.slice(units[k - 1]!.end, units[k]!.start));
  let start = firstUnit;
  while (start > clause.firstUnit && !breaksBefore(start)) start--;
  let end = endUnit;
  while (end < clause.endUnit && !breaksBefore(end)) end++;
  return { firstUnit: start, endUnit: end };
}
