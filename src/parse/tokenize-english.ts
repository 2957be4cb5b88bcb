import { ENGLISH_ABBREVIATIONS, ENGLISH_ABBREVIATIONS_AS_WRITTEN, LATIN_ABBREVIATIONS } from './english-abbreviations.js';

/**
 * retext-english's parser (parse-english on parse-latin), done again on flat records with offsets
 * instead of an nlcst tree. Parsing was most of the cost of a lint, and the index reads only words
 * and sentences, so the tree is built only when a caller asks for `ParsedNote.tree`.
 *
 * The result must be exactly what retext-english gives: the same tokens, the same merges into words,
 * the same sentence boundaries. Each step below follows one parse-latin or parse-english plugin, in
 * the parser's order and with its loop behaviour, and `test/parse/tokenize-english.test.ts` compares
 * the two on every UTF-16 code unit, on every fixture and on generated text.
 */

export const WORD = 0;
export const WHITE_SPACE = 1;
export const PUNCTUATION = 2;
export const SYMBOL = 3;
/** A run of word characters inside a word. */
export const TEXT = 4;
export const SENTENCE = 5;

export interface Token {
  kind: number;
  /** Offsets into the parsed text. */
  start: number;
  end: number;
  /** A word's parts (null while it is one run of text: see partsOf), a sentence's tokens; null for the rest. */
  children: Token[] | null;
}

/** The sentences of a text, as retext-english's SentenceNodes in document order. */
export function tokenizeEnglish(text: string): Token[] {
  const parser: Parser = { text, seen: 0 };
  const tokens = tokenize(parser);
  // parse-latin runs its sentence plugins over the whole text before it splits sentences. A plugin
  // whose character is not in the text would change nothing, so it does not run.
  const seen = parser.seen;
  if (seen & (SEEN_SLASH | SEEN_APOSTROPHE)) mergeElisions(parser, tokens);
  if (seen & SEEN_AMPERSAND) modifyPunctuation(parser, tokens, mergeInitialWordSymbol);
  if (seen & SEEN_HYPHEN) modifyPunctuation(parser, tokens, mergeFinalWordSymbol);
  if (seen & SEEN_INNER_WORD_SYMBOL) modifyPunctuation(parser, tokens, mergeInnerWordSymbol);
  if (seen & SEEN_SLASH) modifyPunctuation(parser, tokens, mergeInnerWordSlash);
  if (seen & SEEN_FULL_STOP) modifyPunctuation(parser, tokens, mergeInitialisms);

  const paragraph = splitAtTerminalMarkers(parser, tokens);
  modifyEach(parser, paragraph, mergeEnglishPrefixExceptions);
  modifyEach(parser, paragraph, mergeNonWordSentences);
  modifyEach(parser, paragraph, mergeAffixSymbol);
  modifyEach(parser, paragraph, mergeInitialLowerCaseLetterSentences);
  modifyEach(parser, paragraph, mergeInitialDigitSentences);
  modifyEach(parser, paragraph, mergePrefixExceptions);
  modifyEach(parser, paragraph, mergeAffixExceptions);
  if (seen & SEEN_FULL_STOP) for (const sentence of paragraph) mergeRemainingFullStops(parser, sentence);
  makeInitialWhiteSpaceSiblings(paragraph);
  modifyEach(parser, paragraph, makeFinalWhiteSpaceSiblings);
  if (seen & SEEN_TWO_LINE_BREAKS) modifyEach(parser, paragraph, breakImplicitSentences);
  // Empty sentences and the white space between sentences are not sentences; what splits the root
  // into paragraphs at line breaks does not change a sentence.
  const sentences: Token[] = [];
  for (const node of paragraph) {
    const children = node.children;
    if (node.kind !== SENTENCE || children!.length === 0) continue;
    node.start = children![0]!.start;
    node.end = children![children!.length - 1]!.end;
    sentences.push(node);
  }
  return sentences;
}

interface Parser {
  text: string;
  /** SEEN_* flags of the characters the plugins act on. */
  seen: number;
}

