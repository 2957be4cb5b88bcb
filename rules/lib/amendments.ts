/**
 * The amendments and additions of a note and their sign-offs, read once for sign-amendments (which
 * reports an unsigned one) and require-sign-off (which stands back when the note ends with one that
 * sign-amendments reports, and reads the entry's own sign-off before a signed addition at the end).
 *
 * An amendment is written in one of three ways:
 *   block   a paragraph or a line that starts with a heading: "Amendment:", "Addition (12/04/2026)",
 *           "Correction - ...", "Addition to the entry of 10/04/2026: ...", a heading line of its own
 *           ("Amendment"), or a dated label ("Updated 04/03 - ...", "Further information (12/03/2025):").
 *           It runs to the end of its paragraph, or to the next heading in it; a heading standing
 *           alone takes the next paragraph as its text; a short paragraph of sign-off lines right
 *           after belongs to it.
 *   inline  "[Addition 23/05/2025: ... Priya Shah, Social Worker]" or "(Added 05/11 by ...)" inside a
 *           line: it runs to its closing bracket and is signed inside it (or by a sign-off paragraph
 *           right after it dated no earlier than the addition).
 *   note    the whole entry: a note of type `amendment`, or a note whose first paragraph starts with a
 *           heading ("Late entry: ..."). Its sign-off is the note's, read as require-sign-off reads it.
 *
 * The sign-off is read by readSignOff (src/sign-off.ts) from the amendment's own lines, the heading label
 * left out, so that the date in "Addition 12/04/2026:" is not taken for a signature; a date in the heading
 * does count as the date when the end gives a name or a role ("[Addition 23/05/2025: ... Priya Shah,
 * Social Worker]"). The date alone is not a signature. A heading that itself says who, in what role and
 * when ("Amended by Priya Shah, Social Worker, on 12/04/2026:") signs the amendment. A sign-off dated
 * before the date in the heading is the entry's, not the addition's.
 */
import { type Line, type NoteMeta, type TextIndex, firstAtOrAfter, findDate, readSignOff, type SignOff, type SignOffOptions } from '../../src/rule-api.js';
import { AMENDMENT_HEADINGS, DATED_AMENDMENT_HEADINGS } from '../data/sign-amendments.js';

export type SignOffPart = 'name' | 'role' | 'date';

export interface AmendmentReadOptions extends Omit<SignOffOptions, 'maxLines'> {
  /** Extra heading words, as written in the config ("Late addition"). */
  headings?: readonly string[];
}

export interface Amendment {
  kind: 'block' | 'inline' | 'note';
  /**
   * Where a finding about it points: the heading word ("Addition"), or for a whole-note amendment
   * without a heading the note's last lines.
   */
  label: { start: number; end: number };
  /** The amendment's text, heading included (offsets into the note text). */
  start: number;
  end: number;
  /** The date written in the heading ("Addition 12/04/2026:"), when there is one. */
  headingDate?: { start: number; end: number; iso?: string };
  /** The sign-off read at its end; undefined when it has no text or its last line is not one. */
  signOff?: SignOff;
  /** What the sign-off lacks, in the order name, role, date; empty when it is signed. */
  missing: readonly SignOffPart[];
  /** It runs to the end of the note: its sign-off is the note's last lines. */
  endsNote: boolean;
}

/** The amendments of a note in text order, each with its sign-off. */
export function findAmendments(index: TextIndex, meta: Pick<NoteMeta, 'type'>, options: AmendmentReadOptions): readonly Amendment[] {
  const key = cacheKey(meta, options);
  let byOptions = cache.get(index);
  if (!byOptions) cache.set(index, (byOptions = new Map()));
  let found = byOptions.get(key);
  if (!found) {
    if (byOptions.size > 8) byOptions.clear();
    found = Object.freeze(new AmendmentReader(index, meta, options).read());
    byOptions.set(key, found);
  }
  return found;
}

/** The amendment the note ends with, if any: its sign-off is the note's last lines. */
export function amendmentEndingNote(amendments: readonly Amendment[]): Amendment | undefined {
  const last = amendments[amendments.length - 1];
  return last?.endsNote ? last : undefined;
}

const cache = new WeakMap<TextIndex, Map<string, readonly Amendment[]>>();
/** Option objects get an id so that the cache key does not have to spell out the role lists. */
const ids = new WeakMap<object, number>();
let nextId = 0;

function idOf(value: object | undefined): number {
  if (!value) return -1;
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = nextId++));
  return id;
}

