/**
 * Inline directives in a note file, as ESLint's are in code: HTML comments that turn rules off for part
 * of the note, so that a fixture or a template can carry a deliberate exception.
 *
 *   <!-- casenote-lint-disable -->                          every rule, until an enable
 *   <!-- casenote-lint-disable no-acronyms, no-jargon -->   these rules, until an enable
 *   <!-- casenote-lint-enable -->  <!-- casenote-lint-enable no-acronyms -->
 *   <!-- casenote-lint-disable-line no-acronyms -->         findings starting on the comment's line
 *   <!-- casenote-lint-disable-next-line no-acronyms -->    findings starting on the line after it
 *   <!-- casenote-lint-disable no-acronyms -- the child's own word -->   (after " -- ": a reason, not read)
 *
 * This is one step of the findings pipeline, after every rule has run (textlint's filter rules work the
 * same way): rules know nothing of directives, and the API, the CLI, the language server and the editors
 * all get the same result. A directive that suppressed nothing, a rule id no rule has, and a misspelt
 * directive are findings of the engine's own, so that a stale exception does not linger unseen.
 */
import { closestMatch } from './did-you-mean.js';
import type { Finding, Severity, SeveritySetting } from '../types.js';
import type { Span } from '../parse/spans.js';
import { ENGINE_RULE_ID } from './lint-failure.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

const KINDS: ReadonlySet<string> = new Set<DirectiveKind>(['disable', 'enable', 'disable-line', 'disable-next-line']);

interface NamedRule {
  id: string;
  /** Source offsets of the id as written in the comment. */
  start: number;
  end: number;
}

interface Directive {
  kind: DirectiveKind;
  /** Source offsets of the whole comment. */
  start: number;
  end: number;
  /** The rules it names; empty: every rule. */
  rules: NamedRule[];
  /** How many ids it names, known or not. */
  written: number;
}

export interface DirectiveStep {
  source: string;
  /** Where the note text starts in the source (after the front matter). */
  textOffset: number;
  /** The HTML comments of the text, offsets into the note text. */
  comments: readonly Span[];
  /** The text with its comments blanked: where its first word is tells what "the top of the note" is. */
  text: string;
  knownRuleIds: ReadonlySet<string>;
  enabledRuleIds: ReadonlySet<string>;
  reportUnused: SeveritySetting;
  lineOf(offset: number): number;
  /** A finding of the engine's own at source offsets. */
  engineFinding(offset: number, endOffset: number, message: string, severity: Severity): Finding;
}

const PREFIX = /^\s*casenote-lint-(\S*)/;
/** A reason after the rule list: " -- " (two or more dashes between white space), as ESLint's. */
const REASON = /\s-{2,}(?:\s|$)/;
const RULE_TOKEN = /[^\s,]+/g;

/**
 * The findings with those the note's directives turn off taken out, and findings about the directives
 * themselves added. Without comments in the note, the findings as they are.
 */
export function applyDirectives(findings: Finding[], step: DirectiveStep): Finding[] {
  if (step.comments.length === 0) return findings;
  const added: Finding[] = [];
  const directives = readDirectives(step, added);
  if (directives.length === 0) return added.length === 0 ? findings : [...findings, ...added];

  const used = new Set<string>();
  const kept = suppress(findings, directives, step, used);
  if (step.reportUnused !== 'off') reportUnused(directives, used, step, added);
  return [...kept, ...added];
}

function readDirectives(step: DirectiveStep, added: Finding[]): Directive[] {
  const { source, textOffset } = step;
  const directives: Directive[] = [];
  for (const comment of step.comments) {
    const start = comment.start + textOffset;
    const end = comment.end + textOffset;
    const bodyStart = start + 4;
    const body = source.slice(bodyStart, Math.max(bodyStart, end - 3));
    const match = PREFIX.exec(body);
    if (!match) continue;
    const kind = match[1]!;
    const wordStart = bodyStart + match[0].length - match[1]!.length - 'casenote-lint-'.length;
    if (!KINDS.has(kind)) {
      added.push(
        step.engineFinding(
          wordStart,
          bodyStart + match[0].length,
          'This is not a casenote-lint directive, so it turns nothing off. Write casenote-lint-disable, casenote-lint-enable, casenote-lint-disable-line or casenote-lint-disable-next-line.',
          'warning',
        ),
      );
      continue;
    }
    const listStart = match[0].length;
    const reason = REASON.exec(body.slice(listStart));
    const list = body.slice(listStart, reason ? listStart + reason.index : body.length);
    const rules: NamedRule[] = [];
    let written = 0;
    for (const token of list.matchAll(RULE_TOKEN)) {
      written++;
      const id = token[0];
      const at = bodyStart + listStart + token.index;
      const problem = ruleProblem(id, step.knownRuleIds);
      if (problem) added.push(step.engineFinding(at, at + id.length, problem, 'warning'));
      else rules.push({ id, start: at, end: at + id.length });
    }
    // A directive whose every rule is unknown turns nothing off: never every rule.
    if (written > 0 && rules.length === 0) continue;
    directives.push({ kind: kind as DirectiveKind, start, end, rules, written });
  }
  return directives;
}

