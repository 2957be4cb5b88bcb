/**
 * summarise-emails: an email pasted into a case note.
 *
 * The standard ("What a record contains"): emails are summarised in the case notes, not attached to
 * the child's record. A pasted email brings the sender's wording, addresses, other people's details
 * and confidentiality notices into the record, and hides what matters: who wrote, when, what it said
 * and what follows.
 *
 * What counts as a pasted email (a note that only mentions an email is never flagged):
 *   - a header block: consecutive lines "From:", "Sent:", "To:", "Cc:", "Subject:", "Date:"... with at
 *     least two different fields, one of them naming a sender or recipient, and something only an
 *     email has (a "Sent:", "Cc:" or "Subject:" line, a third field, or an email address) — so that
 *     "From: Ms Khan / To: duty team" on a phone message slip is not an email;
 *   - a thread marker, "-----Original Message-----" or "---------- Forwarded message ---------";
 *   - a reply attribution, "On Mon, 6 Apr 2026 at 09:14, Jo Bloggs <jo@...> wrote:" (it must carry
 *     a time or an address, so "On Monday Mum wrote:" is prose);
 *   - a run of at least two quoted "> " lines;
 *   - a confidentiality notice or a mail program's signature ("Sent from my iPhone") when no email
 *     was found before it.
 * One finding per pasted email: a header block (with the marker above it) is one email; the quoted
 * lines after an attribution belong to it; a quoted run holding a header block is reported through
 * that block.
 */
import { spanAt, type Line, type Rule, type RuleContext, STANDARD } from '../src/rule-api.js';
import * as z from 'zod';
import { EMAIL_ADDRESS_FIELDS, EMAIL_FOOTERS, EMAIL_HEADER_FIELDS, EMAIL_ONLY_FIELDS, THREAD_MARKERS } from './data/summarise-emails.js';

const options = z
  .object({
    headerFields: z.array(z.string().min(1).max(30)).default([]).describe('More header names (lower or any case), e.g. a system\'s "Received:" field.'),
    footers: z.array(z.string().min(4)).default([]).describe("More phrases of your council's email footer, matched anywhere in a line, any case."),
    minQuotedLines: z.number().int().min(2).default(2).describe('Fewest consecutive "> " lines read as a quoted email.'),
  })
  .strict();

type Options = z.infer<typeof options>;

const MESSAGE =
  'This is a pasted email: summarise it in the note instead — who wrote it and when, what it said, and what follows from it (the decision or the action) — and keep the email itself out of the child\'s record.';
const FOOTER_MESSAGE =
  'This is the signature or confidentiality notice of an email, so an email has been pasted here: summarise it in the note instead — who wrote it and when, what it said, and what follows from it.';
const SUGGESTION = { message: 'Replace the email with a summary: who wrote, when, what it said and what follows' };

const QUOTED = /^[ \t]*>/;
const TIME = /\d{1,2}[:.]\d{2}/;
const ON_START = /^on /i;
const WROTE_END = /wrote:$/i;

type Kind = 'header' | 'marker' | 'attribution' | 'attribution-start' | 'other';

/** What the options add to the built-in lists, made once per options object (once per linter), not per note. */
interface Lists {
  fields: ReadonlySet<string>;
  emailOnly: ReadonlySet<string>;
  /** Every footer phrase (lower case) as one alternation: one scan of a line instead of one per phrase. */
  footer: RegExp;
}

const listsByOptions = new WeakMap<Options, Lists>();

