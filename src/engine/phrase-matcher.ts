import type { PhraseEntry } from '../types.js';
import { phraseTokens, wordKey } from '../parse/normalise.js';
import type { BlockUnit } from '../parse/analyse-block.js';
import { compilePattern, expandPattern, isPattern, type CompiledSequence } from './phrase-pattern.js';
import { inflections } from './inflections.js';
import { PHRASE_SLOTS, type SlotTest } from './phrase-slots.js';

/**
 * One token trie for the word lists of every rule, compiled once per linter, so that a note is
 * scanned once for all lexical rules whatever the number of phrases.
 */
interface Terminal {
  owner: string;
  entry: PhraseEntry;
  /** The phrase a match reports, or, for a sequence with a set of words, its steps to read it from the note. */
  phrase: string | readonly PhraseStep[];
  /** The words as written in the list, for case-sensitive entries (undefined where the pattern has a slot). */
  exact?: (string | undefined)[];
  /** The reported words of a pattern with a <…> part, as offsets into the matched words. */
  focus?: readonly [number, number];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Edges of pattern slots ({reflexive}, {person}): few nodes have any. */
  slots?: { name: string; test: SlotTest; node: TrieNode }[];
  /** Edges of sets of words (a group's one-word alternatives), each one edge for all its words. */
  sets?: { words: ReadonlySet<string>; node: TrieNode }[];
  terminals: Terminal[];
}

/** How a matched word appears in the reported phrase: the note's word (a word or a set), or a slot's name. */
type PhraseStep = { slot: string } | null;

/** A match with unit indexes relative to the block it was found in. */
export interface BlockMatch {
  owner: string;
  entry: PhraseEntry;
  phrase: string;
  firstUnit: number;
  endUnit: number;
}

export interface PhraseMatcher {
  readonly size: number;
  match(units: readonly BlockUnit[]): BlockMatch[];
}

/**
 * Compiled matchers by the lists they were compiled from. Linters made from the same config get the
 * same lists (rules' phrases are kept per options object), so they share one matcher instead of
 * compiling thousands of phrases each time.
 */
const matchers = new Map<string, PhraseMatcher>();
const MATCHERS_KEPT = 8;
const listIds = new WeakMap<readonly PhraseEntry[], number>();
let nextListId = 0;

export function compilePhraseMatcher(lists: ReadonlyMap<string, readonly PhraseEntry[]>): PhraseMatcher {
  let key = '';
  for (const [owner, list] of lists) {
    let id = listIds.get(list);
    if (id === undefined) listIds.set(list, (id = nextListId++));
    key += `${owner}\u0000${id}\u0000`;
  }
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = buildMatcher(lists);
    if (matchers.size >= MATCHERS_KEPT) matchers.delete(matchers.keys().next().value!);
    matchers.set(key, matcher);
  }
  return matcher;
}

function buildMatcher(lists: ReadonlyMap<string, readonly PhraseEntry[]>): PhraseMatcher {
  const root: TrieNode = { next: new Map(), terminals: [] };
  let size = 0;
  for (const [owner, entries] of lists) {
    // An entry whose variants expand to the same words twice (or listed twice) is one terminal. Looked up
    // by entry, not among the node's terminals: thousands of entries for one phrase would make that quadratic.
    const phrasesOf = new Map<PhraseEntry, Set<string>>();
    for (const entry of entries) {
      let phrases = phrasesOf.get(entry);
      if (!phrases) phrasesOf.set(entry, (phrases = new Set()));
      for (const sequence of entrySequences(entry)) {
        const shape = sequenceShape(sequence);
        if (phrases.has(shape)) continue;
        phrases.add(shape);
        let node = root;
        for (const step of sequence) {
          if ('word' in step) node = wordChild(node, wordKey(step.word));
          else if ('slot' in step) node = slotChild(node, step.slot);
          else node = setChild(node, step.oneOf);
        }
        node.terminals.push({
          owner,
          entry,
          phrase: sequence.some((step) => 'oneOf' in step) ? sequence.map((step) => ('slot' in step ? { slot: step.slot } : null)) : shape,
          exact: entry.caseSensitive ? sequence.map((step) => ('word' in step ? stripDot(step.word) : undefined)) : undefined,
          focus: sequence.focus,
        });
        size++;
      }
    }
  }
  return {
    size,
    match(units) {
      const found: BlockMatch[] = [];
      for (let first = 0; first < units.length; first++) {
        // Whole words only: a phrase never starts inside a hyphenated word.
        if (units[first]!.inWord) continue;
        walk(root, units, first, first, found, found.length);
      }
      return found;
    },
  };
}

/**
 * Follows the trie from `node` with the unit at `at`, reporting every phrase that ends on a whole word.
 * `from` is where this start's matches begin in `found`.
 */
