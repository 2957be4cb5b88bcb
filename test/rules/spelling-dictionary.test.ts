import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { decodeWords, dictionaryWords } from '../../rules/lib/spelling/dictionary.js';
import { DICTIONARY_SOURCE, DICTIONARY_WORDS } from '../../rules/data/spelling-dictionary.js';
import { britishSpelling } from '../../rules/lib/spelling/british.js';
import { suggestCorrections } from '../../rules/lib/spelling/suggest.js';
import { DICTIONARY_REPLACEMENTS } from '../../rules/data/spelling-dictionary.js';
import { BRITISH_VARIANTS, CASEWORK_WORDS } from '../../rules/data/spelling.js';

const root = join(import.meta.dirname, '..', '..');
const packageDir = dirname(fileURLToPath(import.meta.resolve('dictionary-en-gb')));
const words = dictionaryWords();
const isKnown = (word: string) => words.has(word);

describe('spelling dictionary', () => {
  it('is in step with dictionary-en-gb (node scripts/spelling-dictionary.mjs --check)', () => {
    const script = join(root, 'scripts', 'spelling-dictionary.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
    const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
    expect(DICTIONARY_SOURCE.version).toBe(version);
  });

  it('decodes to the forms it encodes, each once', () => {
    expect(words.size).toBe(DICTIONARY_SOURCE.forms);
    expect(decodeWords(DICTIONARY_WORDS)).toEqual(words);
    for (const word of ['behaviour', 'colour', 'centre', 'paediatrician', 'organise', 'safeguarding', 'kinship', "didn't", 'Wednesday', 'London']) {
      expect(words.has(word), word).toBe(true);
    }
    for (const word of ['behavior', 'color', 'center', 'pediatrician', 'organize', "child's", '3rd']) expect(words.has(word), word).toBe(false);
  });

  it('accepts exactly what Hunspell (nspell) accepts, on every form and on their neighbours', () => {
    const reference = nspell({ aff: readFileSync(join(packageDir, 'index.aff')), dic: readFileSync(join(packageDir, 'index.dic')) });
    const rejected = [...words].filter((word) => !reference.correct(word));
    expect(rejected).toEqual([]);
    // Neighbours of a sample of forms: what nspell accepts (apart from possessives, which the rule strips) is in the list.
    const sample = [...words].filter((_, i) => i % 97 === 0);
    const missing: string[] = [];
    for (const word of sample) {
      for (const neighbour of [`${word}s`, `${word}ed`, `${word}ing`, `un${word}`, `re${word}`, word.slice(0, -1)]) {
        if (!words.has(neighbour) && reference.correct(neighbour) && !/'s$/.test(neighbour) && neighbour.toLowerCase() === neighbour) missing.push(neighbour);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has vocabulary only for words the dictionary lacks', () => {
    const listed = [...CASEWORK_WORDS, ...BRITISH_VARIANTS].map((word) => word.replace(/~$/, ''));
    expect(listed.filter((word) => words.has(word))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('British spellings of American ones', () => {
  it.each([
    ['color', 'colour'],
    ['behavioral', 'behavioural'],
    ['center', 'centre'],
    ['centered', 'centred'],
    ['pediatrician', 'paediatrician'],
    ['diarrhea', 'diarrhoea'],
    ['organize', 'organise'],
    ['analyze', 'analyse'],
    ['defense', 'defence'],
    ['catalog', 'catalogue'],
    ['traveled', 'travelled'],
    ['counselor', 'counsellor'],
    ['fulfills', 'fulfils'],
    ['enrollment', 'enrolment'],
    ['acknowledgment', 'acknowledgement'],
  ])('%s → %s', (american, british) => {
    expect(britishSpelling(american, isKnown)?.replacement).toBe(british);
  });

  it('marks only -ize as the Oxford spelling', () => {
    expect(britishSpelling('recognize', isKnown)).toEqual({ replacement: 'recognise', ize: true });
    expect(britishSpelling('paralyze', isKnown)).toEqual({ replacement: 'paralyse', ize: false });
  });

  it('leaves slips to the suggestions: "carefull" is not an American spelling', () => {
    expect(britishSpelling('carefull', isKnown)).toBeUndefined();
    expect(britishSpelling('untill', isKnown)).toBeUndefined();
  });
});

describe('corrections', () => {
  const suggest = (word: string) => suggestCorrections(word, isKnown, { replacements: DICTIONARY_REPLACEMENTS }).map((c) => c.word);

  it.each([
    ['famly', 'family'],
    ['hieght', 'height'],
    ['apointment', 'appointment'],
    ['writting', 'writing'],
    ['reccomend', 'recommend'],
    ['didnt', "didn't"],
    ['teh', 'the'],
    ['polise', 'police'],
    ['explaned', 'explained'],
  ])('%s → %s first', (typo, correction) => {
    expect(suggest(typo)[0]).toBe(correction);
  });

  it('offers at most three, and nothing for a word far from any other', () => {
    expect(suggest('scool').length).toBeLessThanOrEqual(3);
    expect(suggest('zampogna')).toEqual([]);
    expect(suggest('qzxvbnmlkj')).toEqual([]);
  });
});
