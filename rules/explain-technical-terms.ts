import { type PhraseEntry, type PhraseMatch, type Rule, type RuleContext, STANDARD, applyWordListOptions, wordListOptions, type WordListOptions, thisPhrase } from '../src/rule-api.js';
import { TECHNICAL_TERMS } from './data/explain-technical-terms.js';

const HAS_LETTER = /\p{L}/u;

/**
 * A medical, legal or technical term with no plain explanation after it (SPEC §5: "enuresis"
 * without "(bed-wetting)").
 *
 * An explanation in the same sentence is any of:
 * - brackets after the term holding the gloss's words, or three words or more: "enuresis
 *   (bed-wetting)", "haematoma (a swelling under the skin)";
 * - a dash or a colon followed by the same: "contusion – a bruise";
 * - a phrase that introduces one: "which means", ", meaning", ", that is", "i.e.", "in other words",
 *   "also known as", ", which is" (the ones that cannot be anything else may come later in the
 *   sentence: "a skeletal survey was booked, i.e. X-rays of every bone");
 * - the gloss's own words as the next word or two after the term, with or without "or" or an
 *   article: "enuresis, or bed-wetting", "a haematoma or swelling";
 * - the plain words first and the term after them in brackets, or after "known as" / "called":
 *   "wetting the bed at night (nocturnal enuresis)".
 * "Or" on its own is not an explanation ("enuresis or encopresis" is two terms).
 * The next sentence explains the term when it starts as an explanation ("This means …", "It is a …",
 * "A section 47 enquiry is …") or uses the gloss's words; and an entry's `explainedBy` words in the term's sentence or the next
 * one say what it is about ("the 9th centile for weight").
 *
 * Once a term is explained, or flagged, later uses in the note are left alone: the reader has the
 * explanation, and the fix is one explanation at the first use.
 */
export const explainTechnicalTerms: Rule<WordListOptions> = {
  meta: {
    id: 'explain-technical-terms',
    name: 'Technical terms explained',
    description: 'A technical or medical term (enuresis, haematoma, section 47) with no plain explanation after it.',
    severity: 'warning',
    category: 'language',
    schema: wordListOptions,
    reference: STANDARD.technicalTerms,
  },
  phrases: (options) => applyWordListOptions(TECHNICAL_TERMS, options),
  check(context) {
    const done = new Set<PhraseEntry>();
    for (const match of context.matches) {
      if (done.has(match.entry)) continue;
      if (match.quoted && !context.options.checkQuotes) continue;
      done.add(match.entry);
      if (isExplained(match, context)) continue;
      const term = context.note.index.text.slice(match.start, match.end);
      const gloss = match.entry.replacement;
      context.report({
        start: match.start,
        end: match.end,
        message: gloss
          ? `${thisPhrase(match)} is a technical term: follow it with an explanation the person will understand, for example "(${gloss})", or use the plain words instead.`
          : `${thisPhrase(match)} is a technical term: follow it with an explanation the person will understand, or use plain words instead.`,
        suggestions: gloss
          ? [{ message: `Explain it: "${term} (${gloss})"`, replacement: `${term} (${gloss})` }]
          : match.entry.advice
            ? [{ message: match.entry.advice }]
            : undefined,
      });
    }
  },
};

