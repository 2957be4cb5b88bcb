import { testRule } from '../helpers/rule-tester.js';

const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';

testRule('information-sharing', {
  valid: [
    // A full record: what, with whom, why and how.
    `I shared the child protection plan with Mrs Ahmed, head teacher, by secure email so that school can support the safety plan.${SIGN}`,
    // The parts may be spread over the next sentence.
    `I shared the outcome of the review conference with Mrs Ahmed, head teacher. This was by secure email so that school can support the plan.${SIGN}`,
    // Other people sharing or disclosing to the worker.
    `Ms Khan shared her worries with me about Amir's sleep. She said he wakes at 3am most nights.${SIGN}`,
    `Amir disclosed that his stepdad hit him with a belt on Sunday.${SIGN}`,
    `It was disclosed at school that Dad has been drinking again.${SIGN}`,
    `The school shared its concerns about attendance with me by email on Monday.${SIGN}`,
    `Information was shared with me by the health visitor during the core group.${SIGN}`,
    `Dad told me he had shared the video with his friends, and I explained why this worried me.${SIGN}`,
    // Not sharing, and plans to share.
    `I did not share the assessment with Mr Khan as he has no contact with the children.${SIGN}`,
    `The plan will be shared with the school at the core group on Friday.${SIGN}`,
    `Ms Khan gave consent to share the assessment with the school.${SIGN}`,
    // Not information.
    `We shared a laugh about the dog. Amir and his brother shared a bedroom until last year.${SIGN}`,
    // Without consent, with the reason.
    `Ms Khan did not consent. I shared the assessment with the police by phone because there was a risk of significant harm to Amir.${SIGN}`,
    // The recipient as the object of a contact verb.
    `I rang the school and shared my concerns about Amir's bruise so that staff could check on him at lunchtime.${SIGN}`,
    // A duty handover, and "shared" that is not about information.
    `Contact from a neighbour about crying at night.\n\nPassed to the assessment team for a visit.${SIGN}`,
    `Shared care arrangements continue. The Shared Lives carer visited on Tuesday. Mum rang, shared her news about the baby.${SIGN}`,
    // Secure-email systems count as the means.
    `I shared the chronology with the virtual school via Egress so that they can plan support.${SIGN}`,
    {
      name: 'a required part can be dropped by config',
      note: `I shared the chronology with the head teacher so that school can plan support.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { require: ['what', 'whom', 'purpose'] }] } },
    },
    {
      name: 'an added how cue',
      note: `I shared the chronology with the head teacher through Anycomms so that school can plan support.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { add: { how: ['through Anycomms'] } }] } },
    },
    {
      name: 'the consent check can be turned off',
      note: `Ms Khan did not consent. I shared the assessment with the police by phone so that they could check the address.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { checkConsent: false }] } },
    },
    // Quoted speech is the person's own words.
    `Ms Khan said, "You shared my address with him." I explained what had been shared and why.${SIGN}`,
  ],
  invalid: [
    { note: `I shared information with relevant agencies.${SIGN}`, excerpts: ['shared'], message: /what was shared, with whom, for what purpose or how/ },
    { note: `Information was passed to the GP.${SIGN}`, excerpts: ['passed to'], message: /what was shared, for what purpose or how/ },
    { note: `I forwarded the assessment to the school.${SIGN}`, excerpts: ['forwarded'], message: /does not say for what purpose\./ },
    { note: `I have shared the plan with Ms Khan.${SIGN}`, excerpts: ['shared'] },
    { name: 'notes written without "I"', note: `Visited school.\n- Shared the plan with Mrs Ahmed\n- Phoned Dr Patel; forwarded the minutes.${SIGN}`, excerpts: ['Shared', 'forwarded'] },
    { note: `I sent a copy of the child protection plan to Mrs Ahmed so that school can support the plan.${SIGN}`, excerpts: ['sent'], message: /does not say how/ },
    { note: `The outcome of the strategy discussion was shared by secure email so that the school can watch for bruising.${SIGN}`, excerpts: ['shared'], message: /does not say with whom/ },
    { note: `We have also passed on details of the incident to the police by phone.${SIGN}`, excerpts: ['passed on'], message: /does not say for what purpose\./ },
    { note: `I visited the school and disclosed Amir's new address to the head teacher.${SIGN}`, excerpts: ['disclosed'] },
    {
      name: 'sharing without consent, no reason',
      note: `Ms Khan did not consent. I shared the assessment with the police by phone so that they could check the address.${SIGN}`,
      excerpts: ['did not consent'],
      message: /reason/,
    },
    {
      name: 'both: parts missing and no reason for sharing without consent',
      note: `The referral was passed on without consent.${SIGN}`,
      excerpts: ['passed on', 'without consent'],
    },
    { note: `Two sharings. I shared the plan with the school. I also forwarded the minutes to the GP by email so that she can review the medication.${SIGN}`, excerpts: ['shared'] },
    {
      name: 'a built-in cue removed by config no longer counts',
      note: `I shared the chronology with the head teacher in a letter so that school can plan support.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { remove: ['in a letter', 'letter'] }] } },
      excerpts: ['shared'],
      message: /does not say how/,
    },
  ],
});
