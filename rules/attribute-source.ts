/**
 * attribute-source: information from someone else with no named source.
 *
 * Standard, "Facts, opinions and judgements": "Not all information which is presented as being a matter
 * of fact can be accepted at face value. For this reason, it is important to record the source of the
 * information"; and "It needs to be clear who has provided the information, opinion or judgement."
 * Flags hearsay markers ("it was reported that", "apparently", "allegedly", "I was told", "concerns have
 * been raised") unless the sentence names who said it ("Ms Khan, the class teacher, told me",
 * "according to the school nurse", "I was told by Mr Ali"); an adverb or "I was told" is also fine after
 * a sentence that names the person spoken to ("I spoke to Ms Khan. Apparently…"). The named-source
 * detector is shared with attribute-opinion (rules/lib/named-source.ts).
 */
import * as z from 'zod';
import { type PhraseMatch, type Rule, type RuleContext, defineWordListRule, wordListOptionsShape, thisPhrase, STANDARD } from '../src/rule-api.js';
import { SOURCE_MARKERS } from './data/attribute-source.js';
import { isAttributed, sourceLexicon, type SourceLexicon } from './lib/named-source.js';

const options = z
  .object({
    ...wordListOptionsShape,
    addSourceRoles: z.array(z.string().min(1)).default([]).describe('Extra roles or organisations that name a source after "the", "his", "her"…, e.g. "kinship assessor".'),
    addReportingVerbs: z.array(z.string().min(1)).default([]).describe('Extra verbs whose subject is the source, e.g. "signposted".'),
  })
  .strict();

type Options = z.infer<typeof options>;

const lexicons = new WeakMap<Options, SourceLexicon>();

/** The source detector's lexicon for these options: looked up once per options object, not per match. */
function lexiconFor(options: Options): SourceLexicon {
  let lexicon = lexicons.get(options);
  if (!lexicon) {
    lexicon = sourceLexicon({ roles: options.addSourceRoles, reportingVerbs: options.addReportingVerbs });
    lexicons.set(options, lexicon);
  }
  return lexicon;
}

function accept(match: PhraseMatch, context: RuleContext<Options>): boolean {
  const { index } = context.note;
  const sentence = index.sentences[match.sentence]!;
  const data = match.entry.data ?? {};
  const lexicon = lexiconFor(context.options);
  // A phrase a team adds is treated like "apparently".
  const scope = data.scope === 'passive' ? 'passive' : 'clause';
  return isAttributed(index, match, { scope, context: data.scope === undefined || data.context === true }, lexicon);
}

export const attributeSource: Rule<Options> = defineWordListRule<Options>({
  meta: {
    id: 'attribute-source',
    name: 'Sources of information named',
    description: 'Information from someone else with no named source ("it was reported that", "apparently", "allegedly", "I was told").',
    severity: 'warning',
    category: 'evidence',
    schema: options,
    reference: STANDARD.source,
  },
  list: SOURCE_MARKERS,
  message: (match) =>
    `${thisPhrase(match)} does not say who gave this information: name the person, their role and how they know, for example "the class teacher, [name], told me by phone that …".`,
  suggestions: () => [{ message: 'Name who said it and their role, and whether they saw it themselves or were told' }],
  accept,
});

export default attributeSource;