const SEEN_AMPERSAND = 1;
const SEEN_HYPHEN = 2;
const SEEN_SLASH = 4;
const SEEN_APOSTROPHE = 8;
const SEEN_FULL_STOP = 16;
const SEEN_INNER_WORD_SYMBOL = 32;
const SEEN_TWO_LINE_BREAKS = 64;

// Character classes --------------------------------------------------------------------------------

/** parse-latin's white space: Unicode White_Space without the line and paragraph separators it adds. */
const WHITE_SPACE_CHARACTER = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const PUNCTUATION_CHARACTER = /\p{P}/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** Punctuation to Unicode that parse-latin counts as symbols. */
const PUNCTUATION_AS_SYMBOL = new Set([0x23, 0x25, 0x26, 0x2a, 0x40, 0x1b4e, 0x1b4f, 0x1b7f, 0x2020, 0x2021, 0x2030, 0x2031, 0x203b]);
/** Letters and marks newer than parse-latin's Unicode data, which it counts as symbols. */
const NEWER_WORD_CHARACTERS = new Set([
  0x88f, 0x897, 0xc5c, 0xcdc, 0x1c89, 0x1c8a, 0xa7d2, 0xa7d4, 0xa7f1,
  ...range(0x1acf, 0x1add), ...range(0x1ae0, 0x1aeb), ...range(0xa7cb, 0xa7cf), ...range(0xa7da, 0xa7dc),
]);

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Kind of each UTF-16 code unit plus one; 0 until first seen. parse-latin reads code units, not code points. */
const KINDS = new Uint8Array(0x10000);

export function kindOf(code: number): number {
  const known = KINDS[code]!;
  if (known !== 0) return known - 1;
  const kind = classify(code);
  KINDS[code] = kind + 1;
  return kind;
}

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SYMBOL;
  const char = String.fromCharCode(code);
  if (WHITE_SPACE_CHARACTER.test(char)) return WHITE_SPACE;
  if (PUNCTUATION_CHARACTER.test(char)) return PUNCTUATION_AS_SYMBOL.has(code) ? SYMBOL : PUNCTUATION;
  if (WORD_CHARACTER.test(char)) return NEWER_WORD_CHARACTERS.has(code) ? SYMBOL : WORD;
  return SYMBOL;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** parse-latin's `numerical`, for a single character. */
const NUMERICAL = /^\p{N}$/u;
/** parse-latin's `lowerInitial`. */
const LOWER_CASE = /^\p{Ll}/u;
/** "ʕ" was a lower-case letter in parse-latin's Unicode data and is not any more. */
const LOWER_CASE_EXCEPTIONS = new Set([0x295]);
/** parse-latin's `affixSymbol`: closing punctuation that belongs to the sentence before it. */
const AFFIX_CHARACTER = /[!"'.?\u2026\u203D\p{Pe}\p{Pf}]/u;
/** Unicode changed these two brackets' categories after parse-latin's data. */
const AFFIX_EXCEPTIONS = new Map([
  [0xfd3e, true],
  [0xfd3f, false],
]);

// Tokens -------------------------------------------------------------------------------------------

/** parse-latin's `tokenize`: runs of word characters or white space, runs of one punctuation or symbol character. */
function tokenize(parser: Parser): Token[] {
  const text = parser.text;
  const tokens: Token[] = [];
  const length = text.length;
  if (length === 0) return tokens;
  let seen = 0;
  let from = 0;
  let previousKind = -1;
  let previousCode = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code < 0x80) {
      kind = ASCII_KINDS[code]!;
      seen |= ASCII_SEEN[code]!;
    } else {
      kind = kindOf(code);
      seen |= seenFlag(code);
    }
    // Words and white space continue; punctuation and symbols continue only as the same character.
    if (kind !== previousKind || (kind >= PUNCTUATION && code !== previousCode && !isSurrogate(code))) {
      if (i > from) tokens.push(createToken(previousKind, from, i));
      from = i;
    }
    previousKind = kind;
    previousCode = code;
  }
  tokens.push(createToken(previousKind, from, length));
  if (TWO_LINE_BREAKS.test(text)) seen |= SEEN_TWO_LINE_BREAKS;
  parser.seen = seen;
  return tokens;
}