function cacheKey(meta: Pick<NoteMeta, 'type'>, options: AmendmentReadOptions): string {
  return [meta.type, idOf(options.roles), idOf(options.roleHeads), idOf(options.roleAcronyms), options.author?.name ?? '', options.author?.role ?? '', (options.headings ?? []).join('|')].join('\u0000');
}

/** Markup before a heading word: "**Amendment**", "## Addition", "- Correction:". */
const LEAD = ' \t*#_->•';
/** A date in a label: 04/03, 04/03/2025, 4.3.25, 4 March, 4th March 2025. */
const LABEL_DATE = /^[,*_\s]*(?:on\s+)?(?:\(\s*)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s\d{4})?)\s*(?:\)\s*)?[:\-\u2013\u2014]/i;
const BRACKETS: Record<string, string> = { '[': ']', '(': ')' };
const OPEN_BRACKET = /[[(]/g;
/** Words between a heading and its colon that say it amends the record: "to the entry of 10/04/2026", "to the above". */
const ABOUT_THE_RECORD = /\b(?:entry|entries|note|notes|record|records|recording|case|visit|contact|chronology|above|previous|earlier|original|made|by|on)\b|\d{1,2}[/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** What a template field holds when there is no amendment: "Amendments: none", "Correction: N/A". */
const NOTHING = /^[\s*_]*(?:n\/?a|none|nil|no|not applicable|-+|\u2013|\u2014)[\s.*_]*$/i;

interface Heading {
  /** Offsets of the heading word, for the span. */
  wordStart: number;
  wordEnd: number;
  /** Where the heading label ends (after its colon), or where the heading word ends. */
  labelEnd: number;
  line: number;
  /** An inline "[Addition ...]": where its closing bracket is. */
  close?: number;
}

class AmendmentReader {
  private readonly lines: readonly Line[];
  private readonly headingWords: readonly string[];
  private readonly signOffOptions: SignOffOptions;

  constructor(
    private readonly index: TextIndex,
    private readonly meta: Pick<NoteMeta, 'type'>,
    options: AmendmentReadOptions,
  ) {
    this.lines = index.lines;
    this.headingWords = [...AMENDMENT_HEADINGS, ...(options.headings ?? []).map((word) => word.toLowerCase())];
    const { headings: _headings, ...signOffOptions } = options;
    this.signOffOptions = signOffOptions;
  }

  read(): Amendment[] {
    const { lines, index } = this;
    const { paragraphs } = index;
    if (lines.length === 0 || paragraphs.length === 0) return [];
    const noteEnd = paragraphs[paragraphs.length - 1]!.end;
    const headings = this.headings();
    const amendments: Amendment[] = [];
    for (let h = 0; h < headings.length; h++) {
      const heading = headings[h]!;
      // A heading that opens the note labels the whole entry ("Late entry: ..."): the note's sign-off signs it.
      if (heading.close === undefined && heading.line === this.firstLine()) {
        amendments.push(this.wholeNote(heading, noteEnd));
        return amendments;
      }
      const amendment = heading.close === undefined ? this.block(heading, headings[h + 1], noteEnd) : this.inline(heading, noteEnd);
      // "Correction: N/A" in a template is no amendment.
      if (NOTHING.test(this.index.text.slice(heading.labelEnd, amendment.end)) && heading.labelEnd > heading.wordEnd) continue;
      amendments.push(amendment);
    }
    const last = amendments[amendments.length - 1];
    if (this.meta.type === 'amendment' && !last?.endsNote) amendments.push(this.wholeNote(undefined, noteEnd));
    return amendments;
  }

  /** The note's first non-empty line. */
  private firstLine(): number {
    let i = 0;
    while (i < this.lines.length && this.lines[i]!.text.trim() === '') i++;
    return i;
  }

  // -----------------------------------------------------------------------------------------------
  // Headings

  /** Headings at the start of a line, and inline "[Addition ...]" anywhere in one, in text order. */
  private headings(): Heading[] {
    const { lines, index } = this;
    const { paragraphs } = index;
    const headings: Heading[] = [];
    let p = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      while (p < paragraphs.length && paragraphs[p]!.end < line.start) p++;
      const paragraph = paragraphs[p];
      if (!paragraph || line.end <= paragraph.start) continue;
      const atParagraphStart = line.start <= paragraph.start && paragraph.start <= line.end;
      const inline = this.inlineHeadings(line, i, paragraph.end);
      if (inline.length > 0 && inline[0]!.wordStart - line.start <= 13 && /^[\s*#_>•-]*[[(][\s*_]*$/.test(line.text.slice(0, inline[0]!.wordStart - line.start))) {
        headings.push(...inline);
        continue;
      }
      const heading = this.lineHeading(line, i, atParagraphStart);
      if (heading) headings.push(heading);
      for (const found of inline) if (!heading || found.wordStart > heading.wordStart) headings.push(found);
    }
    return headings;
  }

  private lineHeading(line: Line, index: number, atParagraphStart: boolean): Heading | undefined {
    const text = line.text;
    let i = 0;
    while (i < text.length && i < 12 && LEAD.includes(text[i]!)) i++;
    const rest = text.slice(i, i + 60).toLowerCase();
    const wordStart = line.start + i;
    const word = this.headingWords.find((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length)));
    const dated = word ? undefined : DATED_AMENDMENT_HEADINGS.find((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length)));
    if (dated) {
      // "Updated 04/03 - ...", "Further information (12/03/2025): ..."
      const label = LABEL_DATE.exec(text.slice(i + dated.length, i + dated.length + 40));
      if (!label) return undefined;
      const labelEnd = skipLabelEnd(text, i + dated.length + label[0].length);
      return { wordStart, wordEnd: wordStart + dated.length, labelEnd: line.start + labelEnd, line: index };
    }
    if (!word) return undefined;
    const wordEnd = wordStart + word.length;
    const lineEnd = line.start + trimRight(text).length;

    // "Amendment:", "Addition (12/04/2026) ...", "Correction - ...": a label closed by punctuation.
    let k = i + word.length;
    while (k < text.length && k < i + word.length + 4 && ' \t*_'.includes(text[k]!)) k++;
    let labelEnd = -1;
    if (text[k] === '(') {
      const close = text.indexOf(')', k);
      if (close > 0 && close - k <= 40) labelEnd = close + 1;
    } else if (text[k] === ':' || text[k] === '-' || text[k] === '\u2013' || text[k] === '\u2014') {
      labelEnd = k + 1;
    }
    if (labelEnd >= 0) return { wordStart, wordEnd, labelEnd: line.start + skipLabelEnd(text, labelEnd), line: index };
    // "Addition to the entry of 10/04/2026: ...": a colon near the start, after words about the record
    // or a date ("Addition to the safety plan: ..." is about the plan, not an amendment of the record).
    const colon = text.indexOf(':', i + word.length);
    if (colon >= 0 && colon - i <= 70 && ABOUT_THE_RECORD.test(text.slice(i + word.length, colon))) {
      return { wordStart, wordEnd, labelEnd: line.start + colon + 1, line: index };
    }
    // A heading line of its own at the start of a paragraph: short, with no sentence in it.
    const heading = text.slice(i, lineEnd - line.start);
    if (atParagraphStart && heading.length <= 70 && !/[.!?;]$/.test(heading) && heading.split(/\s+/).length <= 10) {
      return { wordStart, wordEnd, labelEnd: lineEnd, line: index };
    }
    return undefined;
  }

  /** "[Addition 23/05/2025: ...]", "(Added 05/11 by ...)": a capitalised heading word right after a bracket, as a label. */
  private inlineHeadings(line: Line, index: number, paragraphEnd: number): Heading[] {
    const found: Heading[] = [];
    const text = line.text;
    OPEN_BRACKET.lastIndex = 0;
    for (let bracket = OPEN_BRACKET.exec(text); bracket; bracket = OPEN_BRACKET.exec(text)) {
      const b = bracket.index;
      const open = text[b]!;
      const closer = BRACKETS[open]!;
      let i = b + 1;
      while (i < text.length && (text[i] === ' ' || text[i] === '*' || text[i] === '_')) i++;
      if (!/\p{Lu}/u.test(text[i] ?? '')) continue;
      const rest = text.slice(i, i + 40).toLowerCase();
      const word = [...this.headingWords, ...DATED_AMENDMENT_HEADINGS].find((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length)));
      if (!word) continue;
      const after = text.slice(i + word.length, i + word.length + 40);
      const label = LABEL_DATE.exec(after) ?? /^[\s*_]*[:\-\u2013\u2014]/.exec(after);
      // "(Added 05/11 by Priya Shah, SW)": a dated label without a colon.
      const datedBy = label ? undefined : /^[\s,]*(?:on\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+by\s[^:\])]{0,60}:?/i.exec(text.slice(i + word.length, i + word.length + 90));
      if (!label && !datedBy) continue;
      if (!label && !DATED_AMENDMENT_HEADINGS.includes(word) && !this.headingWords.includes(word)) continue;
      const close = this.closingBracket(line.start + b, closer, paragraphEnd);
      if (close < 0) continue;
      const labelEnd = i + word.length + (label ? label[0].length : datedBy![0].length);
      found.push({ wordStart: line.start + i, wordEnd: line.start + i + word.length, labelEnd: line.start + skipLabelEnd(text, labelEnd), line: index, close });
      if (close - line.start >= text.length) break;
      OPEN_BRACKET.lastIndex = close - line.start + 1;
    }
    return found;
  }

  /** The offset of the bracket closing the one at `open`, within the paragraph; -1 when there is none. */
  private closingBracket(open: number, closer: string, paragraphEnd: number): number {
    const { text } = this.index;
    const opener = text[open]!;
    let depth = 0;
    for (let k = open; k < paragraphEnd && k < open + 2000; k++) {
      if (text[k] === opener) depth++;
      else if (text[k] === closer && --depth === 0) return k;
    }
    return -1;
  }

  // -----------------------------------------------------------------------------------------------
  // Amendments

  private block(heading: Heading, next: Heading | undefined, noteEnd: number): Amendment {
    const { textEnd, end } = this.blockEnd(heading, next);
    const headingDate = this.headingDate(heading);
    const base = { kind: 'block' as const, label: { start: heading.wordStart, end: heading.wordEnd }, start: heading.wordStart, headingDate };
    // A heading that says who amended, in what role and when, signs the amendment.
    const label = this.lines[heading.line]!;
    const labelLine = { start: label.start, end: heading.labelEnd, text: label.text.slice(0, heading.labelEnd - label.start) };
    const byHeading = heading.labelEnd - heading.wordEnd >= 16 ? readSignOff([labelLine], { ...this.signOffOptions, maxLines: 1 }) : undefined;
    if (byHeading?.name && byHeading.role && byHeading.date) return { ...base, end: textEnd, endsNote: textEnd >= noteEnd, signOff: byHeading, missing: [] };
    // Signed in its own paragraph, or by the paragraph of sign-off lines after it.
    const own = this.signed(this.linesOf(heading, textEnd), headingDate);
    if (own.missing.length === 0 || end === textEnd) return { ...base, end: textEnd, endsNote: textEnd >= noteEnd, ...own };
    const withFollowing = this.signed(this.linesOf(heading, end), headingDate);
    if (withFollowing.missing.length < own.missing.length) return { ...base, end, endsNote: end >= noteEnd, ...withFollowing };
    return { ...base, end: textEnd, endsNote: textEnd >= noteEnd, ...own };
  }

  private inline(heading: Heading, noteEnd: number): Amendment {
    const { text } = this.index;
    const close = heading.close!;
    const headingDate = this.headingDate(heading);
    const inner = this.linesBetween(heading.labelEnd, close);
    // "(Added 11/04 by Priya Shah, Social Worker: ...)": the label says who, in what role and when.
    const label = this.linesBetween(headingDate?.end ?? heading.wordEnd, heading.labelEnd);
    const byLabel = label.length === 1 && heading.labelEnd - heading.wordEnd >= 16 ? this.signed(label, headingDate) : undefined;
    let signed = byLabel?.missing.length === 0 ? byLabel : this.signed(inner, headingDate);
    // "[Addition ...] Priya Shah, Social Worker, 05/11/2025": signed after the bracket, to the end of its
    // paragraph, or by a sign-off paragraph right after it, dated no earlier than the addition.
    if (signed.missing.length > 0) {
      const { paragraphs } = this.index;
      const paragraph = paragraphs[firstAtOrAfter(paragraphs, 'end', close + 1)];
      const rest = paragraph ? this.linesBetween(close + 1, paragraph.end) : [];
      const following = rest.length === 0 ? paragraph && this.signOffParagraphAfter(paragraph.end, headingDate) : rest.length <= 4 ? this.signed(rest, headingDate) : undefined;
      if (following && following.missing.length < signed.missing.length && following.signOff && (following.signOff.name || following.signOff.role)) signed = following;
    }
    const end = lastNonSpace(text, close + 1);
    return { kind: 'inline', label: { start: heading.wordStart, end: heading.wordEnd }, start: heading.wordStart, end, headingDate, endsNote: end >= noteEnd, ...signed };
  }

  /** The whole entry is the amendment: its sign-off is the note's last lines. */
  private wholeNote(heading: Heading | undefined, noteEnd: number): Amendment {
    const signOff = readSignOff(this.lines, this.signOffOptions);
    const headingDate = heading && this.headingDate(heading);
    const missing = partsMissing(signOff);
    const label = heading ? { start: heading.wordStart, end: heading.wordEnd } : signOff ? { start: signOff.start, end: signOff.end } : { start: 0, end: 0 };
    return { kind: 'note', label, start: heading?.wordStart ?? 0, end: noteEnd, headingDate, signOff, missing, endsNote: true };
  }

  /** The sign-off at the end of `lines` and what it lacks; the heading's date counts when the end gives a name or a role. */
  private signed(lines: readonly Line[], headingDate: Amendment['headingDate']): Pick<Amendment, 'signOff' | 'missing'> {
    if (lines.length === 0) return { missing: ['name', 'role', 'date'] };
    let signOff = readSignOff(lines, this.signOffOptions);
    if (!isComplete(signOff)) {
      // "... not Wednesday. Priya Shah, Social Worker, 12/04/2026": a sign-off after the text on the same line.
      const alone = this.lastSentenceOfLastLine(lines);
      const retry = alone && readSignOff([...lines.slice(0, -1), alone], this.signOffOptions);
      if (retry && partsOf(retry) > partsOf(signOff)) signOff = retry;
    }
    // A line of prose is not a sign-off: a run of capitals in it ("Elm Road Primary") is not the signer.
    if (signOff && !isComplete(signOff) && isProse(this.index.text, signOff)) signOff = { start: signOff.start, end: signOff.end };
    if (signOff && headingDate && !signOff.date && (signOff.name || signOff.role)) signOff = { ...signOff, date: { text: this.index.text.slice(headingDate.start, headingDate.end), ...headingDate } };
    // A sign-off dated before the addition is the entry's, not the addition's ("Updated 12/04" read in the sign-off's year).
    const added = headingDate && signOff?.date?.iso ? (headingDate.iso ?? this.inYear(headingDate, signOff.date.iso.slice(0, 4))) : undefined;
    if (added && signOff?.date?.iso && signOff.date.iso < added) signOff = { start: signOff.start, end: signOff.end };
    return { signOff, missing: partsMissing(signOff) };
  }

  /** A short paragraph of sign-off lines right after `offset`, read as the amendment's sign-off. */
  private signOffParagraphAfter(offset: number, headingDate: Amendment['headingDate']): Pick<Amendment, 'signOff' | 'missing'> | undefined {
    const { paragraphs } = this.index;
    const p = firstAtOrAfter(paragraphs, 'start', offset);
    const after = paragraphs[p];
    if (!after || !this.isSignOffParagraph(after.start, after.end)) return undefined;
    return this.signed(this.linesBetween(after.start, after.end), headingDate);
  }

  /** "12/04" as a day of `year`: 'YYYY-MM-DD'. */
  private inYear(date: NonNullable<Amendment['headingDate']>, year: string): string | undefined {
    const parts = /^(\d{1,2})[/.](\d{1,2})$/.exec(this.index.text.slice(date.start, date.end));
    return parts ? `${year}-${parts[2]!.padStart(2, '0')}-${parts[1]!.padStart(2, '0')}` : undefined;
  }

  private headingDate(heading: Heading): Amendment['headingDate'] {
    const text = this.index.text.slice(heading.wordEnd, heading.labelEnd);
    const date = findDate(text);
    if (date) return { start: heading.wordEnd + date.index, end: heading.wordEnd + date.index + date.length, iso: date.iso };
    const short = /\d{1,2}[/.]\d{1,2}(?![\d/.])/.exec(text);
    return short ? { start: heading.wordEnd + short.index, end: heading.wordEnd + short.index + short[0].length } : undefined;
  }

  /**
   * Where the amendment ends: the end of its paragraph (or the line before the next heading in it); a
   * heading alone takes the next paragraph; a following paragraph of sign-off lines belongs to it.
   */
  private blockEnd(heading: Heading, next: Heading | undefined): { textEnd: number; end: number } {
    const { paragraphs, text } = this.index;
    const lines = this.lines;
    let p = firstAtOrAfter(paragraphs, 'end', heading.wordStart);
    if (p >= paragraphs.length) return { textEnd: heading.wordEnd, end: heading.wordEnd };
    let end = paragraphs[p]!.end;
    const nextStart = next ? (next.close === undefined ? lines[next.line]!.start : next.wordStart) : Infinity;
    if (nextStart < end) {
      const stop = lastNonSpace(text, next!.close === undefined ? lines[next!.line]!.start : nextStart - 1);
      return { textEnd: stop, end: stop };
    }
    const headingLine = lines[heading.line]!;
    const headingOnly = headingLine.end >= end && headingLine.text.slice(heading.labelEnd - headingLine.start).trim().length === 0;
    if (headingOnly && paragraphs[p + 1] && paragraphs[p + 1]!.start < nextStart) end = paragraphs[++p]!.end;
    const after = paragraphs[p + 1];
    if (after && after.start < nextStart && this.isSignOffParagraph(after.start, after.end)) return { textEnd: end, end: after.end };
    return { textEnd: end, end };
  }

  private isSignOffParagraph(start: number, end: number): boolean {
    const all = this.lines;
    const lines: Line[] = [];
    for (let i = firstAtOrAfter(all, 'end', start + 1); i < all.length && all[i]!.start < end && lines.length <= 4; i++) lines.push(all[i]!);
    if (lines.length === 0 || lines.length > 4 || lines.some((line) => line.text.length > 80)) return false;
    const signOff = readSignOff(lines, { ...this.signOffOptions, maxLines: 4 });
    if (!signOff) return false;
    return partsOf(signOff) >= 2 && signOff.start <= start + 1;
  }

  /** The amendment's lines, the first one starting after the heading label. */
  private linesOf(heading: Heading, end: number): Line[] {
    return this.linesBetween(heading.labelEnd, end);
  }

  /** The parts of the lines between two offsets, blank ones at either end dropped. */
  private linesBetween(start: number, end: number): Line[] {
    const result: Line[] = [];
    for (let i = firstAtOrAfter(this.lines, 'end', start); i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.start >= end) break;
      const from = Math.max(line.start, start);
      const stop = Math.min(line.end, end);
      if (stop <= from) continue;
      result.push({ start: from, end: stop, text: line.text.slice(from - line.start, stop - line.start) });
    }
    while (result.length > 0 && result[result.length - 1]!.text.trim() === '') result.pop();
    while (result.length > 0 && result[0]!.text.trim() === '') result.shift();
    return result;
  }

  /** The last sentence of the amendment's last line, as a line of its own, when the line holds more than one. */
  private lastSentenceOfLastLine(lines: readonly Line[]): Line | undefined {
    const last = lines[lines.length - 1];
    if (!last) return undefined;
    const sentences = this.index.sentences;
    // The last sentence starting before the line ends.
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sentences[mid]!.start < last.end) low = mid + 1;
      else high = mid;
    }
    const start = sentences[low - 1]?.start;
    if (start === undefined || start <= last.start) return undefined;
    return { start, end: last.end, text: last.text.slice(start - last.start) };
  }
}

