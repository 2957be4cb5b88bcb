import type { CaseNote, Finding, LintResult, ParsedNote, PhraseEntry, PhraseMatch, ReportDescriptor, Rule, RuleContext } from '../types.js';
import { prepareNote } from '../parse/parse-note.js';
import type { BlockCache, CachedBlock } from '../parse/text-index.js';
import type { WordTable } from '../parse/analyse-block.js';
import { compilePhraseMatcher } from './phrase-matcher.js';
import { resolveConfig, type Config, type ResolvedConfig } from './config.js';
import { LineMap } from './positions.js';
import { finishFindings } from './pipeline.js';
import { STANDARD } from '../standard.js';
import { describeThrown } from './thrown.js';
import { ENGINE_RULE_ID } from './lint-failure.js';
import { applyDirectives } from './directives.js';

export interface Linter {
  lint(note: CaseNote | string): LintResult;
  /** The rules this linter runs, with their severity and options after config. */
  readonly config: ResolvedConfig;
}

export { ENGINE_RULE_ID } from './lint-failure.js';

/**
 * Paragraph analyses kept for re-linting an edited note: enough for the paragraphs of a long note,
 * few enough that bulk linting of unrelated notes does not keep thousands of analyses alive.
 */
const BLOCK_CACHE_SIZE = 256;
/** Distinct words a linter keeps (see WordTable): a few megabytes at most. */
const WORDS_KEPT = 50_000;

export function createLinterWithRules(config: Config | undefined, builtInRules: readonly Rule[]): Linter {
  const resolved = resolveConfig(config, builtInRules);
  const lists = new Map<string, readonly PhraseEntry[]>();
  for (const { rule, options } of resolved.rules) {
    if (rule.phrases) lists.set(rule.meta.id, phrasesOf(rule, options));
  }
  const matcher = compilePhraseMatcher(lists);
  const cache = createBlockCache(BLOCK_CACHE_SIZE);
  const enabledRuleIds = new Set(resolved.rules.map(({ rule }) => rule.meta.id));
  return {
    config: resolved,
    lint: (note) => lintWith(resolved, enabledRuleIds, note, (input) => prepareNote(input, matcher, cache, resolved.types)),
  };
}

const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

/** Each rule's word list by options object: the same config gives the same list, and so the same matcher. */
const phraseLists = new WeakMap<object, Map<Rule, readonly PhraseEntry[]>>();

function phrasesOf(rule: Rule, options: unknown): readonly PhraseEntry[] {
  if (typeof options !== 'object' || options === null) return rule.phrases!(options);
  let byRule = phraseLists.get(options);
  if (!byRule) phraseLists.set(options, (byRule = new Map()));
  let list = byRule.get(rule);
  if (!list) byRule.set(rule, (list = rule.phrases!(options)));
  return list;
}

function lintWith(config: ResolvedConfig, enabledRuleIds: ReadonlySet<string>, input: CaseNote | string, prepare: typeof prepareNote): LintResult {
  const noteId = typeof input === 'object' && input !== null && typeof input.id === 'string' ? input.id : undefined;
  const source = typeof input === 'string' ? input : input?.text;
  if (typeof source === 'string' && source.length > config.maxNoteSize) {
    return { noteId, findings: [tooLarge(source, config.maxNoteSize)] };
  }
  const { note, matches, comments } = prepare(input);
  const lines = new LineMap(note.source);
  const findings: Finding[] = [];
  const settings = { timeZone: config.timeZone };
  const rangeOf = (field: string) => fieldRange(note, field);

  for (const { rule, severity, options } of config.rules) {
    // Findings go straight into the note's list; those of a rule that throws are taken back out.
    const before = findings.length;
    const context: RuleContext = {
      note,
      options,
      matches: matches.get(rule.meta.id) ?? NO_MATCHES,
      settings,
      report: (descriptor) => findings.push(toFinding(note, lines, rule, severity, descriptor)),
      fieldRange: rangeOf,
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.length = before;
      findings.push(ruleFailure(note, lines, rule, error));
    }
  }

  const directed = config.inlineConfig
    ? applyDirectives(findings, {
        source: note.source,
        textOffset: note.textOffset,
        comments,
        text: note.text,
        knownRuleIds: config.knownRuleIds,
        enabledRuleIds,
        reportUnused: config.reportUnusedDisableDirectives,
        lineOf: (offset) => lines.position(offset).line,
        engineFinding: (offset, endOffset, message, severity) =>
          makeFinding(note.source, lines, { ruleId: ENGINE_RULE_ID, severity, message, offset, endOffset, reference: STANDARD.engine }),
      })
    : findings;
  const finished = finishFindings(directed);
  return { noteId: note.meta.id ?? noteId, findings: capFindings(finished, config.maxFindings, note, lines) };
}