/** Why a rule id in a directive cannot be used; undefined when it can. The message never repeats the id as written. */
function ruleProblem(id: string, known: ReadonlySet<string>): string | undefined {
  if (id === ENGINE_RULE_ID) {
    return "casenote-lint's own findings (about directives and the linter's limits) cannot be turned off by a directive; set reportUnusedDisableDirectives in the config instead.";
  }
  if (known.has(id)) return undefined;
  const near = nearestRuleId(id, known);
  return `No rule has this id, so the directive does nothing for it.${near ? ` Did you mean ${near}?` : ' Check the spelling against casenote-lint --list-rules.'}`;
}

/** Longer than any rule id: not worth comparing. */
const MAX_ID_LENGTH = 100;

/** The known id the writer most likely meant (config's "did you mean"); none for an implausibly long one. */
function nearestRuleId(id: string, known: ReadonlySet<string>): string | undefined {
  return id.length > MAX_ID_LENGTH ? undefined : closestMatch(id, known);
}

/** Which rules are off at a point of the note, and which directive turned each off. */
class DisabledRules {
  private every: Directive | undefined;
  /** A rule's own state, over `every`: the directive that disabled it, or null when enabled again. */
  private readonly own = new Map<string, Directive | null>();

  disabledBy(ruleId: string): Directive | undefined {
    const own = this.own.get(ruleId);
    return own === undefined ? this.every : (own ?? undefined);
  }

  /** Applies a disable or enable directive; for an enable, calls `reenabled` with each named rule (or '') it turned back on. */
  apply(directive: Directive, reenabled: (key: string) => void): void {
    if (directive.kind === 'disable') {
      if (directive.rules.length === 0) {
        this.every = directive;
        this.own.clear();
      } else {
        for (const { id } of directive.rules) this.own.set(id, directive);
      }
    } else if (directive.kind === 'enable') {
      if (directive.rules.length === 0) {
        if (this.every || [...this.own.values()].some((own) => own !== null)) reenabled('');
        this.every = undefined;
        this.own.clear();
      } else {
        for (const { id } of directive.rules) {
          if (this.disabledBy(id)) reenabled(id);
          this.own.set(id, null);
        }
      }
    }
  }
}

const usageKey = (directive: number, ruleId: string) => `${directive}\u0000${ruleId}`;

function suppress(findings: Finding[], directives: Directive[], step: DirectiveStep, used: Set<string>): Finding[] {
  const indexOf = new Map(directives.map((directive, index) => [directive, index]));
  const markUsed = (directive: Directive, ruleId: string) => used.add(usageKey(indexOf.get(directive)!, directive.rules.length === 0 ? '' : ruleId));
  const names = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.some((rule) => rule.id === ruleId);

  // Line directives by the line they cover.
  const byLine = new Map<number, Directive[]>();
  const cover = (line: number, directive: Directive) => {
    let list = byLine.get(line);
    if (!list) byLine.set(line, (list = []));
    list.push(directive);
  };
  for (const directive of directives) {
    const first = step.lineOf(directive.start);
    const last = step.lineOf(directive.end);
    if (directive.kind === 'disable-line') for (let line = first; line <= last; line++) cover(line, directive);
    else if (directive.kind === 'disable-next-line') cover(last + 1, directive);
  }

  const blocks = directives.filter((directive) => directive.kind === 'disable' || directive.kind === 'enable');
  const wholeNote = new Map<string, Directive | undefined>();
  const disabledForWholeNote = (ruleId: string) => {
    if (!wholeNote.has(ruleId)) wholeNote.set(ruleId, wholeNoteDisabler(ruleId, blocks, contentStart(step)));
    return wholeNote.get(ruleId);
  };

  const state = new DisabledRules();
  const markEnable = (directive: Directive) => (key: string) => used.add(usageKey(indexOf.get(directive)!, key));
  let next = 0;
  const applyBlocksEndingBy = (offset: number) => {
    for (; next < blocks.length && blocks[next]!.end <= offset; next++) state.apply(blocks[next]!, markEnable(blocks[next]!));
  };
  const kept: Finding[] = [];
  const order = findings.map((_, index) => index).sort((a, b) => findings[a]!.offset - findings[b]!.offset || a - b);
  const suppressed = new Set<number>();
  for (const index of order) {
    const finding = findings[index]!;
    if (finding.ruleId === ENGINE_RULE_ID) continue;
    if (isNoteLevel(finding, step.textOffset)) {
      const directive = disabledForWholeNote(finding.ruleId);
      if (directive) {
        markUsed(directive, finding.ruleId);
        suppressed.add(index);
      }
      continue;
    }
    const onLine = byLine.get(step.lineOf(finding.offset))?.find((directive) => names(directive, finding.ruleId));
    if (onLine) {
      markUsed(onLine, finding.ruleId);
      suppressed.add(index);
      continue;
    }
    applyBlocksEndingBy(finding.offset);
    const directive = state.disabledBy(finding.ruleId);
    if (directive) {
      markUsed(directive, finding.ruleId);
      suppressed.add(index);
    }
  }
  // The rest of the directives, for the enables among them.
  applyBlocksEndingBy(Infinity);
  findings.forEach((finding, index) => {
    if (!suppressed.has(index)) kept.push(finding);
  });
  return kept;
}

