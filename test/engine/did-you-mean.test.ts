import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../src/engine/did-you-mean.js';
import { builtInRules } from '../../src/index.js';

const RULE_IDS = builtInRules.map((rule) => rule.meta.id);

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbouring letters', () => {
    expect(editDistance('recomended', 'recommended')).toBe(1);
    expect(editDistance('no-acronym', 'no-acronyms')).toBe(1);
    expect(editDistance('strcit', 'strict')).toBe(1); // a swap is one edit
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops at the cap', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(2);
  });
});

describe('did you mean', () => {
  it('offers the rule, preset, key or severity meant', () => {
    expect(closestMatch('no-acronym', RULE_IDS)).toBe('no-acronyms');
    expect(closestMatch('sentance-length', RULE_IDS)).toBe('sentence-length');
    expect(closestMatch('recomended', ['recommended', 'strict'])).toBe('recommended');
    expect(closestMatch('Extends', ['extends', 'rules'])).toBe('extends');
    expect(closestMatch('allowed', ['add', 'remove', 'checkQuotes', 'allow'])).toBe('allow');
    expect(closestMatch('warn', ['off', 'info', 'warning', 'error'])).toBe('warning'); // ESLint's spelling, a prefix
    expect(didYouMean('timezone', ['timeZone', 'types'])).toBe('; did you mean "timeZone"?');
  });

  it('offers nothing when no candidate is close, or the prefix is ambiguous or too short', () => {
    expect(closestMatch('colour', ['add', 'remove', 'checkQuotes'])).toBeUndefined();
    expect(closestMatch('lenient', ['recommended', 'strict'])).toBeUndefined();
    expect(closestMatch('no', RULE_IDS)).toBeUndefined(); // "no-" begins a dozen rules
    expect(closestMatch('of', ['off', 'info'])).toBe('off'); // one edit, though too short for a prefix
    expect(closestMatch('wa', ['warning'])).toBeUndefined();
    expect(didYouMean('zzz', RULE_IDS)).toBe('');
  });
});
