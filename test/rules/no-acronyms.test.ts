import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import { lint } from '../../src/index.js';
import { ACRONYMS } from '../../rules/data/no-acronyms.js';

const withOptions = (options: Record<string, unknown>) => ({ rules: { 'no-acronyms': ['warning', options] as ['warning', unknown] } });

testRule('no-acronyms', {
  valid: [
    'Child Protection (CP) was explained to Ms Bell. The CP plan starts today.',
    'CP (child protection) was explained to Ms Bell. The CP plan starts today.',
    'Leah said, "my LAC review is boring", and asked for it to be shorter.',
    'Sent the notes to DSL.Team@school.example.org and the form at https://www.example.org/CAF/ICPC/form.pdf today.',
    'We went to the emergency department and then saw the GP. The NHS leaflet was given to Mum and she said she felt OK.',
    'HOME VISIT - CP PLAN REVIEW\nSaw Ms Bell at home with her son.',
    'The flat is at 14 Elm Court, Birmingham B1 1AA. I arrived at 10 AM. She filled in Part II of the form.',
    'Jane SMITH and Mr KHAN attended. The letter was from Dr A. J. Patel.',
    'I told Ms Reyes that Theo must NOT be left with his uncle.',
    'The DNA test results came back on Monday.',
    'The case reference is CN-20431.',
    'The bag weighed 5 KG when it was delivered.',
    'I went to see her at home; she was upset but calm by the end.',
    { name: 'allow option', note: 'The PAMS assessment starts next week.', config: withOptions({ allow: ['PAMS'] }) },
    { name: 'remove option', note: 'The CP plan was agreed today.', config: withOptions({ remove: ['CP'] }) },
    { name: 'initials with full stops', note: 'The report was written by J.S. and shared with the family.' },
    { name: 'written out with the acronym after', note: 'She has a Personal Education Plan (PEP) and the PEP meeting is on Friday.' },
    // Spelt out first, whatever the shape.
    'The section 47 enquiry (S47) started on Monday, and the S47 visits follow.',
    'Ms Bell rang from Accident and Emergency (A&E). A&E staff will call back.',
    'She completed the Patient Health Questionnaire (PHQ-9) and her PHQ-9 score has gone down.',
    // Names of shops and companies.
    'Mum shops at ASDA and bought the wardrobe from IKEA. Her BT bill is paid.',
    'He works weekends at the PQR store on the retail park.',
    'We met at the H&M shop and then went to M&S.',
    // Placeholders are required-fields' business.
    'Visited [CHILD NAME] on XX/XX/XXXX with {{WORKER_NAME}}; the GP field says NULL.',
    // The label of a contact detail, and initials that sign the note.
    'Tel: 0121 496 0000. Tel no. 07700 900123.',
    { name: "the author's initials on the last line", note: { text: 'Saw Amy at home; she was drawing.\n\nPS 10/04/26', author: { name: 'Priya Shah', role: 'Social Worker' } } },
    { name: 'a postcode that looks like a section', note: 'The flat is at 4 Hill Road, Sheffield S1 2AB.' },
    // Ordinary words in capitals.
    'I said she must ALWAYS ring first, and PLEASE is written on the door.',
  ],
  invalid: [
    { note: 'The CP plan was agreed today.', excerpts: ['CP'], replacement: 'child protection', message: /write "child protection"/ },
    { note: 'CP plan agreed today with Ms Bell.', excerpts: ['CP'], replacement: 'Child protection' },
    {
      name: 'used before it is written out',
      note: 'The CIN plan was read. Child in Need (CIN) was then explained. The CIN review is next month.',
      excerpts: ['CIN'],
    },
    {
      note: 'Appt booked for w/c 4 May at approx. 10am b/c of school.',
      excerpts: ['Appt', 'w/c', 'approx', 'b/c'],
      replacement: 'the week beginning',
    },
    { note: 'Both IROs agreed to the date.', excerpts: ['IROs'], replacement: 'Independent Reviewing Officers' },
    { note: "Ellie's LAC's review is on Friday.", excerpts: ["LAC's"], replacement: "child in care's" },
    { note: 'He has joined the CAMHS-led group at school.', excerpts: ['CAMHS'], replacement: 'Child and Adolescent Mental Health Services' },
    { note: "Mum DNA'd the appointment on Monday.", excerpts: ["DNA'd"], replacement: 'did not attend' },
    { note: 'The HV called this morning.', excerpts: ['HV'], replacement: 'home visit' },
    { note: 'The PAMS assessment starts next week.', excerpts: ['PAMS'], message: /write the words in full/ },
    { note: 's47 enquiries started today.', excerpts: ['s47'], replacement: 'Section 47' },
    { note: 'The T/C with school was brief.', excerpts: ['T/C'], replacement: 'telephone call' },
    { note: 'Took Sam w/ me to the shop.', excerpts: ['w/'], replacement: 'with' },
    { name: 'a line of acronyms only', note: 'Agencies present:\nCP LAC', excerpts: ['CP', 'LAC'] },
    {
      name: 'checkQuotes',
      note: 'Ellie said, "I hate LAC reviews", so we talked about her LAC review.',
      excerpts: ['LAC', 'LAC'],
      config: withOptions({ checkQuotes: true }),
    },
    {
      name: 'add option',
      note: 'The PAMS starts next week.',
      excerpts: ['PAMS'],
      replacement: 'parenting assessment',
      config: withOptions({ add: [{ match: 'PAMS', replacement: 'parenting assessment', caseSensitive: true }] }),
    },
    { name: 'unknown acronym with digits', note: 'The FX2 form was sent to the school.', excerpts: ['FX2'] },
    // Capitals joined by "&", and school subjects.
    { note: 'We went to A&E and then saw the GP.', excerpts: ['A&E'], replacement: 'Accident and Emergency' },
    { note: 'The H&S officer checked the stairs.', excerpts: ['H&S'], message: /write the words in full/ },
    { note: 'He changed for PE after lunch.', excerpts: ['PE'], replacement: 'physical education' },
    // A name or a word in brackets is not the acronym written out.
    { note: 'Decision (TM): hold a legal planning meeting.', excerpts: ['TM'], replacement: 'team manager' },
    { note: 'Mrs Quinn (DSL) rang me at noon.', excerpts: ['DSL'] },
    { note: 'Jordan (RSW) was on shift.', excerpts: ['RSW'], replacement: 'residential support worker' },
    { note: 'The ICPC (held on 3 May) agreed a plan.', excerpts: ['ICPC'] },
    // Numbers that are part of the name, and numbered shorthand.
    { note: 'Her GAD-7 score was 12 and her PHQ-9 score was 9.', excerpts: ['GAD-7', 'PHQ-9'] },
    { note: 'Ezra is in Y6 at Oak Primary.', excerpts: ['Y6'], replacement: 'Year 6' },
    { note: 'The court asked for the S37 report.', excerpts: ['S37'], replacement: 'section 37' },
    // Written in place, the expansion would disagree with the words around it: advice, not a fix.
    { name: 'a/an would no longer agree', note: 'The court asked for an S37 report.', excerpts: ['S37'], replacement: null },
    { name: 'the next word would be doubled', note: 'The PAMS assessment starts next week.', excerpts: ['PAMS'], replacement: null, config: withOptions({ add: [{ match: 'PAMS', replacement: 'parenting assessment', caseSensitive: true }] }) },
    { name: 'a plural abbreviation is written out as a plural', note: 'We meet again in 2 wks.', excerpts: ['wks'], replacement: 'weeks' },
    {
      name: "the author's initials in a sentence",
      note: { text: 'Saw Amy at home.\nPS visit to school on Monday at 10:00 with the health visitor and her mother.\n\nPriya Shah, Social Worker, 10/04/2026', author: { name: 'Priya Shah', role: 'Social Worker' } },
      excerpts: ['PS'],
    },
    // An abbreviation in a sentence, not a label.
    { note: 'Tel call to the school at 10:00.', excerpts: ['Tel'], replacement: 'Telephone' },
    { note: 'The reply was approx. two lines, incl. the date.', excerpts: ['approx', 'incl'] },
  ],
});

describe('no-acronyms data and messages', () => {
  it('has at least 80 acronyms, each with an expansion', () => {
    const acronyms = ACRONYMS.filter((entry) => entry.caseSensitive);
    expect(acronyms.length).toBeGreaterThanOrEqual(80);
    for (const entry of ACRONYMS) expect(entry.replacement, String(entry.match)).toBeTruthy();
  });

  it('does not quote the note beyond the acronym', () => {
    const text = 'Ms Bell asked about the CP plan for her daughter Rosie.';
    const [finding] = lint(text).findings.filter((f) => f.ruleId === 'no-acronyms');
    expect(finding).toBeDefined();
    expect(finding!.message).not.toMatch(/Bell|Rosie|plan for/);
  });

  it('rejects an unknown option', () => {
    expect(() => lint('CP plan.', { config: withOptions({ alow: ['CP'] }) })).toThrow(/alow/);
  });
});