/**
 * A finding about the note as a whole: it points into the front matter (a field's value: the type, the
 * dates, the author), or is an empty span where the text starts (a rule that failed on the note).
 */
function isNoteLevel(finding: Finding, textOffset: number): boolean {
  return finding.offset < textOffset || (finding.offset === textOffset && finding.endOffset === textOffset);
}

/** Source offset of the text's first word (comments and white space before it are not words); the end of the source without one. */
function contentStart(step: DirectiveStep): number {
  const first = step.text.search(/\S/);
  return first < 0 ? step.source.length : step.textOffset + first;
}

/**
 * The directive that turns a rule off for the whole note, or undefined: a disable in force before the
 * text's first word that no later enable lifts. Only such a directive takes away a finding about the note
 * as a whole; an exception for a passage does not.
 */
function wholeNoteDisabler(ruleId: string, blocks: readonly Directive[], firstWord: number): Directive | undefined {
  const state = new DisabledRules();
  let index = 0;
  for (; index < blocks.length && blocks[index]!.end <= firstWord; index++) state.apply(blocks[index]!, () => undefined);
  const atTop = state.disabledBy(ruleId);
  if (!atTop) return undefined;
  for (; index < blocks.length; index++) {
    const directive = blocks[index]!;
    if (directive.kind === 'enable' && (directive.rules.length === 0 || directive.rules.some((rule) => rule.id === ruleId))) return undefined;
  }
  return atTop;
}

const COVERS: Record<Exclude<DirectiveKind, 'enable'>, string> = {
  disable: 'in the text it covers',
  'disable-line': 'on its line',
  'disable-next-line': 'on the next line',
};

function reportUnused(directives: readonly Directive[], used: ReadonlySet<string>, step: DirectiveStep, added: Finding[]): void {
  const severity = step.reportUnused as Severity;
  directives.forEach((directive, index) => {
    const name = `casenote-lint-${directive.kind}`;
    if (directive.rules.length === 0) {
      if (used.has(usageKey(index, ''))) return;
      const message =
        directive.kind === 'enable'
          ? `This ${name} directive turned nothing back on: no rule was disabled before it. Remove it.`
          : `This ${name} directive suppressed nothing: no finding ${COVERS[directive.kind]}. Remove it.`;
      added.push(step.engineFinding(directive.start, directive.end, message, severity));
      return;
    }
    const remove = (id: string) => (directive.written === 1 ? 'Remove the directive.' : `Remove ${id} from it.`);
    for (const { id, start, end } of directive.rules) {
      if (used.has(usageKey(index, id))) continue;
      const off = step.enabledRuleIds.has(id) ? '' : ` (${id} is off in the config)`;
      const message =
        directive.kind === 'enable'
          ? `This ${name} directive turned nothing back on: ${id} was not disabled before it. ${remove(id)}`
          : `This ${name} directive suppressed nothing: no ${id} finding ${COVERS[directive.kind]}${off}. ${remove(id)}`;
      added.push(step.engineFinding(start, end, message, severity));
    }
  });
}
