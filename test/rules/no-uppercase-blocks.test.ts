import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';


testRule('no-uppercase-blocks', {
  valid: [
    { note: note('Visited Oscar and his grandmother at her bungalow. Oscar showed me his tomatoes.') },
    // Acronyms in an ordinary sentence, also next to each other.
    { note: note('Attended the ICPC with the GP, the health visitor and a CAMHS worker; the IRO chaired.') },
    { note: note('The team discussed moving from CP to CIN, and the GP CAMHS referral.') },
    // One or two words in capitals for stress, or a surname.
    { note: note('Ms Hart did NOT want Mr Doyle at the meeting.') },
    { note: note('Met Jane SMITH and her son Tom SMITH at the office.') },
    { note: note('Ms Lewis said it was VERY important.') },
    // A one-word heading, or a line that is only acronyms.
    { note: note('ACTIONS\nMs Clarke will call the school on Monday.') },
    { note: note('CAMHS\nThe referral was accepted.') },
    { note: note('GP / CAMHS\nBoth have a copy of the plan.') },
    // Quoted speech: a text message quoted as sent.
    { note: note('Her brother texted "I HATE YOU ALL AND I AM NOT COMING HOME" after the argument.') },
    // Single asterisks are a list or emphasis, not bold; "__" inside a word is not markup.
    { note: note('Agreed:\n* Ms Lewis will take Ava to the dentist\n* I will send the plan\n\nShe was *very* pleased.') },
    { note: note('The scan was saved as ava__report__2026.pdf by the school.') },
    // Numbers and dates in capitals' company.
    { note: note('Ms Shaw came at 10:30 AM with Lily; the NHS number and DOB are on file.') },
    // Config.
    { name: 'bold off', note: note('Agreed a **safety plan** today.'), config: { rules: { 'no-uppercase-blocks': ['warning', { bold: false }] } } },
    { name: 'team acronyms', note: note('The FGC RAG PANEL met on Monday.'), config: { rules: { 'no-uppercase-blocks': ['warning', { acronyms: ['FGC', 'RAG'] }] } } },
    // One word in capitals is emphasis, or an acronym (no-acronyms' business); an acronym beside a capitalised word is not a block.
    { note: note('Ms Hart said she was VERY worried about the CAMHS letter.') },
    { name: 'minWords raised', note: note('Ms Lewis said the plan was NOT GOOD ENOUGH today.'), config: { rules: { 'no-uppercase-blocks': ['warning', { minWords: 4 }] } } },
  ],
  invalid: [
    { note: note('Mr Doyle was not present. DO NOT VISIT ALONE: he threatened a worker.'), excerpts: ['DO NOT VISIT ALONE'], message: /sentence case/ },
    // Two words in capitals are a block, a heading at the start of a line of text too.
    { note: note('NEXT STEPS: visit on 9 July to see Poppy.'), excerpts: ['NEXT STEPS'] },
    { note: note('Ms Hart said she was VERY WORRIED about Kai.'), excerpts: ['VERY WORRIED'] },
    { note: note('HOME VISIT\nVisited Ella and Ms Walker after school.'), excerpts: ['HOME VISIT'] },
    { note: note('GP VISIT\nMs Turner took Ruby to the GP.'), excerpts: ['GP VISIT'] },
    { note: note('ACTIONS AGREED:\nLeo will see the nurse.'), excerpts: ['ACTIONS AGREED'] },
    { note: note('PLEASE INFORM EDT IMMEDIATELY if Mr Doyle comes to the house.'), excerpts: ['PLEASE INFORM EDT IMMEDIATELY'] },
    { note: note('Ms Lewis said the plan was NOT GOOD ENOUGH and left.'), excerpts: ['NOT GOOD ENOUGH'] },
    { note: note("Ms Hart said she DIDN'T KNOW ANYTHING about it."), excerpts: ["DIDN'T KNOW ANYTHING"] },
    // Acronyms that are also English words still shout.
    { note: note('Ms Hart said IT IS NOT SAFE for Kai at home.'), excerpts: ['IT IS NOT SAFE'] },
    // Bold markup, with its markers; a suggestion without them.
    { note: note('Agreed a plan. **Mr Doyle must not be alone with Kai.** Ms Grant signed it.'), excerpts: ['**Mr Doyle must not be alone with Kai.**'], message: /^Bold text/, replacement: 'Mr Doyle must not be alone with Kai.' },
    { note: note('__Risk__ is that Isla is left alone with him.'), excerpts: ['__Risk__'] },
    // Bold capitals are one block.
    { note: note('The note said **URGENT - CALL POLICE IF FATHER ARRIVES** at reception.'), excerpts: ['**URGENT - CALL POLICE IF FATHER ARRIVES**'], message: /^Bold capitals/ },
    // Lines in capitals next to each other are one block; a blank line between makes two.
    { note: note('Knocked at 4pm.\nMOTHER DID NOT ANSWER.\nNEIGHBOUR SAID THEY ARE AWAY.\nLeft a card.'), excerpts: ['MOTHER DID NOT ANSWER.\nNEIGHBOUR SAID THEY ARE AWAY'] },
    { note: note('MOTHER DID NOT ANSWER.\n\nNEIGHBOUR SAID THEY ARE AWAY.'), excerpts: ['MOTHER DID NOT ANSWER', 'NEIGHBOUR SAID THEY ARE AWAY'] },
    // Two separate blocks in one paragraph.
    { note: note('DO NOT CALL FATHER at work. Ms Hart said PLEASE WRITE INSTEAD of calling.'), excerpts: ['DO NOT CALL FATHER', 'PLEASE WRITE INSTEAD'] },
    // Config.
    { name: 'minWords lowered', note: note('Ms Hart was VERY UPSET today.'), excerpts: ['VERY UPSET'], config: { rules: { 'no-uppercase-blocks': ['warning', { minWords: 2 }] } } },
    { name: 'checkQuotes', note: note('He texted "I HATE YOU ALL" after the argument.'), excerpts: ['I HATE YOU ALL'], config: { rules: { 'no-uppercase-blocks': ['warning', { checkQuotes: true }] } } },
  ],
});
