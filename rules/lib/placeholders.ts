import type { Span } from '../../src/parse/spans.js';
import { FIELD_MODIFIERS, FIELD_TOPICS, FIELD_WORDS, INSTRUCTION_WORDS } from '../data/placeholders.js';

/**
 * Template placeholders a worker left unfilled: "[CHILD NAME]", "<insert date>", "{{child_name}}",
 * "XX/XX/XXXX", "NULL". required-fields reports each; no-acronyms leaves the capitals inside alone.
 * The word lists and what is left out are in rules/data/placeholders.ts.
 */

/**
 * One pass over the text for everything that may be a placeholder; each alternative is bounded and
 * its classes exclude its own closing bracket, so the search is linear.
 *   1 template syntax, always a placeholder: {{x}}, ${x}, <<x>>, %X%
 *   2 [x], not followed by "(" (a Markdown link)
 *   3 <x>   4 {x}   5 (x): their contents are tested
 *   6 crosses, NULL and blanks: XXXX, XX/XX/XXXX, xx:xx, NULL, ____
 */
const CANDIDATE =
  /(\{\{[^{}\n]{1,80}\}\}|\$\{[^{}\n]{1,80}\}|<<[^<>\n]{1,80}>>|%[A-Za-z][A-Za-z0-9_]{0,40}%)|\[([^[\]\n]{1,80})\](?!\()|<([^<>\n]{1,80})>|\{([^{}\n]{1,80})\}|\(([A-Za-z][^()\n]{0,80})\)|(\bX{3,}\b|\b[Xx]{1,2}[/.:][Xx]{1,2}(?:[/.:][Xx]{2,4})?\b|\bNULL\b|(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_]))/gu;
/**
 * Every placeholder has one of these: most notes have none, and are not searched further. A new
 * kind of placeholder in CANDIDATE needs its mark here.
 */
const MAY_HAVE = new RegExp(`[[<{%_]|XX|NULL|\\(\\s*(?:${INSTRUCTION_WORDS.join('|')})`, 'i');
const WORD_SPLIT = /[\s_-]+/;
const CURLY_APOSTROPHE = /\u2019/g;
const TRIM = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu;
const IDENTIFIER = /^[A-Za-z]+(?:_[A-Za-z]+)+$/;
const NOT_TEMPLATE_WORDS = /[@/=:;,]|https?|\d/;
const UNDERSCORES_ONLY = /^\s*_+\s*$/;

const INSTRUCTIONS = new Set(INSTRUCTION_WORDS);
const FIELDS = new Set(FIELD_WORDS);
const TOPICS = new Set(FIELD_TOPICS);
const FORM_WORDS = new Set([...FIELD_WORDS, ...FIELD_TOPICS, ...FIELD_MODIFIERS]);
const HAS_LOWER = /\p{Ll}/u;

/**
 * A placeholder and how it was written: `words` is a bracketed phrase of form words ("[name]"),
 * which in quoted speech is more likely the writer's clarification; the others (template syntax,
 * an instruction, crosses, NULL, blanks) are placeholders wherever they are.
 */
export interface Placeholder extends Span {
  kind: 'words' | 'other';
}

/** The placeholders of a text, in order. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (!MAY_HAVE.test(text)) return found;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const [whole, template, square, angle, curly, round, mark] = match;
    const end = start + whole.length;
    let kind: Placeholder['kind'] | undefined;
    if (template !== undefined) kind = 'other';
    else if (square !== undefined) kind = asksFor(square, true);
    else if (angle !== undefined) kind = asksFor(angle, true);
    else if (curly !== undefined) kind = IDENTIFIER.test(curly.trim()) ? 'other' : asksFor(curly, true);
    else if (round !== undefined) kind = asksFor(round, false);
    else if (mark !== undefined) kind = mark.startsWith('_') && UNDERSCORES_ONLY.test(lineAround(text, start)) ? undefined : 'other';
    if (kind) found.push({ start, end, kind });
  }
  return found;
}

/** True when a whole field value is a placeholder ("[Worker name]", "{{author}}", "NULL"). */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === 'null' || trimmed === 'undefined') return true;
  const [only, ...more] = findPlaceholders(trimmed);
  return only !== undefined && more.length === 0 && only.start === 0 && only.end === trimmed.length;
}

/**
 * The contents of brackets ask for a value: an instruction ("insert date", in square, angle or curly
 * brackets; in round brackets only with a field word, since "(enter by the side door)" is prose), or,
 * in square, angle or curly brackets, only words of a form with a field among them ("Name of school",
 * "DATE OF VISIT", "SCHOOL").
 */
function asksFor(contents: string, squareOrAngle: boolean): Placeholder['kind'] | undefined {
  if (NOT_TEMPLATE_WORDS.test(contents)) return undefined;
  const words = contents
    .replace(CURLY_APOSTROPHE, "'")
    .split(WORD_SPLIT)
    .map((word) => word.replace(TRIM, '').toLowerCase())
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 8) return undefined;
  let first = 0;
  if (words[first] === 'please' && words.length > 1) first++;
  const instructed = INSTRUCTIONS.has(words[first]!) && words[first] !== 'please';
  if (instructed && squareOrAngle) return 'other';
  if (!instructed && !squareOrAngle) return undefined;
  const rest = instructed ? words.slice(first + 1) : words;
  if (rest.length === 0 || !rest.every((word) => FORM_WORDS.has(word))) return undefined;
  const field = rest.some((word) => FIELDS.has(word)) || (rest.some((word) => TOPICS.has(word)) && (rest.length > 1 || !HAS_LOWER.test(contents)));
  if (!field) return undefined;
  return instructed ? 'other' : 'words';
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
