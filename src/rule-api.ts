/**
 * casenote-lint/rule-api: everything a rule may use, for the built-in rules and a team's own alike.
 *
 * ESLint gives a rule `context` and `context.sourceCode`; here a rule gets `context` (the parsed note,
 * its shared text index, the matches of its word lists, its options, `report`) and imports its tools
 * from this one module. The built-in rules in rules/*.ts import nothing else from src/ (a test holds
 * them to it), so a team's rule can do whatever a built-in one does. docs/custom-rules.md is the guide.
 *
 * What is here, by job:
 *   rule shapes           Rule, RuleMeta, RuleContext, ReportDescriptor, PhraseEntry, PhraseMatch, and the
 *                         read-only note view (ParsedNote, TextIndex, Unit, Sentence, Paragraph, Line, NoteMeta)
 *   references            STANDARD: the part of the case-recording standard each built-in rule enforces
 *   word lists            defineWordListRule, the shared options (wordListOptions, wordListOptionsShape,
 *                         phraseEntrySchema) and applyWordListOptions, message helpers (thisPhrase, writeInstead,
 *                         defaultSuggestions, fitsInPlace), neighbour exceptions (nextToException, besidePhrase)
 *   phrase patterns       isPattern, expandPattern, PatternError: the pattern language of list entries
 *                         ("put~ {reflexive} [at|in] (risk|danger)"); matching itself is the shared matcher's
 *                         one pass, whose results arrive as `context.matches`
 *   words                 wordKey, phraseTokens, normalisePhrase, variantsOf, inflections, WordShapes
 *   spans                 spanAt, isInside, firstAtOrAfter, spanAtOrEndingAt: binary searches over sorted
 *                         spans (sentences, lines, quotes, links); linkSpans, findPlaceholders, findQuotes
 *   quoted speech         `unit.quoted`, `match.quoted`, `index.isQuoted(offset)` on the note; findQuotes for
 *                         other text
 *   clauses               clauseOf, punctuatedClauseOf, startsClause
 *   people and sources    sourceLexicon, isAttributed, sourcesIn, peopleIn, mentionsPerson (who said it);
 *                         nameRunAt, isFullName, peopleInName, isNameWord, isTitle, baseKey, isPossessive,
 *                         ageAfter, ageBefore (how a note names people)
 *   sign-off              readSignOff, findDate, initialsOf, and the roles that sign notes (SIGN_OFF_ROLES,
 *                         SIGN_OFF_ROLE_HEADS, SIGN_OFF_ROLE_ACRONYMS)
 *   working days          createCalendar (UK bank holidays by region, closures), parseCalendarDay,
 *                         isCalendarDay, REGIONS, BANK_HOLIDAY_YEARS
 *
 * Which helpers under rules/lib are public: the generally useful ones (clauses, named sources, person
 * names, word shapes, links, placeholders, sign-off roles) are re-exported here and are part of this
 * API; they import src/ directly because they implement it (importing this module would be a cycle).
 * The helpers written for particular rules (amendments, bold markup, sharing parties, transcript
 * artefacts, date words, zone time, spelling) are private: only the rules that own them import them, by
 * path, and they reach src/ through this module like any rule. test/rule-api.test.ts enforces both.
 *
 * The package's main entry re-exports all of this too; the `casenote-lint/rule-api` subpath is the same
 * objects, listed apart so that a rule's imports say what it depends on. Its build (tsup.config.ts)
 * takes each name below from the main entry, so every export keeps its name here: no `x as y`.
 */

// Rule shapes and the read-only view of a note.
export {
  NOTE_TYPES,
  type Line,
  type MetadataProblem,
  type NoteMeta,
  type NoteType,
  type Paragraph,
  type ParsedNote,
  type PhraseEntry,
  type PhraseMatch,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  type RuleMeta,
  type Sentence,
  type Severity,
  type SharedSettings,
  type StandardReference,
  type Suggestion,
  type TextIndex,
  type Unit,
} from './types.js';
export { STANDARD } from './standard.js';

// Word lists.
export {
  applyWordListOptions,
  besidePhrase,
  defaultSuggestions,
  defineWordListRule,
  fitsInPlace,
  nextToException,
  normalisePhrase,
  phraseEntrySchema,
  sentenceText,
  thisPhrase,
  variantsOf,
  wordListOptions,
  wordListOptionsShape,
  writeInstead,
  type WordListOptions,
  type WordListRuleSpec,
} from './word-list.js';
export { expandPattern, isPattern, PatternError, type PatternSequence, type PatternStep } from './engine/phrase-pattern.js';

// Words.
export { phraseTokens, wordKey } from './parse/normalise.js';
export { inflections } from './engine/inflections.js';
export { WordShapes } from '../rules/lib/word-shapes.js';

// Spans of the text: search, and the spans a rule often leaves alone.
export { firstAtOrAfter, isInside, spanAt, spanAtOrEndingAt, type Span } from './parse/spans.js';
export { findQuotes } from './parse/quotes.js';
export { linkSpans } from '../rules/lib/links.js';
export { findPlaceholders, isPlaceholderValue, type Placeholder } from '../rules/lib/placeholders.js';

// Clauses.
export { clauseOf, punctuatedClauseOf, startsClause, type UnitRange } from '../rules/lib/clauses.js';

// People, and who said what.
export {
  isAttributed,
  mentionsPerson,
  peopleIn,
  sourceLexicon,
  sourcesIn,
  type AttributionScope,
  type MarkerPosition,
  type NamedSource,
  type PersonPhrase,
  type SourceKind,
  type SourceLexicon,
  type SourceLexiconExtras,
} from '../rules/lib/named-source.js';
export {
  ageAfter,
  ageBefore,
  baseKey,
  isFullName,
  isNameWord,
  isPossessive,
  isTitle,
  nameRunAt,
  peopleInName,
  type NameRun,
  type PersonName,
} from '../rules/lib/person-names.js';

// Sign-off.
export { findDate, initialsOf, readSignOff, type SignOff, type SignOffOptions } from './sign-off.js';
export { SIGN_OFF_ROLE_ACRONYMS, SIGN_OFF_ROLE_HEADS, SIGN_OFF_ROLES } from '../rules/lib/sign-off-roles.js';

// Working days.
export {
  createCalendar,
  isCalendarDay,
  parseCalendarDay,
  REGIONS,
  type Calendar,
  type CalendarDay,
  type CalendarOptions,
  type DatedDay,
  type NonWorkingWeekday,
  type Region,
} from './calendar/working-days.js';
export { BANK_HOLIDAY_YEARS } from './calendar/holidays.data.js';