function isComplete(signOff: SignOff | undefined): boolean {
  return Boolean(signOff?.name && signOff.role && signOff.date);
}

function partsOf(signOff: SignOff | undefined): number {
  return signOff ? [signOff.name, signOff.role, signOff.date].filter(Boolean).length : 0;
}

function partsMissing(signOff: SignOff | undefined): SignOffPart[] {
  return (['name', 'role', 'date'] as const).filter((part) => !signOff?.[part]);
}

/** Past the label's closing punctuation and the spaces after it. */
function skipLabelEnd(text: string, at: number): number {
  while (at < text.length && ' \t*_:-\u2013\u2014'.includes(text[at]!)) at++;
  return at;
}

/** More than four words besides the name, role and date read: a sentence, not a sign-off. */
function isProse(text: string, signOff: SignOff): boolean {
  let rest = text.slice(signOff.start, signOff.end);
  for (const part of [signOff.name, signOff.role, signOff.date]) {
    if (!part || part.start < signOff.start || part.end > signOff.end) continue;
    const from = part.start - signOff.start;
    const to = part.end - signOff.start;
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  let count = 0;
  let inWord = false;
  for (const char of rest) {
    const letter = /[\p{L}\p{N}]/u.test(char);
    if (letter && !inWord) count++;
    inWord = letter || (inWord && (char === "'" || char === '\u2019'));
  }
  return count > 4;
}

function lastNonSpace(text: string, before: number): number {
  let end = before;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function trimRight(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}
