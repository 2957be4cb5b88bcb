import type { PhraseEntry } from '../../src/types.js';

/**
 * Professional jargon of children's social care, each with a plain-English alternative
 * (`replacement`) or, where no phrase can stand in for it, what to write instead (`advice`).
 *
 * Started from the project's domain research (§2(b): TACT "Language that cares", Bromley, Surrey
 * and Sandwell children-in-care councils, Research in Practice on blaming language, Think Local Act
 * Personal). Alternatives are our own wording.
 *
 * Precision choices:
 * - "contact" and "placement" alone are not listed: they are the everyday words of the work and
 *   often the only word there is ("the placement is with Mr and Mrs Dale", "contact with the
 *   school"), so flagging every one would bury the real jargon. The phrases that are clearly jargon
 *   are listed instead ("contact session", "supervised contact", "placement breakdown").
 * - "looked after" alone is an ordinary verb ("Nan looked after him"); only "looked-after child(ren)"
 *   is listed. "engage" alone is ordinary; the nouns "lack of engagement" and the like are listed.
 * - "escalate" and "step down" alone are ordinary ("the argument escalated", "stepped down as
 *   chair"); only their case-management uses are listed, as patterns: escalating worries or a case
 *   to someone, a case stepped down to or from a service.
 * - "engage" for "take part" ("engaged well", "Mum engaged throughout", "refused to engage",
 *   "disengaged") is jargon, as the labelling policy counts it; a telephone line that is engaged and
 *   "engaged to" be married are not.
 * - Owned by other rules, so that one phrase is not reported twice: "presented well",
 *   "home conditions …", "basic care needs met", "no safeguarding concerns" (no-vague-phrases);
 *   "vulnerable", "complex", "non-compliant", "resistant", "challenging behaviour" (evidence-for-descriptors, which asks for what happened);
 *   "strategy discussion", "core group", "significant harm", "dysregulated", "kinship care" and
 *   other legal and clinical terms that are the right word but need explaining
 *   (explain-technical-terms); acronyms (no-acronyms).
 * - `data.exceptBefore`: words before which the phrase is something else ("presented as well" is
 *   no-vague-phrases'; "family contact details" are a phone number and address).
 * - "siblings" and "peers" are plain English; children dislike them (TACT), but that is a matter of
 *   preference, not of being understood. Only "sibling group" is listed.
 */
const SAY_WHAT_HAPPENED = 'say what happened: which visits or appointments were missed or declined, and any reason given';

