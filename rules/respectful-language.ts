import { defineWordListRule, thisPhrase, writeInstead, STANDARD, type PhraseMatch, type RuleContext, type TextIndex } from '../src/rule-api.js';
import { RESPECTFUL_LANGUAGE } from './data/respectful-language.js';

/**
 * Labelling, stigmatising and victim-blaming language ("the addict", "broken home", "suffers from",
 * "wheelchair-bound", "putting herself at risk", "these families"), each with a respectful alternative.
 * Victim-blaming wordings are patterns with slots in the data (a reflexive pronoun, optional words),
 * so that one entry covers the ways a worker writes the same thing.
 *
 * Why not retext-equality: it is a retext plugin that walks the nlcst tree once per note with its own
 * matcher (about 9 ms a note against our budget of about 0.3 ms for every rule together), and most of
 * its English list is US-centred or about software ("master", "blacklist", "hang"), or flags words a
 * UK case note uses correctly ("depressed", "special", "disabled", "panic attack", "detox"). The
 * entries that fit are taken into our data list (with attribution there) and matched in the one
 * shared pass of the phrase matcher, with the social-care list on top.
 */

/** Words after an adjective-as-noun entry that show it is still a noun ("an epileptic who…", "the disabled."). */
const NOT_A_NOUN = new Set([
  'and', 'or', 'but', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'is', 'was', 'are', 'were', 'be', 'been', 'being',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', 'do', 'does', 'did',
  'in', 'on', 'at', 'by', 'for', 'from', 'of', 'to', 'with', 'without', 'into', 'since', 'as', 'like', 'than', 'about',
  'so', 'when', 'while', 'because', 'although', 'though', 'if', 'also', 'too', 'now', 'then', 'there', 'here', 'yet',
  'himself', 'herself', 'themselves', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'all', 'both', 'still', 'again', 'really', 'very',
]);

/** What follows "suffering from" when it is not about a condition ("suffering significant harm", "suffering from neglect"). */
const HARM_WORDS = new Set(['significant', 'harm', 'neglect', 'abuse', 'domestic', 'bullying', 'exploitation', 'racism', 'discrimination', 'poverty', 'hunger', 'homelessness', 'trauma']);

/** The youngest age that makes a partner an adult. */
const ADULT = 18;
const WORDS_BEFORE_AN_AGE = new Set(['aged', 'age']);
const NUMBER = /^\d{1,3}$/;

function accept(match: PhraseMatch, context: RuleContext): boolean {
  const data = match.entry.data;
  if (!data) return false;
  const { index } = context.note;
  const next = index.units[match.endUnit];
  const follows = next !== undefined && next.sentence === match.sentence && next.joined && !next.inWord;
  if (data.noun) return follows && !NOT_A_NOUN.has(next.key);
  if (data.condition) return follows && HARM_WORDS.has(next.key);
  if (Array.isArray(data.inSentence) && !sentenceHas(index, match.sentence, data.inSentence as readonly string[])) return true;
  if (data.adultAge) return !(ageIn(index, match.firstUnit, match.endUnit) >= ADULT && hasChildAge(index, match.sentence));
  return false;
}

function sentenceHas(index: TextIndex, sentence: number, words: readonly string[]): boolean {
  const { firstUnit, endUnit } = index.sentences[sentence]!;
  for (let i = firstUnit; i < endUnit; i++) if (words.includes(index.units[i]!.key)) return true;
  return false;
}

/** The first number written in digits among units [first, end), or -1. */
function ageIn(index: TextIndex, first: number, end: number): number {
  for (let i = first; i < end; i++) {
    const key = index.units[i]!.key;
    if (NUMBER.test(key)) return Number(key);
  }
  return -1;
}

/**
 * A child's age in the sentence: a number under 18 written as an age ("14-year-old", "aged 14",
 * "Mia (14)"), so that "her 22-year-old boyfriend" is known to be said of a child.
 */
function hasChildAge(index: TextIndex, sentence: number): boolean {
  const { units, text } = index;
  const { firstUnit, endUnit } = index.sentences[sentence]!;
  for (let i = firstUnit; i < endUnit; i++) {
    const unit = units[i]!;
    if (!NUMBER.test(unit.key) || Number(unit.key) >= ADULT) continue;
    const after = units[i + 1];
    if (after && after.joined && after.sentence === sentence && (after.key === 'year' || after.key === 'years')) return true;
    const before = units[i - 1];
    if (before && unit.joined && before.sentence === sentence && WORDS_BEFORE_AN_AGE.has(before.key)) return true;
    if (text[unit.start - 1] === '(' && text[unit.end] === ')') return true;
  }
  return false;
}

function message(match: PhraseMatch): string {
  const { data } = match.entry;
  const instead = writeInstead(match.entry, 'describe the person with respect, by name');
  if (data?.kind === 'blame') return `${thisPhrase(match)} makes the child sound responsible for harm that others are doing to them: ${instead}.`;
  if (data?.kind === 'group') return `${thisPhrase(match)} generalises about a group of people instead of describing this family: ${instead}.`;
  return `${thisPhrase(match)} labels or stigmatises the person: ${instead}.`;
}

export const respectfulLanguage = defineWordListRule({
  meta: {
    id: 'respectful-language',
    name: 'Respectful language',
    description:
      'Labelling, stigmatising or victim-blaming language, such as "the addict", "broken home", "suffers from", "wheelchair-bound" or "putting herself at risk", or a generalisation about a group ("these families"), with a respectful alternative.',
    severity: 'warning',
    category: 'language',
    reference: STANDARD.respectful,
  },
  list: RESPECTFUL_LANGUAGE,
  message,
  accept,
});

export default respectfulLanguage;
