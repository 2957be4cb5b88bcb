import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';
import type { Config } from '../../src/index.js';
import { attributeOpinion } from '../../rules/attribute-opinion.js';

const rule = (options: Record<string, unknown>): Config => ({ rules: { 'attribute-opinion': ['warning', options] } });

testRule('attribute-opinion', {
  valid: [
    { note: note('This could indicate that Amy is anxious, because she has been sick before school on four mornings this week.') },
    { note: note('Dr Rao said the bruise may suggest a fall onto a hard edge.') },
    { note: note('I think Mr Wade had been drinking, because he smelt strongly of alcohol and slurred his words.') },
    { note: note('I think Mr Wade had been drinking. This is because he smelt strongly of alcohol when he opened the door.') },
    { note: note('Kayla seems unhappy at school: she said "nobody talks to me at lunch" and sat alone in the playground.') },
    // The opinion with its basis.
    { note: note('In my professional opinion, based on four visits and the school\u2019s records, Tia is not safe at home.') },
    { note: note('I feel Jayden is frightened of his stepfather because he hid behind his mother when Mr Cole came in.') },
    { note: note('I think Mr Wade is drinking again, as he smelt of alcohol at 10am.') },
    { note: note('Given that the children have missed six visits, I believe the plan is not working.') },
    { note: note('Kayla seems to be settling in: she has joined the choir and walks to school with a friend.') },
    { note: note('The children seemed happy and played together in the garden.') },
    { note: note('Jayden was clearly upset and cried for ten minutes.') },
    { note: note('It is clear from the attendance records that Tia has missed fourteen days.') },
    // The basis opens the next sentence, or the next sentence shows what happened.
    { note: note('I believe Ms Grant is ready for weekend stays. This is because she has kept every session since January.') },
    // The opinion of a named person.
    { note: note('Dr Patel, the paediatrician, thinks that the mark is probably a chickenpox scab.') },
    { note: note('According to the health visitor, the baby is probably teething.') },
    { note: note('In Dr Patel\u2019s view, the bruise is probably from a fall.') },
    { note: note('Ms Khan said Jayden is definitely happier since he moved class.') },
    { note: note('Jayden is probably tired from the late nights, his grandmother told me.') },
    { note: note('It was felt by the core group that the plan should continue.') },
    // Evidence just before, or an impression followed by what it rests on about the same person.
    // Quoted speech.
    { note: note('Kayla said "I think Mum is sad" and "obviously I want to go home".') },
    // Not opinion markers here.
    { note: note('I explained the plan clearly and Ms Grant repeated it back to me.') },
    { note: note('Ms Grant spoke clearly and answered every question.') },
    { note: note('The fire exits were clearly marked.') },
    { note: note('I will probably visit on Tuesday and will definitely ring on Monday.') },
    { note: note('I felt unsafe when Mr Holt stood between me and the door.') },
    { note: note('I think it would help to meet at the school next time.') },
    { note: note('I thought about how to explain the plan to Jayden.') },
    { note: note('Amira appeared to be asleep on the sofa when I arrived.') },
    { note: note('Mr Holt appeared at the door in his dressing gown.') },
    { note: note('The checks must have been completed before the placement starts.') },
    // Config.
    { name: 'remove a marker', note: note('Obviously the family need more help.'), config: rule({ remove: ['obviously'] }) },
    { name: 'addBasisCues', note: note('I think the plan is working, as recorded in the review.'), config: rule({ addBasisCues: ['as recorded in'] }) },
    {
      name: 'addSourceRoles',
      note: note('The kinship assessor thinks the placement is probably right for Ruby.'),
      config: rule({ addSourceRoles: ['kinship assessor'] }),
    },
    { name: 'checkQuotes keeps a named speaker', note: note('Kayla said "obviously I want to go home" and "probably next week".'), config: rule({ checkQuotes: true }) },
    { name: 'rule off', note: note('I feel the plan is not working.'), config: { rules: { 'attribute-opinion': 'off' } } },
  ],
  invalid: [
    { note: note('I feel Ms Grant is not ready to have the children home.'), excerpts: ['I feel'], message: /^This phrase marks your opinion: say what it is based on/ },
    { note: note('Jayden was clearly frightened of his stepfather.'), excerpts: ['clearly'], message: /presents a judgement as a fact/ },
    { note: note('Obviously the family need more help with money.'), excerpts: ['Obviously'] },
    { note: note('It is evident that Mr Holt does not put the children first.'), excerpts: ['It is evident'] },
    { note: note('Ms Wade is probably drinking again.'), excerpts: ['probably'], message: /marks an impression or a hypothesis/ },
    { note: note('Kayla seems to be settling in well.'), excerpts: ['seems to be'] },
    { note: note('Mr Ali seemed calmer than last time.'), excerpts: ['seemed'] },
    { note: note('In my view, Mr Price will not keep to the agreement.'), excerpts: ['In my view'] },
    { note: note('In my professional opinion, Tia is at risk of harm.'), excerpts: ['In my professional opinion'] },
    { note: note('Lily must have been left alone for hours.'), excerpts: ['must have been'] },
    { note: note('It is felt that the children should not see their father.'), excerpts: ['It is felt'], message: /does not say whose opinion this is/ },
    { note: note('Mr Holt clearly understood the plan.'), excerpts: ['clearly'] },
    // One finding for one opinion.
    { note: note('I think Jayden is probably tired.'), excerpts: ['I think'] },
    // The writer's own opinion is not someone else's because a name is near.
    { note: note('Ms Khan said Jayden was tired, and I think he is staying up late.'), excerpts: ['I think'] },
    // A named person inside the opinion is not its owner.
    { note: note('Clearly Mr Holt said he would not come.'), excerpts: ['Clearly'] },
    // Each sentence is its own opinion.
    { note: note('I believe Ms Grant has stopped her medication. Clearly she needs more support.'), excerpts: ['I believe', 'Clearly'] },
    { note: note('Kayla appears to have settled well. We talked about her new school.'), excerpts: ['appears to have'] },
    // Evidence in a neighbouring sentence is not the opinion's basis.
    { note: note('I think Mr Wade had been drinking. He smelt strongly of alcohol and slurred his words.'), excerpts: ['I think'] },
    { note: note('Kayla seems unhappy at school. She said "nobody talks to me at lunch".'), excerpts: ['seems'] },
    { note: note('Kayla said she misses her brother. She clearly wants more contact with him.'), excerpts: ['clearly'] },
    { note: note('Kayla appears to have settled well. She has decorated her room with posters.'), excerpts: ['appears to have'] },
    // Possibilities offered as interpretations, the usual shape of machine-drafted notes.
    { note: note('This could indicate that Amy is anxious about going home.'), excerpts: ['This could indicate'] },
    { note: note('Her silence may suggest she is frightened of Mr Fox.'), excerpts: ['may suggest'] },
    { note: note('It was felt that Amy should stay with her aunt.'), excerpts: ['It was felt'] },
    // A because-clause that is the guess itself is not its basis.
    { note: note('I think it is because he is tired after his shifts.'), excerpts: ['I think'] },
    { note: note('I feel Ms Quinn is playing down what happened.'), excerpts: ['I feel'] },
    { note: note('Lily must have been left alone for hours. Her mother came home at 6pm.'), excerpts: ['must have been'] },
    // What the next sentence says about something else is no basis.
    { note: note('Jayden was clearly frightened. I saw Jayden alone in his bedroom.'), excerpts: ['clearly'] },
    // Config.
    { name: 'add a marker', note: note('Mr Price is bound to miss the meeting.'), excerpts: ['bound to'], config: rule({ add: ['bound to'] }) },
    { name: 'checkQuotes', note: note('A card on the fridge read "obviously we love our kids".'), excerpts: ['obviously'], config: rule({ checkQuotes: true }) },
  ],
});

describe('attribute-opinion options', () => {
  it('rejects unknown options', () => {
    expect(attributeOpinion.meta.schema.safeParse({ addBasis: ['x'] }).success).toBe(false);
    expect(attributeOpinion.meta.schema.safeParse({ addBasisCues: ['as recorded in'], addSourceRoles: ['assessor'] }).success).toBe(true);
  });
});