function listsFor(options: Options): Lists {
  let lists = listsByOptions.get(options);
  if (!lists) {
    const added = options.headerFields.map(normaliseField);
    const footers = [...EMAIL_FOOTERS, ...options.footers.map((phrase) => phrase.toLowerCase())];
    lists = {
      fields: new Set([...EMAIL_HEADER_FIELDS, ...added]),
      // A field a team adds is one its mail system writes: as telling as "Subject:".
      emailOnly: new Set([...EMAIL_ONLY_FIELDS, ...added]),
      footer: new RegExp(footers.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
    };
    listsByOptions.set(options, lists);
  }
  return lists;
}

interface LineInfo {
  kind: Kind;
  field?: string;
  quoted: boolean;
  blank: boolean;
}

export const summariseEmails: Rule<Options> = {
  meta: {
    id: 'summarise-emails',
    name: 'Emails summarised, not pasted',
    description: 'An email pasted into the note (header lines, a quoted thread, a confidentiality notice) instead of a summary of it.',
    severity: 'warning',
    category: 'structure',
    schema: options,
    reference: STANDARD.emails,
  },
  check(context) {
    const lines = context.note.index.lines;
    const { fields, emailOnly, footer } = listsFor(context.options);
    const infos = lines.map((line) => classify(line.text, fields));
    /** Lines that belong to an email already reported. */
    const covered = new Uint8Array(lines.length);
    const reported: number[] = [];
    const report = (from: number, to: number, message = MESSAGE) => {
      const span = trimmedSpan(lines, from, to);
      reported.push(span.start);
      context.report({ ...span, message, suggestions: [SUGGESTION] });
    };

    for (let i = 0; i < lines.length; i++) {
      const info = infos[i]!;
      if (info.kind === 'marker') {
        // The marker and the header block under it (a blank line between them is allowed) are one email.
        let next = i + 1;
        if (next < lines.length && infos[next]!.blank) next++;
        const end = headerBlockEnd(infos, lines, next);
        const last = end > next && isEmailHeaderBlock(infos, lines, next, end, emailOnly) ? end - 1 : i;
        report(i, last);
        for (let k = i; k <= last; k++) covered[k] = 1;
        i = last;
      } else if (info.kind === 'header') {
        const end = headerBlockEnd(infos, lines, i);
        if (isEmailHeaderBlock(infos, lines, i, end, emailOnly)) {
          report(i, end - 1);
          for (let k = i; k < end; k++) covered[k] = 1;
        }
        i = end - 1;
      } else if (info.kind === 'attribution' || (info.kind === 'attribution-start' && infos[i + 1]?.kind === 'attribution')) {
        const last = info.kind === 'attribution' ? i : i + 1;
        report(i, last);
        for (let k = i; k <= last; k++) covered[k] = 1;
        // The quoted lines under the attribution are that email's text.
        let k = last + 1;
        while (k < lines.length && infos[k]!.blank) k++;
        while (k < lines.length && infos[k]!.quoted && infos[k]!.kind !== 'header' && infos[k]!.kind !== 'marker') covered[k++] = 1;
        i = last;
      }
    }

    // Quoted runs that no header block, marker or attribution has accounted for.
    for (let i = 0; i < lines.length; i++) {
      if (!infos[i]!.quoted) continue;
      let end = i;
      let accounted = false;
      while (end < lines.length && infos[end]!.quoted) {
        if (covered[end]) accounted = true;
        end++;
      }
      if (!accounted && end - i >= context.options.minQuotedLines) {
        report(i, end - 1);
        for (let k = i; k < end; k++) covered[k] = 1;
      }
      i = end - 1;
    }

    reportFooter(context, lines, covered, reported, footer);
  },
};

/** A footer or mail-program signature when no email was reported before it: the first one only. */
function reportFooter(context: RuleContext<Options>, lines: readonly Line[], covered: Uint8Array, reported: number[], footer: RegExp): void {
  // Most notes have no footer: one scan of the whole note rules them out (a footer phrase in a line is in the note).
  if (!footer.test(context.note.index.text.toLowerCase())) return;
  let firstEmail = Infinity;
  for (const start of reported) if (start < firstEmail) firstEmail = start;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (covered[i] || line.start >= firstEmail) return;
    // The leftmost match of the alternation is where the first footer phrase starts.
    const at = footer.exec(line.text.toLowerCase())?.index;
    if (at === undefined) continue;
    const sentence = sentenceAt(context, line.start + at);
    const start = Math.max(line.start, sentence?.start ?? line.start);
    const end = Math.min(line.end, sentence?.end ?? line.end);
    const span = trimmedRange(context.note.index.text, start, end);
    context.report({ ...span, message: FOOTER_MESSAGE, suggestions: [SUGGESTION] });
    return;
  }
}

/** Shared readings of lines with nothing after the quote marks: many empty lines cost no object each. */
const BLANK_LINE: LineInfo = Object.freeze({ kind: 'other', quoted: false, blank: true });
const QUOTED_EMPTY: LineInfo = Object.freeze({ kind: 'other', quoted: true, blank: false });
const OTHER_EMPTY: LineInfo = Object.freeze({ kind: 'other', quoted: false, blank: false });

