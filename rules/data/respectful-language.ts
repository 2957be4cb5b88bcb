import type { PhraseEntry } from '../../src/types.js';

/**
 * Labelling, stigmatising and victim-blaming expressions, each with a respectful alternative.
 *
 * Sources: GOV.UK "Inclusive language: words to use and avoid when writing about disability"; TACT
 * "Language that cares"; guidance on victim-blaming language about exploited children (the Children's
 * Society); Research in Practice on blaming language in social care; the project's domain research
 * (§2(e)).
 *
 * Entries marked "after retext-equality" follow patterns of retext-equality's English data
 * (https://github.com/retextjs/retext-equality, lib/patterns-en.js, MIT licence, copyright (c) 2015
 * Titus Wormer). Their alternatives are rewritten for UK social-care records. retext-equality itself
 * is not run: see the note at the end of rules/respectful-language.ts.
 *
 * Entries are phrases or patterns (src/engine/phrase-pattern.ts): "put~ {reflexive} at risk" stands
 * for "putting herself at risk", "puts himself at risk", "placed themselves at serious risk"...
 *
 * Entry data read by the rule:
 * - `noun: true`: an adjective used as a noun for a group or a person ("the disabled", "an
 *   epileptic"): flagged only when no noun follows ("the disabled toilet", "an epileptic seizure" are
 *   not labels).
 * - `kind`: 'blame' (the wording makes a child responsible for harm done to them) or 'group' (a
 *   generalisation about a group instead of this family): each has its own message.
 * - `inSentence`: flagged only when a word of this list is in the same sentence ("in exchange for" is
 *   about sex only when the sentence says so).
 * - `adultAge: true`: flagged only when the age in the match is 18 or more and the sentence gives a
 *   child's age ("Mia (14) ... her 22-year-old boyfriend"): a parent's partner of 30 is not a fault.
 * - `exceptAfter` / `exceptBefore`: neighbouring words that make it something else (see
 *   src/word-list.ts).
 *
 * Left out on purpose:
 * - "invalid", "dumb", "mad", "tinker", "backward", "scum", "the blind", "coloured" and "feral"
 *   alone: ordinary words in other senses ("invalid consent", "mad at me", "stepped backward", "scum
 *   on the bath", "the blind was down", "coloured pencils", "feral cats"); "coloured" and "feral"
 *   are caught before words for people.
 * - "fag"/"fags": in British English mostly cigarettes; the other slurs are listed.
 * - "single mum", "asylum seeker": wrong only when not relevant, which a word list cannot tell;
 *   "unaccompanied asylum-seeking child" is a legal term. ("Sexually active" is listed: the notes are
 *   about children, and the guidance asks for what happened and with whom instead.)
 * - "in a relationship with" and "boyfriend" alone: said of a parent too; listed only where the words
 *   show the other person is an adult and the child is not ("an older boyfriend", "a relationship with
 *   an adult").
 * - "manipulative", "non-compliant", "challenging behaviour", "placement", "service user": descriptors
 *   and jargon, owned by evidence-for-descriptors and no-jargon, so that one phrase is not reported
 *   twice. "Attention seeking" is listed here: as a label for a child it is blaming language whatever
 *   evidence follows.
 * - retext-equality's US-centred or technical entries ("special", "master", "depressed", "panic
 *   attack", "insomnia", "rehab", "detox", "disabled", "hang"), which are correct UK clinical or
 *   everyday words in a case note.
 */
