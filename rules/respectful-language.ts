import { defineWordListRule, thisPhrase } from '../src/word-list.js';
import { STANDARD } from '../src/standard.js';
import type { PhraseMatch, RuleContext } from '../src/types.js';
import { RESPECTFUL_LANGUAGE } from './data/respectful-language.js';

/**
 * Labelling, stigmatising and victim-blaming language ("the addict", "broken home", "suffers from",
 * "wheelchair-bound"), each with a respectful alternative.
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

function accept(match: PhraseMatch, context: RuleContext): boolean {
  const data = match.entry.data;
  if (!data) return false;
  const next = context.note.index.units[match.endUnit];
  const follows = next !== undefined && next.sentence === match.sentence && next.joined && !next.inWord;
  if (data.noun) return follows && !NOT_A_NOUN.has(next.key);
  if (data.condition) return follows && HARM_WORDS.has(next.key);
  return false;
}

export const respectfulLanguage = defineWordListRule({
  meta: {
    id: 'respectful-language',
    name: 'Respectful language',
    description: 'Labelling, stigmatising or victim-blaming language, such as "the addict", "broken home", "suffers from" or "wheelchair-bound", with a respectful alternative.',
    severity: 'warning',
    category: 'language',
    reference: STANDARD.respectful,
  },
  list: RESPECTFUL_LANGUAGE,
  message: (match) => {
    const { replacement, advice } = match.entry;
    const instead = replacement ? `write "${replacement}" instead` : (advice ?? 'describe the person with respect, by name');
    return `${thisPhrase(match)} labels or stigmatises the person: ${instead}.`;
  },
  accept,
});

export default respectfulLanguage;