function classify(text: string, fields: ReadonlySet<string>): LineInfo {
  const quoted = QUOTED.test(text);
  const body = stripLeading(text, ' \t>');
  if (body.length === 0) return quoted ? QUOTED_EMPTY : text.trim().length === 0 ? BLANK_LINE : OTHER_EMPTY;
  const field = headerField(body, fields);
  if (field) return { kind: 'header', field, quoted, blank: false };
  if (isMarker(body)) return { kind: 'marker', quoted, blank: false };
  const attribution = attributionKind(body);
  if (attribution) return { kind: attribution, quoted, blank: false };
  return { kind: 'other', quoted, blank: false };
}

/** "From: ...", "**Subject:** ...": the field name before a colon near the start of the line. */
function headerField(body: string, fields: ReadonlySet<string>): string | undefined {
  const colon = body.indexOf(':');
  if (colon < 1 || colon > 32) return undefined;
  const name = normaliseField(stripLeading(body.slice(0, colon), '*_'));
  return fields.has(name) ? name : undefined;
}

function normaliseField(name: string): string {
  return trimChars(name, ' \t*_').toLowerCase().split(/[ \t]+/).join(' ');
}

function isMarker(body: string): boolean {
  const dashed = body.startsWith('--') || body.startsWith('__');
  const trimmed = trimChars(body, '-_ \t:*');
  // Lower-casing never shortens a string, so a line of prose is ruled out before it is copied.
  if (trimmed.length > 80) return false;
  const core = trimmed.toLowerCase();
  if (core.length > 80) return false;
  return THREAD_MARKERS.some((marker) => core === marker || (core.startsWith(marker) && (dashed || marker === 'begin forwarded message')));
}

/** "On Mon, 6 Apr 2026 at 09:14, Jo Bloggs <jo@school.example> wrote:", whole or wrapped over two lines. */
function attributionKind(body: string): 'attribution' | 'attribution-start' | undefined {
  if (body.length > 300) return undefined;
  const trimmed = trimChars(body, ' \t');
  // Every attribution starts "on " or ends "wrote:". Only ASCII letters lower-case to these, so an
  // ASCII test (/i without /u) rules a line out before it is copied in lower case.
  if (!ON_START.test(trimmed) && !WROTE_END.test(trimmed)) return undefined;
  const lower = trimmed.toLowerCase();
  const hasStamp = TIME.test(trimmed) || trimmed.includes('@');
  if (lower.startsWith('on ') && lower.endsWith('wrote:') && hasStamp) return 'attribution';
  if (lower.startsWith('on ') && /\d/.test(trimmed) && !lower.endsWith('wrote:')) return 'attribution-start';
  // The second half of a wrapped attribution: "<jo@school.example> wrote:".
  if (lower.endsWith('wrote:') && trimmed.includes('@') && trimmed.length <= 120) return 'attribution';
  return undefined;
}

function headerBlockEnd(infos: readonly LineInfo[], lines: readonly Line[], from: number): number {
  let end = from;
  while (end < lines.length && infos[end]!.kind === 'header') end++;
  return end;
}

function isEmailHeaderBlock(infos: readonly LineInfo[], lines: readonly Line[], from: number, end: number, emailOnly: ReadonlySet<string>): boolean {
  const distinct = new Set<string>();
  let address = false;
  for (let k = from; k < end; k++) {
    distinct.add(infos[k]!.field!);
    if (lines[k]!.text.includes('@')) address = true;
  }
  if (distinct.size < 2) return false;
  if (!EMAIL_ADDRESS_FIELDS.some((field) => distinct.has(field))) return false;
  return distinct.size >= 3 || address || [...distinct].some((field) => emailOnly.has(field));
}

function sentenceAt(context: RuleContext<Options>, offset: number): { start: number; end: number } | undefined {
  return spanAt(context.note.index.sentences, offset);
}

function trimmedSpan(lines: readonly Line[], from: number, to: number): { start: number; end: number } {
  const first = lines[from]!;
  const last = lines[to]!;
  const start = first.start + (first.text.length - stripLeading(first.text, ' \t').length);
  const end = last.start + trimTrailing(last.text, ' \t').length;
  return { start, end: Math.max(start, end) };
}

function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Loops rather than regular expressions: a trailing `[ \t]+$` is quadratic on long runs of spaces. */
function stripLeading(text: string, chars: string): string {
  let i = 0;
  while (i < text.length && chars.includes(text[i]!)) i++;
  return text.slice(i);
}

function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function trimChars(text: string, chars: string): string {
  return trimTrailing(stripLeading(text, chars), chars);
}

export default summariseEmails;
