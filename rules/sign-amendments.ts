/**
 * sign-amendments: an amendment or addition that does not end with the name and role of the person
 * who made it and the date.
 *
 * The standard ("Principles of recording"): "Amendments or additions should end with the name and
 * role of the person who has made them and the date the amendment or addition was made".
 *
 * An amendment is a paragraph (or a line) that starts with "Amendment", "Addition", "Addendum",
 * "Correction", "Added on" or "Amended on" used as a heading: the word is followed by a colon, a dash
 * or a bracket, or the first line has a colon near the start, or the line is a short heading of its
 * own. It runs to the end of its paragraph, or to the next amendment heading; a heading standing
 * alone takes the next paragraph as its text, and a short paragraph of sign-off lines right after
 * belongs to it. Its ending is read by readSignOff (src/sign-off.ts), the parser require-sign-off
 * uses, given the amendment's lines only and with the heading label itself left out (so that the
 * date in "Addition 12/04/2026:" does not count as the amendment's sign-off). A heading that itself
 * says who made the amendment, in what role and when ("Amended by Priya Shah, Social Worker, on
 * 12/04/2026:") is accepted.
 *
 * Double reports: require-sign-off already checks the end of the whole note with the same parser,
 * so an amendment that ends the note — and an `amendment` note, whose text is the amendment — would
 * be reported twice for the same lines. By default this rule checks only amendments that do not end
 * the note (an addition inserted after the paragraph it corrects, or followed by later entries);
 * `checkNoteEnd: true` makes it check the last one too (for teams that turn require-sign-off off).
 */
import * as z from 'zod';
import type { Line, Rule, RuleContext } from '../src/types.js';
import { firstAtOrAfter } from '../src/parse/spans.js';
import { STANDARD } from '../src/standard.js';
import { readSignOff, type SignOff } from '../src/sign-off.js';
import { ROLES } from './data/roles.js';

const options = z
  .object({
    /** Extra roles accepted in a sign-off, e.g. "Kinship Assessor". */
    roles: z.array(z.string().min(2)).default([]),
    /** Extra heading words that start an amendment, e.g. "Late addition". */
    headings: z.array(z.string().min(2)).default([]),
    /** Also check the amendment that ends the note (require-sign-off checks it by default). */
    checkNoteEnd: z.boolean().default(false),
  })
  .strict();

type Options = z.infer<typeof options>;

const HEADINGS: readonly string[] = ['amendment', 'addition', 'addendum', 'correction', 'added on', 'amended on', 'amended by', 'added by'];
const EXAMPLE = 'for example "Priya Shah, Social Worker, 12/04/2026"';
/** Markup before a heading word: "**Amendment**", "## Addition", "- Correction:". */
const LEAD = ' \t*#_->•';

interface Heading {
  /** Offsets of the heading word, for the span. */
  wordStart: number;
  wordEnd: number;
  /** Where the heading label ends (after its colon), or where the heading word ends. */
  labelEnd: number;
  line: number;
}

export const signAmendments: Rule<Options> = {
  meta: {
    id: 'sign-amendments',
    name: 'Amendments signed',
    description: 'An amendment or addition that does not end with the name and role of the person who made it and the date.',
    severity: 'error',
    category: 'structure',
    schema: options,
    reference: STANDARD.amendments,
  },
  check(context) {
    const { lines, paragraphs } = context.note.index;
    if (lines.length === 0 || paragraphs.length === 0) return;
    const roles = [...ROLES, ...context.options.roles.map((role) => role.toLowerCase())];
    const headingWords = [...HEADINGS, ...context.options.headings.map((word) => word.toLowerCase())];
    const noteEnd = paragraphs[paragraphs.length - 1]!.end;

    // Headings: at the start of a paragraph, or of a line inside one when written as a strict "Word ...:" label.
    const headings: Heading[] = [];
    let p = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      while (p < paragraphs.length && paragraphs[p]!.end < line.start) p++;
      const paragraph = paragraphs[p];
      if (!paragraph || line.end <= paragraph.start) continue;
      const atParagraphStart = line.start <= paragraph.start && paragraph.start <= line.end;
      const heading = readHeading(line, i, headingWords, atParagraphStart);
      if (heading) headings.push(heading);
    }

    for (let h = 0; h < headings.length; h++) {
      const heading = headings[h]!;
      const end = amendmentEnd(context, heading, headings[h + 1]);
      if (end >= noteEnd && !context.options.checkNoteEnd) continue;
      const amendmentLines = linesOf(lines, heading, end);
      if (amendmentLines.length === 0) {
        report(context, heading, undefined, ['name', 'role', 'date']);
        continue;
      }
      // A heading that says who amended, in what role and when, signs the amendment.
      const label = lines[heading.line]!;
      const labelLine = { start: label.start, end: heading.labelEnd, text: label.text.slice(0, heading.labelEnd - label.start) };
      const byHeading = heading.labelEnd - heading.wordEnd >= 16 ? readSignOff([labelLine], { roles, maxLines: 1 }) : undefined;
      if (byHeading?.name && byHeading.role && byHeading.date) continue;

      let signOff = readSignOff(amendmentLines, { roles });
      if (!(signOff?.name && signOff.role && signOff.date)) {
        // "... not Wednesday. Priya Shah, Social Worker, 12/04/2026": a sign-off after the text on the same line.
        const alone = lastSentenceOfLastLine(context, amendmentLines);
        const retry = alone && readSignOff([...amendmentLines.slice(0, -1), alone], { roles });
        if (retry && partsOf(retry) > partsOf(signOff)) signOff = retry;
      }
      // A line of prose is not a sign-off: a run of capitals in it ("Elm Road Primary") is not the signer.
      if (signOff && !(signOff.name && signOff.role && signOff.date) && isProse(context.note.index.text, signOff)) {
        signOff = { start: signOff.start, end: signOff.end };
      }
      const missing = (['name', 'role', 'date'] as const).filter((part) => !signOff?.[part]);
      if (missing.length > 0) report(context, heading, signOff, missing);
    }
  },
};

