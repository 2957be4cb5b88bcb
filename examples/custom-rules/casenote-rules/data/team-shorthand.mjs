// @ts-check
/**
 * Shorthand our team uses for services and processes, with what to write instead. It is data, apart
 * from the rule, so that the list is reviewed as a list; a config can add or remove entries.
 *
 * @type {import('casenote-lint/rule-api').PhraseEntry[]}
 */
export const TEAM_SHORTHAND = [
  { match: 'front door', replacement: "the Children's Advice and Duty Service" },
  // "the panel" is ordinary English; "went to panel" is shorthand. <…> marks the part reported.
  { match: '(to|at|from) <panel>', advice: 'name the panel, for example "the Resource Panel"' },
  // step~ also matches "steps", "stepped" and "stepping".
  { match: 'step~ across', advice: 'say which team the family moved to, and why' },
];
