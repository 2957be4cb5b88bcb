/**
 * attribute-opinion: opinion, judgement or hypothesis written as fact or without its basis.
 *
 * Standard, "Facts, opinions and judgements": "Where opinions are recorded it is important to distinguish
 * these from statements of fact, and to include any available information about the basis of the
 * opinions"; "Wherever judgements are recorded the evidence on which they are based should be made
 * clear." Flags the writer's own opinion ("I feel", "in my view"), certainty that turns a judgement into
 * apparent fact ("clearly", "obviously", "it is evident") and impressions or hypotheses ("probably",
 * "seems to be"), unless its own sentence gives the basis ("because", "based on", a colon with what
 * was seen, observed behaviour), the next sentence opens by giving it ("This is because …"), or the
 * opinion belongs to a named person ("Dr Patel thinks that…": the marker is then not the writer's).
 * Evidence in a neighbouring sentence does not count: "Oliver read out his sheet. He clearly wants to
 * stay." still presents a judgement as a fact. A "because" that is the content of a guess ("I think it
 * is because he is tired") is not its basis.
 * One opinion gives one finding: "I think he is probably tired" is flagged at "I think" only.
 */
import * as z from 'zod';
import { type PhraseEntry, type PhraseMatch, type Rule, type RuleContext, applyWordListOptions, defineWordListRule, nextToException, wordListOptionsShape, thisPhrase, STANDARD } from '../src/rule-api.js';
import { BASIS, OPINION_EVIDENCE, OPINION_MARKERS, REASON_SUBJECTS } from './data/attribute-opinion.js';
import { matchesInSentence, showsWhatHappened } from './evidence-for-descriptors.js';
import { isAttributed, sourceLexicon, type SourceLexicon } from './lib/named-source.js';
import { clauseOf } from './lib/clauses.js';

const options = z
  .object({
    ...wordListOptionsShape,
    addEvidenceVerbs: z.array(z.string().min(1)).default([]).describe('Extra verbs or phrases of observed behaviour that count as the basis of an opinion.'),
    addBasisCues: z.array(z.string().min(1)).default([]).describe('Extra words that give an opinion its basis, e.g. "as recorded in".'),
    addSourceRoles: z.array(z.string().min(1)).default([]).describe('Extra roles whose holder can own an opinion, e.g. "kinship assessor".'),
  })
  .strict();

type Options = z.infer<typeof options>;

const LIST: readonly PhraseEntry[] = [...OPINION_MARKERS, ...BASIS, ...OPINION_EVIDENCE];
const REASON_SUBJECT_SET = new Set(REASON_SUBJECTS);
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
  // The basis must be in the opinion's own sentence: evidence in the sentence before or after is as
  // likely to be about something else, and a guess next to a fact is still a guess.
  const clause = clauseOf(index, s, match.firstUnit, match.endUnit);
  const inClause = (m: PhraseMatch) => m.firstUnit >= clause.firstUnit && m.endUnit <= clause.endUnit;
  if (inSentence.some((m) => (kindOf(m.entry) === 'basis' || kindOf(m.entry) === 'observation') && inClause(m) && !m.quoted && !nextToException(m, index))) return true;
  if (reasonAfter(context, match)) return true;
  if (showsWhatHappened(index, context.matches, s, match)) return true;
  // "… This is because …": the next sentence opens by giving the basis.
  const next = index.sentences[s + 1];
  if (next && matchesInSentence(context.matches, s + 1).some((m) => m.firstUnit === next.firstUnit && kindOf(m.entry) === 'basis' && m.endUnit - m.firstUnit > 1)) return true;
  if (kind === 'first-person') return false;
  const lexicon = lexiconFor(context.options);
  return isAttributed(index, match, { scope: kind === 'impersonal' ? 'passive' : 'clause' }, lexicon);
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
    name: 'Opinion kept apart from fact',
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
