import { testRule } from '../helpers/rule-tester.js';
import type { CaseNote, Config } from '../../src/index.js';

const SIGN_OFF = 'Priya Shah, Social Worker, 10/04/2026';
const TEXT = `Phoned Ms Finch, DSL at Oakfield Primary, about Kian's attendance. He has been in school every day since half term.\n\n${SIGN_OFF}`;

const FULL: CaseNote = {
  type: 'phone-call',
  occurredAt: '2026-04-09T14:00:00',
  recordedAt: '2026-04-10T09:30:00',
  author: { name: 'Priya Shah', role: 'Social Worker' },
  text: TEXT,
};

/** A note object with some fields changed or left out (undefined); named after the change. */
const object = (name: string, fields: Record<string, unknown>) => ({ name, note: { ...FULL, ...fields } as CaseNote });

/** A note file whose front matter is `yaml`; named after the front matter. */
const file = (yaml: string, text = TEXT) => ({ name: JSON.stringify(yaml), note: `---\n${yaml}---\n${text}\n` });

const AUTHOR = 'author:\n  name: Priya Shah\n  role: Social Worker\n';
const DATES = 'occurredAt: 2026-04-09T14:00:00\nrecordedAt: 2026-04-10T09:30:00\n';
const fields = (list: string[]): Config => ({ rules: { 'required-fields': ['error', { fields: list }] } });

