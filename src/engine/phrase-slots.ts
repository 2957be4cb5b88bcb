/**
 * The slots of phrase patterns ("put~ {reflexive} at risk"): one word of a kind. Each is a test of a
 * word of the note: its key (lower case, apostrophes straightened) and its text as written.
 */
export interface SlotWord {
  key: string;
  text: string;
}

export type SlotTest = (word: SlotWord) => boolean;

const STARTS_UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const oneOf = (...words: string[]): SlotTest => {
  const set = new Set(words);
  return (word) => set.has(word.key);
};

const SUBJECT_PRONOUNS = ['i', 'you', 'he', 'she', 'it', 'we', 'they'];
const OBJECT_PRONOUNS = ['me', 'you', 'him', 'her', 'it', 'us', 'them'];
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'many', 'few', 'numerous']);
/** Capitalised words that are not names, for {person}. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'it', 'i', 'on', 'in', 'at', 'and', 'but', 'or', 'if', 'when', 'we', 'she', 'he', 'they', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PEOPLE = oneOf(
  ...SUBJECT_PRONOUNS,
  ...OBJECT_PRONOUNS,
  'mum', 'mother', 'dad', 'father', 'parent', 'parents', 'carer', 'carers', 'child', 'children', 'boy', 'girl', 'son', 'daughter',
  'sister', 'brother', 'grandmother', 'grandfather', 'nan', 'grandad', 'aunt', 'uncle', 'partner', 'baby', 'family', 'teacher',
);

function isNameShaped(word: SlotWord): boolean {
  const first = word.text.charCodeAt(0);
  if (!(first >= 0x41 && first <= 0x5a) && !STARTS_UPPER.test(word.text)) return false;
  // "CAMHS" is not a name; "McDonald" and "O'Brien" are.
  return HAS_LOWER.test(word.text) && !NOT_NAMES.has(word.key);
}

export const PHRASE_SLOTS: Readonly<Record<string, SlotTest>> = Object.freeze({
  reflexive: oneOf('myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves', 'themself'),
  pronoun: oneOf(...SUBJECT_PRONOUNS),
  object: oneOf(...OBJECT_PRONOUNS),
  possessive: oneOf('my', 'your', 'his', 'her', 'its', 'our', 'their'),
  person: (word) => PEOPLE(word) || isNameShaped(word),
  be: oneOf('am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'),
  have: oneOf('have', 'has', 'had', 'having'),
  number: (word) => /^\d+$/.test(word.key) || NUMBER_WORDS.has(word.key),
  any: () => true,
});
