/**
 * The British spelling of an American one, found by the regular differences between the two and kept
 * only when the result is a known word: color → colour, center → centre, centered → centred,
 * pediatrician → paediatrician, edema → oedema, organize → organise, analyze → analyse,
 * defense → defence, catalog → catalogue, traveled → travelled, fulfill → fulfil,
 * acknowledgment → acknowledgement. Irregular pairs (mom → mum, gray → grey) are data
 * (AMERICAN_SPELLINGS in rules/data/spelling.ts).
 */
export interface BritishSpelling {
  replacement: string;
  /** Made by -ize → -ise, which Oxford spelling (also British) keeps as -ize. */
  ize: boolean;
}

type Change = readonly [from: string, to: string, ize?: boolean];

/** Changes anywhere in the word, each tried at every place it can apply. */
const CHANGES: readonly Change[] = [
  ['iz', 'is', true],
  ['yz', 'ys'],
  ['or', 'our'],
  ['er', 're'],
  ['e', 'ae'],
  ['e', 'oe'],
  ['ense', 'ence'],
  ['dgment', 'dgement'],
];

/** Changes at the end of the word only. */
const ENDINGS: readonly Change[] = [
  ['ered', 'red'],
  ['ering', 'ring'],
  ['og', 'ogue'],
  ['ogs', 'ogues'],
];

/** Endings after which British doubles a final l that American writes once. */
const L_ENDINGS = ['ed', 'ing', 'er', 'ers', 'or', 'ors', 'ous', 'ously'];
/** Endings after which British writes once an l that American doubles. */
const LL_ENDINGS = ['s', 'ment', 'ments', 'ful', 'fully', 'ness'];

/** `word` in lower case; `isKnown` tells a British word. */
export function britishSpelling(word: string, isKnown: (candidate: string) => boolean): BritishSpelling | undefined {
  for (const [from, to, ize = false] of CHANGES) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
      const candidate = word.slice(0, at) + to + word.slice(at + from.length);
      if (isKnown(candidate)) return { replacement: candidate, ize };
    }
  }
  for (const [from, to] of ENDINGS) {
    if (word.endsWith(from)) {
      const candidate = word.slice(0, word.length - from.length) + to;
      if (isKnown(candidate)) return { replacement: candidate, ize: false };
    }
  }
  // One l where British doubles it before an ending (traveled, counselor, marvelous), and two where British
  // has one before an ending (fulfills, enrollment, skillful). A word that only ends in "ll" ("carefull") is
  // a slip, not an American spelling: the bare verbs (fulfill, enroll) are data.
  for (let at = word.indexOf('l'); at > 0; at = word.indexOf('l', at + 1)) {
    if (word[at + 1] === 'l') {
      if (LL_ENDINGS.some((ending) => word.startsWith(ending, at + 2) && word.length === at + 2 + ending.length)) {
        const candidate = word.slice(0, at) + word.slice(at + 1);
        if (isKnown(candidate)) return { replacement: candidate, ize: false };
      }
      at++;
    } else if (word[at - 1] !== 'l' && L_ENDINGS.some((ending) => word.startsWith(ending, at + 1) && word.length === at + 1 + ending.length)) {
      const candidate = `${word.slice(0, at)}l${word.slice(at)}`;
      if (isKnown(candidate)) return { replacement: candidate, ize: false };
    }
  }
  return undefined;
}
