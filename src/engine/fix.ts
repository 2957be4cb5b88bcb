/**
 * Automatic fixes: what `--fix` writes and the language server's "fix all" applies. Only an unambiguous
 * fix is applied: a finding that offers exactly one replacement, in the note's text (never in its front
 * matter, never across an HTML comment), that no other fix overlaps with a different edit. The note is
 * linted again after each pass, since one fix can make room for another (a bold block unwrapped shows the
 * acronym inside it), up to MAX_FIX_PASSES passes as ESLint does; a fix that keeps coming back stops there.
 */
import type { Finding } from '../types.js';
import type { Linter } from './linter.js';
import { readFrontMatter } from '../parse/front-matter.js';
import { findHtmlComments } from '../parse/html-comments.js';

export const MAX_FIX_PASSES = 10;

/** A replacement of source[start, end) by `text`. */
export interface FixEdit {
  start: number;
  end: number;
  text: string;
}

export interface FixResult {
  /** The source with every fix applied; the source itself when nothing was fixed. */
  output: string;
  /** How many findings were fixed, over all passes. */
  fixed: number;
  /** Passes that applied at least one fix. */
  passes: number;
  /** The edits that turn the source into the output, in the source's offsets, in order, none overlapping. */
  edits: FixEdit[];
  /** The findings of the output. */
  findings: Finding[];
}

/** The one replacement a finding offers, or undefined when it offers none or a choice of several. */
export function fixOf(finding: Finding): string | undefined {
  let replacement: string | undefined;
  for (const suggestion of finding.suggestions ?? []) {
    if (suggestion.replacement === undefined) continue;
    if (replacement !== undefined) return undefined;
    replacement = suggestion.replacement;
  }
  return replacement;
}

/**
 * Lints a note file (front matter, then text) and applies its fixes until none is left. `findings`, when
 * given, are the findings of `source` from an earlier lint with the same linter, so the first pass need
 * not lint again.
 */
export function fixSource(linter: Linter, source: string, findings?: readonly Finding[]): FixResult {
  const pieces = new Pieces(source.length);
  let current = source;
  let latest = findings ?? linter.lint(source).findings;
  let fixed = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const edits = chooseFixes(current, latest);
    if (edits.length === 0) break;
    passes++;
    fixed += edits.reduce((total, edit) => total + edit.findings, 0);
    current = applyEdits(current, edits);
    pieces.apply(edits);
    latest = linter.lint(current).findings;
  }
  return { output: current, fixed, passes, edits: pieces.edits(source, current), findings: [...latest] };
}

/** The fixes of one pass: unambiguous, in the text, in order, not overlapping; each with the number of findings it fixes. */
export function chooseFixes(source: string, findings: readonly Finding[]): (FixEdit & { findings: number })[] {
  const textStart = fixableFrom(source);
  if (textStart === undefined) return [];
  const comments = findHtmlComments(source.slice(textStart)).map(({ start, end }) => ({ start: start + textStart, end: end + textStart }));
  const candidates: FixEdit[] = [];
  for (const finding of findings) {
    const text = fixOf(finding);
    if (text === undefined || finding.offset < textStart || finding.endOffset > source.length) continue;
    if (source.slice(finding.offset, finding.endOffset) === text) continue;
    if (comments.some((comment) => comment.start < finding.endOffset && finding.offset < comment.end)) continue;
    candidates.push({ start: finding.offset, end: finding.endOffset, text });
  }
  // In order, and of fixes starting at the same place the longest first: it is applied, and a fix inside it waits
  // for the next pass, when the note has been linted again (a word corrected inside a bold block unwrapped).
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  const chosen: (FixEdit & { findings: number })[] = [];
  let appliedEnd = -1;
  let appliedEmpty = false;
  for (let i = 0; i < candidates.length; ) {
    const first = candidates[i]!;
    let same = 0;
    let differ = false;
    for (; i < candidates.length && candidates[i]!.start === first.start && candidates[i]!.end === first.end; i++) {
      same++;
      if (candidates[i]!.text !== first.text) differ = true;
    }
    const empty = first.start === first.end;
    const overlaps = first.start < appliedEnd || (first.start === appliedEnd && (empty || appliedEmpty));
    // Two findings asking for the same edit are one fix; different edits of the same text are a choice, left to the writer.
    if (overlaps || differ) continue;
    chosen.push({ ...first, findings: same });
    appliedEnd = first.end;
    appliedEmpty = empty;
  }
  return chosen;
}

/** Where fixes may start: after the front matter; undefined when front matter opens and never closes, so where it ends is unknown. */
function fixableFrom(source: string): number | undefined {
  const frontMatter = readFrontMatter(source);
  if (!frontMatter) return 0;
  if (frontMatter.textOffset === 0) return undefined;
  return frontMatter.textOffset;
}

/** Applies edits sorted by position and not overlapping. */
export function applyEdits(source: string, edits: readonly FixEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/**
 * The output of several passes as pieces of the original source and inserted text, so that the edits of
 * every pass add up to one list of edits in the original's offsets (what an editor applies, leaving the
 * cursor and the untouched text where they were).
 */
class Pieces {
  private pieces: ({ from: number; to: number } | { text: string })[];

  constructor(length: number) {
    this.pieces = length > 0 ? [{ from: 0, to: length }] : [];
  }

  /** Applies one pass's edits, in the current text's offsets (sorted, not overlapping). */
  apply(edits: readonly FixEdit[]): void {
    for (let i = edits.length - 1; i >= 0; i--) this.replace(edits[i]!);
  }

  private replace({ start, end, text }: FixEdit): void {
    const before: typeof this.pieces = [];
    const after: typeof this.pieces = [];
    let at = 0;
    for (const piece of this.pieces) {
      const length = 'text' in piece ? piece.text.length : piece.to - piece.from;
      const pieceStart = at;
      const pieceEnd = at + length;
      at = pieceEnd;
      if (pieceEnd <= start) before.push(piece);
      else if (pieceStart >= end) after.push(piece);
      else {
        // The part of the piece before the edit, and the part after it (pieces are never empty).
        if (pieceStart < start) before.push(slice(piece, 0, start - pieceStart));
        if (pieceEnd > end) after.push(slice(piece, end - pieceStart, length));
      }
    }
    this.pieces = [...before, ...(text ? [{ text }] : []), ...after];
  }

  /** The edits from the original to the output. */
  edits(original: string, output: string): FixEdit[] {
    if (original === output) return [];
    const edits: FixEdit[] = [];
    let copiedTo = 0;
    let inserted = '';
    const flush = (until: number) => {
      if (until !== copiedTo || inserted !== '') {
        if (original.slice(copiedTo, until) !== inserted) edits.push({ start: copiedTo, end: until, text: inserted });
      }
      inserted = '';
    };
    for (const piece of this.pieces) {
      if ('text' in piece) {
        inserted += piece.text;
        continue;
      }
      flush(piece.from);
      copiedTo = piece.to;
    }
    flush(original.length);
    return edits;
  }
}

function slice(piece: { from: number; to: number } | { text: string }, start: number, end: number): { from: number; to: number } | { text: string } {
  return 'text' in piece ? { text: piece.text.slice(start, end) } : { from: piece.from + start, to: piece.from + end };
}
