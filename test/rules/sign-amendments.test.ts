import { testRule } from '../helpers/rule-tester.js';

const VISIT = 'Home visit to Ms Khan and Amir (7). Amir showed me his new bedroom and said he likes the blue curtains.';
const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';
const LATER = '\n\nI left at 11:15 and agreed to visit again on Friday 17 April.';

testRule('sign-amendments', {
  valid: [
    { name: 'an addition in the middle of the record, fully signed', note: `${VISIT}\n\nAddition 12/04/2026: Ms Khan phoned to say Amir has a dentist appointment on 20 April.\nPriya Shah, Social Worker, 12/04/2026${LATER}${SIGN}` },
    { name: 'signed on the same line, after the text', note: `${VISIT}\n\nCorrection 12/04/2026: the visit was on Thursday, not Wednesday. Priya Shah, Social Worker, 12/04/2026${LATER}${SIGN}` },
    { name: 'a heading that says who, in what role and when', note: `${VISIT}\n\nAmended by Priya Shah, Social Worker, on 12/04/2026: Amir's school is Elm Road Primary.${LATER}${SIGN}` },
    { name: 'a heading alone, its text, and a sign-off paragraph', note: `${VISIT}\n\nAmendment\n\nThe date of birth recorded above is wrong; it is 03/02/2019.\n\nPriya Shah\nSocial Worker\n12 April 2026${LATER}${SIGN}` },
    {
      name: 'checkNoteEnd: false leaves the amendment that ends the note to require-sign-off',
      note: `${VISIT}${SIGN}\n\nAddition: Ms Khan phoned to say the dentist appointment has moved.`,
      config: { rules: { 'sign-amendments': ['error', { checkNoteEnd: false }] } },
    },
    {
      name: 'a signed amendment note',
      note: { type: 'amendment', text: 'Amendment to the home visit note of 02/04/2026\n\nAmir is 7, not 8 as recorded.\n\nPriya Shah, Social Worker, 12/04/2026' },
    },
    {
      name: 'an amendment note signed by an "Amended by" line',
      note: { type: 'amendment', text: 'Amendment to the home visit note of 02/04/2026.\n\nAmir is 7, not 8 as recorded.\n\nAmended by Priya Shah, Social Worker, 12/04/2026' },
    },
    { name: 'an inline addition signed inside its brackets, the date in its label', note: `${VISIT} [Addition 12/04/2026: Ms Khan rang to say the dentist appointment has moved. Priya Shah, Social Worker] I left at 11:15.${SIGN}` },
    { name: 'an inline addition whose label says who, in what role and when', note: `${VISIT} (Added 12/04 by Priya Shah, Social Worker: Ms Khan rang about the dentist.)${LATER}${SIGN}` },
    { name: 'a dated update signed on its line', note: `${VISIT}\n\nUpdated 12/04/2026 - Ms Khan rang to say the dentist appointment has moved. Priya Shah, Social Worker${LATER}${SIGN}` },
    { name: 'an addition after the sign-off, signed with its own date', note: `${VISIT}${SIGN}\n\nAddendum: Ms Khan rang at 16:00 to say Amir has a temperature.\nPriya Shah, Social Worker, 11/04/2026` },
    { name: '"Late entry" opening the note labels the whole entry, signed at its end', note: `Late entry: recorded two days after the visit because I was on leave.\n\n${VISIT}${SIGN}` },
    { name: 'section headings without a date are not amendments', note: `${VISIT}\n\nUpdate from school: Amir's attendance is 97% this term.\n\nFurther information: the GP is Dr Patel.\n\nAdditional information: Amir has a new bike.${LATER}${SIGN}` },
    { name: 'an addition to a plan is not an amendment of the record', note: `${VISIT}\n\nAddition to the safety plan: Amir will go to breakfast club on Mondays.${LATER}${SIGN}` },
    { name: 'a template field with nothing in it', note: `${VISIT}\n\nCorrection: N/A\n\nAmendments: none${LATER}${SIGN}` },
    { name: 'a bold heading line and a sign-off with a role in capitals', note: `${VISIT}\n\n**Addition 12/04/2026**\nMs Khan rang to say Amir has a cold.\nPriya Shah, SW, 12/04/2026${LATER}${SIGN}` },
    { name: 'a bracket that is prose, not a label', note: `${VISIT} Amir will go to breakfast club (addition to the plan agreed on Monday).${LATER}${SIGN}` },
    { name: 'words that are not headings', note: `Additionally, Amir said he wants to join the football club.\n\nCorrections to the chronology were discussed with my manager.${LATER}${SIGN}` },
    { name: 'a sentence starting with Correction is not a heading', note: `${VISIT}\n\nCorrection of the school register was agreed with Mrs Ahmed.${LATER}${SIGN}` },
    { name: "an addition fully signed before the note's own sign-off", note: `${VISIT}\n\nAdded on 12/04/2026: the GP is Dr Patel at Elm Surgery.\n\nPriya Shah, Social Worker, 12/04/2026${LATER}${SIGN}` },
  ],
  invalid: [
    {
      name: 'a one-line correction with no sign-off: the heading word',
      note: `${VISIT}\n\nCorrection: Amir's school is Elm Road Primary, not Oak Park.${LATER}${SIGN}`,
      excerpts: ['Correction'],
      message: /the name, role and date are missing/,
    },
    {
      name: 'the role is missing',
      note: `${VISIT}\n\nAddition 12/04/2026: Ms Khan phoned to say Amir has a dentist appointment on 20 April.\nPriya Shah, 12/04/2026${LATER}${SIGN}`,
      excerpts: ['Priya Shah, 12/04/2026'],
      message: /the role is missing/,
    },
    {
      name: 'a heading alone and its text, unsigned: the last line',
      note: `${VISIT}\n\nAmendment\n\nThe date of birth recorded above is wrong; it is 03/02/2019.${LATER}${SIGN}`,
      excerpts: ['The date of birth recorded above is wrong; it is 03/02/2019.'],
    },
    {
      name: 'a date only',
      note: `${VISIT}\n\nAdded on 12/04/2026: the GP is Dr Patel at Elm Surgery.\n12/04/2026${LATER}${SIGN}`,
      excerpts: ['12/04/2026'],
      message: /the name and role are missing/,
    },
    {
      name: 'no name',
      note: `${VISIT}\n\nCorrection: Ms Khan's surname is spelt Khan, not Kahn.\nSocial Worker, 12/04/2026${LATER}${SIGN}`,
      excerpts: ['Social Worker, 12/04/2026'],
      message: /the name is missing/,
    },
    {
      name: 'a labelled addition inside a paragraph',
      note: `${VISIT}\nAddition (12/04/2026): Amir's brother Bilal also lives at the address.\nI left at 11:15.\n\nI will visit again on Friday.${SIGN}`,
      excerpts: ['I left at 11:15.'],
    },
    {
      name: 'two amendments, the first unsigned',
      note: `${VISIT}\n\nCorrection: the visit was on Thursday.\n\nAddition 12/04/2026: Amir's GP is Dr Patel.\nPriya Shah, Social Worker, 12/04/2026${SIGN}`,
      excerpts: ['Correction'],
    },
    {
      name: 'the amendment that ends the note, partly signed',
      note: `${VISIT}${SIGN}\n\nAddition: Ms Khan phoned to say the dentist appointment has moved.\nPriya Shah, 12/04/2026`,
      excerpts: ['Priya Shah, 12/04/2026'],
      message: /the role is missing/,
    },
    {
      name: 'an addition after the sign-off, unsigned: reported here, once',
      note: `${VISIT}${SIGN}\n\nAddition: Ms Khan phoned to say the dentist appointment has moved.`,
      excerpts: ['Addition'],
      message: /the name, role and date are missing/,
    },
    {
      name: 'an unsigned amendment note: its last line',
      note: { type: 'amendment', text: 'Amendment to the home visit note of 02/04/2026\n\nAmir is 7, not 8 as recorded.' },
      excerpts: ['Amir is 7, not 8 as recorded.'],
      message: /^An amendment note must end with the name and role .* the name, role and date are missing/,
    },
    {
      name: 'an amendment note signed with a first name only',
      note: { type: 'amendment', text: 'Amendment to the home visit note of 02/04/2026.\n\nAmir is 7, not 8 as recorded.\n\nAmended by Priya' },
      excerpts: ['Amended by'],
    },
    {
      name: 'an inline addition inside a paragraph, unsigned',
      note: `${VISIT} [Addition 12/04/2026: Ms Khan rang to say the dentist appointment has moved.] I left at 11:15.${SIGN}`,
      excerpts: ['Addition'],
    },
    {
      name: 'an inline addition followed by the entry\'s sign-off, dated before it',
      note: `${VISIT}\n\n[Addition 12/04/2026: Ms Khan rang to say the dentist appointment has moved.]${SIGN}`,
      excerpts: ['Addition'],
    },
    {
      name: 'a dated update, unsigned',
      note: `${VISIT}\n\nUpdated 12/04 – Ms Khan rang to say the dentist appointment has moved.${SIGN}`,
      excerpts: ['Updated'],
    },
    {
      name: 'further information with a date, unsigned',
      note: `${VISIT}\n\nFurther information (12/04/2026): the GP confirmed the asthma review is on 3 May.${LATER}${SIGN}`,
      excerpts: ['Further information'],
    },
    {
      name: 'a late entry inside the note, unsigned',
      note: `${VISIT}\n\nLate entry: Ms Khan rang on 11/04 to say Amir has a cold.${LATER}${SIGN}`,
      excerpts: ['Late entry'],
    },
    {
      name: 'an addition whose only signature is the earlier entry sign-off after it',
      note: `${VISIT}\n\nAddition 12/04/2026: Ms Khan rang to say the dentist appointment has moved.${SIGN}`,
      excerpts: ['Addition'],
    },
    {
      name: 'a heading word from config',
      note: `${VISIT}\n\nLate addition: Ms Khan phoned to say the dentist appointment has moved.${LATER}${SIGN}`,
      config: { rules: { 'sign-amendments': ['error', { headings: ['Late addition'] }] } },
      excerpts: ['Late addition'],
    },
    {
      name: 'a role from config counts',
      note: `${VISIT}\n\nAddition: Ms Khan phoned about the dentist.\nPriya Shah, Kinship Assessor\n${LATER}${SIGN}`,
      config: { rules: { 'sign-amendments': ['error', { roles: ['Kinship Assessor'] }] } },
      excerpts: ['Priya Shah, Kinship Assessor'],
      message: /the date is missing/,
    },
  ],
});
