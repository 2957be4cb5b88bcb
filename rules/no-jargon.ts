import { defineWordListRule, thisPhrase } from '../src/word-list.js';
import { STANDARD } from '../src/standard.js';
import type { PhraseMatch, Suggestion } from '../src/types.js';
import { JARGON } from './data/no-jargon.js';

/**
 * Professional jargon ("presenting as", "disguised compliance", "respite"), each with a plain-English
 * alternative or with what to write instead. The word list and the reasons for what is and is not
 * in it are in rules/data/no-jargon.ts.
 */
export const noJargon = defineWordListRule({
  meta: {
    id: 'no-jargon',
    name: 'Plain words, not jargon',
    description: 'Professional jargon such as "presenting as" or "disguised compliance", with a plain-English alternative.',
    severity: 'warning',
    category: 'language',
    reference: STANDARD.jargon,
  },
  list: JARGON,
  message: (match) => {
    const { replacement, advice } = match.entry;
    const instead = replacement ? `write "${replacement}"${advice ? `, or ${advice}` : ''}` : (advice ?? 'say plainly what happened');
    return `${thisPhrase(match)} is professional jargon that the child or family may not understand: ${instead}.`;
  },
  suggestions: (match) => suggestionsFor(match),
});

function suggestionsFor(match: PhraseMatch): Suggestion[] | undefined {
  const { replacement, advice } = match.entry;
  const suggestions: Suggestion[] = [];
  if (replacement) suggestions.push({ message: `Write "${replacement}"`, replacement });
  if (advice) suggestions.push({ message: advice.charAt(0).toUpperCase() + advice.slice(1) });
  return suggestions.length > 0 ? suggestions : undefined;
}

export default noJargon;
