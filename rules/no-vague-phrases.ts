import { defineWordListRule, sentenceText } from '../src/word-list.js';
import { STANDARD } from '../src/standard.js';
import { VAGUE_PHRASES } from './data/no-vague-phrases.js';

/** What follows the phrase in its sentence that makes it specific: a colon or dash with detail, or a reason. */
const SPECIFIC_FOLLOW_UP = /^[^.!?]*?(?:[:\u2013\u2014]\s*\S+(?:\s+\S+){2,}|\s-\s+\S+(?:\s+\S+){2,}|\b(?:because|as shown by|for example|such as|e\.g\.|including)\b\s+\S+)/i;

export const noVaguePhrases = defineWordListRule({
  meta: {
    id: 'no-vague-phrases',
    description: 'Phrases that say nothing about the work done or how the person is, such as "no concerns" or "all tasks completed".',
    severity: 'warning',
    category: 'evidence',
    reference: STANDARD.sufficientInformation,
  },
  list: VAGUE_PHRASES,
  message: (match) =>
    `"${match.phrase}" does not tell the reader what was done or how the person is: ${match.entry.advice ?? 'say specifically what you saw, heard and did'}.`,
  suggestions: (match) => (match.entry.advice ? [{ message: capitalise(match.entry.advice) }] : undefined),
  accept(match, context) {
    const sentence = context.note.index.sentences[match.sentence]!;
    const rest = sentenceText(context, match.sentence).slice(match.end - sentence.start);
    return SPECIFIC_FOLLOW_UP.test(rest);
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default noVaguePhrases;
