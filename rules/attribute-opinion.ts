/**
 * attribute-opinion: opinion, judgement or hypothesis written as fact or without its basis.
 *
 * Standard, "Facts, opinions and judgements": "Where opinions are recorded it is important to distinguish
 * these from statements of fact, and to include any available information about the basis of the
 * opinions"; "Wherever judgements are recorded the evidence on which they are based should be made
 * clear." Flags the writer's own opinion ("I feel", "in my view"), certainty that turns a judgement into
 * apparent fact ("clearly", "obviously", "it is evident") and impressions or hypotheses ("probably",
 * "seems to be"), unless the sentence gives the basis ("because", "based on", a colon with what was
 * seen, observed behaviour), the next sentence opens with it or describes what happened, or the
 * opinion belongs to a named person ("Dr Patel thinks that…": the marker is then not the writer's).
 *
 * For precision, a certainty word or an impression (not the writer's "I feel") is also fine right after
 * a sentence that shows what happened or reports what a named person said ("Kayla said she misses her
 * brother. She clearly wants more contact."), and an impression is fine when the next sentence of its
 * paragraph carries on about the same person ("Kayla appears settled. She has put up her posters.").
 * One opinion gives one finding: "I think he is probably tired" is flagged at "I think" only.
 */
import * as z from 'zod';
import type { PhraseEntry, PhraseMatch, Rule, RuleContext } from '../src/types.js';
import { applyWordListOptions, defineWordListRule, nextToException, wordListOptionsShape, thisPhrase } from '../src/word-list.js';
import { STANDARD } from '../src/standard.js';
import { BASIS, CONTINUING_PRONOUNS, OPINION_EVIDENCE, OPINION_MARKERS, REASON_SUBJECTS } from './data/attribute-opinion.js';
import { matchesInSentence, showsWhatHappened } from './evidence-for-descriptors.js';
import { isAttributed, sourceLexicon, sourcesIn, type SourceKind, type SourceLexicon } from './lib/named-source.js';

const options = z
  .object({
    ...wordListOptionsShape,
    /** Extra verbs or phrases of observed behaviour that count as the basis of an opinion. */
    addEvidenceVerbs: z.array(z.string().min(1)).default([]),
    /** Extra words that give an opinion its basis, e.g. "as recorded in". */
    addBasisCues: z.array(z.string().min(1)).default([]),
    /** Extra roles whose holder can own an opinion, e.g. "kinship assessor". */
    addSourceRoles: z.array(z.string().min(1)).default([]),
  })
  .strict();

type Options = z.infer<typeof options>;

const LIST: readonly PhraseEntry[] = [...OPINION_MARKERS, ...BASIS, ...OPINION_EVIDENCE];
const REASON_SUBJECT_SET = new Set(REASON_SUBJECTS);
const CONTINUING_PRONOUN_SET = new Set(CONTINUING_PRONOUNS);
/** Sources in the sentence before that report what someone said. */
const CLOSE_SOURCES = new Set<SourceKind>(['subject', 'pronoun', 'according', 'view']);
/** A colon or dash that introduces what was seen. */
const INTRODUCER = /[:\u2013\u2014]|\s-\s/;
const MIN_DESCRIPTION_WORDS = 3;

type Kind = 'first-person' | 'booster' | 'hedge' | 'impersonal' | 'basis' | 'evidence' | 'observation';

function kindOf(entry: PhraseEntry): Kind {
  const kind = entry.data?.kind;
  // A phrase a team adds is treated as a hedge: fine with its basis or its owner named.
  return typeof kind === 'string' ? (kind as Kind) : 'hedge';
}

const isMarker = (kind: Kind) => kind !== 'basis' && kind !== 'evidence' && kind !== 'observation';

/** The marker is something else here: "I felt unsafe", "spoke clearly", "I will probably visit". */
function excepted(context: RuleContext<Options>, match: PhraseMatch): boolean {
  const { index } = context.note;
  const sentence = index.sentences[match.sentence]!;
  const data = match.entry.data ?? {};
  if (nextToException(match, index)) return true;
  // "explained the plan clearly": a verb of saying a few words before.
  const within = data.exceptAfterWithin as { words?: unknown; units?: unknown } | undefined;
  if (within && Array.isArray(within.words) && typeof within.units === 'number') {
    const words = within.words as unknown[];
    for (let i = match.firstUnit - 1; i >= sentence.firstUnit && i >= match.firstUnit - within.units; i--) {
      if (words.includes(index.units[i]!.key)) return true;
    }
  }
  return false;
}

/** After the marker: "as he…"/"since she…" with a reason, or a colon or dash with a description. */
function reasonAfter(context: RuleContext<Options>, match: PhraseMatch): boolean {
  const { index } = context.note;
  const { units } = index;
  const sentence = index.sentences[match.sentence]!;
  for (let i = match.endUnit; i + 1 < sentence.endUnit; i++) {
    const key = units[i]!.key;
    if ((key === 'as' || key === 'since') && !units[i + 1]!.quoted && REASON_SUBJECT_SET.has(units[i + 1]!.key)) return true;
  }
  const introducer = INTRODUCER.exec(index.text.slice(match.end, sentence.end));
  if (!introducer) return false;
  const from = match.end + introducer.index;
  let words = 0;
  for (let i = match.endUnit; i < sentence.endUnit; i++) if (units[i]!.start > from) words++;
  return words >= MIN_DESCRIPTION_WORDS;
}

