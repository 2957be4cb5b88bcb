import { DICTIONARY_WORDS } from '../../data/spelling-dictionary.js';

/** Shared-prefix marks of the encoding: "0" (48) to "@" (64); see scripts/spelling-dictionary.mjs. */
const FIRST_MARK = 48;
const LAST_MARK = 64;

let words: ReadonlySet<string> | undefined;

/**
 * The word forms of the en-GB Hunspell dictionary. Decoded on first use, not at import, so that
 * importing casenote-lint stays cheap and a linter with the rule off never pays for it; then shared by
 * every linter of the process (or page).
 */
export function dictionaryWords(): ReadonlySet<string> {
  return (words ??= decodeWords(DICTIONARY_WORDS));
}

/** Reads the front-coded list: each form is a mark (how many characters it shares with the one before) and the rest. */
export function decodeWords(encoded: string): Set<string> {
  const decoded = new Set<string>();
  let previous = '';
  let at = 0;
  while (at < encoded.length) {
    const shared = encoded.charCodeAt(at) - FIRST_MARK;
    let end = at + 1;
    while (end < encoded.length) {
      const code = encoded.charCodeAt(end);
      if (code >= FIRST_MARK && code <= LAST_MARK) break;
      end++;
    }
    previous = shared === 0 ? encoded.slice(at + 1, end) : previous.slice(0, shared) + encoded.slice(at + 1, end);
    decoded.add(previous);
    at = end;
  }
  return decoded;
}
