import type { PhraseEntry } from '../types.js';
import { phraseTokens, wordKey } from '../parse/normalise.js';
import type { BlockUnit } from '../parse/analyse-block.js';
import { expandPattern, isPattern, sequenceText, type PatternSequence } from './phrase-pattern.js';
import { inflections } from './inflections.js';
import { PHRASE_SLOTS, type SlotTest } from './phrase-slots.js';

/**
 * One token trie for the word lists of every rule, compiled once per linter, so that a note is
 * scanned once for all lexical rules whatever the number of phrases.
 */
interface Terminal {
  owner: string;
  entry: PhraseEntry;
  phrase: string;
  /** The words as written in the list, for case-sensitive entries (undefined where the pattern has a slot). */
  exact?: (string | undefined)[];
  /** The reported words of a pattern with a <…> part, as offsets into the matched words. */
  focus?: readonly [number, number];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Edges of pattern slots ({reflexive}, {person}): few nodes have any. */
  slots?: { name: string; test: SlotTest; node: TrieNode }[];
  terminals: Terminal[];
}

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
        const phrase = sequenceText(sequence);
        if (phrases.has(phrase)) continue;
        phrases.add(phrase);
        let node = root;
        for (const step of sequence) node = 'word' in step ? wordChild(node, wordKey(step.word)) : slotChild(node, step.slot);
        node.terminals.push({
          owner,
          entry,
          phrase,
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
        walk(root, units, first, first, found);
      }
      return found;
    },
  };
}

/** Follows the trie from `node` with the unit at `at`, reporting every phrase that ends on a whole word. */
function walk(node: TrieNode, units: readonly BlockUnit[], first: number, at: number, found: BlockMatch[]): void {
  for (let last = at; last < units.length; last++) {
    const unit: BlockUnit = units[last]!;
    if (last > first && !unit.joined) return;
    if (node.slots) {
      for (const slot of node.slots) if (slot.test(unit)) reach(slot.node, units, first, last, found);
    }
    const next = node.next.get(unit.key);
    if (!next) return;
    node = next;
    if (node.terminals.length > 0) emit(node, units, first, last, found);
  }
}

function reach(node: TrieNode, units: readonly BlockUnit[], first: number, last: number, found: BlockMatch[]): void {
  if (node.terminals.length > 0) emit(node, units, first, last, found);
  walk(node, units, first, last + 1, found);
}

function emit(node: TrieNode, units: readonly BlockUnit[], first: number, last: number, found: BlockMatch[]): void {
  // ...and never ends inside one.
  if (last + 1 < units.length && units[last + 1]!.inWord) return;
  for (const terminal of node.terminals) {
    if (terminal.exact && !sameCase(terminal.exact, units, first)) continue;
    const { focus } = terminal;
    found.push({
      owner: terminal.owner,
      entry: terminal.entry,
      phrase: terminal.phrase,
      firstUnit: focus ? first + focus[0] : first,
      endUnit: focus ? first + focus[1] : last + 1,
    });
  }
}

function wordChild(node: TrieNode, key: string): TrieNode {
  let child = node.next.get(key);
  if (!child) node.next.set(key, (child = { next: new Map(), terminals: [] }));
  return child;
}

function slotChild(node: TrieNode, name: string): TrieNode {
  node.slots ??= [];
  let edge = node.slots.find((slot) => slot.name === name);
  if (!edge) node.slots.push((edge = { name, test: PHRASE_SLOTS[name]!, node: { next: new Map(), terminals: [] } }));
  return edge.node;
}

/** The word sequences of an entry: each variant, read as a pattern when it uses the pattern language. */
function entrySequences(entry: PhraseEntry): PatternSequence[] {
  const sequences: PatternSequence[] = [];
  for (const variant of expandVariants(entry)) {
    if (isPattern(variant)) for (const sequence of expandPattern(variant)) sequences.push(sequence);
    else {
      const words = phraseTokens(variant);
      if (words.length > 0) sequences.push(words.map((word) => ({ word })));
    }
  }
  return sequences;
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
