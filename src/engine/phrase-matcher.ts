import type { PhraseEntry } from '../types.js';
import { phraseTokens, wordKey } from '../parse/normalise.js';
import type { BlockUnit } from '../parse/analyse-block.js';

/**
 * One token trie for the word lists of every rule, compiled once per linter, so that a note is
 * scanned once for all lexical rules whatever the number of phrases.
 */
interface Terminal {
  owner: string;
  entry: PhraseEntry;
  phrase: string;
  /** The words as written in the list, for case-sensitive entries. */
  exact?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
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
    for (const entry of entries) {
      for (const variant of expandVariants(entry)) {
        const words = phraseTokens(variant);
        if (words.length === 0) continue;
        let node = root;
        for (const word of words) {
          const key = wordKey(word);
          let child = node.next.get(key);
          if (!child) {
            child = { next: new Map(), terminals: [] };
            node.next.set(key, child);
          }
          node = child;
        }
        const phrase = words.map(wordKey).join(' ');
        if (node.terminals.some((t) => t.owner === owner && t.phrase === phrase && t.entry === entry)) continue;
        node.terminals.push({
          owner,
          entry,
          phrase,
          exact: entry.caseSensitive ? words.map(stripDot) : undefined,
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
        let node: TrieNode | undefined = root;
        for (let last = first; last < units.length; last++) {
          const unit: BlockUnit = units[last]!;
          if (last > first && !unit.joined) break;
          node = node.next.get(unit.key);
          if (!node) break;
          if (node.terminals.length === 0) continue;
          // ...and never ends inside one.
          if (last + 1 < units.length && units[last + 1]!.inWord) continue;
          for (const terminal of node.terminals) {
            if (terminal.exact && !sameCase(terminal.exact, units, first)) continue;
            found.push({ owner: terminal.owner, entry: terminal.entry, phrase: terminal.phrase, firstUnit: first, endUnit: last + 1 });
          }
        }
      }
      return found;
    },
  };
}

function stripDot(word: string): string {
  return word.endsWith('.') && word.length > 1 ? word.slice(0, -1) : word;
}

function sameCase(exact: string[], units: readonly BlockUnit[], first: number): boolean {
  for (let i = 0; i < exact.length; i++) if (units[first + i]!.text !== exact[i]) return false;
  return true;
}

function expandVariants(entry: PhraseEntry): string[] {
  const variants = typeof entry.match === 'string' ? [entry.match] : [...entry.match];
  if (!entry.inflect) return variants;
  const all = new Set<string>();
  for (const variant of variants) {
    const words = phraseTokens(variant);
    const last = words.pop();
    if (last === undefined) continue;
    for (const form of inflections(last)) all.add([...words, form].join(' '));
  }
  return [...all];
}

/** Regular English forms of a word: plural and third person, past, and -ing. Over-generation is harmless. */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  const lower = word.toLowerCase();
  const endsWithE = lower.endsWith('e');
  const consonantY = /[^aeiou]y$/.test(lower);
  forms.add(/(s|x|z|ch|sh)$/.test(lower) ? `${word}es` : consonantY ? `${word.slice(0, -1)}ies` : `${word}s`);
  forms.add(endsWithE ? `${word}d` : consonantY ? `${word.slice(0, -1)}ied` : `${word}ed`);
  forms.add(endsWithE && !lower.endsWith('ee') ? `${word.slice(0, -1)}ing` : `${word}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lower) && lower.length <= 6) {
    const doubled = word + word.slice(-1);
    forms.add(`${doubled}ed`);
    forms.add(`${doubled}ing`);
  }
  return [...forms];
}