const PERSON_FIRST = 'describe the person first and the condition second, and only if it is relevant';
const DRUGS = 'person who uses drugs';
const ALCOHOL = 'person who is dependent on alcohol';
const MENTAL_HEALTH = 'person with a mental health condition (name it if it is known and relevant)';
const LEARNING_DISABILITY = 'has a learning disability';
const EXPLOITED = 'describe the child as a victim: say who is exploiting or abusing them, not what the child did';
const NEUTRAL = 'describe the person neutrally, by name, and record only facts that matter to the child';
const AT_RISK = 'say what is happening to the child and who is harming them: "is being exploited", "is at risk of exploitation", "an adult who is exploiting her"';
const CONSENT = 'a child cannot consent to their own abuse: say what happened and who did it, e.g. "was sexually abused by", "is being sexually exploited"';
const SEXUALLY_ACTIVE = 'say what the child described and with whom; for a child under 13, or where an adult or exploitation is involved, record it as abuse ("may have been sexually abused")';
const GROOMED = 'name the adult and what they are doing: "an adult who is grooming / exploiting her", not a relationship the child chose';
const OFFENDED = 'a child who has offended (say what for, if it matters), or a child known to the youth justice service';
const ATTENTION = 'describe what the child did, and what need or feeling it may show (seeking connection or help)';
const GROUP = 'describe this family and what you saw, not a group they belong to';
/** Determiners and adjectives between a verb and "risk" ("at serious risk"). */
const MORE = 'serious|significant|great|greater|further|increased|real|high|considerable';
const UNSAFE = 'risky|dangerous|unsafe|vulnerable|compromising';
/** Words of a sentence that make "in exchange for" or "consensual" about sex. */
const SEX_WORDS = ['sex', 'sexual', 'sexually', 'intercourse'];
const SEXUAL_CONTEXT = [...SEX_WORDS, 'relationship', 'relationships', 'boyfriend', 'boyfriends', 'girlfriend', 'girlfriends', 'kissing', 'touching'];
const BLAME = { kind: 'blame' } as const;
/** What an adult risks ("put himself at risk of breaching his bail"): not a child's exploitation. */
const ADULT_RISKS = ['of losing', 'of breaching', 'of eviction', 'of being evicted', 'of arrest', 'of being arrested', 'of prosecution', 'of being prosecuted', 'of being charged', 'of a fine', 'of debt', 'of recall'];
/** Words before "consent to sex" or "consensual" that deny it. */
const NOT_ABLE = ['not', 'cannot', "'t", 'never', 'unable to', 'able to', 'age of', 'young to'];
const GROUP_KIND = { kind: 'group' } as const;
const DETERMINERS = ['the', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'both', 'all', 'most', 'many', 'some', 'other', 'no', 'young', 'older', 'these', 'those'];

