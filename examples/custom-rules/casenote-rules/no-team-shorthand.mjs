// @ts-check
import { defineWordListRule, STANDARD, thisPhrase, writeInstead } from 'casenote-lint/rule-api';
import { TEAM_SHORTHAND } from './data/team-shorthand.mjs';

/**
 * A word-list rule: the list is data, and defineWordListRule gives the rule the shared options
 * (`add`, `remove`, `checkQuotes`), skips quoted speech, and offers each entry's replacement as a fix.
 */
export const noTeamShorthand = defineWordListRule({
  meta: {
    id: 'team/no-team-shorthand',
    name: 'Services named, not team shorthand',
    description: 'Shorthand our team uses for services and processes ("front door", "went to panel").',
    severity: 'warning',
    category: 'language',
    reference: STANDARD.jargon,
  },
  list: TEAM_SHORTHAND,
  // The message never repeats the note's words: the finding's excerpt carries them (and --redact drops it).
  message: (match) => `${thisPhrase(match)} is our team's shorthand, which a family reading the record will not know: ${writeInstead(match.entry, 'name the service')}.`,
});