function walk(node: TrieNode, units: readonly BlockUnit[], first: number, at: number, found: BlockMatch[], from: number): void {
  for (let last = at; last < units.length; last++) {
    const unit: BlockUnit = units[last]!;
    if (last > first && !unit.joined) return;
    if (node.slots) {
      for (const slot of node.slots) if (slot.test(unit)) reach(slot.node, units, first, last, found, from);
    }
    if (node.sets) {
      for (const set of node.sets) if (set.words.has(unit.key)) reach(set.node, units, first, last, found, from);
    }
    const next = node.next.get(unit.key);
    if (!next) return;
    node = next;
    if (node.terminals.length > 0) emit(node, units, first, last, found, from);
  }
}

function reach(node: TrieNode, units: readonly BlockUnit[], first: number, last: number, found: BlockMatch[], from: number): void {
  if (node.terminals.length > 0) emit(node, units, first, last, found, from);
  walk(node, units, first, last + 1, found, from);
}

function emit(node: TrieNode, units: readonly BlockUnit[], first: number, last: number, found: BlockMatch[], from: number): void {
  // ...and never ends inside one.
  if (last + 1 < units.length && units[last + 1]!.inWord) return;
  for (const terminal of node.terminals) {
    if (terminal.exact && !sameCase(terminal.exact, units, first)) continue;
    const { focus } = terminal;
    const firstUnit = focus ? first + focus[0] : first;
    const endUnit = focus ? first + focus[1] : last + 1;
    // Two sequences of one entry can read the same words ("(a|b) c" and "a (c|d)"): one match.
    if (found.length > from && isFound(found, from, terminal, firstUnit, endUnit)) continue;
    found.push({
      owner: terminal.owner,
      entry: terminal.entry,
      phrase: typeof terminal.phrase === 'string' ? terminal.phrase : readPhrase(terminal.phrase, units, first),
      firstUnit,
      endUnit,
    });
  }
}

function isFound(found: readonly BlockMatch[], from: number, terminal: Terminal, firstUnit: number, endUnit: number): boolean {
  for (let i = from; i < found.length; i++) {
    const match = found[i]!;
    if (match.entry === terminal.entry && match.owner === terminal.owner && match.firstUnit === firstUnit && match.endUnit === endUnit) return true;
  }
  return false;
}

/** The phrase of a match of a sequence with a set of words: the note's words, slots written as {slot}. */
function readPhrase(steps: readonly PhraseStep[], units: readonly BlockUnit[], first: number): string {
  let phrase = '';
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    phrase += (i > 0 ? ' ' : '') + (step ? `{${step.slot}}` : units[first + i]!.key);
  }
  return phrase;
}

function wordChild(node: TrieNode, key: string): TrieNode {
  let child = node.next.get(key);
  if (!child) node.next.set(key, (child = { next: new Map(), terminals: [] }));
  return child;
}

function setChild(node: TrieNode, words: ReadonlySet<string>): TrieNode {
  node.sets ??= [];
  let edge = node.sets.find((set) => set.words === words);
  if (!edge) node.sets.push((edge = { words, node: { next: new Map(), terminals: [] } }));
  return edge.node;
}

function slotChild(node: TrieNode, name: string): TrieNode {
  node.slots ??= [];
  let edge = node.slots.find((slot) => slot.name === name);
  if (!edge) node.slots.push((edge = { name, test: PHRASE_SLOTS[name]!, node: { next: new Map(), terminals: [] } }));
  return edge.node;
}

/**
 * The word sequences of an entry: each variant, read as a pattern when it uses the pattern language. A
 * case-sensitive entry is expanded word by word, as its words are compared as written.
 */
function entrySequences(entry: PhraseEntry): CompiledSequence[] {
  const sequences: CompiledSequence[] = [];
  for (const variant of expandVariants(entry)) {
    if (isPattern(variant)) for (const sequence of entry.caseSensitive ? expandPattern(variant) : compilePattern(variant)) sequences.push(sequence);
    else {
      const words = phraseTokens(variant);
      if (words.length > 0) sequences.push(words.map((word) => ({ word })));
    }
  }
  return sequences;
}

/** The sequence as text, a set as its words in brackets: the same phrase twice is one terminal. */
function sequenceShape(sequence: CompiledSequence): string {
  return sequence.map((step) => ('word' in step ? wordKey(step.word) : 'slot' in step ? `{${step.slot}}` : `(${[...step.oneOf].join('|')})`)).join(' ');
}

function stripDot(word: string): string {
  return word.endsWith('.') && word.length > 1 ? word.slice(0, -1) : word;
}

function sameCase(exact: readonly (string | undefined)[], units: readonly BlockUnit[], first: number): boolean {
  for (let i = 0; i < exact.length; i++) if (exact[i] !== undefined && units[first + i]!.text !== exact[i]) return false;
  return true;
}

function expandVariants(entry: PhraseEntry): string[] {
  const variants = typeof entry.match === 'string' ? [entry.match] : [...entry.match];
  if (!entry.inflect) return variants;
  const all = new Set<string>();
  for (const variant of variants) {
    // A pattern says itself which words inflect ("engage~ well").
    if (isPattern(variant)) {
      all.add(variant);
      continue;
    }
    const words = phraseTokens(variant);
    const last = words.pop();
    if (last === undefined) continue;
    for (const form of inflections(last)) all.add([...words, form].join(' '));
  }
  return [...all];
}