const TWO_LINE_BREAKS = /[\n\r][^]*[\n\r]/;

/** parse-latin's `wordSymbolInner`, one character: & ' - . : = ? @, soft hyphen, middle dot, hyphens, ’ and ‧ (and runs of _). */
const INNER_WORD_SYMBOLS = new Set([0x26, 0x27, 0x2d, 0x2e, 0x3a, 0x3d, 0x3f, 0x40, 0x5f, 0xad, 0xb7, 0x2010, 0x2011, 0x2019, 0x2027]);

/** The SEEN_* flags of one character. */
function seenFlag(code: number): number {
  const inner = INNER_WORD_SYMBOLS.has(code) ? SEEN_INNER_WORD_SYMBOL : 0;
  switch (code) {
    case 0x26:
      return inner | SEEN_AMPERSAND;
    case 0x2d:
      return inner | SEEN_HYPHEN;
    case 0x2f:
      return SEEN_SLASH;
    case 0x27:
    case 0x2019:
      return inner | SEEN_APOSTROPHE;
    case 0x2e:
      return inner | SEEN_FULL_STOP;
    default:
      return inner;
  }
}

const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) => kindOf(code));
const ASCII_SEEN = Uint8Array.from({ length: 0x80 }, (_, code) => seenFlag(code));

function createToken(kind: number, start: number, end: number): Token {
  return { kind, start, end, children: null };
}

function valueOf(parser: Parser, node: Token): string {
  return parser.text.slice(node.start, node.end);
}

/** Whether a node is exactly one given character. */
function isCharacter(parser: Parser, node: Token | undefined, code: number): boolean {
  return node !== undefined && node.end - node.start === 1 && parser.text.charCodeAt(node.start) === code;
}

function isPunctuationOrSymbol(node: Token | undefined): boolean {
  return node !== undefined && (node.kind === PUNCTUATION || node.kind === SYMBOL);
}

function isApostrophe(parser: Parser, node: Token | undefined): boolean {
  return isCharacter(parser, node, 0x27) || isCharacter(parser, node, 0x2019);
}

/**
 * A word's parts. Most words are never merged with anything and stay one run of text, so that part
 * is made only when something needs it.
 */
export function partsOf(word: Token): Token[] {
  return (word.children ??= [{ kind: TEXT, start: word.start, end: word.end, children: null }]);
}

function append(word: Token, part: Token): void {
  partsOf(word).push(part);
  word.end = part.end;
}

function prepend(word: Token, part: Token): void {
  partsOf(word).unshift(part);
  word.start = part.start;
}

/**
 * unist-util-modify-children: calls `modify` on each child; a number it returns is the next index
 * to visit.
 */
function modifyEach(parser: Parser, list: Token[], modify: (parser: Parser, child: Token, index: number, list: Token[]) => number | undefined): void {
  for (let index = 0; index < list.length; index++) {
    if (index < 0) continue;
    const next = modify(parser, list[index]!, index, list);
    if (next !== undefined) index = next - 1;
  }
}

/** modifyEach for the sentence plugins, which act only at punctuation and symbols: words and white space are skipped here. */
function modifyPunctuation(parser: Parser, list: Token[], modify: (parser: Parser, child: Token, index: number, list: Token[]) => number | undefined): void {
  for (let index = 0; index < list.length; index++) {
    if (index < 0) continue;
    const child = list[index]!;
    if (child.kind !== PUNCTUATION && child.kind !== SYMBOL) continue;
    const next = modify(parser, child, index, list);
    if (next !== undefined) index = next - 1;
  }
}

// Sentence plugins: merge tokens into words -----------------------------------------------------

const ELISION_PREFIX = new Set(['o', 'ol']);
/** parse-english's `elisionAffix`: 'twere, 'twas, 'tis, 'cause, 'em, 'er, 'im, '99, '90s. */
const ELISION_AFFIX = /^(?:twere|twas|tis|cause|em|er|im|\d\ds?)$/;