const lexicons = new WeakMap<Options, SourceLexicon>();

/** The source detector's lexicon for these options: looked up once per options object, not per match. */
function lexiconFor(options: Options): SourceLexicon {
  let lexicon = lexicons.get(options);
  if (!lexicon) {
    lexicon = sourceLexicon({ roles: options.addSourceRoles });
    lexicons.set(options, lexicon);
  }
  return lexicon;
}

function accept(match: PhraseMatch, context: RuleContext<Options>): boolean {
  const kind = kindOf(match.entry);
  if (!isMarker(kind)) return true;
  if (excepted(context, match)) return true;
  const { index } = context.note;
  const s = match.sentence;
  const inSentence = matchesInSentence(context.matches, s);
  // One finding per opinion: "I think he is probably tired" is one opinion, flagged at "I think".
  if (kind !== 'first-person' && inSentence.some((m) => m.start < match.start && kindOf(m.entry) === 'first-person' && !m.quoted && !excepted(context, m))) {
    return true;
  }
  if (inSentence.some((m) => kindOf(m.entry) === 'basis' || kindOf(m.entry) === 'observation')) return true;
  if (reasonAfter(context, match)) return true;
  if (showsWhatHappened(index, context.matches, s, match)) return true;
  const next = index.sentences[s + 1];
  if (next) {
    if (matchesInSentence(context.matches, s + 1).some((m) => m.firstUnit === next.firstUnit && kindOf(m.entry) === 'basis')) return true;
    if (showsWhatHappened(index, context.matches, s + 1, match)) return true;
  }
  if (kind === 'first-person') return false;
  const lexicon = lexiconFor(context.options);
  if (isAttributed(index, match, { scope: kind === 'impersonal' ? 'passive' : 'clause' }, lexicon)) return true;
  if (kind === 'impersonal') return false;
  // The evidence just before: "Kayla said she misses her brother. She clearly wants more contact."
  const sentence = index.sentences[s]!;
  const previous = index.sentences[s - 1];
  if (previous && previous.paragraph === sentence.paragraph) {
    if (showsWhatHappened(index, context.matches, s - 1, match)) return true;
    if (sourcesIn(index, s - 1, lexicon).some((source) => CLOSE_SOURCES.has(source.kind))) return true;
  }
  // An impression followed by what it rests on about the same person: "Kayla appears settled. She has…"
  if (kind === 'hedge' && next && next.paragraph === sentence.paragraph) {
    const first = index.units[next.firstUnit];
    if (first && CONTINUING_PRONOUN_SET.has(first.key)) return true;
  }
  return false;
}

const MESSAGES: Record<Exclude<Kind, 'basis' | 'evidence' | 'observation'>, (phrase: string) => string> = {
  'first-person': (phrase) =>
    `${phrase} marks your opinion: say what it is based on (what you saw, heard or read, and who told you), for example "In my view … because …".`,
  booster: (phrase) =>
    `${phrase} presents a judgement as a fact: give the evidence it rests on (what was seen or heard), or say whose view it is.`,
  hedge: (phrase) =>
    `${phrase} marks an impression or a hypothesis: say what it is based on and whose view it is, or record what was seen and heard instead.`,
  impersonal: (phrase) => `${phrase} does not say whose opinion this is: name who holds it and what it is based on.`,
};

const base = defineWordListRule<Options>({
  meta: {
    id: 'attribute-opinion',
    description:
      'Opinion, judgement or hypothesis written as fact or without its basis ("I feel", "clearly", "obviously", "probably").',
    severity: 'warning',
    category: 'evidence',
    schema: options,
    reference: STANDARD.opinion,
  },
  list: LIST,
  message: (match) => {
    const kind = kindOf(match.entry);
    const phrase = thisPhrase(match);
    return isMarker(kind) ? MESSAGES[kind as keyof typeof MESSAGES](phrase) : MESSAGES.hedge(phrase);
  },
  suggestions: (match) =>
    kindOf(match.entry) === 'first-person'
      ? [{ message: 'Add the basis of the opinion: what you saw, heard or read that led to it' }]
      : [{ message: 'Replace the word with the evidence: what was seen or heard, and by whom' }],
  accept,
});

function phrases(opts: Options): PhraseEntry[] {
  const list = applyWordListOptions(LIST, opts);
  for (const verb of opts.addEvidenceVerbs) list.push({ match: verb, data: { kind: 'evidence' } });
  for (const cue of opts.addBasisCues) list.push({ match: cue, data: { kind: 'basis' } });
  return list;
}

export const attributeOpinion: Rule<Options> = { ...base, phrases };

export default attributeOpinion;
