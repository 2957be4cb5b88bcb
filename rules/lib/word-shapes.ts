/**
 * A quick test that a word may be in a fixed set of words, for rules that look up every word of a
 * note in a Map: a string can be in the set only when a member has the same first character, last
 * character and length. Reading a typed array is several times cheaper than hashing the word, and
 * in prose almost no word has the shape of an acronym or abbreviation, so the Map is rarely asked.
 * It never answers no for a member; it may answer yes for a word that is not one.
 */
export class WordShapes {
  /** Bit n of shapes[first * 128 + last] is set when a member of length n (31 for 31 or more) starts with `first` and ends with `last`. */
  private readonly shapes = new Int32Array(128 * 128);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const at = slot(word, word.length);
      this.shapes[at] = this.shapes[at]! | lengthBit(word.length);
    }
  }

  /** Whether `text.slice(0, end)` may be a member (without making the slice). */
  mayHave(text: string, end = text.length): boolean {
    return (this.shapes[slot(text, end)]! & lengthBit(end)) !== 0;
  }
}

/** ASCII characters stand for themselves; every other character (and none, for the empty string) shares class 127. */
function charClass(code: number): number {
  return code < 127 ? code : 127;
}

function slot(text: string, end: number): number {
  if (end <= 0) return 127 * 128 + 127;
  return charClass(text.charCodeAt(0)) * 128 + charClass(text.charCodeAt(end - 1));
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}