testRule('required-fields', {
  valid: [
    object('all fields', {}),
    object('no type: a case note', { type: undefined }),
    object('date-only occurredAt', { occurredAt: '2026-04-09' }),
    object('offsets and UTC', { occurredAt: '2026-04-09T14:00+01:00', recordedAt: '2026-04-10T08:30:00Z' }),
    object('fractional seconds', { recordedAt: '2026-04-10T09:30:12.345+0100' }),
    object('space between date and time', { occurredAt: '2026-04-09 14:00' }),
    object('every known type', { type: 'strategy-discussion' }),
    object('numeric id and case number', { id: 884213, subject: { name: 'Kian Walsh', caseNumber: 1047732 } }),
    file(`type: phone-call\n${DATES}${AUTHOR}`),
    file(`${DATES}author: { name: Priya Shah, role: Social Worker }\n`),
    file(`type: "home-visit"\noccurredAt: "2026-04-09T14:00:00"\nrecordedAt: '2026-04-10T09:30:00'\n${AUTHOR}team: Children in Need East\n`),
    { name: 'CRLF front matter', note: `---\r\ntype: phone-call\r\n${DATES.replace(/\n/g, '\r\n')}${AUTHOR.replace(/\n/g, '\r\n')}---\r\n${TEXT}\r\n` },
    { name: 'byte order mark', note: `\uFEFF---\n${DATES}${AUTHOR}---\n${TEXT}\n` },
    { name: '"..." closes the front matter', note: `---\n${DATES}${AUTHOR}...\n${TEXT}\n` },
    // Brackets and capitals that are not template placeholders.
    object('editorial brackets', { text: `He wrote "are [sic] dog". She named [Child A] and [name withheld]. Come in the back (enter by the side door). See the [guide](https://example.org/a).\n\n${SIGN_OFF}` }),
    object('answers and acronyms', { text: `Next review: TBC. Allergies: N/A. The CP plan, the ICPC and Part XX of the order.\n\n${SIGN_OFF}` }),
    object('kisses and anonymised names', { text: `Her message ended "see you soon xxx". Child X's mother agreed. Email <sam@example.org>.\n\n${SIGN_OFF}` }),
    object('clarifications in a quotation', { text: `Kian said, "I hate it [school] and he [Dad] knows", and "I told [name] everything".\n\n${SIGN_OFF}` }),
    object('acronyms and topics in brackets', { text: `Dr Shah [GP] rang. Ms Finch [DSL] agreed. The [school] gate was locked.\n\n${SIGN_OFF}` }),
    object('a line of underscores', { text: `Visit notes\n___\nSaw Kian at home.\n\n${SIGN_OFF}` }),
    { name: 'placeholders: false', note: { ...FULL, text: `Visited [CHILD NAME].\n\n${SIGN_OFF}` }, config: { rules: { 'required-fields': ['error', { placeholders: false }] } } },
    // Config: fewer fields.
    { name: 'fields: only occurredAt', note: { text: TEXT, occurredAt: '2026-04-09' }, config: fields(['occurredAt']) },
    { name: 'fields: none', note: TEXT, config: fields([]) },
    // Config: more fields, all present.
    {
      name: 'fields: subject and id present',
      note: { ...FULL, id: 'N-1', subject: { name: 'Kian Walsh', caseNumber: 'C-1047732' } },
      config: fields(['occurredAt', 'recordedAt', 'author.name', 'author.role', 'id', 'subject.name', 'subject.caseNumber']),
    },
  ],
  invalid: [
    // Missing fields: one finding listing them all, at the last line of an object's text.
    { ...object('no occurredAt', { occurredAt: undefined }), excerpts: [SIGN_OFF], message: /missing a field: occurredAt \(when/ },
    { ...object('no recordedAt', { recordedAt: undefined }), excerpts: [SIGN_OFF], message: /missing a field: recordedAt \(when the entry was written/ },
    { ...object('no author', { author: undefined }), excerpts: [SIGN_OFF], message: /missing 2 fields: author\.name .*; author\.role / },
    { ...object('no role', { author: { name: 'Priya Shah' } }), excerpts: [SIGN_OFF], message: /missing a field: author\.role/ },
    { ...object('blank name', { author: { name: '  ', role: 'Social Worker' } }), excerpts: [SIGN_OFF], message: /author\.name: expected text, got an empty value/ },
    { name: 'text only', note: { text: TEXT }, excerpts: [SIGN_OFF], message: /missing 4 fields: occurredAt .*; recordedAt .*; author\.name .*; author\.role / },
    { name: 'no front matter: the last line', note: `${TEXT}\n`, excerpts: [SIGN_OFF], message: /missing 4 fields/ },
    // Wrong form: one finding per field, at the field in a file.
    { ...object('author is a string', { author: 'Priya' }), excerpts: [SIGN_OFF], message: /author: expected an object with name and role, got a string/ },
    { ...file(`type: phone-call\n${DATES}author: Priya\n`), excerpts: ['Priya'], message: /author: expected an object/ },
    { ...file(`type: phone-call\noccurredAt: 09/04/2026 14:00\nrecordedAt: 2026-04-10T09:30:00\n${AUTHOR}`), excerpts: ['09/04/2026 14:00'], message: /occurredAt: expected an ISO 8601 date/ },
    { ...file(`type: phone-call\noccurredAt: 2026-04-09T14:00:00\nrecordedAt: 10 April 2026\n${AUTHOR}`), excerpts: ['10 April 2026'], message: /recordedAt: expected an ISO 8601 date/ },
    { ...file(`type: phone call\n${DATES}${AUTHOR}`), excerpts: ['phone call'], message: /unknown note type; expected one of case-note, home-visit/ },
    { ...file(`type: 3\n${DATES}${AUTHOR}`), excerpts: ['3'], message: /type: expected a note type, got a number/ },
    { ...file(`type: phone-call\n${DATES}author:\n  name: Priya Shah\n  role: 7\n`), excerpts: ['7'], message: /author\.role: expected text/ },
    { ...object('unknown type in an object', { type: 'visit' }), excerpts: [SIGN_OFF], message: /unknown note type/ },
    // A wrong field and a missing one: both.
    { ...file(`type: visit\noccurredAt: 2026-04-09T14:00:00\n${AUTHOR}`), excerpts: ['visit', '---'] },
    // Front matter without any note field.
    { ...file('team: Children in Need East\n'), excerpts: ['---'], message: /missing 4 fields/ },
    // Malformed YAML: the line where the parser reports the error, and nothing else.
    { ...file(`type: phone-call\n${DATES}author:\n  name: Priya Shah\n role: Social Worker\n`), excerpts: [' role: Social Worker'], message: /not valid YAML/ },
    { ...file(`type: phone-call\n${DATES}author:\n\tname: Priya Shah\n\trole: Social Worker\n`), excerpts: ['\tname: Priya Shah'], message: /not valid YAML at line 6, column 1: a line is indented with a tab/ },
    { ...file(`type: phone-call\n${DATES}recordedAt: 2026-04-10T10:30:00\n${AUTHOR}`), excerpts: ['recordedAt: 2026-04-10T10:30:00'], message: /not valid YAML at line 5, column 1: a field given twice/ },
    { ...file(`type: phone-call\n${DATES}author:\n  name: Priya Shah\n  role: Social Worker: Assessment Team\n`), excerpts: ['  role: Social Worker: Assessment Team'], message: /not valid YAML/ },
    { ...file(`- type: phone-call\n- occurredAt: 2026-04-09\n`), excerpts: ['---'], message: /must be a YAML mapping/ },
    { name: 'front matter never closed', note: `---\ntype: phone-call\n${DATES}${AUTHOR}-----\n${TEXT}\n`, excerpts: ['---'], message: /never closed/ },
    // Unfilled template placeholders: one finding each.
    {
      ...object('placeholders in the text', { text: `Visited [CHILD NAME] on <insert date> with {{worker_name}}.\n\n${SIGN_OFF}` }),
      excerpts: ['[CHILD NAME]', '<insert date>', '{{worker_name}}'],
      message: /template placeholder that was never filled in/,
    },
    { ...object('crosses, NULL and blanks', { text: `Review on XX/XX/XXXX at xx:xx. Health visitor: NULL. Date of birth: ______.\n\n${SIGN_OFF}` }), excerpts: ['XX/XX/XXXX', 'xx:xx', 'NULL', '______'] },
    { ...object('topics in capitals or with a form word', { text: `School: [SCHOOL]. Ethnicity: [child's ethnicity].\n\n${SIGN_OFF}` }), excerpts: ['[SCHOOL]', "[child's ethnicity]"] },
    { ...object('template syntax in a quotation', { text: `The letter said "Dear {{parent_name}}, your child ...".\n\n${SIGN_OFF}` }), excerpts: ['{{parent_name}}'] },
    { ...object('instructions in brackets', { text: `Summary: [Insert summary of the visit]. Next steps (insert date of next visit).\n\n${SIGN_OFF}` }), excerpts: ['[Insert summary of the visit]', '(insert date of next visit)'] },
    { ...object('a placeholder for the author', { author: { name: '[Worker name]', role: 'Social Worker' } }), excerpts: [SIGN_OFF], message: /^author\.name: This is a template placeholder/ },
    { ...file(`type: phone-call\n${DATES}author:\n  name: "{{author}}"\n  role: Social Worker\n`), excerpts: ['"{{author}}"'], message: /author\.name: This is a template placeholder/ },
    // Config: more fields.
    {
      name: 'fields: id and subject',
      note: FULL,
      excerpts: [SIGN_OFF],
      message: /missing 3 fields: id .*; subject\.name .*; subject\.caseNumber /,
      config: fields(['occurredAt', 'recordedAt', 'author.name', 'author.role', 'id', 'subject.name', 'subject.caseNumber']),
    },
    {
      name: 'fields: a wrong field is not also reported missing',
      note: `---\ntype: phone-call\noccurredAt: yesterday\n${AUTHOR}---\n${TEXT}\n`,
      excerpts: ['yesterday'],
      config: fields(['occurredAt']),
    },
  ],
});