export const RESPECTFUL_LANGUAGE: readonly PhraseEntry[] = [
  // Disability (GOV.UK inclusive language)
  { match: ['wheelchair bound', 'confined to a wheelchair', 'confined to wheelchair', 'bound to a wheelchair'], replacement: 'uses a wheelchair' }, // after retext-equality: wheelchair-bound
  { match: ['suffers from', 'suffering from', 'suffered from', 'suffer from', 'suffers with', 'suffering with', 'suffered with', 'afflicted by', 'afflicted with', 'stricken with'], replacement: 'has', data: { condition: true } },
  { match: ['the disabled'], replacement: 'disabled people', data: { noun: true } },
  { match: ['the handicapped', 'handicapped', 'mentally handicapped', 'physically handicapped'], replacement: 'disabled', advice: 'or "has a learning disability"' },
  { match: ['retarded', 'mentally retarded', 'retard', 'retards'], replacement: LEARNING_DISABILITY }, // after retext-equality: retard
  { match: ['mentally defective', 'subnormal', 'educationally subnormal'], replacement: LEARNING_DISABILITY },
  { match: ['cripple', 'cripples', 'crippled'], replacement: 'disabled person' }, // after retext-equality: gimp
  { match: ['spastic', 'spaz', 'spazz', 'spacker'], replacement: 'person with cerebral palsy', advice: 'or leave it out: as an insult it is a slur' }, // after retext-equality: spastic, spaz
  { match: ['able bodied'], replacement: 'non-disabled' }, // after retext-equality: ablebodied
  { match: ['deaf and dumb', 'deaf mute', 'deafmute', 'deaf mutes'], replacement: 'deaf', advice: 'say how the person communicates, for example British Sign Language' }, // after retext-equality: deafmute
  { match: ['the deaf'], replacement: 'deaf people', data: { noun: true } },
  { match: ['midget', 'midgets'], replacement: 'person of short stature' }, // after retext-equality: dwarf
  { match: ['mongol', 'mongols', 'mongoloid'], replacement: "person with Down's syndrome" }, // after retext-equality: mongoloid
  { match: ["down's child", 'downs child', "down's kid", 'downs kid', "down's syndrome child", 'downs syndrome child'], replacement: "child with Down's syndrome" },
  { match: ['harelip', 'hare lip'], replacement: 'cleft lip' }, // after retext-equality: harelip
  { match: ['brain damaged'], replacement: 'has a brain injury' },
  { match: ['high functioning', 'low functioning'], advice: "describe the person's needs and strengths instead of a level of functioning" },
  { match: ['special needs'], replacement: 'additional needs', advice: 'or "special educational needs and disabilities"' },
  { match: ['epileptic fit'], replacement: 'seizure' },
  { match: ['epileptic fits'], replacement: 'seizures' },
  { match: ['had a fit'], replacement: 'had a seizure' },
  { match: ['having a fit'], replacement: 'having a seizure' },
  { match: ['has fits'], replacement: 'has seizures' },
  { match: ['had fits'], replacement: 'had seizures' },
  { match: ['having fits'], replacement: 'having seizures' },
  { match: ['an epileptic', 'epileptics', 'a diabetic', 'diabetics', 'an asthmatic', 'asthmatics', 'a dyslexic', 'dyslexics', 'a paraplegic', 'paraplegics', 'a quadriplegic', 'an amputee'], advice: PERSON_FIRST, data: { noun: true } }, // after retext-equality: epileptic, dyslexic, paraplegic, quadriplegic, amputee

  // Mental health and suicide
  { match: ['a schizophrenic', 'schizophrenics', 'schizo', 'schizos', 'a psychotic', 'psychotics'], replacement: 'person with schizophrenia', advice: 'or "person experiencing psychosis"', data: { noun: true } }, // after retext-equality: schizo, psychotic
  { match: ['a bipolar', 'a depressive', 'depressives', 'an anorexic', 'anorexics', 'a bulimic'], advice: PERSON_FIRST, data: { noun: true } },
  { match: ['nutter', 'nutters', 'nutcase', 'nutjob', 'psycho', 'psychos', 'loony', 'loonies', 'lunatic', 'lunatics', 'insane', 'mental case', 'mental patient', 'headcase', 'head case'], replacement: MENTAL_HEALTH }, // after retext-equality: nuts
  { match: ['the mentally ill'], replacement: 'people with mental health conditions', data: { noun: true } },
  { match: ['self harmer', 'self harmers'], replacement: 'person who self-harms' },
  { match: ['committed suicide', 'commit suicide', 'commits suicide', 'committing suicide'], replacement: 'died by suicide', advice: 'or "took their own life"' }, // after retext-equality: committed-suicide
  { match: ['failed suicide attempt', 'unsuccessful suicide attempt', 'failed suicide', 'successful suicide', 'suicide failure'], replacement: 'attempted suicide' }, // after retext-equality: failed-suicide
  { match: ['sectioned'], advice: 'say under which section of the Mental Health Act 1983 the person was detained, and where' },

  // Substance use
  { match: ['addict', 'addicts', 'the addict', 'drug addict', 'drug addicts', 'heroin addict', 'crack addict'], replacement: 'person who uses drugs', advice: 'or "person with a drug dependency"' }, // after retext-equality: addict
  { match: ['junkie', 'junkies', 'druggie', 'druggies', 'druggy', 'crackhead', 'crackheads', 'smackhead', 'smackheads', 'cokehead'], replacement: DRUGS }, // after retext-equality: addict
  { match: ['an alcoholic', 'the alcoholic', 'alcoholics', 'alkie', 'alkies', 'alky', 'wino', 'winos', 'drunkard'], replacement: ALCOHOL, data: { noun: true } }, // after retext-equality: alcoholic
  { match: ['substance abuser', 'substance abusers', 'drug abuser', 'drug abusers', 'alcohol abuser', 'alcohol abusers'], replacement: 'person who uses substances', advice: 'say which' },
  { match: ['clean test', 'clean tests', 'clean sample', 'clean samples', 'tested clean'], replacement: 'negative test result' },
  { match: ['dirty test', 'dirty tests', 'dirty sample', 'dirty samples', 'tested dirty'], replacement: 'positive test result', advice: 'say for which substance' },

  // Families and parents
  { match: ['broken home', 'broken homes', 'broken family', 'broken families'], replacement: 'parents who have separated', advice: 'or "parents who live apart"' },
  { match: ['problem family', 'problem families', 'dysfunctional family', 'dysfunctional families', 'family from hell'], advice: "describe what the family is finding hard and what help they need" },
  { match: ['illegitimate', 'born out of wedlock', 'bastard', 'bastards'], advice: 'leave it out; if it matters, say the parents were not married when the child was born' },
  { match: ['baby father', 'baby fathers', 'baby mother', 'baby mothers', 'baby daddy', 'baby mama', 'baby mum', 'babyfather'], advice: "write the child's father or mother, by name" },
  { match: ['unfit mother', 'unfit parent', 'unfit parents', 'unfit father'], advice: "say which of the child's needs are not being met and what shows it" },

  // Exploitation and abuse: the child is the victim. `data.kind: 'blame'` gives the message that the
  // wording makes the child responsible for harm done to them (the Children's Society guide).
  { match: ['child prostitute', 'child prostitutes', 'child prostitution', 'teenage prostitute', 'young prostitute'], replacement: 'child who is being sexually exploited', data: BLAME },
  { match: ['prostitute', 'prostitutes'], replacement: 'person who sells sex', advice: 'for a child, "child who is being sexually exploited"' },
  { match: ['drug runner', 'drug runners', 'drug mule', 'drug mules', 'money mule', 'money mules'], replacement: 'child who is being criminally exploited', data: BLAME },
  { match: ['promiscuous', 'promiscuity', 'sleeping around', 'sleeps around', 'slept around', 'sleep around'], advice: EXPLOITED, data: BLAME },
  { match: ['child sex worker', 'child sex workers'], replacement: 'child who is being sexually exploited', data: BLAME },
  // The child "putting herself at risk", in any wording.
  {
    match: [
      `(put~|place~|expose~) {reflexive} at [${MORE}] risk`,
      `(put~|place~|expose~) {reflexive} (in|into) [${MORE}] (danger|harm's way)`,
      `(put~|place~|expose~) {reflexive} to [${MORE}] (risk|risks|danger|harm)`,
      `(put~|place~|get~) {reflexive} (in|into) (a (risky|dangerous|vulnerable|compromising)|an unsafe) (situation|position|place)`,
      `(put~|place~|get~) {reflexive} (in|into) (${UNSAFE}) (situations|positions|places)`,
      '(make~|leave~) {reflexive} (vulnerable|a target|an easy target|open to (abuse|exploitation|harm|being exploited))',
      '(choose~|decide~|opt~) to (go|be|run|stay) missing',
      '(prostitute~|sell~) {reflexive}',
    ],
    advice: AT_RISK,
    data: { ...BLAME, exceptAfter: ['not', "'t", 'never'], exceptBefore: ['short', ...ADULT_RISKS] },
  },
  { match: ['risky (lifestyle~|behaviour~|behavior~|choices)', 'high risk (lifestyle~|behaviour~|behavior~)'], advice: AT_RISK, data: BLAME },
  // Children can never consent to their own abuse.
  // "She cannot consent to sex", "the sex was not consensual" say it right.
  { match: ['(consent~|agree~) to [have|having] (sex|sexual [activity|contact|intercourse|acts]|intercourse|sleep with|sleeping with)', '[a] willing participant'], advice: CONSENT, data: { ...BLAME, exceptAfter: NOT_ABLE } },
  { match: ['consensual'], advice: CONSENT, data: { ...BLAME, inSentence: SEXUAL_CONTEXT, exceptAfter: NOT_ABLE } },
  { match: ['sexually active'], advice: SEXUALLY_ACTIVE, data: { ...BLAME, exceptAfter: ['not', "'t", 'never'] } },
  // "In exchange for" sex puts the exchange, not the abuse, first.
  { match: ['in (exchange|return) for', '(exchange~|trade~|swap~) sex'], advice: EXPLOITED, data: { ...BLAME, inSentence: SEX_WORDS } },
  // An adult "in a relationship with" or the "boyfriend" of a child is an adult who is abusing or exploiting them.
  {
    match: [
      '[much|significantly|considerably|far|a lot] (older|adult|grown up) (boyfriend~|girlfriend~)',
      'relationship with (a|an) [much|significantly|considerably|far] (older|adult|grown up) [man|male|woman|female|person|boy|girl]',
      'relationship with (older|adult|grown up) (men|males|women|females|adults)',
      '(associate~|(spend~|spent) time|(hang~|hung) (around|out)) with (older|adult) (men|males|man|male|women|females|adults|boys)',
    ],
    advice: GROOMED,
    data: BLAME,
  },
  {
    match: ['(her|his|their|a|an) {number} year old (boyfriend~|girlfriend~)', 'relationship with (a|an) {number} year old', '(boyfriend~|girlfriend~) (aged|who is) {number}'],
    advice: GROOMED,
    data: { ...BLAME, adultAge: true },
  },
  // Names of services keep their old words: "Young Offender Institution", "Young Offenders Team".
  { match: ['(young|juvenile|teenage|child) (offender~|criminal~|delinquent~)'], advice: OFFENDED, data: { exceptBefore: ['institution', 'institutions', "institution's", 'team', 'service', 'panel', 'unit'] } },
  { match: ['attention seeking'], advice: ATTENTION, data: { exceptAfter: ['not', "'t", 'never', 'than'] } },

  // Ethnicity, nationality, Gypsy, Roma and Traveller people (use the person's own description)
  { match: ['half caste', 'half castes', 'half breed', 'half breeds'], replacement: 'mixed heritage', advice: 'or the person\'s own description' },
  { match: ['coloured person', 'coloured people', 'coloured man', 'coloured men', 'coloured woman', 'coloured women', 'coloured boy', 'coloured girl', 'coloured child', 'coloured children', 'coloured family', 'coloured lady'], advice: "use the person's own description of their ethnicity, and only if it is relevant" },
  { match: ['pikey', 'pikeys', 'gyppo', 'gyppos', 'gypo', 'gypos', 'pikie'], replacement: 'Gypsy, Roma or Traveller', advice: 'or the person\'s own description' }, // after retext-equality: gyp
  { match: ['paki', 'pakis'], advice: "this is a racist slur: use the person's own description of their ethnicity or nationality, and only if it is relevant" },
  { match: ['illegal immigrant', 'illegal immigrants', 'illegal alien', 'illegal aliens', 'illegals'], replacement: 'person without immigration status' },
  { match: ['oriental man', 'oriental woman', 'oriental boy', 'oriental girl', 'oriental family', 'oriental people', 'orientals'], replacement: 'East Asian', advice: 'or the person\'s own description' }, // after retext-equality: oriental

  // Sexuality and gender identity
  { match: ['a homosexual', 'homosexuals'], replacement: 'gay man', advice: 'or "lesbian", or the person\'s own description', data: { noun: true } }, // after retext-equality: homosexual
  { match: ['poof', 'poofs', 'poofter', 'faggot', 'faggots', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale'], advice: "this is a slur: use the person's own description of their sexuality or gender identity, and only if it is relevant" }, // after retext-equality: fag, tranny, heshe
  { match: ['sex change', 'sex change operation'], replacement: 'gender reassignment', advice: 'or "transition"' }, // after retext-equality: sex-change-operation
  { match: ['transgendered', 'transgenders'], replacement: 'transgender / transgender people' }, // after retext-equality: transgendered, transgenders

  // Generalisations about a group instead of this family ("these families", "typical of travellers").
  {
    match: [
      '(these|those) (families|households)',
      '(these|those) (sort|sorts|kind|kinds|type|types) of (people|families|family|parents|households)',
      'typical (of|for) [{possessive}|the|these|those|that|this|such] (traveller~|gypsy|gypsies|roma|travelling community|traveller community|background|families|people)',
      '(people|families|kids|lads|girls|boys) from (that|those) (estate|estates|area|areas|community|part of town)',
    ],
    advice: GROUP,
    data: GROUP_KIND,
  },
  // "That kind of family support" is about the support.
  {
    match: ['(this|that) (sort|kind|type) of (family|people|parent|parents|mother|father|household)'],
    advice: GROUP,
    data: { ...GROUP_KIND, exceptBefore: ['support', 'meeting', 'meetings', 'time', 'group', 'groups', 'conference', 'work', 'worker', 'therapy', 'plan', 'home', 'centre', 'court', 'history', 'member', 'members', 'life', 'activity', 'activities', 'event', 'events', 'contact', 'assessment', 'session', 'sessions', 'programme', 'course', 'class', 'classes'] },
  },
  // "Like this" is also the verb ("her parents like this school"): not after a determiner or possessive.
  { match: ['(families|people|households) like (this|these|them|theirs|that)'], advice: GROUP, data: { ...GROUP_KIND, exceptAfter: DETERMINERS } },
  // "Typical of the culture of the school" is not about people.
  { match: ['typical (of|for) [{possessive}|the|these|those|that|this|such] (culture|community)'], advice: GROUP, data: { ...GROUP_KIND, exceptBefore: ['of', 'in', 'at', 'within'] } },

  // Class and poverty labels, and blaming labels of the service
  { match: ['chav', 'chavs', 'chavvy', 'scrounger', 'scroungers', 'benefit scrounger', 'sponger', 'spongers', 'underclass', 'riff raff'], advice: NEUTRAL },
  { match: ['feral child', 'feral children', 'feral kids', 'feral youths', 'feral family', 'feral families', 'feral teenager', 'feral teenagers'], advice: NEUTRAL },
  { match: ['sink estate', 'sink estates'], advice: 'name the estate; describe the housing only if it matters to the child' },
  { match: ['frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers'], advice: 'say how often and when the person contacted the service, and why' },
  { match: ['bed blocker', 'bed blockers', 'bed blocking'], advice: 'say why the person is waiting to leave hospital' },
  { match: ['attention seeker', 'attention seekers'], advice: ATTENTION },
  { match: ['the elderly'], replacement: 'older people', data: { noun: true } },
];
