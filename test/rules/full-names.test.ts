import type { Config } from '../../src/index.js';
import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';

/** A note on a child's record: the child in the details. */
const about = (text: string, subject = 'Harvey Lewis', type = 'home-visit') => ({ ...note(text), type, subject: { name: subject, caseNumber: 'C-2002' } });

const rule = (options: Record<string, unknown>): Config => ({ rules: { 'full-names': ['warning', options] } });

testRule('full-names', {
  valid: [
    // Introduced with a full name and the relationship, in any of the usual forms; then "Mum" is clear.
    { note: about('Present: Gemma Lewis (mother) and Harvey. Mum said Harvey sleeps well.') },
    { note: about('I spoke to his mother, Gemma Lewis, at the door. Later Mum rang to ask about the review.') },
    { note: about('Ms Lewis, Harvey\'s mother, was at home. Mum said the boiler is fixed.') },
    { note: about('Mum Gemma Lewis said Harvey has been sleeping better. Mum agreed to the plan.') },
    { note: about('Mother: Ms Gemma Lewis. Father: Mr Tom Reid, who lives in Leeds. Dad rings Harvey on Sundays.') },
    { note: about('Mr Tom Reid (father) came to the meeting. His partner, Ms Kerry Dunn, waited outside. Her boyfriend... that is, Mr Reid, said little.') },
    { note: about('Craig Dunn (Ms Lewis\'s partner) opened the door. Her partner said he works nights.') },
    { note: about('Carol Lewis (maternal grandmother) was there. Nan made tea.') },
    // Months that are first names: "June Lewis", "Mrs May Reid".
    { note: about("Harvey's grandmother, June Lewis, was there. Later his grandmother said he sleeps well.") },
    { note: about('His mother, Mrs May Lewis, met me on 14 June. Mum said the boiler is fixed.') },
    // Introduced later in the note still counts: the note gives the name.
    { note: about('Mum collected Harvey at 3pm. Present at the visit: Ms Gemma Lewis (mother) and Harvey.') },
    // A parent with the child's surname and a title or first name, given no other role: a reader can tell.
    { note: about('Mrs Lauren Lewis was at work. Harvey and his mum made a calendar for February.') },
    // Generic references are no one in particular.
    { note: about('The parents were not at home. A neighbour said the family moved last week. Every mother in the group agreed.') },
    { note: about('Ms Lewis wants to be a good mother to Harvey and asked about partner agencies that help fathers.') },
    // Quoted speech is the speaker's own words.
    { note: about('Harvey said "Daddy shouts when Nan is not there" and pointed to the kitchen.') },
    // A note written to the child: "your mum" is the child's own word for her.
    { note: about('Harvey, I saw you on your own in your room and we talked about seeing your mum at Christmas.') },
    // A title is not a relationship: "Father O'Brien", "Sister Reid".
    { note: about('Father Brennan from the parish rang. Sister Khan on the ward said Harvey is eating.') },
    // Children, brothers, sisters and friends by first name with an age or the relationship.
    { note: about('Harvey (9) and Grace (7) were at home. Grace said she likes her school.') },
    { note: about('Harvey talked about his brother Karim, who lives with their aunt, Ms Sara Ali. Karim rings him every week.') },
    { note: about('Harvey said his friend called Maisie came to tea. Maisie plays football with him.') },
    // A first name whose full name the note gives, before or after.
    { note: about('Sarah Cole (class teacher) rang at 10am. Sarah said Harvey was late twice.') },
    { note: about('Dom rang at 9pm to say Harvey was back. Dom Price, residential worker, stayed with him.') },
    // The subject and the author are named in the details.
    { note: about('Harvey said he wants to stay at his school. Priya explained the plan to him.') },
    // Capitalised words that are not people: sentence openers, days, months, places, services.
    { note: about('Later Harvey went to Walsall College. Childline said they would ring back. Monday was a bank holiday.') },
    { note: about('Greenway Housing rang. Greenway said the flat will be ready in May.') },
    // Generic subjects at the start of a sentence are no one's first name.
    { note: about('Attendees agreed the plan. Paramedics said Harvey was fine. Everyone left at 4pm.') },
    // Without a subject in the details, a first name before a verb may be the record's own child.
    { note: note('Jayden said he likes his new school and showed me his bag.') },
    // The paragraph says the name is not known.
    { note: about('Ms Lewis said a man called Steve has been staying. She did not know his surname.') },
    { note: about('Harvey said his girlfriend bought him a phone; he would not give her name.') },
    // Initials and a surname in capitals are part of a full name.
    { note: about('Dr A. J. Patel, the paediatrician, wrote to Harvey\'s mother, Jane SMITH. Mum agreed to the appointment.') },
    // A pasted email's quoted lines are someone else's words (summarise-emails reports the email).
    { note: about('Email from the school:\n> His mum collected him at 3pm.\n> Sarah from the office rang her.') },
    // The note says who the person is not known to be.
    { note: about('The court has ordered a DNA test to confirm who Harvey\'s father is.') },
    // A relationship that is part of another phrase.
    { note: about('Her mother tongue is Polish; the family speak Polish at home.') },
    // A table: the name in the next cell.
    { note: about('| Mother | Gemma Lewis |\n| Father | Tom Reid |\n\nMum and Dad both attended.') },
    // Hyphenated names in the details.
    { note: about('Mary-Jane said she likes her new school and her teacher.', 'Mary-Jane Lewis') },
    // Config: a removed relationship, a team's own service names, first names off.
    { name: 'remove partner', note: about('Her partner opened the door.'), config: rule({ remove: ['partner'] }) },
    { name: 'notNames', note: about('Harvey goes to Kestrel on Fridays. Kestrel said he settled well.'), config: rule({ notNames: ['Kestrel'] }) },
    { name: 'firstNames off', note: about('Dom said Harvey was back at 9pm.'), config: rule({ firstNames: false }) },
  ],
  invalid: [
    // A relationship used as a name, never introduced: the first use, once per person.
    { note: about('Mum said Harvey sleeps well. Mum agreed to the plan.'), excerpts: ['Mum'], message: /named only by their relationship/ },
    { note: about('I rang Dad twice but there was no answer.'), excerpts: ['Dad'] },
    { note: about('Harvey stays with Nan at weekends.'), excerpts: ['Nan'] },
    { note: about('Harvey said his mum was tired and his dad was at work.'), excerpts: ['his mum', 'his dad'] },
    { note: about('The father did not attend. Her boyfriend was in the kitchen.'), excerpts: ['The father', 'Her boyfriend'] },
    { note: about("Ms Lewis's partner opened the door."), excerpts: ["Ms Lewis's partner"] },
    { note: about("Harvey went to his grandmother's after school."), excerpts: ["his grandmother's"] },
    { note: about('Harvey lives with his maternal grandmother and her husband.'), excerpts: ['his maternal grandmother', 'her husband'] },
    // A first name only is not a full name.
    { note: about('Mum (Kasia) and Harvey were at home.'), excerpts: ['Mum'] },
    { note: about('Dad (Emmanuel) was still in bed at 4pm.'), excerpts: ['Dad'] },
    { note: about('Phoned Dawn (mother) at 10am about the review.'), excerpts: ['Dawn'] },
    // A first name used for a person who is never introduced.
    { note: about('Sarah from school rang to say Harvey was late.'), excerpts: ['Sarah'], message: /named only by a first name/ },
    { note: about('Dom and I took Harvey to the hospital.'), excerpts: ['Dom'] },
    { note: about('Harvey said his key worker, Dom, plays football with him.'), excerpts: ['Dom'] },
    { note: about('Tina (support worker) stayed with Harvey overnight.'), excerpts: ['Tina'] },
    { note: about('Harvey got home at 9pm. Jade rang at 10pm and said she had seen him in town.'), excerpts: ['Jade'] },
    { note: about('Harvey said a man called Steve has been staying at the flat.'), excerpts: ['Steve'] },
    // Without a subject in the details, the role and "from" forms are still read.
    { note: note('Sarah from the nursery rang to ask about the review.'), excerpts: ['Sarah'] },
    // The first use is flagged even when a later one shows it is a person.
    { note: about('The lift was arranged by Kelly. Kelly said she would collect Harvey at 3pm.'), excerpts: ['Kelly'] },
    // Messages never quote the note.
    { note: about('Nan said Harvey is fine.'), excerpts: ['Nan'], message: /^This person is named only by their relationship, and the note never gives their full name/ },
    // Config: an added relationship word.
    { name: 'add foster mum', note: about('Harvey said Foster Mum takes him swimming.'), excerpts: ['Foster Mum'], config: rule({ add: ['foster mum'] }) },
  ],
});