/** parse-english's `mergeEnglishElisionExceptions`: w/, o' and ol', 'tis, 'em, '90s, 'n'. */
function mergeElisions(parser: Parser, siblings: Token[]): void {
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    if (!isPunctuationOrSymbol(child)) continue;
    const length = siblings.length;
    if (isCharacter(parser, child, 0x2f)) {
      const sibling = siblings[index - 1];
      if (sibling && sibling.kind === WORD && valueOf(parser, sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1);
        append(sibling, child);
      }
      continue;
    }
    if (!isApostrophe(parser, child)) continue;
    const previous = siblings[index - 1];
    if (
      index > 2 &&
      index < length - 1 &&
      previous!.kind === WORD &&
      siblings[index - 2]!.kind === WHITE_SPACE &&
      siblings[index + 1]!.kind === WHITE_SPACE &&
      ELISION_PREFIX.has(valueOf(parser, previous!).toLowerCase())
    ) {
      siblings.splice(index, 1);
      append(previous!, child);
      continue;
    }
    const next = siblings[index + 1];
    if (index === length - 1 || next!.kind !== WORD || (index !== 0 && previous!.kind === WORD)) continue;
    const value = valueOf(parser, next!).toLowerCase();
    const other = siblings[index + 2];
    if (ELISION_AFFIX.test(value)) {
      siblings.splice(index, 1);
      prepend(next!, child);
    } else if (value === 'n' && other && other.kind === PUNCTUATION && isApostrophe(parser, other)) {
      siblings.splice(index, 1);
      siblings.splice(index + 1, 1);
      prepend(next!, child);
      append(next!, other);
    }
  }
}

/** parse-latin's `mergeInitialWordSymbol`: "&" at the start of a word. */
function mergeInitialWordSymbol(parser: Parser, child: Token, index: number, children: Token[]): number | undefined {
  if (!isPunctuationOrSymbol(child) || !isCharacter(parser, child, 0x26)) return undefined;
  const next = children[index + 1];
  if ((index > 0 && children[index - 1]!.kind === WORD) || !(next && next.kind === WORD)) return undefined;
  children.splice(index, 1);
  prepend(next, child);
  return index - 1;
}

/** parse-latin's `mergeFinalWordSymbol`: "-" at the end of a word ("pre- and post-natal"). */
function mergeFinalWordSymbol(parser: Parser, child: Token, index: number, children: Token[]): number | undefined {
  if (index === 0 || !isPunctuationOrSymbol(child) || !isCharacter(parser, child, 0x2d)) return undefined;
  const previous = children[index - 1];
  const next = children[index + 1];
  if ((next && next.kind === WORD) || !previous || previous.kind !== WORD) return undefined;
  children.splice(index, 1);
  append(previous, child);
  return index;
}

/** parse-latin's `wordSymbolInner`: one of INNER_WORD_SYMBOLS, or a run of underscores. */
function isInnerWordSymbol(parser: Parser, node: Token): boolean {
  const code = parser.text.charCodeAt(node.start);
  // Punctuation and symbol tokens are runs of one character: only underscores may be longer than one.
  return node.end - node.start === 1 ? INNER_WORD_SYMBOLS.has(code) : code === 0x5f;
}

/** parse-latin's `mergeInnerWordSymbol`: "didn't", "self-harm", "e.g", "10:30", "a@b". */
function mergeInnerWordSymbol(parser: Parser, child: Token, index: number, siblings: Token[]): number | undefined {
  if (index === 0 || !isPunctuationOrSymbol(child)) return undefined;
  const previous = siblings[index - 1]!;
  if (previous.kind !== WORD) return undefined;
  let position = index - 1;
  const tokens: Token[] = [];
  let queued = 0;
  while (siblings[++position]) {
    const sibling = siblings[position]!;
    if (sibling.kind === WORD) {
      for (let q = position - queued; q < position; q++) tokens.push(siblings[q]!);
      for (const part of partsOf(sibling)) tokens.push(part);
      queued = 0;
    } else if (isPunctuationOrSymbol(sibling) && isInnerWordSymbol(parser, sibling)) {
      queued++;
    } else {
      break;
    }
  }
  if (tokens.length === 0) return undefined;
  position -= queued;
  siblings.splice(index, position - index);
  const parts = partsOf(previous);
  for (const token of tokens) parts.push(token);
  previous.end = tokens[tokens.length - 1]!.end;
  return index;
}

