import { defineWordListRule, thisPhrase, writeInstead, STANDARD, type PhraseMatch, type TextIndex } from '../src/rule-api.js';
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
  accept: (match, context) => Boolean(match.entry.data?.inNames) && namedBefore(context.note.index, match),
  message: (match) => {
    const instead = writeInstead(match.entry, 'say plainly what happened');
    return `${thisPhrase(match)} is professional jargon that the child or family may not understand: ${instead}.`;
  },
});

/** A capitalised word before the phrase, not the sentence's first: the phrase ends a name ("Riverside contact centre"). */
function namedBefore(index: TextIndex, match: PhraseMatch): boolean {
  const before = match.firstUnit - 1;
  if (before <= index.sentences[match.sentence]!.firstUnit) return false;
  return index.units[match.firstUnit]!.joined && /^\p{Lu}\p{Ll}/u.test(index.units[before]!.text);
}

export default noJargon;