function toFinding(note: ParsedNote, lines: LineMap, rule: Rule, severity: Finding['severity'], descriptor: ReportDescriptor): Finding {
  const shift = descriptor.inSource ? 0 : note.textOffset;
  const offset = clamp(Math.min(descriptor.start, descriptor.end) + shift, note.source.length);
  const endOffset = clamp(Math.max(descriptor.start, descriptor.end) + shift, note.source.length);
  return makeFinding(note.source, lines, {
    ruleId: rule.meta.id,
    severity: descriptor.severity ?? severity,
    message: descriptor.message,
    offset,
    endOffset,
    suggestions: descriptor.suggestions,
    reference: rule.meta.reference,
  });
}

function makeFinding(
  source: string,
  lines: LineMap,
  fields: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'offset' | 'endOffset' | 'suggestions' | 'reference'>,
): Finding {
  const start = lines.position(fields.offset);
  const end = lines.position(fields.endOffset);
  const finding: Finding = {
    ruleId: fields.ruleId,
    severity: fields.severity,
    message: fields.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: fields.offset,
    endOffset: fields.endOffset,
    excerpt: source.slice(fields.offset, fields.endOffset),
    reference: fields.reference,
  };
  if (fields.suggestions && fields.suggestions.length > 0) finding.suggestions = fields.suggestions;
  return finding;
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(length, Math.trunc(offset))) : 0;
}

/** Where a note-level finding about a field points: the field in the front matter, else the last line of text. */
export function fieldRange(note: ParsedNote, field: string): { start: number; end: number; inSource: boolean } {
  const range = note.fieldRanges.get(field);
  if (range) return { ...range, inSource: true };
  if (note.fieldRanges.size > 0) {
    const block = note.fieldRanges.get('')!;
    return { ...block, inSource: true };
  }
  return { ...lastLine(note), inSource: false };
}

export function lastLine(note: ParsedNote): { start: number; end: number } {
  const lines = note.index.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const text = line.text;
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) return { start: line.start + start, end: line.start + end };
  }
  return { start: 0, end: 0 };
}

function ruleFailure(note: ParsedNote, lines: LineMap, rule: Rule, error: unknown): Finding {
  return makeFinding(note.source, lines, {
    ruleId: rule.meta.id,
    severity: 'error',
    message: `The rule ${rule.meta.id} failed on this note and could not check it (${describeThrown(error)}). The other rules ran. Please report this.`,
    offset: note.textOffset,
    endOffset: note.textOffset,
    reference: rule.meta.reference,
  });
}

function tooLarge(source: string, limit: number): Finding {
  return makeFinding(source, new LineMap(''), {
    ruleId: ENGINE_RULE_ID,
    severity: 'error',
    message: `This note was not linted: it is ${source.length.toLocaleString('en-GB')} characters long and the limit is ${limit.toLocaleString('en-GB')} (maxNoteSize). A case note this long is probably a pasted document; summarise it, or raise maxNoteSize.`,
    offset: 0,
    endOffset: 0,
    reference: STANDARD.engine,
  });
}

function capFindings(findings: Finding[], max: number, note: ParsedNote, lines: LineMap): Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max);
  const last = kept[kept.length - 1]!;
  kept.push(
    makeFinding(note.source, lines, {
      ruleId: ENGINE_RULE_ID,
      severity: 'info',
      message: `${findings.length - max} more findings were not reported (maxFindings is ${max}).`,
      offset: last.endOffset,
      endOffset: last.endOffset,
      reference: STANDARD.engine,
    }),
  );
  return kept;
}

/**
 * An LRU cache of paragraph analyses that keeps a paragraph only once it has been seen twice: an
 * editor re-lints the same paragraphs on every key press, while bulk linting sees each paragraph
 * once, and keeping those analyses alive would only slow the garbage collector down.
 */
function createBlockCache(limit: number): BlockCache {
  const entries = new Map<string, CachedBlock>();
  const seenOnce = new Set<string>();
  const words: WordTable = new Map();
  return {
    get words() {
      // A linter that reads many notes meets many names; its table starts again rather than grow without end.
      if (words.size > WORDS_KEPT) words.clear();
      return words;
    },
    get(text) {
      const entry = entries.get(text);
      if (entry) {
        // Refresh the entry's place so that the oldest unused paragraphs are the first to go.
        entries.delete(text);
        entries.set(text, entry);
      }
      return entry;
    },
    set(text, entry) {
      if (!seenOnce.delete(text)) {
        seenOnce.add(text);
        if (seenOnce.size > limit) seenOnce.delete(seenOnce.values().next().value!);
        return;
      }
      entries.set(text, entry);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
  };
}