export const JARGON: readonly PhraseEntry[] = [
  // How a person seemed
  // "looked", not "seemed": what the worker saw, not a guess that attribute-opinion would flag next.
  { match: 'presented as', replacement: 'looked', data: { exceptBefore: ['well'] } },
  { match: 'presents as', replacement: 'looks', data: { exceptBefore: ['well'] } },
  { match: 'presenting as', replacement: 'looking', data: { exceptBefore: ['well'] } },
  { match: ['disguised compliance'], advice: 'describe what the parent agreed to do and what they did not do, with dates' },
  { match: ['non engagement', 'lack of engagement', 'poor engagement', 'limited engagement', 'disengaged', 'disengaging', 'disengagement'], advice: SAY_WHAT_HAPPENED },
  {
    match: 'engage~',
    advice: 'say what the person did: took part in, talked about, came to, or what they said',
    data: {
      exceptAfter: ['line', 'line was', 'line is', 'phone', 'phone was', 'number', 'number was', 'telephone', 'telephone was', 'an', 'very', 'quite'],
      exceptBefore: ['to'],
    },
  },
  { match: ['capacity to change', 'capacity for change'], advice: 'say what the parent has changed and what they have not, with dates, and what that means for the child' },
  { match: ['hard to reach'], advice: 'say who could not be contacted and what was tried (calls, letters, visits, with dates)' },
  { match: ['attachment issues', 'attachment problems'], advice: 'describe what you saw between the child and their carers, and say who has assessed it' },
  { match: ['lived experience', 'lived experiences'], replacement: 'daily life' },
  { match: ['voice of the child', "child's voice"], advice: "record what the child said or showed, in the child's own words" },
  { match: ["the child's journey", 'child journey'], advice: 'say what has happened to the child, in date order' },
  // The work
  { match: ['direct work'], advice: 'say what you did with the child (for example, drew a map of their week) and what they said' },
  { match: ['parenting capacity'], advice: "say whether the parent can keep the child safe and meet their needs, and what shows it" },
  { match: ['protective factors', 'protective factor'], replacement: 'what helps keep the child safe' },
  { match: ['risk factors', 'risk factor'], replacement: 'what we are worried about' },
  { match: ['professional curiosity'], advice: 'leave it out and record the questions you asked and what you checked' },
  { match: ['drift and delay'], advice: 'say what has not happened and by when it should have' },
  { match: ['held in mind', 'hold in mind', 'holding in mind', 'to be held in mind'], advice: 'say what you will keep checking, how and when' },
  { match: ['toxic trio'], advice: 'name the worries: domestic abuse, a parent\'s mental health, alcohol or drug use' },
  { match: ['threshold met', 'meets threshold', 'met threshold', 'meets the threshold', 'met the threshold', 'threshold not met', 'does not meet threshold', 'did not meet threshold', 'below threshold'], advice: 'explain the decision in words: what we think is happening to the child and what we will do' },
  {
    match: ['<step~ down> (to|from) [the] (early help|universal services|child in need|a child in need plan|targeted|the family hub|family support)', '(case|family|plan|children|child) [was|were|is|are|will be|has been|have been|to be] <step~ down>'],
    advice: 'say which service will work with the family now and what that means for them',
  },
  { match: ['step up to social care', 'stepped up to social care', 'stepped up to child protection', 'step up to child protection'], advice: 'say that social workers will now work with the family, and why' },
  {
    match: [
      '<escalate~> [{possessive}|the|these|those|this|that] (concerns|concern|worries|worry|case|matter|it|this|referral|referrals|request|complaint)',
      '(case|concerns|worries|matter|it|this) [was|were|is|are|will be|has been|have been|had been|to be] <escalate~>',
      '<escalate~> to (management|{possessive} manager|the [team|service|duty] manager|a manager|senior management|the head of service|head of service|the service manager)',
    ],
    advice: 'say who you asked to decide, what you asked and what they decided',
  },
  // Not a word-for-word swap: "signposted her to the food bank" is "gave her the food bank's details".
  { match: ['signposted', 'signposting', 'signpost'], advice: 'say what you gave or told the person: for example "gave her the food bank\'s number and address"' },
  { match: ['package of care', 'care package', 'support package', 'package of support'], advice: 'describe the support: who gives it, what it is and how often' },
  { match: ['wrap around support', 'wraparound support'], advice: 'describe the support: who gives it, what it is and how often' },
  { match: ['multi agency working', 'multi agency approach', 'multi agency response', 'multiagency working'], advice: 'name the services involved and what each is doing' },
  { match: ['partner agencies', 'partner agency'], replacement: 'other services', advice: 'name them' },
  { match: ['professional network', 'professionals network'], replacement: 'the workers involved', advice: 'name them' },
  { match: ['universal services'], replacement: 'services open to everyone, such as schools and health visitors' },
  { match: ['targeted support', 'targeted services'], advice: 'say what support, from whom and how often' },
  { match: ['contextual safeguarding'], advice: 'name the risks to the child outside the home (places, people, online)' },
  { match: ['trauma informed'], advice: 'describe what was done differently because of what the child has been through' },
  { match: ['therapeutic parenting'], advice: 'describe what the carers do (for example, stay calm and name the feeling)' },
  { match: ['put boundaries in place', 'putting boundaries in place', 'implement boundaries', 'implementing boundaries', 'consistent boundaries', 'boundaried'], advice: 'say what rules were set and what happens when they are broken' },
  { match: ['de escalate', 'de escalated', 'de escalating', 'de escalation'], replacement: 'calm things down' },
  { match: ['robust'], advice: 'say what makes it strong: who does what, and when' },
  { match: ['holistic'], advice: 'say which parts of the child\'s life were looked at' },
  { match: ['going forward'], replacement: 'from now on' },
  { match: ['in the first instance'], replacement: 'first' },
  // Children in care and family time
  { match: ['looked after child', 'looked after children'], replacement: 'child in care' },
  { match: ['placement breakdown', 'placement breakdowns', 'placement broke down', 'placement disruption'], advice: "say that the child had to move, from whose home, and why" },
  { match: ['placement move', 'placement moves', 'change of placement'], replacement: 'move to a new home' },
  { match: ['placement stability'], advice: 'say whether the child can stay where they live, and what helps or threatens that' },
  { match: ['difficult to place', 'hard to place'], advice: 'say that a home that is right for the child has not yet been found, and why' },
  { match: ['contact session', 'contact sessions', 'supervised contact', 'family contact', 'contact arrangements'], replacement: 'family time', advice: 'say who the child saw', data: { exceptBefore: ['details', 'number', 'numbers'] } },
  { match: ['indirect contact', 'letterbox contact'], advice: 'say how the child keeps in touch: letters, cards, photos or calls, and how often' },
  // A building's kind: left alone in its name ("the Riverside contact centre").
  { match: ['contact centre', 'contact center'], replacement: 'family centre', data: { inNames: true } },
  { match: ['respite', 'respite care', 'respite carer', 'respite carers'], replacement: 'short break' },
  { match: ['permanence', 'permanency', 'permanence planning', 'permanency planning'], advice: 'say where the child will grow up and who will look after them until they are an adult' },
  { match: ['corporate parent', 'corporate parents', 'corporate parenting'], replacement: 'the council, which is responsible for the child' },
  { match: ['sibling group'], replacement: 'brothers and sisters' },
  { match: ['abscond', 'absconded', 'absconding', 'absconds', 'absconsion'], replacement: 'ran away', advice: 'or "went missing"' },
  { match: ['service user', 'service users'], advice: "use the person's name" },
  { match: ['access the community', 'accessing the community', 'accessed the community'], replacement: 'go out' },
  { match: ['activities of daily living'], replacement: 'everyday tasks such as washing, dressing and cooking' },
  { match: ['family network'], replacement: 'relatives and family friends' },
  { match: ['viability assessment'], advice: 'say it is an early check of whether a relative or friend could care for the child' },
];