/** parse-latin's `mergeInnerWordSlash`: "he/she", "w/c", but not "mother/grandmother". */
function mergeInnerWordSlash(parser: Parser, child: Token, index: number, siblings: Token[]): number | undefined {
  const previous = siblings[index - 1];
  if (!previous || previous.kind !== WORD || !isPunctuationOrSymbol(child) || !isCharacter(parser, child, 0x2f)) return undefined;
  const next = siblings[index + 1];
  const nextIsWord = next !== undefined && next.kind === WORD;
  if (previous.end - previous.start >= 3 || (nextIsWord && next.end - next.start >= 3)) return undefined;
  append(previous, child);
  if (nextIsWord) {
    const parts = partsOf(previous);
    for (const part of partsOf(next)) parts.push(part);
    previous.end = next.end;
  }
  siblings.splice(index, nextIsWord ? 2 : 1);
  return index;
}

/** parse-latin's `mergeInitialisms`: the full stop after "e.g" or "U.K", but not after "1.5". */
function mergeInitialisms(parser: Parser, child: Token, index: number, children: Token[]): number | undefined {
  if (index === 0 || child.kind !== PUNCTUATION || !isCharacter(parser, child, 0x2e)) return undefined;
  const previous = children[index - 1]!;
  // A word never merged is one part.
  const parts = previous.children;
  if (previous.kind !== WORD || !parts || parts.length === 1 || parts.length % 2 === 0) return undefined;
  let isAllDigits = true;
  for (let position = parts.length - 1; position >= 0; position--) {
    const part = parts[position]!;
    if (position % 2 === 0) {
      if (part.end - part.start > 1) return undefined;
      if (!isNumerical(parser.text.charCodeAt(part.start))) isAllDigits = false;
    } else if (!isCharacter(parser, part, 0x2e)) {
      if (position < parts.length - 2) break;
      return undefined;
    }
  }
  if (isAllDigits) return undefined;
  children.splice(index, 1);
  append(previous, child);
  return index;
}

function isNumerical(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return !isSurrogate(code) && NUMERICAL.test(String.fromCharCode(code));
}

// Paragraph plugins: split and merge sentences -------------------------------------------------

/** parse-latin's `splitNode` at punctuation made only of ".", "!", "?", "…" or "‽". */
function splitAtTerminalMarkers(parser: Parser, tokens: Token[]): Token[] {
  const sentences: Token[] = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (index === tokens.length - 1 || (tokens[index]!.kind === PUNCTUATION && isTerminalMarker(parser, tokens[index]!))) {
      sentences.push({ kind: SENTENCE, start: 0, end: 0, children: tokens.slice(start, index + 1) });
      start = index + 1;
    }
  }
  return sentences;
}

function isTerminalMarker(parser: Parser, node: Token): boolean {
  const text = parser.text;
  for (let i = node.start; i < node.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x21 && code !== 0x2e && code !== 0x3f && code !== 0x2026 && code !== 0x203d) return false;
  }
  return node.end > node.start;
}

/** Moves the next sentence's tokens to the end of this one and removes the next. */
function joinNext(sentence: Token, paragraph: Token[], index: number): boolean {
  const next = paragraph[index + 1];
  if (!next || next.kind !== SENTENCE) return false;
  for (const token of next.children!) sentence.children!.push(token);
  paragraph.splice(index + 1, 1);
  return true;
}

/** parse-english's `mergeEnglishPrefixExceptions`: no sentence end after "Mr.", "Dr.", "Jan.", "approx" units. */
function mergeEnglishPrefixExceptions(parser: Parser, sentence: Token, index: number, paragraph: Token[]): number | undefined {
  const children = sentence.children!;
  const period = children[children.length - 1];
  const word = children[children.length - 2];
  if (!period || period.kind !== PUNCTUATION || !isCharacter(parser, period, 0x2e) || !word || word.kind !== WORD) return undefined;
  const value = valueOf(parser, word);
  if (!ENGLISH_ABBREVIATIONS.has(value.toLowerCase()) && !ENGLISH_ABBREVIATIONS_AS_WRITTEN.has(value)) return undefined;
  append(word, period);
  children.pop();
  return joinNext(sentence, paragraph, index) ? index - 1 : undefined;
}

