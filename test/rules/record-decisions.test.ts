import { testRule } from '../helpers/rule-tester.js';

const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';
const note = (text: string, type = 'case-note', role = 'Social Worker') => ({
  type,
  occurredAt: '2026-04-09T10:00',
  recordedAt: '2026-04-10T09:00',
  author: { name: 'Priya Shah', role },
  text: `${text}${SIGN}`,
});

testRule('record-decisions', {
  valid: [
    // Who and why, in the forms notes use.
    `Agreed with Sam Patel, Team Manager, that the case will close because the worries about school attendance have been addressed.${SIGN}`,
    `Outcome: NFA - no evidence of harm, agreed by TM${SIGN}`,
    `Decision with Sam Patel, Team Manager, at 14:10: a social work assessment will start because there was no food in the house.${SIGN}`,
    `Decision (TM): proceed to an initial child protection conference, as the bruising to Amir's face has not been explained.${SIGN}`,
    `Sam Patel, Team Manager, agreed the case can be stepped down to Early Help. Ms Khan has kept every appointment since January.${SIGN}`,
    `The strategy discussion agreed no further action, given that the hospital found the mark was a birthmark.${SIGN}`,
    `Police and children's social care agreed that a section 47 enquiry will start today, because Amir has a bruise that nobody can explain.${SIGN}`,
    `I decided not to tell Mr Khan about the new address because of the risk he poses to Ms Khan. My manager, Sam Patel, agreed.${SIGN}`,
    `Case to close, agreed by my manager. Amir is settled at school and Ms Khan has kept every appointment since January.${SIGN}`,
    `Decision: case to close.\n\nRationale: Amir is settled and the plan's goals are met. Agreed with Sam Patel, Team Manager.${SIGN}`,
    `No further action; agreed with my manager, Sam Patel – Amir's account matched his teacher's and the school's first aid log.${SIGN}`,
    // Not decisions: questions, proposals, plans, conditions, negations, reports of what others decided or were told.
    `I will ask my manager whether to close the case.${SIGN}`,
    `Can the case close before the summer?${SIGN}`,
    `Ms Khan asked if the case will close.${SIGN}`,
    `I recommend that the case is closed.${SIGN}`,
    `Closure to be discussed in supervision on Monday.${SIGN}`,
    `The case will close if Ms Khan keeps to the plan until the review.${SIGN}`,
    `The case will not close yet. There are no plans to close the case.${SIGN}`,
    `I told Ms Khan that the case will close on Friday.${SIGN}`,
    `Ms Khan is worried the children will be removed from her care.${SIGN}`,
    `Amir asked me not to tell his mum about his girlfriend.${SIGN}`,
    // History: before the note, or under a heading of checks.
    `I checked our records: one contact in 2023 about a missed appointment, closed with no further action.${SIGN}`,
    `The case was stepped down to Early Help in March.${SIGN}`,
    `Checks: previous referral closed to children's social care.\n\nToday I visited Amir at home.${SIGN}`,
    `The previous worker closed the case after the family moved.${SIGN}`,
    // Other agencies' decisions, and courts'.
    `The police will take no further action.${SIGN}`,
    `Outcome: no further action by police.${SIGN}`,
    `The court made an interim care order and Amir will be removed from his mother's care today.${SIGN}`,
    `Amir will be placed in foster care tonight under police protection.${SIGN}`,
    `No further action from health, the health visitor told me.${SIGN}`,
    `Family contact closed at 16:00 and Amir went home with his carer.${SIGN}`,
    // Quoted speech, idioms, names of things.
    `Ms Khan said, "Just close the case, I don't need you lot."${SIGN}`,
    `Mr Khan stepped up and took the children to school every day.${SIGN}`,
    `We held a step-down meeting with Early Help on Tuesday.${SIGN}`,
    `Status: closed.${SIGN}`,
    // The meeting is the maker in a meeting's note, and its discussion the reason.
    { name: 'a supervision note', note: note(`Case supervision with Priya Shah.\n\nAmir's attendance has risen to 96%.\n\nDecision: the child in need plan will end.`, 'supervision') },
    { name: 'a note that opens with the meeting', note: note(`Core group meeting held at school.\n\nAmir's attendance has risen to 96%.\n\nAgreed: the child protection plan will end.`) },
    { name: 'a manager writing the note', note: note(`Decision: no further action, as the nursery confirmed the mark was paint.`, 'case-note', 'Team Manager') },
    {
      name: 'a reason word added by config',
      note: `Case to close, agreed by my manager, in line with the threshold document.${SIGN}`,
      config: { rules: { 'record-decisions': ['warning', { reasons: ['in line with the threshold document'], remove: ['threshold'] }] } },
    },
    {
      name: 'a decider added by config',
      note: `Case to close, endorsed by the resource panel lead, because Amir's needs are met at school.${SIGN}`,
      config: { rules: { 'record-decisions': ['warning', { deciders: ['resource panel lead'] }] } },
    },
    {
      name: 'only the reason required',
      note: `Case to close because Amir's needs are met at school.${SIGN}`,
      config: { rules: { 'record-decisions': ['warning', { require: ['why'] }] } },
    },
    {
      name: 'a decision phrase removed by config',
      note: `No further action.${SIGN}`,
      config: { rules: { 'record-decisions': ['warning', { remove: ['no further action'] }] } },
    },
  ],
  invalid: [
    { note: `Decision: NFA. Close.${SIGN}`, excerpts: ['NFA'], message: /does not say who made or agreed it, or why/ },
    { note: `Proceed to ICPC.${SIGN}`, excerpts: ['Proceed to ICPC'], message: /Sam Patel, Team Manager/ },
    { note: `Decision: case to be stepped down to Early Help. Rationale: Ms Khan has kept every appointment.${SIGN}`, excerpts: ['stepped down'], message: /gives a reason but does not say who/ },
    { note: `Case to close, agreed by Sam Patel, Team Manager.${SIGN}`, excerpts: ['Case to close'], message: /says who made it but not why/ },
    { note: `Outcome: NFA, agreed by TM${SIGN}`, excerpts: ['NFA'], message: /not why/ },
    { note: `HV has not told Mum about the referral, agreed with TM.${SIGN}`, excerpts: ['has not told'], message: /delay telling someone.*reason/ },
    { note: `Decision not to tell Ms Khan about the referral yet.${SIGN}`, excerpts: ['Decision not to tell'] },
    { note: `Do not share the foster carers' address with Mr Khan.${SIGN}`, excerpts: ['Do not share'] },
    { note: `No further action.${SIGN}`, excerpts: ['No further action'] },
    { note: `Case closed.${SIGN}`, excerpts: ['Case closed'] },
    { note: `I have closed the case.${SIGN}`, excerpts: ['closed the case'], message: /not why/ },
    { note: `The case will close as Amir is settled at school.${SIGN}`, excerpts: ['case will close'], message: /does not say who/ },
    { note: `Amir to be removed from his mother's care tonight.${SIGN}`, excerpts: ["to be removed from his mother's care"] },
    { note: `Start a section 47 enquiry today.${SIGN}`, excerpts: ['Start a section 47 enquiry'] },
    { note: `The child protection plan will end.${SIGN}`, excerpts: ['child protection plan will end'] },
    { note: `Discussed with my manager, Sam Patel, Team Manager.\n\nCase to close.${SIGN}`, excerpts: ['Case to close'], name: 'the maker in another paragraph does not count' },
    { note: `Decision: Ms Khan to attend a parenting course.${SIGN}`, excerpts: ['Decision'], name: 'a Decision heading without a listed phrase' },
    { note: `Decision: case to close. No further action.\n\nOutcome: no further action; agreed by TM.${SIGN}`, excerpts: ['case to close', 'no further action'], name: 'one finding per paragraph' },
    {
      name: 'a decision phrase added by config',
      note: `Refer to the edge of care team.${SIGN}`,
      excerpts: ['Refer to the edge of care team'],
      config: { rules: { 'record-decisions': ['warning', { add: ['refer to the edge of care team'] }] } },
    },
    {
      name: 'quoted speech checked on request',
      note: `The conference chair wrote: "The case will close."${SIGN}`,
      excerpts: ['case will close'],
      config: { rules: { 'record-decisions': ['warning', { checkQuotes: true }] } },
    },
    {
      name: 'a meeting type removed from the forum types',
      note: note(`Core group meeting.\n\nDecision: no further action.`, 'meeting'),
      excerpts: ['no further action'],
      config: { rules: { 'record-decisions': ['warning', { forumNoteTypes: ['supervision'], remove: ['core group', 'meeting'] }] } },
    },
  ],
});
