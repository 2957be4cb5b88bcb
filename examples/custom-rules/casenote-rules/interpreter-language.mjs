// @ts-check
import * as z from 'zod';
import { clauseOf, phraseTokens, wordKey } from 'casenote-lint/rule-api';
import { LANGUAGES } from './data/languages.mjs';

/** The rule's options: zod, `.strict()` so that a misspelt option is an error naming it. */
const schema = z
  .object({
    /** More languages, e.g. "Krio". */
    languages: z.array(z.string().min(1)).default([]),
    /** Also check an interpreter mentioned in quoted speech. */
    checkQuotes: z.boolean().default(false),
  })
  .strict();

/** @typedef {z.infer<typeof schema>} Options */

/** Words before "interpreter" in its clause that say there was none: "no interpreter", "did not need an interpreter". */
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'declined', 'refused']);

/**
 * Each language as the word keys the note's units carry ("british sign language" is three), compiled
 * once per options object: the linter hands every note the same frozen options.
 * @type {WeakMap<Options, string[][]>}
 */
const compiled = new WeakMap();

/** @param {Options} options */
function languagesFor(options) {
  let languages = compiled.get(options);
  if (!languages) {
    languages = [...LANGUAGES, ...options.languages].map((language) => phraseTokens(language).map(wordKey));
    compiled.set(options, languages);
  }
  return languages;
}

/**
 * @param {readonly import('casenote-lint/rule-api').Unit[]} units
 * @param {number} from
 * @param {number} to exclusive
 * @param {string[][]} languages
 */
function namesLanguage(units, from, to, languages) {
  for (let i = from; i < to; i++) {
    for (const words of languages) {
      if (words.every((word, k) => i + k < to && units[i + k]?.key === word)) return true;
    }
  }
  return false;
}

/**
 * A rule with a check of its own: a note that says an interpreter was used should say which language,
 * so that the record shows the person's communication needs were met.
 *
 * @type {import('casenote-lint/rule-api').Rule<Options>}
 */
export const interpreterLanguage = {
  meta: {
    id: 'team/interpreter-language',
    name: 'The language interpreted',
    description: 'An interpreter or translator without the language they interpreted.',
    severity: 'warning',
    category: 'evidence',
    schema,
    reference: {
      section: 'Recording that everyone can understand',
      summary: "Meet the person's specific communication needs: when an interpreter is used, record the language.",
    },
  },
  // Found by the shared matcher in its one pass over the note; the matches arrive as context.matches.
  phrases: () => [{ match: ['interpreter', 'translator'], inflect: true }],
  check(context) {
    const { units, sentences, paragraphs } = context.note.index;
    const languages = languagesFor(context.options);
    for (const match of context.matches) {
      // A person's own words are theirs.
      if (match.quoted && !context.options.checkQuotes) continue;
      const clause = clauseOf(context.note.index, match.sentence, match.firstUnit, match.endUnit);
      const before = units.slice(clause.firstUnit, match.firstUnit);
      if (before.some((unit) => NEGATIONS.has(unit.key) || unit.key.endsWith("n't"))) continue;
      // Named in the clause ("a Polish interpreter"), or earlier in the paragraph ("Her first language is Dari.").
      const paragraph = paragraphs[sentences[match.sentence]?.paragraph ?? 0];
      const from = paragraph ? (sentences[paragraph.firstSentence]?.firstUnit ?? clause.firstUnit) : clause.firstUnit;
      if (namesLanguage(units, from, clause.endUnit, languages)) continue;
      context.report({
        start: match.start,
        end: match.end,
        message: "Say which language was interpreted (or that it was British Sign Language), so that the record shows the person's communication needs were met.",
      });
    }
  },
};
