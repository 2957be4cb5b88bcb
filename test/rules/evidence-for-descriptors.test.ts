import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';
import type { Config } from '../../src/index.js';
import { evidenceForDescriptors } from '../../rules/evidence-for-descriptors.js';
import { DESCRIPTORS, EVIDENCE } from '../../rules/data/evidence-for-descriptors.js';

const rule = (options: Record<string, unknown>): Config => ({ rules: { 'evidence-for-descriptors': ['warning', options] } });
const verdicts = rule({ verdicts: true });

testRule('evidence-for-descriptors', {
  valid: [
    // A verdict with what it rests on, when verdicts are flagged.
    { note: note('The home conditions were unacceptable: there was dog mess on the kitchen floor and no food in the fridge.'), config: verdicts },
    { note: note("Ms Dean's supervision of Leo is inadequate because she leaves him alone in the bath."), config: verdicts },
    { note: note('The bedroom was adequate for his needs.'), config: verdicts },
    // Verdicts are the writer's judgement, not descriptors of behaviour: left alone unless the option asks.
    { name: 'a verdict, by default', note: note("Ms Dean's parenting is not good enough.") },
    { name: 'another verdict, by default', note: note('The home conditions were unacceptable.') },
    // The content of an allegation or a concern: attribute-source asks who made it.
    { note: note('Concerns have also been raised that Mr Reeve has been violent towards his brother.') },
    { note: note('The school passed on an allegation that Mr Reeve was abusive to the caretaker.') },
    // Evidence of the same kind as the descriptor: drink for "drunk", what was seen for a home.
    { note: note('Mr Reeve was drunk. He smelt of lager and slurred his words.') },
    { note: note('The kitchen was dirty. There were bin bags by the back door.') },
    // A repeated action someone could see.
    { note: note('Ollie seemed agitated and kept walking to the window.') },
    { note: note('Ms Lane was evasive. She kept changing the subject to the rent.') },
    // Evidence in the descriptor's own clause.
    { note: note('Mr Reeve was aggressive whenever I mentioned the school, and slammed the door.') },
    // What happened, in the same sentence.
    { note: note('Mr Reeve was aggressive: he stood over me and told me to leave his house.') },
    { note: note('Mr Reeve was aggressive \u2013 he pointed at my face and swore at me in front of Ollie.') },
    { note: note('Mr Reeve was aggressive - he pointed at my face and told me to get out.') },
    { note: note('Ms Boyd was hostile and shouted at me from the window.') },
    { note: note('Kieran kicked the door and was aggressive towards staff.') },
    { note: note('Mr Owusu became agitated when I asked about the rent letter, and stood up to leave.') },
    { note: note('Reece was aggressive when his mother asked where he had been: he punched the door.') },
    { note: note('Tyler was described as disruptive because he left his seat during the test.') },
    { note: note('Tyler is disruptive in class, for example talking over the teacher during the register.') },
    { note: note('Mr Cole was uncooperative, as he would not let me see the children\u2019s bedrooms.') },
    { note: note('Mr Cole was uncooperative by refusing to let me upstairs.') },
    { note: note('Kieran was volatile, swearing at staff on three occasions last week.') },
    // What happened, in the next sentence.
    { note: note('Ms Boyd was hostile at the door. She slammed it shut before I could explain why I was there.') },
    { note: note('Mr Reeve was aggressive. He said "get out of my house or I will make you".') },
    { note: note('Jayden was defiant during tea. He threw his plate on the floor.') },
    // Quoted words.
    { note: note('Ms Boyd said the school called Mason "aggressive" and "a bully".') },
    { note: note('Mason said: \u201cthe teacher says I\u2019m disruptive but I\u2019m not\u201d.') },
    // Negated.
    { note: note('Mr Reeve was calm and was not aggressive at any point.') },
    { note: note('Ms Boyd wasn\u2019t hostile today and offered me a cup of tea.') },
    { note: note('Mr Cole was never aggressive or threatening during the visit.') },
    // A place or thing described by the word, before its noun.
    { note: note('There were dirty plates by the sink and a cluttered hallway with coats and shoes.') },
    { note: note('Finn was wearing dirty clothes that were too small for him.') },
    // Exceptions of the list.
    { note: note('The police are treating it as coercive and controlling behaviour.') },
    { note: note('Mr Barker said he had drunk two cans of lager at lunch.') },
    { note: note('Ms Lowe left an abusive relationship last year.') },
    { note: note('The offer of a parenting course was withdrawn.') },
    { note: note('It would be inappropriate to share the report before the meeting.') },
    { note: note('Mr Ali is anxious to get the children home before the summer.') },
    { note: note('Jayden enjoyed messy play at nursery.') },
    // A feeling the person said they have.
    { note: note('Amira said she feels anxious on Sunday nights.') },
    { note: note('Mr Holt told me he was angry about the decision to move the children.') },
    // Whole words only.
    { note: note('The report describes non-aggressive ways of setting limits.') },
    { note: note('Kayla is doing a project on volatility in the stock market.') },
    // Config.
    { name: 'remove a descriptor', note: note('The home was chaotic.'), config: rule({ remove: ['chaotic'] }) },
    { name: 'addEvidenceVerbs', note: note('Mr Reeve was aggressive. He headbutted the wall twice.'), config: rule({ addEvidenceVerbs: ['headbutted the wall'] }) },
    { name: 'rule off', note: note('The home was chaotic.'), config: { rules: { 'evidence-for-descriptors': 'off' } } },
  ],
  invalid: [
    // What the writer did is the trigger, not what the person did.
    { note: note('Mr Owusu became agitated when I asked about the rent letter.'), excerpts: ['agitated'] },
    { note: note('Ms Lane was defensive when we raised the state of the kitchen.'), excerpts: ['defensive'] },
    // A "when" clause says when, not what happened.
    { note: note('Mr Reeve was hostile when the officers brought Ollie home.'), excerpts: ['hostile'] },
    // With the option, verdicts on parenting, care and homes standing alone.
    { note: note('The home conditions were unacceptable.'), config: verdicts, excerpts: ['unacceptable'] },
    { note: note("Ms Dean's parenting is not good enough."), config: verdicts, excerpts: ['not good enough'] },
    { note: note('The standard of care is sub-standard.'), config: verdicts, excerpts: ['sub-standard'] },
    { note: note('Home conditions were adequate.'), config: verdicts, excerpts: ['adequate'] },
    { note: note('Ms Dean showed poor parenting.'), config: verdicts, excerpts: ['poor parenting'] },
    { note: note("Leo's hygiene is very poor."), config: verdicts, excerpts: ['poor'] },
    { note: note('Home conditions poor.'), config: verdicts, excerpts: ['poor'] },
    // Evidence of another kind says nothing about behaviour, nor the behaviour about a home.
    { note: note('Ms Lane was hostile towards the nurse. I think she had been drinking, as she smelt of wine and slurred her words.'), excerpts: ['hostile'] },
    { note: note('The bathroom was filthy. Ms Lane shouted at her son to go upstairs.'), excerpts: ['filthy'] },
    // The writer's own concern is the writer's description.
    { note: note('I have concerns that Mr Reeve is volatile.'), excerpts: ['volatile'] },
    { note: note('My worry is that Ms Lane is evasive.'), excerpts: ['evasive'] },
    // Keeping calm is not an action.
    { note: note('Mr Reeve was hostile. I kept calm.'), excerpts: ['hostile'] },
    // Evidence of another clause explains nothing about this one.
    { note: note('Mr Reeve was aggressive, and the children go to the park whenever it is dry.'), excerpts: ['aggressive'] },
    { note: note('Ms Dean was evasive but she gave examples of the meals she cooks, for example pasta.'), excerpts: ['evasive'] },
    {
      note: note('Mr Reeve was aggressive throughout the visit.'),
      excerpts: ['aggressive'],
      message: /^This word means different things to different people: describe what was seen or heard that shows this/,
    },
    { note: note('Ms Boyd was hostile and uncooperative at the door. I left a letter.'), excerpts: ['hostile', 'uncooperative'] },
    { note: note('When I arrived, Mr Owusu was agitated. We sat in the kitchen.'), excerpts: ['agitated'] },
    { note: note('The home was chaotic and the flat was dirty.'), excerpts: ['chaotic', 'dirty'] },
    { note: note('The kitchen was filthy. Finn showed me his bedroom.'), excerpts: ['filthy'] },
    { note: note('Staff said Kieran can be manipulative.'), excerpts: ['manipulative'] },
    { note: note('Mr Cole lacks insight into the effect of his drinking.'), excerpts: ['lacks insight'] },
    { note: note('Ms Price was evasive and appeared intoxicated.'), excerpts: ['evasive', 'intoxicated'] },
    { note: note('Jayden has become very withdrawn since the move.'), excerpts: ['very withdrawn'] },
    { note: note('Mr Shaw\u2019s language was inappropriate.'), excerpts: ['inappropriate'] },
    { note: note('Mr Ali is resistant to the plan.'), excerpts: ['resistant'] },
    { note: note('Tyler shows challenging behaviours in class.'), excerpts: ['challenging behaviours'] },
    { note: note('The relationship is volatile. The couple have been together for six years.'), excerpts: ['volatile'] },
    // Descriptors another person used are still descriptors.
    { note: note('The head of year described Tyler as disruptive and defiant.'), excerpts: ['disruptive', 'defiant'] },
    // Evidence two sentences later is too far.
    { note: note('Mr Reeve was aggressive. I saw Ollie in his room. Later Mr Reeve shouted at me.'), excerpts: ['aggressive'] },
    // Only the words outside quotation marks.
    { note: note('Jayden said his teacher calls him "aggressive".\n\nLater, Jayden was aggressive towards his sister.'), excerpts: ['aggressive'] },
    // A home word as a verdict.
    { note: note('The house was untidy and smelly throughout.'), excerpts: ['untidy', 'smelly'] },
    // Config.
    { name: 'add a descriptor', note: note('Mr Reeve was stroppy at the door.'), excerpts: ['stroppy'], config: rule({ add: ['stroppy'] }) },
    { name: 'add a built-in evidence phrase as a descriptor', note: note('Mr Reeve was sworn at.'), excerpts: ['sworn'], config: rule({ add: ['sworn'] }) },
    { name: 'checkQuotes', note: note('Ms Boyd said the school called Mason "aggressive".'), excerpts: ['aggressive'], config: rule({ checkQuotes: true }) },
  ],
});

describe('evidence-for-descriptors data', () => {
  it('has at least 40 descriptors and never flags its evidence', () => {
    expect(DESCRIPTORS.length).toBeGreaterThanOrEqual(40);
    expect(EVIDENCE.every((entry) => entry.data?.kind === 'evidence')).toBe(true);
  });
  it('rejects unknown options', () => {
    expect(evidenceForDescriptors.meta.schema.safeParse({ addEvidence: ['x'] }).success).toBe(false);
    expect(evidenceForDescriptors.meta.schema.safeParse({ addEvidenceVerbs: ['headbutted'] }).success).toBe(true);
  });
});
