import type { PhraseEntry } from '../../src/types.js';

/**
 * Medical, legal and technical terms that are often the right word in a record but that a child or
 * parent may not understand. The standard asks for such a term to be "followed by an explanation
 * the person will understand".
 *
 * For this rule an entry's `replacement` is the plain explanation (the gloss): the suggestion is the
 * term followed by it in brackets, "enuresis (bed-wetting)", and the gloss's words written right
 * after the term count as an explanation ("enuresis, or bed-wetting"). A team adds its own terms
 * the same way: { "match": "encopresis", "replacement": "soiling" }.
 *
 * Started from the project's domain research (§2(h)); the glosses are our own plain wording, to be
 * checked by a practitioner.
 *
 * Left out on purpose:
 * - "acute" and "chronic": doctors mean "recent" and "long-lasting", but both are also everyday
 *   words ("acute shortage"), so they would be flagged far more often than they mislead.
 * - "overdose", "self-harm", "epilepsy", "asthma", "eczema", "head lice", "care order": understood
 *   by most readers.
 * - Acronyms (ADHD, PTSD, FII, NAI, MRI): no-acronyms asks for them to be written out.
 * - Terms that are jargon rather than necessary words ("disguised compliance", "permanence"):
 *   no-jargon.
 * - The names of the formal child-protection processes and plans: "strategy discussion", "core group",
 *   "child protection plan", "child in need", "significant harm". They are how these records name their
 *   own steps, and the family, the child and every later reader meet them in the letters and plans
 *   they are given; practitioners do not ask for them to be glossed. Legal powers and court orders
 *   ("section 47 enquiry", "police protection", "section 20") still are.
 *
 * `data.explainedBy`: words that, in the term's sentence or the next one, show the reader what it
 * measures or means ("the 9th centile for her weight"), so that the sentence itself is the explanation.
 */
