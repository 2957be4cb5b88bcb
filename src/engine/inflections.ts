/**
 * Forms of a word for phrase patterns ("word~") and `inflect: true` entries: plural and third person,
 * past, and -ing, plus the irregular verbs case notes use. Over-generation is harmless: a form that is
 * not a word never occurs in a note.
 */
import { IRREGULAR_VERBS } from './irregular-verbs.js';

const irregular = new Map<string, readonly string[]>(IRREGULAR_VERBS.map((forms) => [forms[0], forms]));

export function inflections(word: string): string[] {
  const forms = new Set([word]);
  const lower = word.toLowerCase();
  for (const form of irregular.get(lower) ?? []) forms.add(form);
  const endsWithE = lower.endsWith('e');
  const consonantY = /[^aeiou]y$/.test(lower);
  forms.add(/(s|x|z|ch|sh)$/.test(lower) ? `${word}es` : consonantY ? `${word.slice(0, -1)}ies` : `${word}s`);
  forms.add(endsWithE ? `${word}d` : consonantY ? `${word.slice(0, -1)}ied` : `${word}ed`);
  forms.add(endsWithE && !lower.endsWith('ee') ? `${word.slice(0, -1)}ing` : `${word}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lower) && lower.length <= 6) {
    const doubled = word + word.slice(-1);
    forms.add(`${doubled}ed`);
    forms.add(`${doubled}ing`);
  }
  return [...forms];
}