/** parse-latin's `mergeNonWordSentences`: a "sentence" with no words joins its neighbour. */
function mergeNonWordSentences(_parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  const children = child.children!;
  for (const node of children) if (node.kind === WORD) return undefined;
  const previous = paragraph[index - 1];
  if (previous) {
    for (const node of children) previous.children!.push(node);
    paragraph.splice(index, 1);
    return index;
  }
  const next = paragraph[index + 1];
  if (next) {
    // concat, not unshift(...children): a spread of a long run of symbols would exceed the argument limit.
    next.children = children.concat(next.children!);
    paragraph.splice(index, 1);
  }
  return undefined;
}

function isAffixSymbol(parser: Parser, node: Token): boolean {
  const text = parser.text;
  const code = text.charCodeAt(node.start);
  const exception = AFFIX_EXCEPTIONS.get(code);
  if (exception === false || (exception === undefined && (isSurrogate(code) || !AFFIX_CHARACTER.test(text[node.start]!)))) return false;
  for (let i = node.start + 1; i < node.end; i++) if (text.charCodeAt(i) !== code) return false;
  return true;
}

/** parse-latin's `mergeAffixSymbol`: a closing bracket or quote after a full stop ends that sentence. */
function mergeAffixSymbol(parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  const children = child.children!;
  if (children.length === 0 || index === 0) return undefined;
  const previous = paragraph[index - 1]!;
  const first = children[0]!;
  if (previous.kind !== SENTENCE || !isPunctuationOrSymbol(first) || !isAffixSymbol(parser, first)) return undefined;
  children.shift();
  previous.children!.push(first);
  return index - 1;
}

function isLowerCaseInitial(parser: Parser, word: Token): boolean {
  const code = parser.text.charCodeAt(word.start);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE_EXCEPTIONS.has(code) || (!isSurrogate(code) && LOWER_CASE.test(parser.text[word.start]!));
}

/** parse-latin's `mergeInitialLowerCaseLetterSentences`: "etc. and more" stays one sentence. */
function mergeInitialLowerCaseLetterSentences(parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  if (child.kind !== SENTENCE || index === 0) return undefined;
  const previous = paragraph[index - 1]!;
  const children = child.children!;
  if (children.length === 0 || previous.kind !== SENTENCE) return undefined;
  for (const node of children) {
    if (node.kind === WORD) {
      if (!isLowerCaseInitial(parser, node)) return undefined;
      for (const token of children) previous.children!.push(token);
      paragraph.splice(index, 1);
      return index;
    }
    if (isPunctuationOrSymbol(node)) return undefined;
  }
  return undefined;
}

/** parse-latin's `mergeInitialDigitSentences`: "1. 2." and "v. 2" stay together. */
function mergeInitialDigitSentences(parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  const previous = paragraph[index - 1];
  if (!previous || previous.kind !== SENTENCE || child.kind !== SENTENCE) return undefined;
  const head = child.children![0];
  if (!head || head.kind !== WORD) return undefined;
  const code = parser.text.charCodeAt(head.start);
  if (code < 0x30 || code > 0x39) return undefined;
  for (const token of child.children!) previous.children!.push(token);
  paragraph.splice(index, 1);
  return index;
}

/** parse-latin's `mergePrefixExceptions`: no sentence end after "etc.", "cf.", "a.", "12.". */
function mergePrefixExceptions(parser: Parser, sentence: Token, index: number, paragraph: Token[]): number | undefined {
  const children = sentence.children!;
  if (children.length <= 1) return undefined;
  const period = children[children.length - 1]!;
  if (!isPunctuationOrSymbol(period) || !isCharacter(parser, period, 0x2e)) return undefined;
  const word = children[children.length - 2]!;
  if (word.kind !== WORD || !isLatinAbbreviation(valueOf(parser, word).toLowerCase())) return undefined;
  append(word, period);
  children.pop();
  return joinNext(sentence, paragraph, index) ? index - 1 : undefined;
}

