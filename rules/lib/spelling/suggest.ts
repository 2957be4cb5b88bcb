/**
 * Corrections for a word that is not in the dictionary: the known words one edit away (a letter left
 * out, added, changed, or two letters swapped), the aff file's REP replacements ("f" for "ph"), and a
 * doubled letter moved ("reccomend" → "recommend"), ranked so that the commonest slips come first.
 * Hunspell's own suggester searches much further; this bounded search keeps a lint synchronous and
 * fast, and a word with no close correction is left alone rather than guessed at.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Letters an insertion may add: an apostrophe too ("didnt" → "didn't"). */
const INSERTED = `${LETTERS}'`;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Letters that sound alike and are written for each other ("polise" → "police"). */
const SOUND_ALIKE = new Set(['s:c', 'c:s', 'c:k', 'k:c', 's:z', 'z:s', 'j:g', 'g:j']);

/**
 * Costs: lower is likelier. A letter left out is the commonest slip; a change to the first letter is
 * rare, to the second or the last less common than inside the word.
 */
const COST = {
  swap: 0.5,
  apostrophe: 0.5,
  replacement: 0.7,
  doubling: 0.6,
  soundAlike: 0.8,
  insertion: 0.9,
  vowel: 0.9,
  edit: 1,
  moveDouble: 1.2,
  firstLetter: 0.4,
  secondLetter: 0.1,
  lastLetter: 0.2,
};
/** Corrections costing this much more than the best, or more, are not offered: one likely word beats three guesses. */
const WINDOW = 0.4;

export interface Correction {
  word: string;
  cost: number;
  /** Two letters swapped, an apostrophe left out, or a letter doubled or not: slips so common that they outweigh other readings of the word. */
  slip: boolean;
}

const SLIPS = new Set([COST.swap, COST.apostrophe, COST.doubling]);

export interface SuggestOptions {
  /** The aff file's REP table, [written, meant]. */
  replacements: readonly (readonly [string, string])[];
  limit?: number;
}

/** `word` in lower case; `isKnown` tells a correct word. At most `limit` corrections, best first. */
export function suggestCorrections(word: string, isKnown: (candidate: string) => boolean, options: SuggestOptions): Correction[] {
  const costs = new Map<string, Correction>();
  const last = word.length - 1;
  const offer = (candidate: string, cost: number, at: number, end = at) => {
    if (candidate === word || candidate.length === 0) return;
    const total = cost + (at === 0 ? COST.firstLetter : at === 1 ? COST.secondLetter : 0) + (end >= last ? COST.lastLetter : 0);
    const known = costs.get(candidate);
    if (known !== undefined && known.cost <= total) return;
    if (known === undefined && !(candidate.includes(' ') ? candidate.split(' ').every(isKnown) : isKnown(candidate))) return;
    costs.set(candidate, { word: candidate, cost: total, slip: SLIPS.has(cost) });
  };

  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) offer(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), COST.swap, i, i + 1);
  }
  // Short words have too many neighbours one edit away: only a swap ("teh") is a safe guess.
  if (word.length >= 4) {
    for (const [from, to] of options.replacements) {
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
        offer(word.slice(0, at) + to + word.slice(at + from.length), COST.replacement, at, at + from.length - 1);
      }
    }
    for (let i = 0; i < word.length; i++) {
      const current = word[i]!;
      const doubled = current === word[i - 1] || current === word[i + 1];
      offer(word.slice(0, i) + word.slice(i + 1), doubled ? COST.doubling : COST.edit, i);
      for (const letter of LETTERS) {
        if (letter === current) continue;
        const cost = VOWELS.has(letter) && VOWELS.has(current) ? COST.vowel : SOUND_ALIKE.has(`${current}:${letter}`) ? COST.soundAlike : COST.edit;
        offer(word.slice(0, i) + letter + word.slice(i + 1), cost, i);
      }
    }
    for (let i = 0; i <= word.length; i++) {
      for (const letter of INSERTED) {
        const doubling = letter === word[i - 1] || letter === word[i];
        // An insertion inside the word touches neither end; at the end it changes the last letter.
        offer(word.slice(0, i) + letter + word.slice(i), letter === "'" ? COST.apostrophe : doubling ? COST.doubling : COST.insertion, i, i === word.length ? last : i);
      }
    }
    moveDoubledLetter(word, (candidate, at) => offer(candidate, COST.moveDouble, at));
  }

  const ranked = [...costs.values()].sort((a, b) => a.cost - b.cost || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const best = ranked[0]?.cost ?? 0;
  return ranked.filter((correction) => correction.cost < best + WINDOW).slice(0, options.limit ?? 3);
}

/** Each way of writing one doubled letter once and doubling another single letter ("reccomend" → "recommend"). */
function moveDoubledLetter(word: string, offer: (candidate: string, at: number) => void): void {
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const undoubled = word.slice(0, i) + word.slice(i + 1);
    for (let j = 0; j < undoubled.length; j++) {
      if (j === i - 1 || VOWELS.has(undoubled[j]!) || undoubled[j] === undoubled[j + 1] || undoubled[j] === undoubled[j - 1]) continue;
      offer(undoubled.slice(0, j + 1) + undoubled.slice(j), Math.min(i, j));
    }
  }
}
