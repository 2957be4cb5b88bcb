import * as z from 'zod';
import type { Rule } from '../src/types.js';
import { STANDARD } from '../src/standard.js';
import { readSignOff } from '../src/sign-off.js';
import { ROLES } from './data/roles.js';

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
    const signOff = readSignOff(note.index.lines, { roles });
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

    const author = note.meta.author;
    if (signOff.name && author?.name && !sameName(signOff.name.text, author.name)) {
      context.report({
        start: signOff.name.start,
        end: signOff.name.end,
        message: 'The name in the sign-off is not the name of the note\'s author: the entry must be signed by the person who wrote it.',
        suggestions: [{ message: `Sign with the author's name`, replacement: author.name }],
      });
    }
    if (signOff.role && author?.role && signOff.role.text.toLowerCase().trim() !== author.role.toLowerCase().trim()) {
      context.report({
        start: signOff.role.start,
        end: signOff.role.end,
        message: "The role in the sign-off is not the author's role in the note's details; sign with the role you held when you wrote it.",
        suggestions: [{ message: "Use the author's role", replacement: author.role }],
      });
    }
    const recordedDay = note.meta.recordedAt?.slice(0, 10);
    if (signOff.date?.iso && recordedDay && signOff.date.iso !== recordedDay) {
      context.report({
        start: signOff.date.start,
        end: signOff.date.end,
        message: `The sign-off date is not the day the note was recorded (recordedAt ${recordedDay}): date the entry when you write it.`,
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
