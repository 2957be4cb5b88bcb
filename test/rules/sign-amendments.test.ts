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
    { name: "the amendment that ends the note is require-sign-off's to check", note: `${VISIT}${SIGN}\n\nAddition: Ms Khan phoned to say the dentist appointment has moved.` },
    {
      name: 'an amendment note is checked by require-sign-off, not twice',
      note: { type: 'amendment', text: 'Amendment to the home visit note of 02/04/2026\n\nAmir is 7, not 8 as recorded.' },
    },
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
      name: 'checkNoteEnd checks the amendment that ends the note',
      note: `${VISIT}${SIGN}\n\nAddition: Ms Khan phoned to say the dentist appointment has moved.\nPriya Shah, 12/04/2026`,
      config: { rules: { 'sign-amendments': ['error', { checkNoteEnd: true }] } },
      excerpts: ['Priya Shah, 12/04/2026'],
    },
    {
      name: 'a heading word from config',
      note: `${VISIT}\n\nLate addition: Ms Khan phoned to say the dentist appointment has moved.${LATER}${SIGN}`,
      config: { rules: { 'sign-amendments': ['error', { headings: ['Late addition'] }] } },
      excerpts: ['Late addition'],
    },
    {
      name: 'a role from config counts',
      note: `${VISIT}\n\nAddition 12/04/2026: Ms Khan phoned about the dentist.\nPriya Shah, Kinship Assessor\n${LATER}${SIGN}`,
      config: { rules: { 'sign-amendments': ['error', { roles: ['Kinship Assessor'] }] } },
      excerpts: ['Priya Shah, Kinship Assessor'],
      message: /the date is missing/,
    },
  ],
});
