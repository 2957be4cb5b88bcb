import { defineWordListRule, defaultSuggestions, thisPhrase, STANDARD, type PhraseMatch, type RuleContext, firstAtOrAfter } from '../src/rule-api.js';
import { VAGUE_PHRASES } from './data/no-vague-phrases.js';

/**
 * What may follow the phrase in its sentence and make it specific: a colon or dash with detail, a
 * reason or example, the decision a named person made, or a measure of what was checked
 * ("no concerns about attendance, which is 96% this term", "on 11 of the last 12 days", "within the
 * normal range").
 */
const SPECIFIC_FOLLOW_UP =
  /^[^.!?]*?(?:[:\u2013\u2014]\s*\S+(?:\s+\S+){2,}|\s-\s+\S+(?:\s+\S+){2,}|\b(?:because|as shown by|for example|such as|eg|ie|including)\b\s+\S+|\bwho\s+(?:decided|agreed|directed|advised|confirmed)\b|\b(?:decided|agreed|directed)\s+(?:that|to)\b|\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)|\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?(?:last\s+)?\d+\b|\bwithin\s+(?:the\s+)?normal\s+range\b|\b\d+(?:st|nd|rd|th)\s+(?:centile|percentile)\b)/i;
/** "No concerns:" closing its paragraph, with the detail (often a list) in the next one. */
const COLON_AT_END = /^\s*:\s*$/;
/** "e.g." and "i.e." inside the sentence: their full stops must not end the text being read. */
const EG = /\be\.g\./gi;
const IE = /\bi\.e\./gi;

export const noVaguePhrases = defineWordListRule({
  meta: {
    id: 'no-vague-phrases',
    name: 'Specific, not vague',
    description: 'Phrases that say nothing about the work done or how the person is, such as "no concerns" or "all tasks completed".',
    severity: 'warning',
    category: 'evidence',
    reference: STANDARD.sufficientInformation,
  },
  list: VAGUE_PHRASES,
  message: (match) =>
    `${thisPhrase(match)} does not tell the reader what was done or how the person is: ${match.entry.advice ?? 'say specifically what you saw, heard and did'}.`,
  suggestions: (match, context) => (match.entry.advice && !match.entry.replacement ? [{ message: capitalise(match.entry.advice) }] : defaultSuggestions(match, context.note.text)),
  accept: isFollowedBySpecifics,
});

function isFollowedBySpecifics(match: PhraseMatch, context: RuleContext): boolean {
  const { index } = context.note;
  const paragraph = index.paragraphs[index.sentences[match.sentence]!.paragraph]!;
  const rest = index.text.slice(match.end, paragraph.end);
  // A reason that is itself vague ("no concerns because all is well") is no evidence.
  // Matches are in text order, so the first one after this match tells whether the sentence has another.
  const after = context.matches[firstAtOrAfter(context.matches, 'start', match.end)];
  if (after && after.sentence === match.sentence) return false;
  if (COLON_AT_END.test(rest)) return paragraph !== index.paragraphs[index.paragraphs.length - 1];
  return SPECIFIC_FOLLOW_UP.test(rest.replace(EG, 'eg').replace(IE, 'ie'));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default noVaguePhrases;
