// nspell ships no types; the dictionary test uses it as the reference Hunspell checker.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic: Uint8Array | string }): NSpell;
}
