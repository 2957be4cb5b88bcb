import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import { lint } from '../../src/index.js';
import { TECHNICAL_TERMS } from '../../rules/data/explain-technical-terms.js';

const withOptions = (options: Record<string, unknown>) => ({
  rules: { 'explain-technical-terms': ['warning', options] as ['warning', unknown] },
});

testRule('explain-technical-terms', {
  valid: [
    // The names of the formal processes are plain words to the readers of these records.
    'A strategy discussion was held with the police at 11:00.',
    'The core group meets again on 12 May.',
    'We agreed that Leon may be suffering significant harm.',
    // Explained by the sentence's own words, or by the next sentence.
    "Leon's weight has dropped to the 9th centile.",
    'Leon is on the 9th centile. His weight was checked at the clinic.',
    'I drew a genogram with Mia. It is a family tree of everyone she lives with.',
    'I drew a genogram with Mia. This shows who is in her family.',
    // An explanation after the term's abbreviation, later in the sentence, or set off by commas.
    'We may start the Public Law Outline (PLO), which is the process where the council writes to parents about what must change.',
    'We agreed an enquiry under section 47 is needed, which is the duty to find out whether a child is being seriously harmed.',
    'The doctor booked a skeletal survey, X-rays of his whole body to look for broken bones, for Monday.',
    // The next sentence opens by defining the term.
    'I drew an ecomap with Mia. An ecomap is a drawing of the people and places in her life.',
    "Craig said Jacob's enuresis (bed-wetting) has got worse.",
    "The nurse saw a contusion - a bruise - on Kyle's arm.",
    "The nurse saw a contusion \u2013 a bruise on the upper arm \u2013 this morning.",
    'A skeletal survey, which means X-rays of all his bones, is planned.',
    'Finley has encopresis, or soiling, most days at school.',
    'Oscar is still wetting the bed at night (nocturnal enuresis) three times a week.',
    'Gemma said, "The doctor keeps going on about my methadone dose."',
    'I explained that he has parental responsibility for Rory, i.e. the legal rights and duties of a parent.',
    'Leon is not gaining weight as expected, known as faltering growth.',
    'There was a haematoma, that is, a swelling of blood under the skin.',
    'The haematoma (a swelling under the skin) has gone down. The haematoma was checked again today.',
    'He drew three houses on his street and told me who lives in each.',
    'Mason had a graze on his knee from the playground.',
    { name: 'remove option', note: 'Jacob has enuresis.', config: withOptions({ remove: ['enuresis'] }) },
    { name: 'a user term with its gloss', note: 'He was reviewed at the MDT meeting, a meeting of workers from different services.', config: withOptions({ add: [{ match: 'MDT meeting', replacement: 'a meeting of workers from different services' }] }) },
  ],
  invalid: [
    { note: "Craig said Jacob's enuresis has got worse.", excerpts: ['enuresis'], replacement: 'enuresis (bed-wetting)', message: /\(bed-wetting\)/ },
    { note: 'Enuresis has got worse since the move.', excerpts: ['Enuresis'], replacement: 'Enuresis (bed-wetting)' },
    { note: "She saw a contusion on Kyle's arm.", excerpts: ['contusion'], replacement: 'contusion (a bruise)' },
    { name: 'brackets that do not explain', note: 'A contusion (left arm) was seen.', excerpts: ['contusion'] },
    { name: 'or between two terms', note: 'Finley has enuresis or encopresis most days.', excerpts: ['enuresis', 'encopresis'] },
    { name: 'a later word of the gloss is not an explanation', note: 'There was a laceration to the skin of his arm.', excerpts: ['laceration'] },
    { name: 'a restrictive clause is not an explanation', note: 'The skeletal survey that is planned for Monday will go ahead.', excerpts: ['skeletal survey'] },
    { name: 'the next sentence is about something else', note: 'I drew an ecomap with Mia. She then showed me her bike.', excerpts: ['ecomap'] },
    { name: 'a list after a comma is not a gloss', note: 'The doctor booked a skeletal survey, a blood test and a scan.', excerpts: ['skeletal survey'] },
    { name: 'an abbreviation is not an explanation', note: 'We may start the Public Law Outline (PLO) next month.', excerpts: ['Public Law Outline'] },
    { name: 'the term again, but not defined', note: 'I drew an ecomap with Mia. The ecomap was put on her file.', excerpts: ['ecomap'] },
    { name: 'the term again, described but not defined', note: 'I drew an ecomap with Mia. The ecomap is finished.', excerpts: ['ecomap'] },
    { name: 'context words in another paragraph do not count', note: 'Leon is on the 9th centile.\n\nHis weight is checked weekly.', excerpts: ['centile'] },
    { name: 'flagged once per note', note: 'The dissociation happened twice. The dissociation worried her.', excerpts: ['dissociation'] },
    { note: 'He has parental responsibility for Rory.', excerpts: ['parental responsibility'] },
    { note: 'A skeletal survey is planned for tomorrow.', excerpts: ['skeletal survey'] },
    { note: 'Leon has dropped to the 9th centile.', excerpts: ['centile'] },
    { note: 'Gemma collects her methadone every morning.', excerpts: ['methadone'], replacement: 'methadone (a medicine prescribed instead of heroin)' },
    { note: 'The Three Houses tool was used with Ava.', excerpts: ['Three Houses tool'] },
    {
      name: 'checkQuotes',
      note: 'Gemma said, "The doctor keeps going on about my methadone dose."',
      excerpts: ['methadone'],
      config: withOptions({ checkQuotes: true }),
    },
    {
      name: 'add option',
      note: 'He was discussed at the MDT meeting on Monday.',
      excerpts: ['MDT meeting'],
      replacement: 'MDT meeting (a meeting of workers from different services)',
      config: withOptions({ add: [{ match: 'MDT meeting', replacement: 'a meeting of workers from different services' }] }),
    },
  ],
});

describe('explain-technical-terms data and messages', () => {
  it('has at least 30 terms, each with a plain gloss', () => {
    expect(TECHNICAL_TERMS.length).toBeGreaterThanOrEqual(30);
    for (const entry of TECHNICAL_TERMS) expect(entry.replacement, String(entry.match)).toBeTruthy();
  });

  it('does not quote the note beyond the term', () => {
    const [finding] = lint('Ms Jade Long said the haematoma on Ava is smaller.').findings.filter((f) => f.ruleId === 'explain-technical-terms');
    expect(finding).toBeDefined();
    expect(finding!.message).not.toMatch(/Jade|Ava|smaller/);
  });
});
