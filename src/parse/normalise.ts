const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC]/g;

/** The matching key of a word: lower case, typographic apostrophes straightened, a trailing full stop dropped. */
export function wordKey(word: string): string {
  return hasTypographicApostrophe(word) ? plainWordKey(word.replace(TYPOGRAPHIC_APOSTROPHES, "'")) : plainWordKey(word);
}

function plainWordKey(word: string): string {
  const key = word.toLowerCase();
  return key.length > 1 && key.charCodeAt(key.length - 1) === 46 ? key.slice(0, -1) : key;
}

// Called for every word of every note: a loop over a few characters costs less than a regular expression.
function hasTypographicApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x2018 || code === 0x2019 || code === 0x2bc) return true;
  }
  return false;
}

/** "-", and the Unicode hyphen and non-breaking hyphen. */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Splits a phrase from a word list the way note text is split into units: on spaces and hyphens. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/[\s\-\u2010\u2011]+/)
    .filter((token) => token.length > 0);
}
