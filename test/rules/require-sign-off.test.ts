import { testRule } from '../helpers/rule-tester.js';
import type { CaseNote } from '../../src/index.js';

const BODY = "Phoned Ms Finch, DSL at Oakfield Primary, about Kian's attendance. He has been in school every day since half term.";

/** A note by Priya Shah, Social Worker, recorded on 10 April 2026, ending with `signOff`. */
const note = (signOff: string, author: CaseNote['author'] = { name: 'Priya Shah', role: 'Social Worker' }): CaseNote => ({
  type: 'phone-call',
  occurredAt: '2026-04-09T14:00:00',
  recordedAt: '2026-04-10T09:30:00',
  author,
  text: `${BODY}\n\n${signOff}`,
});

/** A case named after its sign-off (the notes share their first words). */
const signed = (signOff: string, author?: CaseNote['author']) => ({ name: JSON.stringify(signOff), note: note(signOff, author) });

const MISSING = (parts: string) => new RegExp(`the ${parts} (?:is|are) missing`);
const withRoles = (roles: string[]) => ({ rules: { 'require-sign-off': ['error', { roles }] as ['error', unknown] } });

testRule('require-sign-off', {
  valid: [
    // British date forms.
    signed('Priya Shah, Social Worker, 10/04/2026'),
    signed('Priya Shah, Social Worker, 10/4/2026'),
    signed('Priya Shah, Social Worker, 10.04.26'),
    signed('Priya Shah, Social Worker, 10-04-2026'),
    signed('Priya Shah, Social Worker, 10 April 2026'),
    signed('Priya Shah, Social Worker, 10th Apr 2026'),
    signed('Priya Shah, Social Worker, 10th of April 2026'),
    signed('Priya Shah, Social Worker, Friday 10 April 2026'),
    signed('Priya Shah, Social Worker, Fri 10th April, 2026'),
    signed('Priya Shah, Social Worker, 2026-04-10'),
    signed('Priya Shah, Social Worker, 10/04/2026 at 16:05'),
    // Layouts.
    signed('Priya Shah\nSocial Worker\n10/04/2026'),
    signed('Priya Shah, Social Worker\n10/04/2026'),
    signed('Priya Shah (Social Worker) 10 April 2026'),
    signed('Priya Shah \u2013 Social Worker \u2013 10/04/2026'),
    signed('Priya Shah | social worker | 10/04/2026'),
    signed('Signed: Priya Shah, Social Worker, 10/04/2026'),
    signed('Ms Priya Shah, Social Worker, 10/04/2026'),
    signed('Priya Shah, Social Worker, 10/04/2026\n\n\n  \n'),
    { name: 'CRLF line ends', note: { ...note(''), text: `${BODY}\r\n\r\nPriya Shah\r\nSocial Worker\r\n10/04/2026\r\n` } },
    signed("Siobhan O'Neill, Duty Social Worker, 10/04/2026", { name: "Siobhan O'Neill", role: 'Duty Social Worker' }),
    signed('Hannah Okafor-Reid, Student Social Worker, 10/04/2026', { name: 'Hannah Okafor-Reid', role: 'Student Social Worker' }),
    signed('Tom Reid, Senior Social Worker, 10/04/2026', { name: 'Tom Reid', role: 'Senior Social Worker' }),
    // An aside in brackets, even one naming someone else, is part of the sign-off line, not prose.
    signed('Tom Reid, Student Social Worker (supervised by Priya Shah, Practice Educator), 10/04/2026', { name: 'Tom Reid', role: 'Student Social Worker' }),
    signed('Priya Shah, Social Worker (Team 2), 10/04/2026'),
    // The author's role from the note's details is read whole, whatever the built-in list holds.
    signed('Margaret Obi, Senior Practitioner, 10/04/2026', { name: 'Margaret Obi', role: 'Senior Practitioner' }),
    signed('Sam Ode, Emergency Duty Team Social Worker, 10/04/2026', { name: 'Sam Ode', role: 'Emergency Duty Team Social Worker' }),
    signed('Lena Fox, MASH Health Practitioner, 10/04/2026', { name: 'Lena Fox', role: 'MASH Health Practitioner' }),
    signed('Jo Marsh, Police Liaison Officer, 10/04/2026', { name: 'Jo Marsh', role: 'Police Liaison Officer' }),
    signed('Priya Shah, Kinship Assessor, 10/04/2026', { name: 'Priya Shah', role: 'Kinship Assessor' }),
    signed('Beth Cole, Return Home Interview Worker, Missing Children Service, 10/04/2026', { name: 'Beth Cole', role: 'Return Home Interview Worker' }),
    signed('Dean Hale, Locum Social Worker (Emergency Duty Team), 10/04/2026', { name: 'Dean Hale', role: 'Locum Social Worker' }),
    // A shorter or longer form of the author's role, or its initials, is the author's role.
    signed('Tom Reid, Social Worker, 10/04/2026', { name: 'Tom Reid', role: 'Senior Social Worker' }),
    signed('Priya Shah, SW, 10/04/2026'),
    signed('Dev Rao, PA, 10/04/2026', { name: 'Dev Rao', role: 'Personal Adviser' }),
    // A role not in the list, read from its last word when there are no details.
    { name: 'no metadata, a role read from its last word', note: `${BODY}\n\nJo Marsh, Police Liaison Officer, 02/03/2026` },
    { name: 'no metadata, a role written as initials', note: `${BODY}\n\nJo Marsh, FSW, 02/03/2026` },
    // An addition at the end carries the date it was made; the entry's own sign-off has the recorded day.
    {
      name: 'an addition dated after the recording',
      note: { ...note(''), text: `${BODY}\n\nPriya Shah, Social Worker, 10/04/2026\n\nAddition, 13/04/2026: Ms Finch rang to say Kian was in school today.\nPriya Shah, Social Worker, 13/04/2026` },
    },
    // A countersignature or a manager's oversight after the author's own sign-off.
    {
      name: 'countersigned by a practice educator',
      note: note('Tom Reid, Student Social Worker, 10/04/2026\nCountersigned: Priya Shah, Practice Educator, 11/04/2026', { name: 'Tom Reid', role: 'Student Social Worker' }),
    },
    {
      name: "the author's dated addition, then a countersignature of both",
      note: note(
        'Tom Reid, Student Social Worker, 10/04/2026\n\nAddition, 12/04/2026: Ms Lane rang to say the boiler is fixed.\nTom Reid, Student Social Worker, 12/04/2026\n\nCountersigned: Priya Shah, Practice Educator, 13/04/2026',
        { name: 'Tom Reid', role: 'Student Social Worker' },
      ),
    },
    {
      name: "a manager's oversight in a paragraph of its own",
      note: note('Priya Shah, Social Worker, 10/04/2026\n\nManagement oversight: I have read this record and agree the plan. Sam Patel, Team Manager, 11/04/2026'),
    },
    {
      name: 'recordedAt with an offset, read in the note’s time zone',
      note: { ...note('Priya Shah, Social Worker, 11/04/2026'), recordedAt: '2026-04-10T23:30:00Z' },
    },
    // Without metadata there is nothing to compare with.
    { name: 'no metadata', note: `${BODY}\n\nTom Reid, Family Support Worker, 02/03/2026` },
    // Config: extra roles.
    {
      name: 'roles: an extra role',
      note: note('Priya Shah, Kinship Assessor, 10/04/2026', { name: 'Priya Shah', role: 'Kinship Assessor' }),
      config: withRoles(['Kinship Assessor']),
    },
    // Config: no comparison with the metadata.
    {
      name: 'compareWithMetadata: false',
      note: note('Tom Reid, Team Manager, 09/04/2026'),
      config: { rules: { 'require-sign-off': ['error', { compareWithMetadata: false }] } },
    },
  ],
  invalid: [
    // What is missing, by name.
    { ...signed('Priya Shah, 10/04/2026'), excerpts: ['Priya Shah, 10/04/2026'], message: MISSING('role') },
    { ...signed('Priya Shah, Social Worker'), excerpts: ['Priya Shah, Social Worker'], message: MISSING('date') },
    { ...signed('Social Worker, 10/04/2026'), excerpts: ['Social Worker, 10/04/2026'], message: MISSING('name') },
    { ...signed('Priya Shah'), excerpts: ['Priya Shah'], message: MISSING('role and date') },
    { ...signed('PS 10/04/26'), excerpts: ['PS 10/04/26'], message: MISSING('name and role') },
    { ...signed('Priya Shah\nSocial Worker'), excerpts: ['Priya Shah\nSocial Worker'], message: MISSING('date') },
    {
      name: 'CRLF, date missing',
      note: { ...note(''), text: `${BODY}\r\n\r\nPriya Shah\r\nSocial Worker\r\n` },
      excerpts: ['Priya Shah\r\nSocial Worker'],
      message: MISSING('date'),
    },
    {
      // Far longer than a name, a role and a date: prose, whatever it ends with.
      name: 'a last line too long to be a sign-off',
      note: { ...note(''), text: `${'We went through the plan together. '.repeat(12)}Priya Shah, Social Worker, 10/04/2026` },
      excerpts: [`${'We went through the plan together. '.repeat(12)}Priya Shah, Social Worker, 10/04/2026`],
      message: MISSING('name, role and date'),
    },
    {
      name: 'no sign-off at all',
      note: { ...note(''), text: 'Next session is booked for 16 April at 10am.' },
      excerpts: ['Next session is booked for 16 April at 10am.'],
      message: MISSING('name, role and date'),
    },
    // A role outside the list is not read as a role unless the config adds it.
    {
      name: 'no metadata, a role not in the list and no part that reads as one',
      note: `${BODY}\n\nPriya Shah, Kinship, 10/04/2026`,
      excerpts: ['Priya Shah, Kinship, 10/04/2026'],
      message: MISSING('role'),
    },
    {
      name: 'roles: extra roles do not drop the built-in ones',
      note: note('Priya Shah, 10/04/2026'),
      excerpts: ['Priya Shah, 10/04/2026'],
      message: MISSING('role'),
      config: withRoles(['Kinship Assessor']),
    },
    // An empty entry.
    { name: 'empty entry', note: { ...note(''), text: '' }, excerpts: [''], message: /The entry is empty/ },
    {
      name: 'empty entry in a file points at the author',
      note: '---\ntype: phone-call\noccurredAt: 2026-04-09T14:00:00\nrecordedAt: 2026-04-10T09:30:00\nauthor: { name: Priya Shah, role: Social Worker }\n---\n\n',
      excerpts: ['{ name: Priya Shah, role: Social Worker }'],
      message: /The entry is empty/,
    },
    // The sign-off against the note's metadata.
    {
      name: 'signed by someone else',
      note: note('Tom Reid, Social Worker, 10/04/2026'),
      excerpts: ['Tom Reid'],
      message: /not the name of the note's author/,
      replacement: 'Priya Shah',
    },
    {
      name: 'another role',
      note: note('Tom Reid, Family Support Worker, 10/04/2026', { name: 'Tom Reid', role: 'Senior Social Worker' }),
      excerpts: ['Family Support Worker'],
      message: /not the author's role/,
      replacement: 'Senior Social Worker',
    },
    {
      name: 'an addition at the end, and the entry itself signed on another day',
      note: { ...note(''), text: `${BODY}\n\nPriya Shah, Social Worker, 08/04/2026\n\nAddition, 13/04/2026: Ms Finch rang to say Kian was in school today.\nPriya Shah, Social Worker, 13/04/2026` },
      excerpts: ['08/04/2026'],
      message: /not the day the note was recorded/,
    },
    {
      name: 'prose after the sign-off that does not say it is an addition',
      note: note('Priya Shah, Social Worker, 10/04/2026\n\nMs Finch will ring me on Monday with the attendance figures.'),
      excerpts: ['Ms Finch will ring me on Monday with the attendance figures.'],
      message: MISSING('name, role and date'),
    },
    {
      name: 'another day',
      note: note('Priya Shah, Social Worker, 09/04/2026'),
      excerpts: ['09/04/2026'],
      message: /recordedAt 2026-04-10/,
    },
    {
      name: 'month first (American order)',
      note: note('Priya Shah, Social Worker, 04/10/2026'),
      excerpts: ['04/10/2026'],
      message: /recordedAt 2026-04-10/,
    },
    {
      name: 'wrong name, role and date at once',
      note: note('Tom Reid, Team Manager, 09/04/2026'),
      excerpts: ['Tom Reid', 'Team Manager', '09/04/2026'],
    },
    // Only the end of the entry counts: a sign-off followed by more text is not the end.
    {
      name: 'text after the sign-off',
      note: note('Priya Shah, Social Worker, 10/04/2026\n\nnext visit booked for 17 april.'),
      excerpts: ['next visit booked for 17 april.'],
      message: MISSING('name, role and date'),
    },
  ],
});
