import * as z from 'zod';
import type { Rule } from '../src/types.js';
import { STANDARD } from '../src/standard.js';
import { initialsOf, readSignOff, type SignOff } from '../src/sign-off.js';
import type { Line, RuleContext } from '../src/types.js';
import { ROLE_ACRONYMS, ROLE_HEADS, ROLES } from './data/roles.js';
import { parseNoteTime } from './timeliness.js';

const options = z
  .object({
    /** Extra roles accepted in a sign-off, e.g. "Kinship Assessor". */
    roles: z.array(z.string().min(2)).default([]),
    /** Compare the sign-off with the note's author and recordedAt when they are given. */
    compareWithMetadata: z.boolean().default(true),
  })
  .strict();

type Options = z.infer<typeof options>;

const EXAMPLE = 'for example "Priya Shah, Social Worker, 10/04/2026"';

export const requireSignOff: Rule<Options> = {
  meta: {
    id: 'require-sign-off',
    description: "An entry that does not end with the writer's name, role and date.",
    severity: 'error',
    category: 'structure',
    schema: options,
    reference: STANDARD.signOff,
  },
  check(context) {
    const { note, options } = context;
    const roles = rolesFor(options);
    const author = note.meta.author;
    const signOff = readSignOff(note.index.lines, { roles, roleHeads: ROLE_HEADS, roleAcronyms: ROLE_ACRONYMS, author });
    if (!signOff) {
      context.report({ ...context.fieldRange('author'), message: `The entry is empty: write the note and end it with your name, role and date, ${EXAMPLE}.` });
      return;
    }
    const missing = [signOff.name ? '' : 'name', signOff.role ? '' : 'role', signOff.date ? '' : 'date'].filter(Boolean);
    if (missing.length > 0) {
      context.report({
        start: signOff.start,
        end: signOff.end,
        message: `The entry must end with your name, role and date; the ${listWords(missing)} ${missing.length === 1 ? 'is' : 'are'} missing. End the note with a line ${EXAMPLE}.`,
      });
    }
    if (signOff.date && !signOff.date.iso) {
      context.report({
        start: signOff.date.start,
        end: signOff.date.end,
        message: 'The sign-off date is not a real calendar date: check the day and month (dates are read day first, as in 10/04/2026).',
      });
    }
    if (!options.compareWithMetadata) return;

    if (signOff.name && author?.name && !sameName(signOff.name.text, author.name)) {
      context.report({
        start: signOff.name.start,
        end: signOff.name.end,
        message: 'The name in the sign-off is not the name of the note\'s author: the entry must be signed by the person who wrote it.',
        suggestions: [{ message: `Sign with the author's name`, replacement: author.name }],
      });
    }
    if (signOff.role && author?.role && !sameRole(signOff.role.text, author.role)) {
      context.report({
        start: signOff.role.start,
        end: signOff.role.end,
        message: "The role in the sign-off is not the author's role in the note's details; sign with the role you held when you wrote it.",
        suggestions: [{ message: "Use the author's role", replacement: author.role }],
      });
    }
    const recordedDay = note.meta.recordedAt && parseNoteTime(note.meta.recordedAt, context.settings.timeZone)?.day;
    if (!signOff.date?.iso || !recordedDay) return;
    // An addition at the end carries the date it was made; the entry's own sign-off is the one before it.
    const entrySignOff = signOffBeforeAddition(context, signOff) ?? signOff;
    if (entrySignOff !== signOff && signOff.date.iso >= recordedDay) {
      if (!entrySignOff.date?.iso || entrySignOff.date.iso === recordedDay) return;
    }
    const dated = entrySignOff.date!;
    if (dated.iso !== recordedDay) {
      context.report({
        start: dated.start,
        end: dated.end,
        message: `The sign-off date is not the day the note was recorded (recordedAt ${recordedDay}): date the entry on the day you write it, and give a later addition its own date and signature.`,
      });
    }
  },
};

const rolesByOptions = new WeakMap<Options, readonly string[]>();

/** The built-in roles and the options' own, lower case: made once per options object, not per note. */
function rolesFor(options: Options): readonly string[] {
  let roles = rolesByOptions.get(options);
  if (!roles) {
    // The built-in list itself when there are no others, so that the sign-off read for other rules is shared.
    roles = options.roles.length === 0 ? ROLES : [...ROLES, ...options.roles.map((role) => role.toLowerCase())];
    rolesByOptions.set(options, roles);
  }
  return roles;
}

/**
 * The sign-off of the entry when the signed block at the end is an addition to it: the lines above
 * the last paragraph end with a complete sign-off (name, role and date) of their own.
 */
function signOffBeforeAddition(context: RuleContext<Options>, last: SignOff): SignOff | undefined {
  const { lines, paragraphs } = context.note.index;
  const paragraph = paragraphs.findLast((candidate) => candidate.start <= last.start);
  if (!paragraph) return undefined;
  const before: Line[] = lines.filter((line) => line.end <= paragraph.start);
  if (before.length === 0) return undefined;
  const earlier = readSignOff(before, { roles: rolesFor(context.options), roleHeads: ROLE_HEADS, roleAcronyms: ROLE_ACRONYMS, author: context.note.meta.author, maxLines: 4 });
  return earlier?.name && earlier.role && earlier.date ? earlier : undefined;
}

/**
 * The signed role is the author's when it is the same words, a shorter or longer form of them
 * ("Social Worker" for "Locum Social Worker"), or their initials ("PA" for "Personal Adviser").
 */
function sameRole(signed: string, expected: string): boolean {
  const words = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const a = words(signed);
  const b = words(expected);
  if (a === b || ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `)) return true;
  return signed.trim() === initialsOf(expected);
}

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Names match when the signed one is the author's name, give or take titles, initials and middle
 * names: "Ms Priya K. Shah" signs for "Priya Shah". The surname must be there.
 */
function sameName(signed: string, expected: string): boolean {
  const words = (value: string) =>
    value
      .toLowerCase()
      .replace(/\b(mr|mrs|ms|miss|mx|dr)\b\.?/g, ' ')
      .split(/[^\p{L}'’-]+/u)
      .filter((word) => word.length > 1);
  const signedWords = words(signed);
  const expectedWords = words(expected);
  if (signedWords.length === 0 || expectedWords.length === 0) return false;
  if (signedWords[signedWords.length - 1] !== expectedWords[expectedWords.length - 1]) return false;
  const [shorter, longer] = signedWords.length <= expectedWords.length ? [signedWords, expectedWords] : [expectedWords, signedWords];
  return shorter.every((word) => longer.includes(word));
}

export default requireSignOff;