/** Phrases that introduce an explanation right after the term. */
const CUE = /^\s*,?\s*(?:which means|which meant|i\.\s?e\.?|ie|in other words|(?:also |otherwise |more commonly |commonly )?known as|(?:also |otherwise |more commonly |commonly )called|a term for|the (?:medical|legal|technical) (?:term|name) for)\s*,?\s*\S/i;
/** Phrases that introduce an explanation only after a comma ("the core group that is planned" is not one). */
const CUE_AFTER_COMMA = /^\s*,\s*(?:that is|meaning|(?:which|that) (?:is|are|was|were))\s*,?\s*\S/i;
const CUE_IN_BRACKETS = /^\s*(?:that is|meaning)\b/i;
/** The same phrases later in the sentence: "a skeletal survey was booked, i.e. X-rays of every bone". */
const CUE_LATER = /(?:,\s*(?:that is|meaning|which (?:is|are) (?:a|an|the))|\bi\.\s?e\.|\bwhich means|\bin other words|\b(?:also |otherwise )?known as|\balso called)\s*,?\s*\p{L}/iu;
/** The plain words first, then the term: "…, known medically as enuresis", "…, called a haematoma". */
const CUE_BEFORE = /(?:known (?:medically |clinically |legally )?as|(?:is |are )?called|termed|(?:medical|clinical|legal|technical) (?:term|name)(?: for (?:this|it))? is)\s+(?:an? |the )?["'\u201C\u2018]?$/i;
/** The term's abbreviation in brackets straight after it: "(PLO)", "(S47)". */
const ABBREVIATION_IN_BRACKETS = /^\s*\(\s*[A-Z][A-Z0-9]{1,7}s?\s*\)/;
/** A closing quotation mark right after the term. */
const CLOSING_QUOTE = /^\s*["'\u201D\u2019]?/;
/** What may sit between the term and a gloss written straight after it. */
const LEAD_IN = /^[\s,;:]*(?:(?:or|that is|i\.e\.?|meaning)\s+)?(?:(?:a|an|the)\s+)?/i;
const WORD = /\p{L}+/gu;
const STOP = new Set([
  'about', 'after', 'also', 'been', 'before', 'being', 'caused', 'does', 'from', 'have', 'into', 'like', 'made', 'make', 'more', 'only', 'other',
  'over', 'part', 'some', 'such', 'than', 'that', 'their', 'them', 'themselves', 'they', 'this', 'under', 'very', 'what', 'when', 'where',
  'which', 'while', 'with', 'child', 'children', 'person', 'someone', 'things', 'happening', 'having', 'doing', 'going', 'people',
  'time', 'times', 'used', 'using', 'there', 'these', 'those', 'takes', 'taking', 'together', 'whole',
]);

const keywordCache = new WeakMap<PhraseEntry, string[]>();

function keywordsOf(entry: PhraseEntry): string[] {
  let words = keywordCache.get(entry);
  if (!words) {
    words = (entry.replacement ?? entry.advice ?? '').toLowerCase().match(WORD)?.filter((word) => word.length >= 4 && !STOP.has(word)) ?? [];
    keywordCache.set(entry, words);
  }
  return words;
}

function isKeyword(word: string, keywords: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return keywords.some((key) => (key.length >= 5 && lower.length >= 5 ? key.slice(0, 5) === lower.slice(0, 5) : key === lower));
}

/** Brackets, a dash or a colon: an explanation when it holds the gloss's words, or three words or more. */
function explains(segment: string, keywords: readonly string[]): boolean {
  const words = segment.match(WORD) ?? [];
  if (words.length >= 3 || CUE.test(segment) || CUE_IN_BRACKETS.test(segment)) return true;
  return words.some((word) => isKeyword(word, keywords));
}

/** A sentence that starts by explaining what came before: "This means …", "It is a …", "These are …". */
const EXPLAINING_OPENER = /^\s*["'\u201C\u2018(]?(?:this|that|it|these|they|which|the (?:term|tool|test|activity|exercise))\s+(?:is|are|was|were|means|meant|involves|involved|shows|showed|measures|measured|looks|asks|helps|uses)\b/i;

/** What follows the term when a sentence opens by defining it: "A section 47 enquiry is how we …". */
const DEFINING_VERB = /^\s+(?:(?:is|are)\s+(?:a|an|the|how|when|where|what|used|one|part)|means|involves|describes|refers to)\b/i;
const LEADING_ARTICLE = /^\s*["'\u201C\u2018(]?(?:(?:a|an|the)\s+)?/i;

/** The sentence opens with the term as the subject of a definition. */
function definesTerm(sentence: string, term: string): boolean {
  const opening = sentence.replace(LEADING_ARTICLE, '');
  return opening.slice(0, term.length).toLowerCase() === term.toLowerCase() && DEFINING_VERB.test(opening.slice(term.length));
}

const explainedByCache = new WeakMap<PhraseEntry, RegExp | null>();

/** The entry's `explainedBy` words as one pattern, built once per entry. */
function explainedByPattern(entry: PhraseEntry): RegExp | null {
  let pattern = explainedByCache.get(entry);
  if (pattern === undefined) {
    const words = entry.data?.explainedBy;
    pattern = Array.isArray(words) && words.length > 0
      ? new RegExp(`(?<![\\p{L}])(?:${words.map((word) => String(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu')
      : null;
    explainedByCache.set(entry, pattern);
  }
  return pattern;
}

/** The next sentence of the same paragraph explains the term, or the entry's context words say what it is about. */
function explainedAround(match: PhraseMatch, context: RuleContext, keywords: readonly string[]): boolean {
  const { text, sentences } = context.note.index;
  const sentence = sentences[match.sentence]!;
  const next = sentences[match.sentence + 1];
  const nextText = next && next.paragraph === sentence.paragraph ? text.slice(next.start, next.end) : '';
  const byContext = explainedByPattern(match.entry);
  if (byContext && (byContext.test(text.slice(sentence.start, sentence.end)) || byContext.test(nextText))) return true;
  if (!nextText) return false;
  if (EXPLAINING_OPENER.test(nextText) || definesTerm(nextText, text.slice(match.start, match.end))) return true;
  return (nextText.match(WORD) ?? []).some((word) => isKeyword(word, keywords));
}

function isExplained(match: PhraseMatch, context: RuleContext): boolean {
  const { text, sentences } = context.note.index;
  const sentence = sentences[match.sentence]!;
  const keywords = keywordsOf(match.entry);
  if (explainedAround(match, context, keywords)) return true;

  // After the term, and after its abbreviation in brackets: "Public Law Outline (PLO), which is …".
  const rest = text.slice(match.end, sentence.end).replace(CLOSING_QUOTE, '').replace(ABBREVIATION_IN_BRACKETS, '');
  if (CUE.test(rest) || CUE_AFTER_COMMA.test(rest)) return true;
  const trimmed = rest.trimStart();
  const first = trimmed.charAt(0);
  if (first === '(' || first === '[') {
    const close = trimmed.indexOf(first === '(' ? ')' : ']');
    return explains(trimmed.slice(1, close < 0 ? undefined : close), keywords);
  }
  if (/^[-\u2013\u2014:]/.test(trimmed)) {
    const segment = trimmed.slice(1).split(/[,;.()]/, 1)[0] ?? '';
    if (explains(segment, keywords)) return true;
  }
  // A gloss set off by a comma: "a skeletal survey, a set of X-rays of his whole body, …".
  if (first === ',' && (trimmed.slice(1).split(/[,;.()]/, 1)[0]?.match(WORD) ?? []).some((word) => isKeyword(word, keywords))) return true;
  const after = rest.replace(LEAD_IN, '').match(WORD)?.slice(0, 2) ?? [];
  if (after.some((word) => isKeyword(word, keywords))) return true;
  if (CUE_LATER.test(rest)) return true;

  // Before the term: "wetting the bed at night (nocturnal enuresis)", "…, known as enuresis".
  const before = text.slice(sentence.start, match.start);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(rest) && HAS_LETTER.test(before.slice(0, before.lastIndexOf('(')))) return true;
  return CUE_BEFORE.test(before);
}

export default explainTechnicalTerms;
