import type { Root } from 'nlcst';
import type { ZodType } from 'zod';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const NOTE_TYPES = [
  'case-note',
  'home-visit',
  'office-visit',
  'phone-call',
  'meeting',
  'supervision',
  'duty',
  'safeguarding',
  'section-47',
  'strategy-discussion',
  'amendment',
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/** A note as a host system passes it (SPEC §2). */
export interface CaseNote {
  id?: string;
  type?: NoteType | (string & {});
  /** ISO 8601 text (a wall-clock time without an offset is read in the configured time zone), or a Date: an instant. */
  occurredAt?: string | Date;
  recordedAt?: string | Date;
  author?: { name: string; role: string };
  subject?: { name?: string; caseNumber?: string };
  text: string;
}

export interface Suggestion {
  message: string;
  replacement?: string;
}

export interface StandardReference {
  section: string;
  summary: string;
}

/** A finding (SPEC §3). Offsets are UTF-16 code units into the source as the caller gave it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  excerpt: string;
  suggestions?: Suggestion[];
  reference: StandardReference;
}

export interface LintResult {
  noteId?: string;
  findings: Finding[];
}

/** A word of the note as the matcher sees it: a word, or one part of a hyphenated word. */
export interface Unit {
  /** Lower-case, apostrophes straightened, a trailing full stop removed. */
  key: string;
  /** The unit's own text as written (without a trailing full stop). */
  text: string;
  /** Offsets into the note text (not the source), end exclusive. */
  start: number;
  end: number;
  /** True when a full stop follows the unit directly ("approx.", "Mr."). */
  dotted: boolean;
  /** True when only white space (or a hyphen inside the word) separates this unit from the previous one. */
  joined: boolean;
  /** True when this unit is the second or later part of a hyphenated word. */
  inWord: boolean;
  /** Index of the sentence holding the unit. */
  sentence: number;
  /** True when the unit is inside quoted speech. */
  quoted: boolean;
}

export interface Sentence {
  /** Offsets into the note text. */
  start: number;
  end: number;
  /** Units of this sentence: units.slice(firstUnit, endUnit). */
  firstUnit: number;
  endUnit: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Sentences of this paragraph: sentences.slice(firstSentence, endSentence). */
  firstSentence: number;
  endSentence: number;
}

export interface Line {
  /** Offsets into the note text; end excludes the line break. */
  start: number;
  end: number;
  text: string;
}

/** The read-only view of a note's text that every rule shares: built once per lint. */
export interface TextIndex {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  units: readonly Unit[];
  /** Made as they are read: a line read twice is equal, not the same object. */
  lines: readonly Line[];
  /** Quoted-speech spans [start, end) into the note text, in order. */
  quotes: readonly { start: number; end: number }[];
  isQuoted(offset: number): boolean;
}

/** The metadata of a note after validation: only fields that passed are present. */
export interface NoteMeta {
  id?: string;
  type: string;
  occurredAt?: string;
  recordedAt?: string;
  author?: { name?: string; role?: string };
  subject?: { name?: string; caseNumber?: string };
}

export interface MetadataProblem {
  /** Dotted path of the field, e.g. "author.role". */
  field: string;
  message: string;
}

export interface ParsedNote {
  /** What the caller passed: the whole file for a string, the text for an object. */
  source: string;
  /**
   * The note text: source.slice(textOffset), except that in a note file (a string) each HTML comment
   * (`<!-- … -->`, where casenote-lint's directives live) is blanked to spaces, line breaks kept, so that no
   * rule reads it as words. Offsets are the same as in the source.
   */
  text: string;
  textOffset: number;
  meta: NoteMeta;
  /** Raw front matter object, when the note came with front matter. */
  frontMatter?: Record<string, unknown>;
  /** Source ranges of front-matter fields by dotted path, for pointing a finding at a field. */
  fieldRanges: ReadonlyMap<string, { start: number; end: number }>;
  /** Problems with the metadata (wrong type, unparseable YAML); reported by `required-fields`. */
  metadataProblems: readonly MetadataProblem[];
  /** A fatal problem in the front matter (malformed YAML), with its 1-based source line. */
  frontMatterError?: { message: string; line: number };
  index: TextIndex;
  /** The nlcst tree of the text, positions as offsets into the note text. Built on first access. */
  readonly tree: Root;
}

/** One word-list entry, as data. */
export interface PhraseEntry {
  /** The phrase and its variants; each a sequence of words, hyphens and spaces equivalent. */
  match: string | readonly string[];
  /** Plain-English replacement offered as a suggestion. */
  replacement?: string;
  /** Advice when there is no one-word replacement, or a message for this entry only. */
  advice?: string;
  /** Match the case as written (acronyms). Default false. */
  caseSensitive?: boolean;
  /** Also match regular plural/-ed/-ing forms of the last word. Default false. */
  inflect?: boolean;
  /** Free data the rule can read back from a match. */
  data?: Readonly<Record<string, unknown>>;
}

export interface PhraseMatch {
  entry: PhraseEntry;
  /** Which phrase variant matched, normalised. */
  phrase: string;
  /** Offsets into the note text. */
  start: number;
  end: number;
  firstUnit: number;
  /** Exclusive. */
  endUnit: number;
  sentence: number;
  quoted: boolean;
}

export interface ReportDescriptor {
  /** Offsets into the note text (or the source when `inSource` is true). */
  start: number;
  end: number;
  inSource?: boolean;
  message: string;
  suggestions?: Suggestion[];
  /** Overrides the configured severity for this finding only (e.g. an info reminder). */
  severity?: Severity;
}

export interface RuleContext<Options = unknown> {
  note: ParsedNote;
  options: Options;
  /** Matches of this rule's phrase lists, in text order (quoted ones included; see `quoted`). */
  matches: readonly PhraseMatch[];
  /** Settings shared by every rule (time zone, calendar). */
  settings: SharedSettings;
  report(descriptor: ReportDescriptor): void;
  /** The source range of a front-matter field if the note had one, else the last line of the text. */
  fieldRange(field: string): { start: number; end: number; inSource: boolean };
}

export interface SharedSettings {
  timeZone: string;
}

export interface RuleMeta<Options> {
  id: string;
  /** A plain-English name for lists and documentation ("Acronyms written out"); the id stays the key. */
  name?: string;
  description: string;
  severity: Severity;
  category: 'language' | 'evidence' | 'structure' | 'timeliness' | 'metadata' | 'layout';
  schema: ZodType<Options>;
  reference: StandardReference;
}

export interface Rule<Options = any> {
  meta: RuleMeta<Options>;
  /**
   * Word lists this rule wants matched, compiled once per linter into the shared matcher.
   * Called with the validated options so that config can add or remove entries.
   */
  phrases?(options: Options): readonly PhraseEntry[];
  check(context: RuleContext<Options>): void;
}
