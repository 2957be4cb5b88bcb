import { testRule } from '../helpers/rule-tester.js';
import type { Config } from '../../src/index.js';
import { note } from '../helpers/notes.js';

/** A visit note on a child's record: the subject in the details, a social worker's sign-off. */
const visit = (text: string, subject = 'Amy Lewis', type = 'home-visit', role = 'Social Worker') => ({
  ...note(text),
  type,
  author: { name: 'Priya Shah', role },
  subject: { name: subject, caseNumber: 'C-1001' },
});

const rule = (options: Record<string, unknown>): Config => ({ rules: { 'child-seen-and-heard': ['warning', options] } });

testRule('child-seen-and-heard', {
  valid: [
    // Seen alone, with the child's words.
    { note: visit('I saw Amy (8) alone in her bedroom. She told me she likes her new teacher and showed me her reading book.') },
    { note: visit('Amy (9) was seen alone in the kitchen for 20 minutes. Amy said "I want to stay at this school".') },
    { note: visit('I spoke with Amy (10) on her own while Ms Lewis made tea. She said she is worried about moving house.') },
    { note: visit('Amy (12) and I walked to the shop, just the two of us, and she told me about her football team.') },
    { note: visit('Amy, I saw you on your own in your room. You showed me your new bike and told me you ride it to school.') },
    // Age not given: seen alone is not asked.
    { note: visit('Amy showed me her drawings and said the one of the house was her favourite.') },
    // Too young to be asked about being seen alone; what she did is recorded.
    { note: visit('Amy (4) was playing with her dolls when I arrived and brought one to show me.') },
    // A baby: asleep is the observation, and no words are expected.
    { note: visit('Baby Amy was asleep in her cot; I saw her breathing steadily and she was warm and clean.') },
    { note: visit('Amy (7 months) was asleep upstairs throughout the visit. Ms Lewis said she had been fed at 2pm.') },
    // A reason for not seeing the child.
    { note: visit('Amy (8) was at school during this visit, which was to discuss the housing letter with Ms Lewis.') },
    { note: visit('I visited at 10am. Amy was at nursery, so she was not seen today.') },
    { note: visit('Amy (9) was not seen because she was at her father\'s for the weekend; I will see her at school on Monday.') },
    { note: visit('Amy was not at home when I called. I will visit again on Thursday after school to see her.') },
    { note: visit('Amy (13) declined to speak to me and stayed in her room; I will try again at school on Friday.') },
    { note: visit('Amy (2) is too young to talk about her wishes. She was sitting on Ms Lewis\'s lap and smiled at me.') },
    // Not seen alone, with the reason.
    { note: visit('Amy (6) was not seen alone because she was unwell and wanted to stay with her mother. She showed me her rash.') },
    { note: visit('I did not see Amy (11) alone as she went out to her friend\'s before I arrived; she told me on the doorstep she was fine.') },
    // The child's wishes as a noun, and a heading.
    { note: visit("Amy's wishes: to see her dad every weekend. Amy (10) was seen alone in the garden.") },
    // Phone contact: seen alone not asked.
    { note: visit('I spoke to Amy (13) on the phone at 8pm. She said "I want to stay at my nan\'s tonight".', 'Amy Lewis', 'safeguarding') },
    // A family support worker works with the family together.
    { note: visit('Amy (6) showed me her bedtime chart and said she got three stickers.', 'Amy Lewis', 'home-visit', 'Family Support Worker') },
    // A visit to foster carers: the person in the details is an adult.
    { note: visit('Supervisory visit to Denise Carver, foster carer for Amy Lewis (11). We went through the safer caring plan.', 'Denise Carver', 'home-visit', 'Supervising Social Worker') },
    { note: visit('Visit to Gareth and Lisa Newman at home to review their training plan.', 'Gareth and Lisa Newman') },
    // A pre-birth record: no child yet to see.
    { note: visit('Visited Ms Lewis, who is 30 weeks pregnant, to talk about the birth plan.', 'Unborn baby Lewis') },
    // The visit was with the adults only.
    { note: visit('Visit to Ms Lewis and Mr Reid, parents only, to go through the written agreement.') },
    // An office visit with a parent, not the child.
    { note: visit('Met Ms Lewis at the office to go through the plan for Amy (8).', 'Amy Lewis', 'office-visit') },
    // Types the rule does not read.
    { note: visit('Rang Ms Lewis to confirm the date of the review.', 'Amy Lewis', 'phone-call') },
    { note: visit('Core group meeting held at the school.', 'Amy Lewis', 'meeting') },
    // No child to ask about: no details and no child named with an age.
    { note: note('Visited Ms Lewis at her flat to help with the housing form.') },
    // A hyphenated first name in the details.
    { note: visit('Mary-Jane (7) was seen alone in her room and showed me her school project.', 'Mary-Jane Lewis') },
    // Quoted words are the child's even with a word such as "alone" in them.
    { note: visit('Amy (8) was seen alone. She said "I don\'t like being on my own at night".') },
    // Config: the type list, the age.
    { name: 'types: only section-47', note: visit('Visit to Ms Lewis about the housing form.'), config: rule({ types: ['section-47'] }) },
    { name: 'seenAloneFromAge raised', note: visit('Amy (8) showed me her room.'), config: rule({ seenAloneFromAge: 10 }) },
    { name: 'an added family-work role', note: visit('Amy (8) showed me her room.', 'Amy Lewis', 'home-visit', 'Parenting Coach'), config: rule({ add: { familyWorkRoles: ['parenting coach'] } }) },
    { name: 'an added reason', note: visit('Amy (8) was at cadets during the visit.'), config: rule({ add: { reason: ['at cadets'] } }) },
  ],
  invalid: [
    // Nothing about the child at all.
    // Never mentioned: the finding is on the last line (in a file, the subject field).
    { note: visit('Visited Ms Lewis at home. The kitchen was clean and there was food in the fridge.'), excerpts: ['Priya Shah, Social Worker, 10/04/2026'], message: /whether the child was seen, or what/ },
    { note: visit('Visit to Amy (8) and Ms Lewis. The kitchen was clean and there was food in the fridge.'), excerpts: ['Amy'], message: /whether the child was seen, or what the child said, did or showed/ },
    // Not seen, no reason.
    { note: visit('Amy (8) was not seen. Ms Lewis said she was fine.'), excerpts: ['Amy'], message: /why the child was not seen/ },
    // Not at home, no plan.
    { note: visit('Amy (8) was out when I visited. Ms Lewis said she is doing well.'), excerpts: ['Amy'], message: /not at home, will be seen/ },
    // Seen, nothing she said, did or showed.
    { note: visit('I saw Amy (3) in the living room. Ms Lewis said the health visitor is coming on Friday.'), excerpts: ['Amy'], message: /what the child said, did or showed/ },
    // Old enough, seen with her words, seen alone not said.
    { note: visit('Amy (9) showed me her bedroom and told me she shares it with her sister.'), excerpts: ['Amy'], message: /seen alone/ },
    // Not seen alone, no reason.
    { note: visit('Amy (9) was not seen alone. She showed me her school reading record.'), excerpts: ['Amy'], message: /why the child was not seen alone/ },
    // Someone else saw her; the worker did not.
    { note: visit('Ms Lewis said she saw Amy (6) off to school at 8am. The home was tidy.'), excerpts: ['Amy'], message: /whether the child was seen/ },
    // Her words went to her teacher: that does not say she was seen.
    { note: visit('Amy (7) told her teacher that she was hungry. The school gave her breakfast.', 'Amy Lewis', 'safeguarding'), excerpts: ['Amy'], message: /whether the child was seen/ },
    // A non-verbal child: what was observed is asked for.
    { note: visit('I saw Amy (10), who is non-verbal, in the lounge. Ms Lewis said her new wheelchair arrives next week.'), excerpts: ['Amy'], message: /what you observed of the child/ },
    // No details: each child introduced with an age is asked about.
    { note: note('Visited Ms Lewis and her children Amy (8) and Ben (5). Ms Lewis said the boiler is fixed.'), excerpts: ['Amy', 'Ben'] },
    // Section 47 and safeguarding notes too.
    { note: visit('Joint visit with police. Ms Lewis said the bruise came from a fall. Amy (6) was present.', 'Amy Lewis', 'section-47'), excerpts: ['Amy'] },
    // The message never quotes the note.
    { note: visit('Amy (9) played in the garden.'), excerpts: ['Amy'], message: /^A visit record is child centred: this note does not say whether the child was seen alone/ },
    // Config: an added type; a lower age.
    { name: 'types: office-visit with the child present', note: visit('Amy (12) came to the office with Ms Lewis.', 'Amy Lewis', 'office-visit'), excerpts: ['Amy'] },
    { name: 'seenAloneFromAge lowered', note: visit('Amy (3) showed me her toys.'), excerpts: ['Amy'], config: rule({ seenAloneFromAge: 3 }) },
    { name: 'a cue removed', note: visit('Amy (8) was at school.'), excerpts: ['Amy'], config: rule({ remove: ['at school'] }) },
  ],
});
