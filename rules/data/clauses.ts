/** Conjunctions that open a clause of their own (rules/lib/clauses.ts); "so" only after a comma. */
export const CLAUSE_OPENERS: readonly string[] = ['but', 'whereas', 'while', 'whilst', 'although', 'though', 'yet', 'however', 'meanwhile', 'so', 'otherwise'];

/** Words that start a new subject after "and" or "or": "and the children…", "and she…". */
export const NEW_SUBJECT_WORDS: readonly string[] = [
  'i', 'he', 'she', 'they', 'we', 'you', 'it', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'this', 'that',
  'these', 'those', 'mum', 'dad', 'mother', 'father', 'nobody', 'everyone', 'someone', 'no',
];