function isLatinAbbreviation(value: string): boolean {
  if (LATIN_ABBREVIATIONS.has(value)) return true;
  if (value.length === 1) return value >= 'a' && value <= 'z' ? true : value >= '0' && value <= '9';
  if (value.length > 3) return false;
  for (let i = 0; i < value.length; i++) if (value[i]! < '0' || value[i]! > '9') return false;
  return true;
}

/** parse-latin's `mergeAffixExceptions`: a "sentence" starting with "," or ";" continues the last. */
function mergeAffixExceptions(parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  const previous = paragraph[index - 1];
  const children = child.children!;
  if (!previous || children.length === 0) return undefined;
  for (const node of children) {
    if (node.kind === WORD) return undefined;
    if (isPunctuationOrSymbol(node)) {
      if (!isCharacter(parser, node, 0x2c) && !isCharacter(parser, node, 0x3b)) return undefined;
      for (const token of children) previous.children!.push(token);
      paragraph.splice(index, 1);
      return index;
    }
  }
  return undefined;
}

/** parse-latin's `mergeRemainingFullStops`: full stops that do not end the sentence join a word. */
function mergeRemainingFullStops(parser: Parser, sentence: Token): void {
  const children = sentence.children!;
  let hasFoundDelimiter = false;
  for (let position = children.length - 1; position >= 0; position--) {
    const node = children[position]!;
    if (!isPunctuationOrSymbol(node)) {
      if (node.kind === WORD) hasFoundDelimiter = true;
      continue;
    }
    if (!isTerminalMarker(parser, node)) continue;
    if (!hasFoundDelimiter) {
      hasFoundDelimiter = true;
      continue;
    }
    if (!isCharacter(parser, node, 0x2e)) continue;
    const previous = children[position - 1];
    const next = children[position + 1];
    if (previous && previous.kind === WORD) {
      const nextNext = children[position + 2];
      if (next && nextNext && next.kind === WHITE_SPACE && isCharacter(parser, nextNext, 0x2e)) continue;
      children.splice(position, 1);
      append(previous, node);
      position--;
    } else if (next && next.kind === WORD) {
      children.splice(position, 1);
      prepend(next, node);
    }
  }
}

/** parse-latin's `makeInitialWhiteSpaceSiblings`: white space before a sentence is not in it. */
function makeInitialWhiteSpaceSiblings(paragraph: Token[]): void {
  for (let index = 0; index < paragraph.length; index++) {
    const children = paragraph[index]!.children;
    const head = children?.[0];
    if (head && head.kind === WHITE_SPACE) {
      children!.shift();
      paragraph.splice(index, 0, head);
    }
  }
}

/** parse-latin's `makeFinalWhiteSpaceSiblings`: nor is white space after it. */
function makeFinalWhiteSpaceSiblings(_parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  const children = child.children;
  const tail = children?.[children.length - 1];
  if (!tail || tail.kind !== WHITE_SPACE) return undefined;
  children!.pop();
  paragraph.splice(index + 1, 0, tail);
  return index;
}

/** parse-latin's `breakImplicitSentences`: a blank line ends a sentence. */
function breakImplicitSentences(parser: Parser, child: Token, index: number, paragraph: Token[]): number | undefined {
  if (child.kind !== SENTENCE) return undefined;
  const children = child.children!;
  for (let position = 1; position < children.length - 1; position++) {
    const node = children[position]!;
    if (node.kind !== WHITE_SPACE || countLineBreaks(parser, node) < 2) continue;
    child.children = children.slice(0, position);
    paragraph.splice(index + 1, 0, node, { kind: SENTENCE, start: 0, end: 0, children: children.slice(position + 1) });
    return index + 1;
  }
  return undefined;
}

function countLineBreaks(parser: Parser, node: Token): number {
  const text = parser.text;
  let count = 0;
  for (let i = node.start; i < node.end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) count++;
    else if (code === 0x0d) {
      count++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return count;
}
