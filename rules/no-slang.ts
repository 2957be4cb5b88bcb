import { defineWordListRule, thisPhrase, writeInstead, STANDARD } from '../src/rule-api.js';
import { SLANG } from './data/no-slang.js';

/**
 * Slang and over-familiar words ("kids", "telly", "kicked off", "gonna"), each with the formal word to
 * write instead. Quoted speech is skipped: what a child or parent said is recorded in their words.
 */
export const noSlang = defineWordListRule({
  meta: {
    id: 'no-slang',
    name: 'No slang',
    description: 'Slang and over-familiar words and phrases, such as "kids", "telly", "kicked off" or "gonna".',
    severity: 'warning',
    category: 'language',
    reference: STANDARD.slang,
  },
  list: SLANG,
  message: (match) => {
    const instead = writeInstead(match.entry, 'use formal, plain English instead');
    return `${thisPhrase(match)} is slang or over-familiar, and a case record is a formal document: ${instead}. If these were the person's own words, put them in quotation marks.`;
  },
});

export default noSlang;