function report(context: RuleContext<Options>, heading: Heading, signOff: SignOff | undefined, missing: readonly string[]): void {
  const found = signOff && (signOff.name || signOff.role || signOff.date);
  // With part of a sign-off, point at it; with none, at the amendment's last line, or at the heading
  // word when the amendment is the heading line alone.
  const onHeadingLine = !signOff || signOff.start < context.note.index.lines[heading.line]!.end;
  const span = found ? { start: signOff.start, end: signOff.end } : onHeadingLine ? { start: heading.wordStart, end: heading.wordEnd } : { start: signOff.start, end: signOff.end };
  context.report({
    ...span,
    message: `An amendment or addition must end with the name and role of the person who made it and the date it was made; the ${listWords(missing)} ${missing.length === 1 ? 'is' : 'are'} missing. End it with a line ${EXAMPLE}.`,
  });
}

function readHeading(line: Line, index: number, words: readonly string[], atParagraphStart: boolean): Heading | undefined {
  const text = line.text;
  let i = 0;
  while (i < text.length && i < 12 && LEAD.includes(text[i]!)) i++;
  const rest = text.slice(i, i + 60).toLowerCase();
  const word = words.find((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length)));
  if (!word) return undefined;
  const wordStart = line.start + i;
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
  if (labelEnd >= 0) {
    while (labelEnd < text.length && ' \t*_:-\u2013\u2014'.includes(text[labelEnd]!)) labelEnd++;
    return { wordStart, wordEnd, labelEnd: line.start + labelEnd, line: index };
  }
  // "Addition to the entry of 10/04/2026: ...": a colon near the start.
  const colon = text.indexOf(':', i + word.length);
  if (colon >= 0 && colon - i <= 70) return { wordStart, wordEnd, labelEnd: line.start + colon + 1, line: index };
  // A heading line of its own at the start of a paragraph: short, with no sentence in it.
  const heading = text.slice(i, lineEnd - line.start);
  if (atParagraphStart && heading.length <= 70 && !/[.!?;]$/.test(heading) && heading.split(/\s+/).length <= 10) {
    return { wordStart, wordEnd, labelEnd: lineEnd, line: index };
  }
  return undefined;
}

/**
 * Where the amendment ends: the end of its paragraph (or the line before the next heading in it); a
 * heading alone takes the next paragraph; a following paragraph of sign-off lines belongs to it.
 */
function amendmentEnd(context: RuleContext<Options>, heading: Heading, next: Heading | undefined): number {
  const { paragraphs, lines } = context.note.index;
  let p = firstAtOrAfter(paragraphs, 'end', heading.wordStart);
  if (p >= paragraphs.length) return heading.wordEnd;
  let end = paragraphs[p]!.end;
  const nextStart = next ? lines[next.line]!.start : Infinity;
  if (nextStart < end) return lastNonSpace(context.note.index.text, lines[next!.line]!.start);
  const headingLine = lines[heading.line]!;
  const headingOnly = headingLine.end >= end && headingLine.text.slice(heading.labelEnd - headingLine.start).trim().length === 0;
  if (headingOnly && paragraphs[p + 1] && paragraphs[p + 1]!.start < nextStart) end = paragraphs[++p]!.end;
  const after = paragraphs[p + 1];
  if (after && after.start < nextStart && isSignOffParagraph(context, after.start, after.end)) end = after.end;
  return end;
}

function isSignOffParagraph(context: RuleContext<Options>, start: number, end: number): boolean {
  const all = context.note.index.lines;
  const lines: Line[] = [];
  for (let i = firstAtOrAfter(all, 'end', start + 1); i < all.length && all[i]!.start < end && lines.length <= 4; i++) lines.push(all[i]!);
  if (lines.length === 0 || lines.length > 4 || lines.some((line) => line.text.length > 80)) return false;
  const signOff = readSignOff(lines, { roles: ROLES });
  if (!signOff) return false;
  const parts = [signOff.name, signOff.role, signOff.date].filter(Boolean).length;
  return parts >= 2 && signOff.start <= start + 1;
}

/** The amendment's lines, the first one starting after the heading label. */
function linesOf(lines: readonly Line[], heading: Heading, end: number): Line[] {
  const result: Line[] = [];
  for (let i = heading.line; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start >= end) break;
    const start = i === heading.line ? heading.labelEnd : line.start;
    const stop = Math.min(line.end, end);
    if (stop <= start) continue;
    result.push({ start, end: stop, text: line.text.slice(start - line.start, stop - line.start) });
  }
  while (result.length > 0 && result[result.length - 1]!.text.trim() === '') result.pop();
  if (result.length > 0 && result[0]!.text.trim() === '') result.shift();
  return result;
}

/** Index of the first span (in text order) whose end is at or after `offset`; the length when none. */
function partsOf(signOff: SignOff | undefined): number {
  return signOff ? [signOff.name, signOff.role, signOff.date].filter(Boolean).length : 0;
}

/** The last sentence of the amendment's last line, as a line of its own, when the line holds more than one. */
function lastSentenceOfLastLine(context: RuleContext<Options>, lines: readonly Line[]): Line | undefined {
  const last = lines[lines.length - 1];
  if (!last) return undefined;
  const sentences = context.note.index.sentences;
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

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export default signAmendments;
