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
 * `data.noun: true` marks an adjective used as a noun for a group or a person ("the disabled", "an
 * epileptic"): the rule flags it only when no noun follows ("the disabled toilet", "an epileptic
 * seizure" are not labels).
 *
 * Left out on purpose:
 * - "invalid", "dumb", "mad", "tinker", "backward", "scum", "the blind", "coloured" and "feral"
 *   alone: ordinary words in other senses ("invalid consent", "mad at me", "stepped backward", "scum
 *   on the bath", "the blind was down", "coloured pencils", "feral cats"); "coloured" and "feral"
 *   are caught before words for people.
 * - "fag"/"fags": in British English mostly cigarettes; the other slurs are listed.
 * - "single mum", "sexually active", "asylum seeker": wrong only when not relevant or for a child of a
 *   given age, which a word list cannot tell; "unaccompanied asylum-seeking child" is a legal term.
 * - "manipulative", "attention-seeking", "non-compliant", "challenging behaviour", "placement",
 *   "service user": descriptors and jargon, owned by evidence-for-descriptors and no-jargon, so that
 *   one phrase is not reported twice.
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

export const RESPECTFUL_LANGUAGE: readonly PhraseEntry[] = [
  // Disability (GOV.UK inclusive language)
  { match: ['wheelchair bound', 'confined to a wheelchair', 'confined to wheelchair', 'bound to a wheelchair'], replacement: 'uses a wheelchair' }, // after retext-equality: wheelchair-bound
  { match: ['suffers from', 'suffering from', 'suffered from', 'suffer from', 'suffers with', 'suffering with', 'suffered with', 'afflicted by', 'afflicted with', 'stricken with'], replacement: 'has', data: { condition: true } },
  { match: ['the disabled'], replacement: 'disabled people', data: { noun: true } },
  { match: ['the handicapped', 'handicapped', 'mentally handicapped', 'physically handicapped'], replacement: 'disabled (or: has a learning disability)' },
  { match: ['retarded', 'mentally retarded', 'retard', 'retards'], replacement: LEARNING_DISABILITY }, // after retext-equality: retard
  { match: ['mentally defective', 'subnormal', 'educationally subnormal'], replacement: LEARNING_DISABILITY },
  { match: ['cripple', 'cripples', 'crippled'], replacement: 'disabled person' }, // after retext-equality: gimp
  { match: ['spastic', 'spaz', 'spazz', 'spacker'], replacement: 'person with cerebral palsy (or leave it out: as an insult it is a slur)' }, // after retext-equality: spastic, spaz
  { match: ['able bodied'], replacement: 'non-disabled' }, // after retext-equality: ablebodied
  { match: ['deaf and dumb', 'deaf mute', 'deafmute', 'deaf mutes'], replacement: 'deaf (say how the person communicates, e.g. British Sign Language)' }, // after retext-equality: deafmute
  { match: ['the deaf'], replacement: 'deaf people', data: { noun: true } },
  { match: ['midget', 'midgets'], replacement: 'person of short stature' }, // after retext-equality: dwarf
  { match: ['mongol', 'mongols', 'mongoloid'], replacement: "person with Down's syndrome" }, // after retext-equality: mongoloid
  { match: ["down's child", 'downs child', "down's kid", 'downs kid', "down's syndrome child", 'downs syndrome child'], replacement: "child with Down's syndrome" },
  { match: ['harelip', 'hare lip'], replacement: 'cleft lip' }, // after retext-equality: harelip
  { match: ['brain damaged'], replacement: 'has a brain injury' },
  { match: ['high functioning', 'low functioning'], advice: "describe the person's needs and strengths instead of a level of functioning" },
  { match: ['special needs'], replacement: 'additional needs (or special educational needs and disabilities, written out)' },
  { match: ['epileptic fit', 'epileptic fits', 'had a fit', 'having a fit', 'has fits', 'had fits', 'having fits'], replacement: 'seizure' },
  { match: ['an epileptic', 'epileptics', 'a diabetic', 'diabetics', 'an asthmatic', 'asthmatics', 'a dyslexic', 'dyslexics', 'a paraplegic', 'paraplegics', 'a quadriplegic', 'an amputee'], advice: PERSON_FIRST, data: { noun: true } }, // after retext-equality: epileptic, dyslexic, paraplegic, quadriplegic, amputee

  // Mental health and suicide
  { match: ['a schizophrenic', 'schizophrenics', 'schizo', 'schizos', 'a psychotic', 'psychotics'], replacement: 'person with schizophrenia / person experiencing psychosis', data: { noun: true } }, // after retext-equality: schizo, psychotic
  { match: ['a bipolar', 'a depressive', 'depressives', 'an anorexic', 'anorexics', 'a bulimic'], advice: PERSON_FIRST, data: { noun: true } },
  { match: ['nutter', 'nutters', 'nutcase', 'nutjob', 'psycho', 'psychos', 'loony', 'loonies', 'lunatic', 'lunatics', 'insane', 'mental case', 'mental patient', 'headcase', 'head case'], replacement: MENTAL_HEALTH }, // after retext-equality: nuts
  { match: ['the mentally ill'], replacement: 'people with mental health conditions', data: { noun: true } },
  { match: ['self harmer', 'self harmers'], replacement: 'person who self-harms' },
  { match: ['committed suicide', 'commit suicide', 'commits suicide', 'committing suicide'], replacement: 'died by suicide / took their own life' }, // after retext-equality: committed-suicide
  { match: ['failed suicide attempt', 'unsuccessful suicide attempt', 'failed suicide', 'successful suicide', 'suicide failure'], replacement: 'attempted suicide' }, // after retext-equality: failed-suicide
  { match: ['sectioned'], advice: 'say under which section of the Mental Health Act 1983 the person was detained, and where' },

  // Substance use
  { match: ['addict', 'addicts', 'the addict', 'drug addict', 'drug addicts', 'heroin addict', 'crack addict'], replacement: 'person who uses drugs / person with a drug dependency' }, // after retext-equality: addict
  { match: ['junkie', 'junkies', 'druggie', 'druggies', 'druggy', 'crackhead', 'crackheads', 'smackhead', 'smackheads', 'cokehead'], replacement: DRUGS }, // after retext-equality: addict
  { match: ['an alcoholic', 'the alcoholic', 'alcoholics', 'alkie', 'alkies', 'alky', 'wino', 'winos', 'drunkard'], replacement: ALCOHOL, data: { noun: true } }, // after retext-equality: alcoholic
  { match: ['substance abuser', 'substance abusers', 'drug abuser', 'drug abusers', 'alcohol abuser', 'alcohol abusers'], replacement: 'person who uses substances (say which)' },
  { match: ['clean test', 'clean tests', 'clean sample', 'clean samples', 'tested clean'], replacement: 'negative test result' },
  { match: ['dirty test', 'dirty tests', 'dirty sample', 'dirty samples', 'tested dirty'], replacement: 'positive test result (say for which substance)' },

  // Families and parents
  { match: ['broken home', 'broken homes', 'broken family', 'broken families'], replacement: 'parents who have separated / live apart' },
  { match: ['problem family', 'problem families', 'dysfunctional family', 'dysfunctional families', 'family from hell'], advice: "describe what the family is finding hard and what help they need" },
  { match: ['illegitimate', 'born out of wedlock', 'bastard', 'bastards'], advice: 'leave it out; if it matters, say the parents were not married when the child was born' },
  { match: ['baby father', 'baby fathers', 'baby mother', 'baby mothers', 'baby daddy', 'baby mama', 'baby mum', 'babyfather'], replacement: "the child's father / mother (by name)" },
  { match: ['unfit mother', 'unfit parent', 'unfit parents', 'unfit father'], advice: "say which of the child's needs are not being met and what shows it" },

  // Exploitation and abuse: the child is the victim
  { match: ['child prostitute', 'child prostitutes', 'child prostitution', 'teenage prostitute', 'young prostitute'], replacement: 'child who is being sexually exploited' },
  { match: ['prostitute', 'prostitutes'], replacement: 'person who sells sex (for a child: child who is being sexually exploited)' },
  { match: ['putting herself at risk', 'putting himself at risk', 'putting themselves at risk', 'puts herself at risk', 'puts himself at risk', 'puts themselves at risk', 'put herself at risk', 'put himself at risk', 'put themselves at risk', 'placing herself at risk', 'placing himself at risk', 'placing themselves at risk'], advice: EXPLOITED },
  { match: ['drug runner', 'drug runners', 'drug mule', 'drug mules', 'money mule', 'money mules'], replacement: 'child who is being criminally exploited' },
  { match: ['promiscuous', 'promiscuity'], advice: EXPLOITED },
  { match: ['child sex worker', 'child sex workers'], replacement: 'child who is being sexually exploited' },

  // Ethnicity, nationality, Gypsy, Roma and Traveller people (use the person's own description)
  { match: ['half caste', 'half castes', 'half breed', 'half breeds'], replacement: "mixed heritage (or the person's own description)" },
  { match: ['coloured person', 'coloured people', 'coloured man', 'coloured men', 'coloured woman', 'coloured women', 'coloured boy', 'coloured girl', 'coloured child', 'coloured children', 'coloured family', 'coloured lady'], advice: "use the person's own description of their ethnicity, and only if it is relevant" },
  { match: ['pikey', 'pikeys', 'gyppo', 'gyppos', 'gypo', 'gypos', 'pikie'], replacement: "Gypsy, Roma or Traveller (or the person's own description)" }, // after retext-equality: gyp
  { match: ['paki', 'pakis'], advice: "this is a racist slur: use the person's own description of their ethnicity or nationality, and only if it is relevant" },
  { match: ['illegal immigrant', 'illegal immigrants', 'illegal alien', 'illegal aliens', 'illegals'], replacement: 'person without immigration status (or leave to remain)' },
  { match: ['oriental man', 'oriental woman', 'oriental boy', 'oriental girl', 'oriental family', 'oriental people', 'orientals'], replacement: "East Asian (or the person's own description)" }, // after retext-equality: oriental

  // Sexuality and gender identity
  { match: ['a homosexual', 'homosexuals'], replacement: "gay man / lesbian (or the person's own description)", data: { noun: true } }, // after retext-equality: homosexual
  { match: ['poof', 'poofs', 'poofter', 'faggot', 'faggots', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale'], advice: "this is a slur: use the person's own description of their sexuality or gender identity, and only if it is relevant" }, // after retext-equality: fag, tranny, heshe
  { match: ['sex change', 'sex change operation'], replacement: 'gender reassignment (or transition)' }, // after retext-equality: sex-change-operation
  { match: ['transgendered', 'transgenders'], replacement: 'transgender / transgender people' }, // after retext-equality: transgendered, transgenders

  // Class and poverty labels, and blaming labels of the service
  { match: ['chav', 'chavs', 'chavvy', 'scrounger', 'scroungers', 'benefit scrounger', 'sponger', 'spongers', 'underclass', 'riff raff'], advice: NEUTRAL },
  { match: ['feral child', 'feral children', 'feral kids', 'feral youths', 'feral family', 'feral families', 'feral teenager', 'feral teenagers'], advice: NEUTRAL },
  { match: ['sink estate', 'sink estates'], advice: 'name the estate; describe the housing only if it matters to the child' },
  { match: ['frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers'], advice: 'say how often and when the person contacted the service, and why' },
  { match: ['bed blocker', 'bed blockers', 'bed blocking'], advice: 'say why the person is waiting to leave hospital' },
  { match: ['attention seeker', 'attention seekers'], advice: 'describe what the person did and what need it may show' },
  { match: ['the elderly'], replacement: 'older people', data: { noun: true } },
];
