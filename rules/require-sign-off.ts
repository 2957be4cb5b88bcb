import * as z from 'zod';
import { type Rule, STANDARD, initialsOf, readSignOff, type SignOff, type SignOffOptions, type RuleContext } from '../src/rule-api.js';
import { ADDITION_LABELS, ROLE_ACRONYMS, ROLE_HEADS, ROLES } from './data/roles.js';
import { parseNoteTime } from './timeliness.js';

const options = z
  .object({
    roles: z.array(z.string().min(2)).default([]).describe('Extra roles accepted in a sign-off, e.g. "Kinship Assessor".'),
    compareWithMetadata: z.boolean().default(true).describe("Compare the sign-off with the note's author and recordedAt when they are given."),
  })
  .strict();

type Options = z.infer<typeof options>;

const EXAMPLE = 'for example "Priya Shah, Social Worker, 10/04/2026"';

export const requireSignOff: Rule<Options> = {
  meta: {
    id: 'require-sign-off',
    name: 'Entry signed with name, role and date',
    description: "An entry that does not end with the writer's name, role and date.",
    severity: 'error',
    category: 'structure',
    schema: options,
    reference: STANDARD.signOff,
  },
  check(context) {
    const { note, options } = context;
    const author = note.meta.author;
    const last = readSignOff(note.index.lines, readingOptions(context));
    if (!last) {
      context.report({ ...context.fieldRange('author'), message: `The entry is empty: write the note and end it with your name, role and date, ${EXAMPLE}.` });
      return;
    }
    const recordedDay = note.meta.recordedAt && parseNoteTime(note.meta.recordedAt, context.settings.timeZone)?.day;
    const signOff = entrySignOff(context, last, recordedDay);
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
    if (signOff.date?.iso && recordedDay && signOff.date.iso !== recordedDay) {
      context.report({
        start: signOff.date.start,
        end: signOff.date.end,
        message: `The sign-off date is not the day the note was recorded (recordedAt ${recordedDay}): date the entry on the day you write it, and give a later addition its own date and signature.`,
      });
    }
  },
};

function readingOptions(context: RuleContext<Options>, maxLines?: number): SignOffOptions {
  return { roles: rolesFor(context.options), roleHeads: ROLE_HEADS, roleAcronyms: ROLE_ACRONYMS, author: context.note.meta.author, maxLines };
}

const isComplete = (signOff: SignOff) => !!(signOff.name && signOff.role && signOff.date);

/**
 * The author's sign-off of the entry itself. A note often goes on after it: an addition the author
 * dated when they made it, a countersignature by a practice educator, a manager's oversight. Those
 * blocks are signed by their own writers (sign-amendments reads additions); the entry's sign-off is
 * then the author's complete one just above them.
 */
function entrySignOff(context: RuleContext<Options>, last: SignOff, recordedDay: string | undefined): SignOff {
  const author = context.note.meta.author;
  const byAuthor = (signOff: SignOff) => !author?.name || (!!signOff.name && sameName(signOff.name.text, author.name));
  const onTime = (signOff: SignOff) => !recordedDay || !signOff.date?.iso || signOff.date.iso <= recordedDay;
  if (isComplete(last) && byAuthor(last) && onTime(last)) return last;
  let earlier = authorSignOffAbove(context, last, byAuthor);
  if (!earlier) return last;
  // The author's own later signature above a countersignature signs an addition; the entry's is above it.
  while (!onTime(earlier)) {
    const entry = authorSignOffAbove(context, earlier, byAuthor);
    if (!entry) break;
    earlier = entry;
  }
  // Someone else's complete signature, or the author's own on a later day: an endorsement or an addition.
  if (isComplete(last)) return earlier;
  // An unsigned or prose block after the author's signature counts only when it says what it is.
  const { text } = context.note.index;
  return ADDITION_LABEL.test(text.slice(earlier.end, last.end)) ? earlier : last;
}

/** The nearest complete sign-off by the author that ends above the line where `last` starts. */
function authorSignOffAbove(context: RuleContext<Options>, last: SignOff, byAuthor: (signOff: SignOff) => boolean): SignOff | undefined {
  const { lines } = context.note.index;
  let end = lines.findIndex((line) => line.end >= last.start);
  if (end < 0) return undefined;
  const options = readingOptions(context, SIGN_OFF_LINES);
  // A complete sign-off by the author has their surname and a digit of the date in its three lines:
  // most notes have neither above the end, and reading a line as a sign-off is not cheap.
  const surname = context.note.meta.author?.name?.trim().split(/\s+/).pop()?.toLowerCase();
  const couldSign = (k: number) => {
    const block = lines.slice(Math.max(0, k + 1 - SIGN_OFF_LINES), k + 1).map((line) => line.text).join('\n');
    return DIGIT.test(block) && (!surname || block.toLowerCase().includes(surname));
  };
  for (let k = end - 1; k >= 0 && k >= end - LINES_ABOVE; k--) {
    if (lines[k]!.text.trim() === '' || !couldSign(k)) continue;
    // The reading looks no further up than its lines: the lines above them need not be copied.
    const candidate = readSignOff(lines.slice(Math.max(0, k + 1 - SIGN_OFF_LINES), k + 1), options);
    if (candidate && isComplete(candidate) && byAuthor(candidate)) return candidate;
  }
  return undefined;
}

const DIGIT = /\d/;

/** Lines an earlier sign-off by the author may take up. */
const SIGN_OFF_LINES = 3;

/** How far above the end an author's sign-off is looked for: an addition or oversight is a short block. */
const LINES_ABOVE = 15;

/** What a block after the author's sign-off calls itself when it is an addition, countersignature or oversight. */
const ADDITION_LABEL = new RegExp(`^\\s*(?:\\[\\s*)?(?:${ADDITION_LABELS.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

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
