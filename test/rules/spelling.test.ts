import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';
import { createLinter } from '../../src/index.js';

const withOptions = (options: Record<string, unknown>) => ({ rules: { spelling: ['warning', options] as ['warning', unknown] } });

testRule('spelling', {
  valid: [
    { note: note('Ellie showed me her bedroom and her school bag. The heating was on and the rooms were warm.') },
    // Names: inside a sentence, after a title, before a surname, in the metadata, or used elsewhere in the note.
    { note: note('Tomasz lives with his aunt, Ms Wojciechowska. Tomasz said his aunt cooks pierogi on Sundays.') },
    // Words of other languages that British families use: a short unknown word is not corrected to a near one.
    { note: note('Aisha stays with her nani on Fridays and they eat roti; her aunty drinks chai.') },
    { note: note('Oluwadamilare Adeyemi-Brown was at home. Oluwadamilare said school is going better.') },
    { note: note('Kwabena’s bike was in the hall and Kwabena showed me the new lock.') },
    { note: { ...note('Zuzanna was at school when I called.'), subject: { name: 'Zuzanna Nowicka' } } },
    { note: note("Siobhan's mother, Ms Quigley, answered the door.") },
    // Acronyms, shorthand with digits and addresses are for other rules, or not words.
    { note: note('The CAMHS worker and the SENCO met on 3rd May at 10am; the IRO joins at 2.30pm.') },
    { note: note('The reference is CN-20431 and the weight 5kg; the helpline is open 24/7.') },
    { note: note('I emailed ms.begum@example.sch.uk and sent the link https://example.org/housing-help to her.') },
    // Quoted speech is the person's own.
    { note: note('Maisie said "my mom is my favorite person" and hugged her.') },
    // Case-work vocabulary and British variants.
    { note: note('The paediatrician noted a haematoma and recorded her height on the 9th centile; safeguarding and kinship care were discussed.') },
    { note: note('The judge gave judgment, and the dietician focussed on the yoghurt her grandad buys.') },
    { note: note('Gillick competence was explained, and Ms Lane takes sertraline and melatonin.') },
    // Hyphenated words, prefixes and words run together.
    { note: note('The co-ordinator booked a multi-agency meeting about the pre-birth plan and the re-referral.') },
    { note: note('The visit was unannounced and the appointment has been rebooked; bathtime is at six.') },
    // Apostrophes, straight and curly; possessives; accents; initials and Roman numerals.
    { note: note("Amy’s coat and the children's shoes were by the door; James' bag too. She couldn’t come, but I'll ring.") },
    { note: note('We met in the café. J. Smith rang about Part IV of the plan and point (iii).') },
    // Abbreviations and slang are other rules' business.
    { note: note('The appt was rebooked and the kids were watching telly.') },
    // A rare word with no close correction is left alone.
    { note: note('Mr Hart plays the zampogna at weddings.') },
    // Config.
    { name: 'the team’s own words', note: note('Leo goes to the Kooth chat and the Brightpath group; brightpath is free.'), config: withOptions({ words: ['Brightpath', 'Kooth'] }) },
    { name: 'Oxford spelling is British too', note: note('Ms Hale organized the meeting and recognized the problem.') },
    { name: 'remove a built-in entry', note: note('The family moved to a cozy flat.'), config: withOptions({ remove: ['cozy'] }) },
    { name: 'rule off', note: note('Her behavior improved.'), config: { rules: { spelling: 'off' } } },
  ],
  invalid: [
    { note: note('Her behavior at school has improved.'), excerpts: ['behavior'], replacement: 'behaviour', message: /^Write "behaviour": it is the British spelling\.$/ },
    { note: note('We met at the family center.'), excerpts: ['center'], replacement: 'centre' },
    { note: note('The pediatrician saw Noah on Monday.'), excerpts: ['pediatrician'], replacement: 'paediatrician' },
    { note: note('Kai said Mom was at work.'), excerpts: ['Mom'], replacement: 'Mum' },
    { note: note("Kai was at his mom's flat."), excerpts: ["mom's"], replacement: "mum's" },
    { note: note('The floor was gray and the window was broken.'), excerpts: ['gray'], replacement: 'grey' },
    { note: note('Behavior at home has settled.'), excerpts: ['Behavior'], replacement: 'Behaviour' },
    { name: 'acceptIze: false keeps to -ise', note: note('Ms Hale organized a meeting.'), config: withOptions({ acceptIze: false }), excerpts: ['organized'], replacement: 'organised', message: /acceptIze/ },
    { note: note('He traveled by bus and the defense was read.'), excerpts: ['traveled', 'defense'] },
    { note: note('His favorite toys were on the shelf.'), excerpts: ['favorite'], replacement: 'favourite' },
    { note: note('The edema in his ankle has gone down.'), excerpts: ['edema'], replacement: 'oedema' },
    { note: note('I recieved the letter.'), excerpts: ['recieved'], replacement: 'received', message: /^This is misspelt: write "received"\.$/ },
    { note: note('We will meet tommorow.'), excerpts: ['tommorow'], replacement: 'tomorrow' },
    { note: note('The famly moved on Saturday.'), excerpts: ['famly'], replacement: 'family', message: /^This word is not in the British English dictionary: did you mean "family"\?.*"words" option\.$/ },
    { note: note('She didnt know the time.'), excerpts: ['didnt'], replacement: "didn't" },
    { note: note('I waited for teh bus.'), excerpts: ['teh'], replacement: 'the' },
    { note: note('The visit was short. Unfortunatly nobody was in.'), excerpts: ['Unfortunatly'], replacement: 'Unfortunately' },
    { note: note('The next visit is on wednesday.'), excerpts: ['wednesday'], replacement: 'Wednesday', message: /capital letter/ },
    { note: note('Mia goes to the after-shcool club.'), excerpts: ['shcool'], replacement: 'school' },
    { note: note('The childrens coats were wet.'), excerpts: ['childrens'], replacement: 'children' },
    { note: note('The plan was discused with Ms Cole and her writting has improved.'), excerpts: ['discused', 'writting'] },
    // Only the words outside the quotation marks.
    { note: note('Josh said "my behavior was bad" and his carer said his behavior is calm.'), excerpts: ['behavior'] },
    // Config.
    { name: 'checkQuotes checks quoted speech too', note: note('Josh said "my behavior was bad".'), excerpts: ['behavior'], config: withOptions({ checkQuotes: true }) },
    { name: 'add a correction', note: note('She went to the skool gate.'), excerpts: ['skool'], config: withOptions({ add: [{ match: 'skool', replacement: 'school' }] }), replacement: 'school' },
    { name: 'add a word to avoid', note: note('The kitchen was alright.'), excerpts: ['alright'], config: withOptions({ add: ['alright'] }) },
  ],
});

describe('spelling: quick fixes', () => {
  const linter = createLinter({ rules: Object.fromEntries([['spelling', 'warning']]) });
  const fix = (text: string) => {
    const finding = linter.lint(note(text)).findings.find((f) => f.ruleId === 'spelling')!;
    return { excerpt: finding.excerpt, replacement: finding.suggestions?.[0]?.replacement };
  };

  it('keeps the possessive and the case of the word it replaces', () => {
    expect(fix("Her neighbor's dog barked.")).toEqual({ excerpt: "neighbor's", replacement: "neighbour's" });
    expect(fix('Behavior and colour were discussed.')).toEqual({ excerpt: 'Behavior', replacement: 'Behaviour' });
    expect(fix('He recieves letters.')).toEqual({ excerpt: 'recieves', replacement: 'receives' });
    expect(fix('Two airplanes flew over.')).toEqual({ excerpt: 'airplanes', replacement: 'aeroplanes' });
  });

  it('never quotes the note in its message', () => {
    for (const text of ['Her behavior improved.', 'The famly moved.', 'I recieved it.', 'Kai said Mom was out.']) {
      for (const finding of linter.lint(note(text)).findings) expect(finding.message).not.toContain(`"${finding.excerpt}"`);
    }
  });
});
