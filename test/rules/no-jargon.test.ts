import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import { lint } from '../../src/index.js';
import { JARGON } from '../../rules/data/no-jargon.js';

const withOptions = (options: Record<string, unknown>) => ({ rules: { 'no-jargon': ['warning', options] as ['warning', unknown] } });

testRule('no-jargon', {
  valid: [
    'The school has had no contact from his mother this term.',
    // The kind of building, in its name.
    'Poppy sees her father every Saturday at the Riverside contact centre.',
    "Lucas's placement with his aunt is going into its third month.",
    'Nan looked after Sophie all weekend while her mother was in hospital.',
    'Dylan said, "My last social worker kept saying I was hard to reach."',
    'I updated the family contact details after the move.',
    'She said the argument escalated when her partner came home late.',
    'He has decided to step down as chair of the parents group.',
    'Ruby and her brothers told me they like sharing a room.',
    'Tyler did not want to talk about school today, so we played pool.',
    { name: 'a telephone line that is engaged', note: 'I rang the surgery twice but the line was engaged.' },
    { name: 'engaged to be married', note: 'Ms Cole said she is engaged to Mr Dean Fox.' },
    'Tensions in the house escalated when the rent was not paid.',
    'Ms Lowe stepped down from her job at the school in May.',
    { name: 'presented as well is no-vague-phrases', note: 'Mum presented as well at the meeting.' },
    { name: 'remove option', note: 'Respite was arranged for the weekend.', config: withOptions({ remove: ['respite'] }) },
  ],
  invalid: [
    // The engagement family is jargon, refusals included: say what the person did.
    { note: 'Ms Hall refused to engage and spoke through the window.', excerpts: ['engage'] },
    { note: 'Mr Fox is not engaging with the parenting course.', excerpts: ['engaging'] },
    { note: 'Since June Kai has disengaged from school.', excerpts: ['disengaged'] },
    { note: 'The review will look at stepping down to the Early Help team.', excerpts: ['stepping down'] },
    { note: 'Ms Dean is escalating the referral because the wait is long.', excerpts: ['escalating'] },
    { note: 'Callum engaged well with the worker and talked about school.', excerpts: ['engaged'], message: /took part in/ },
    { note: 'Mum engaged throughout the session.', excerpts: ['engaged'] },
    { note: 'Leo is engaging with the mentoring sessions.', excerpts: ['engaging'] },
    { note: 'I escalated my worries to the team manager on Monday.', excerpts: ['escalated'] },
    { note: 'If the plan is not followed, the case will be escalated to the Head of Service.', excerpts: ['escalated'] },
    { note: 'These concerns were escalated on Friday.', excerpts: ['escalated'] },
    { note: 'The family was stepped down to early help in June.', excerpts: ['stepped down'] },
    { note: 'We agreed to step down to a child in need plan.', excerpts: ['step down'] },
    { note: "Ms Sutton's capacity to change is limited.", excerpts: ['capacity to change'], message: /what the parent has changed/ },
    { note: 'Megan was presenting as tired after a night up with Alfie.', excerpts: ['presenting as'], replacement: 'looking' },
    { note: 'I think this is disguised compliance.', excerpts: ['disguised compliance'], message: /what the parent agreed to do/ },
    { note: 'There has been a lack of engagement with the plan since March.', excerpts: ['lack of engagement'] },
    { note: 'The family has been hard to reach since the move.', excerpts: ['hard to reach'] },
    { note: 'Jordan talked about the placement breakdown last month.', excerpts: ['placement breakdown'] },
    { note: 'She asked whether respite can be arranged.', excerpts: ['respite'], replacement: 'short break' },
    { note: 'I took Poppy to the contact centre to see her father.', excerpts: ['contact centre'], replacement: 'family centre' },
    { name: 'a name at the start of a sentence is not a name before the phrase', note: 'Contact centre visits were cancelled.', excerpts: ['Contact centre'] },
    { note: 'I signposted her to the money advice service.', excerpts: ['signposted'], replacement: null, message: /gave her the food bank's number/ },
    { note: 'Kayden absconded from the home on Saturday.', excerpts: ['absconded'], replacement: 'ran away' },
    { note: 'The service user said the routine is working.', excerpts: ['service user'] },
    { note: 'Supervised contact went ahead on Saturday.', excerpts: ['Supervised contact'], replacement: 'Family time' },
    { name: 'mid-sentence, the replacement as listed', note: 'Kayden had supervised contact on Saturday.', excerpts: ['supervised contact'], replacement: 'family time' },
    { note: 'The council is her corporate parent and must act like one.', excerpts: ['corporate parent'] },
    { name: 'a sentence that starts with the phrase keeps its capital in the fix', note: 'Going forward, visits will be weekly.', excerpts: ['Going forward'], replacement: 'From now on' },
    {
      name: 'outside the quote only',
      note: 'He said, "Stop talking about my lived experience." His lived experience at the lodgings is settled.',
      excerpts: ['lived experience'],
    },
    {
      name: 'checkQuotes',
      note: 'He said, "Stop talking about my lived experience."',
      excerpts: ['lived experience'],
      config: withOptions({ checkQuotes: true }),
    },
    {
      name: 'add option',
      note: 'The family were stepped across to the edge of care team.',
      excerpts: ['stepped across'],
      replacement: 'moved',
      config: withOptions({ add: [{ match: 'stepped across', replacement: 'moved' }] }),
    },
  ],
});

describe('no-jargon data and messages', () => {
  it('has at least 40 entries, each with a replacement or advice', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(40);
    for (const entry of JARGON) expect(entry.replacement ?? entry.advice, String(entry.match)).toBeTruthy();
  });

  it('does not quote the note beyond the phrase', () => {
    const [finding] = lint('Ms Carla Reyes was presenting as tired today.').findings.filter((f) => f.ruleId === 'no-jargon');
    expect(finding).toBeDefined();
    expect(finding!.message).not.toMatch(/Carla|Reyes|tired/);
  });
});