export const TECHNICAL_TERMS: readonly PhraseEntry[] = [
  // Injuries and medical examination
  { match: ['contusion', 'contusions'], replacement: 'a bruise' },
  { match: ['abrasion', 'abrasions'], replacement: 'a graze' },
  { match: ['laceration', 'lacerations'], replacement: 'a cut or tear in the skin' },
  { match: ['haematoma', 'hematoma', 'haematomas'], replacement: 'a swelling of blood under the skin' },
  { match: ['subdural haematoma', 'subdural hematoma', 'subdural bleed', 'subdural haemorrhage'], replacement: 'bleeding between the brain and its outer covering' },
  { match: ['retinal haemorrhage', 'retinal haemorrhages', 'retinal hemorrhage'], replacement: 'bleeding at the back of the eye' },
  { match: ['petechiae', 'petechial'], replacement: 'tiny red or purple spots caused by bleeding under the skin' },
  { match: ['metaphyseal fracture', 'metaphyseal fractures'], replacement: 'a break near the end of a growing bone' },
  { match: ['spiral fracture', 'spiral fractures'], replacement: 'a break caused by twisting' },
  { match: ['torn frenulum', 'frenulum tear', 'frenum tear'], replacement: 'a tear in the skin joining the lip or tongue to the gum' },
  { match: ['skeletal survey'], replacement: 'a set of X-rays of the whole body to look for broken bones' },
  { match: ['body map'], replacement: 'a drawing marking where injuries were seen' },
  { match: ['ligature'], replacement: 'something tied tightly around the neck' },
  // Growth and development
  {
    match: ['centile', 'centiles', 'percentile', 'percentiles'],
    replacement: "how the child's height or weight compares with other children of the same age",
    data: { explainedBy: ['weight', 'height', 'length', 'growth', 'head circumference', 'bmi'] },
  },
  { match: ['faltering growth'], replacement: 'not gaining weight or growing as expected' },
  { match: ['failure to thrive'], replacement: 'not gaining weight or growing as expected' },
  { match: ['global developmental delay', 'global delay'], replacement: 'behind in learning skills such as walking and talking in all areas' },
  { match: ['developmental delay'], replacement: 'behind in learning skills such as walking or talking' },
  { match: ['gross motor skills', 'gross motor'], replacement: 'large movements such as walking and running' },
  { match: ['fine motor skills', 'fine motor'], replacement: 'small movements such as holding a pencil' },
  { match: ['plagiocephaly'], replacement: 'a flattened area on the back or side of the head' },
  { match: ['neonatal abstinence syndrome'], replacement: 'withdrawal symptoms in a newborn baby after drugs in the womb' },
  { match: ['foetal alcohol spectrum disorder', 'fetal alcohol spectrum disorder', 'foetal alcohol syndrome'], replacement: 'lifelong effects on a child of alcohol drunk in pregnancy' },
  { match: ['enuresis'], replacement: 'bed-wetting' },
  { match: ['nocturnal enuresis'], replacement: 'wetting the bed at night' },
  { match: ['encopresis'], replacement: 'soiling' },
  { match: ['pica'], replacement: 'eating things that are not food' },
  { match: ['selective mutism'], replacement: 'being unable to speak in some places, such as school, because of anxiety' },
  { match: ['trichotillomania'], replacement: 'pulling out their own hair' },
  { match: ['febrile convulsion', 'febrile convulsions', 'febrile seizure', 'febrile seizures'], replacement: 'a fit caused by a high temperature' },
  { match: ['perthes disease'], replacement: 'a hip condition in children where the top of the thigh bone loses its blood supply' },
  { match: ['hydrocephalus'], replacement: 'a build-up of fluid on the brain' },
  { match: ['dysphagia'], replacement: 'difficulty swallowing' },
  { match: ['hypoglycaemia', 'hypoglycemia', 'hypoglycaemic', 'hypoglycemic'], replacement: 'low blood sugar' },
  { match: ['apnoea', 'apnea', 'apnoeic'], replacement: 'pauses in breathing' },
  { match: ['torticollis'], replacement: 'a twisted neck' },
  { match: ['faecal impaction', 'fecal impaction'], replacement: 'hard poo blocking the bowel' },
  { match: ['dyspraxia', 'developmental coordination disorder'], replacement: 'a condition that affects coordination and movement' },
  { match: ['sensory processing disorder', 'sensory processing difficulties'], replacement: 'difficulty coping with sounds, touch, light or other senses' },
  { match: ['osteogenesis imperfecta'], replacement: 'a condition that makes bones break easily' },
  // Mental health
  { match: ['dissociation', 'dissociating', 'dissociative', 'dissociated'], replacement: 'feeling cut off from what is happening' },
  { match: ['dysregulation', 'dysregulated'], replacement: 'finding it very hard to manage strong feelings' },
  { match: ['psychosis', 'psychotic episode'], replacement: 'losing touch with reality, such as hearing or seeing things others do not' },
  { match: ['bipolar disorder', 'bipolar affective disorder'], replacement: 'a condition with periods of very low and very high mood' },
  { match: ['emotionally unstable personality disorder'], replacement: 'a diagnosis describing intense, changing emotions and relationships' },
  { match: ['reactive attachment disorder'], replacement: 'a diagnosis for a child who finds it very hard to form close relationships with carers' },
  { match: ['oppositional defiant disorder'], replacement: 'a diagnosis describing ongoing angry or defiant behaviour' },
  { match: ['suicidal ideation'], replacement: 'thoughts of ending their life' },
  { match: ['comorbid', 'co morbid', 'comorbidity'], replacement: 'happening together with another condition' },
  // Drugs and tests
  { match: ['toxicology', 'toxicology report', 'toxicology screen'], replacement: 'a laboratory test for drugs or alcohol' },
  { match: ['hair strand test', 'hair strand testing', 'hair strand tests'], replacement: 'a laboratory test of hair that shows drug or alcohol use over past months' },
  { match: ['methadone'], replacement: 'a medicine prescribed instead of heroin' },
  { match: ['buprenorphine', 'subutex'], replacement: 'a medicine prescribed instead of heroin' },
  { match: ['opiates', 'opioids'], replacement: 'drugs such as heroin, morphine and codeine' },
  { match: ['benzodiazepines', 'benzodiazepine'], replacement: 'calming medicines such as diazepam' },
  // Law and procedure
  { match: ['parental responsibility'], replacement: 'the legal rights and duties a parent has for a child' },
  { match: ['threshold criteria'], replacement: 'the legal test the court uses before it can make a care order' },
  { match: ['section 47', 'section 47 enquiry', 'section 47 enquiries', 'section 47 investigation'], replacement: "the checks children's services must make when a child may be being seriously harmed" },
  { match: ['section 17'], replacement: 'the part of the law under which the council helps a child in need' },
  { match: ['section 31'], replacement: 'the part of the law under which the court makes care and supervision orders' },
  { match: ['section 20', 'section 20 accommodation'], replacement: "the child is looked after by the council with the parents' agreement" },
  { match: ['public law outline', 'pre proceedings'], replacement: 'the formal steps, with a letter and a meeting, before the council goes to court' },
  { match: ['interim care order'], replacement: 'a temporary court order giving the council parental responsibility until the court decides' },
  { match: ['special guardianship order'], replacement: 'a court order for someone, often a relative, to bring the child up until 18' },
  { match: ['child arrangements order'], replacement: 'a court order saying who the child lives with or spends time with' },
  { match: ['emergency protection order'], replacement: 'a short court order to keep a child safe straight away' },
  { match: ['police protection'], replacement: 'the police keeping the child safe for up to 72 hours' },
  { match: ['gillick competent', 'gillick competence'], replacement: 'mature enough to make this decision for themselves' },
  { match: ['fraser guidelines'], replacement: 'the test a doctor uses before giving contraception to someone under 16' },
  { match: ['lacks capacity', 'lacked capacity', 'lack capacity'], replacement: 'cannot make this decision at this time' },
  { match: ['best interests decision', 'best interests meeting'], replacement: 'a decision made for someone who cannot make it themselves' },
  { match: ['deprivation of liberty'], replacement: 'restrictions so great that the person is not free to leave, which need legal permission' },
  { match: ['kinship care', 'kinship carer', 'kinship carers'], replacement: 'care of a child by relatives or family friends' },
  // Assessment tools
  { match: ['genogram'], replacement: 'a family tree diagram' },
  { match: ['ecomap', 'eco map'], replacement: "a diagram of the family's relationships and support" },
  { match: ['graded care profile', 'graded care profile 2'], replacement: 'a tool for measuring the care a child receives' },
  { match: ['signs of safety'], replacement: 'a way of working with families that looks at worries, strengths and next steps' },
  // The tool's name is written with capitals; "three houses" in lower case is usually just houses.
  { match: ['Three Houses'], caseSensitive: true, replacement: "a drawing tool for hearing a child's worries, good things and wishes" },
  { match: ['three houses tool', 'three houses exercise', 'three houses activity'], replacement: "a drawing tool for hearing a child's worries, good things and wishes" },
];
