/**
 * Plain-English names of the built-in rules, for readers who are not developers (the HTML report for a
 * manager). A rule not listed here (a custom rule) is shown by its id.
 */
const RULE_NAMES: Readonly<Record<string, string>> = {
  'no-acronyms': 'Acronyms not written out',
  'no-jargon': 'Professional jargon',
  'explain-technical-terms': 'Technical terms not explained',
  'no-vague-phrases': 'Vague phrases',
  'evidence-for-descriptors': 'Descriptions without evidence',
  'require-sign-off': 'Entry not signed',
  'attribute-opinion': 'Opinion written as fact',
  'attribute-source': 'Information without a source',
  timeliness: 'Timely recording',
  'no-uppercase-blocks': 'Capitals and bold text',
  'no-slang': 'Slang',
  'respectful-language': 'Labelling language',
  'summarise-emails': 'Emails pasted in',
  'information-sharing': 'Information sharing incomplete',
  'sign-amendments': 'Amendment not signed',
  'required-fields': 'Missing or wrong note details',
  'sentence-length': 'Long sentences',
  'no-transcript-artefacts': 'Dictation or draft leftovers',
};

export function ruleName(id: string): string {
  return Object.hasOwn(RULE_NAMES, id) ? RULE_NAMES[id]! : id;
}

/** The ids that have a plain name, for the test that every built-in rule has one. */
export const NAMED_RULES: readonly string[] = Object.keys(RULE_NAMES);
