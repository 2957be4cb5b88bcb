/**
 * sign-amendments: an amendment or addition that does not end with the name and role of the person
 * who made it and the date.
 *
 * The standard ("Principles of recording"): "Amendments or additions should end with the name and
 * role of the person who has made them and the date the amendment or addition was made".
 *
 * The amendments of a note (a labelled paragraph or line, an inline "[Addition ...]", or the whole of
 * an `amendment` note) and their sign-offs are read by rules/lib/amendments.ts, with the roles, role
 * heads and author require-sign-off reads the note's sign-off with, so that the two rules agree on what
 * a sign-off is. The date alone is not a signature.
 *
 * One report: this rule reports an unsigned amendment wherever it is, the one that ends the note
 * included (an addition after the entry's sign-off, an `amendment` note without a sign-off);
 * require-sign-off stands back when the note ends with an amendment this rule reports
 * (amendmentEndingNote in rules/lib/amendments.ts). `checkNoteEnd: false` leaves the amendment that
 * ends the note to require-sign-off, for teams that prefer one finding about the note's last lines.
 */
import * as z from 'zod';
import { type Line, type Rule, spanAtOrEndingAt, STANDARD } from '../src/rule-api.js';
import { findAmendments, type Amendment } from './lib/amendments.js';
import { ROLE_ACRONYMS, ROLE_HEADS, ROLES } from './data/roles.js';

const options = z
  .object({
    roles: z.array(z.string().min(2)).default([]).describe('Extra roles accepted in a sign-off, e.g. "Kinship Assessor".'),
    headings: z.array(z.string().min(2)).default([]).describe('Extra heading words that start an amendment, e.g. "Late addition".'),
    checkNoteEnd: z.boolean().default(true).describe('Also check the amendment that ends the note (an `amendment` note, an addition after the sign-off).'),
  })
  .strict();

type Options = z.infer<typeof options>;

const EXAMPLE = 'for example "Priya Shah, Social Worker, 12/04/2026"';

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
    const { note, options } = context;
    const amendments = findAmendments(note.index, note.meta, {
      roles: rolesFor(options),
      roleHeads: ROLE_HEADS,
      roleAcronyms: ROLE_ACRONYMS,
      author: note.meta.author,
      headings: options.headings,
    });
    for (const amendment of amendments) {
      if (amendment.missing.length === 0 || (amendment.endsNote && !options.checkNoteEnd)) continue;
      context.report({ ...spanOf(amendment, note.index.lines), message: messageFor(amendment) });
    }
  },
};

/**
 * With part of a sign-off, point at it; with none, at the amendment's last line, or at the heading word
 * when the amendment is the heading's line alone (an inline addition, a one-line correction).
 */
function spanOf(amendment: Amendment, lines: readonly Line[]): { start: number; end: number } {
  const { signOff, label } = amendment;
  const found = signOff && (signOff.name || signOff.role || (signOff.date && !isHeadingDate(amendment)));
  if (found && signOff.end > signOff.start) return { start: signOff.start, end: signOff.end };
  if (!signOff || signOff.end <= signOff.start) return label.end > label.start ? label : { start: amendment.start, end: amendment.end };
  const headingLine = spanAtOrEndingAt(lines, label.start);
  const onHeadingLine = amendment.kind === 'inline' || (label.end > label.start && headingLine !== undefined && signOff.start < headingLine.end);
  return onHeadingLine ? label : { start: signOff.start, end: signOff.end };
}

function isHeadingDate(amendment: Amendment): boolean {
  return amendment.signOff?.date !== undefined && amendment.headingDate !== undefined && amendment.signOff.date.start === amendment.headingDate.start;
}

function messageFor(amendment: Amendment): string {
  const missing = amendment.missing;
  const what = amendment.kind === 'note' ? 'An amendment note' : 'An amendment or addition';
  return `${what} must end with the name and role of the person who made it and the date it was made; the ${listWords(missing)} ${missing.length === 1 ? 'is' : 'are'} missing. End it with a line ${EXAMPLE}.`;
}

const rolesByOptions = new WeakMap<Options, readonly string[]>();

/** The built-in roles and the options' own, lower case: the built-in list itself when there are none, so the sign-off reading is shared. */
function rolesFor(options: Options): readonly string[] {
  let roles = rolesByOptions.get(options);
  if (!roles) {
    roles = options.roles.length === 0 ? ROLES : [...ROLES, ...options.roles.map((role) => role.toLowerCase())];
    rolesByOptions.set(options, roles);
  }
  return roles;
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export default signAmendments;
