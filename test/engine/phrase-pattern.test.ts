import { describe, expect, it } from 'vitest';
import { compilePattern, expandPattern, isPattern, PatternError, sequenceText } from '../../src/engine/phrase-pattern.js';
import { wordKey } from '../../src/parse/normalise.js';
import { builtInRules } from '../../src/index.js';
import { applyWordListOptions, ConfigError, createLinter } from '../../src/index.js';

const texts = (pattern: string) => expandPattern(pattern).map(sequenceText);

describe('phrase patterns: expansion', () => {
  it('reads plain words, hyphens and spaces alike', () => {
    expect(texts('attention-seeking  behaviour')).toEqual(['attention seeking behaviour']);
  });

  it('expands alternatives and optional words', () => {
    expect(texts('no [safeguarding|current] (concerns|issues)')).toEqual([
      'no safeguarding concerns',
      'no safeguarding issues',
      'no current concerns',
      'no current issues',
      'no concerns',
      'no issues',
    ]);
  });

  it('allows sequences and nesting inside groups', () => {
    expect(texts('(risky (lifestyle|behaviour)|street wise)')).toEqual(['risky lifestyle', 'risky behaviour', 'street wise']);
  });

  it('inflects a word marked with ~, irregular verbs included', () => {
    expect(texts('engage~ well')).toEqual(expect.arrayContaining(['engage well', 'engaged well', 'engages well', 'engaging well']));
    expect(texts('put~ {reflexive}')).toEqual(expect.arrayContaining(['put {reflexive}', 'puts {reflexive}', 'putting {reflexive}']));
    expect(texts('go~ missing')).toEqual(expect.arrayContaining(['went missing', 'gone missing', 'going missing']));
  });

  it('marks the reported part with <…>', () => {
    const [first, second] = expandPattern('(room|house) [was] <a tip>');
    expect(sequenceText(first!)).toBe('room was a tip');
    expect(first!.focus).toEqual([2, 4]);
    expect(sequenceText(second!)).toBe('room a tip');
    expect(second!.focus).toEqual([1, 3]);
    expect(expandPattern('a tip')[0]!.focus).toBeUndefined();
  });

  it('keeps slots as slots', () => {
    expect(texts('{person} was told')).toEqual(['{person} was told']);
  });

  it.each([
    ['(a|b', /"\(" is not closed/],
    ['a ] b', /unexpected "\]"/],
    ['{nobody} said', /unknown slot \{nobody\}; known slots: \{reflexive\}/],
    ['{any}', /other than \{any\}/],
    ['[ ]', /matches no words/],
    ['<a (b|<c>)>', /outside brackets/],
    ['<a b', /mark one reported part/],
    ['a <> b', /holds no words/],
    ['(a|)', /alternative in \(…\) is empty/],
    ['(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b)', /more than 4096 phrases/],
  ])('rejects %s with a message that says what is wrong', (pattern, message) => {
    expect(() => expandPattern(pattern)).toThrow(PatternError);
    expect(() => expandPattern(pattern)).toThrow(message);
  });
});

describe('phrase patterns in word lists', () => {
  const linter = createLinter({
    extends: 'recommended',
    rules: {
      'no-jargon': ['warning', { add: [{ match: 'put~ {reflexive} [at|in] (risk|danger)', advice: 'say who is putting the child at risk' }, 'tell~ {person} about'] }],
    },
  });
  const excerpts = (text: string) => linter.lint({ text }).findings.filter((f) => f.ruleId === 'no-jargon').map((f) => f.excerpt);

  it('matches every wording the pattern stands for, with the exact excerpt', () => {
    expect(excerpts('She is putting herself at risk.')).toEqual(['putting herself at risk']);
    expect(excerpts('He puts himself in danger at night.')).toEqual(['puts himself in danger']);
    expect(excerpts('They put themselves risk.')).toEqual(['put themselves risk']);
    expect(excerpts('I told her about the plan.')).toEqual(['told her about']);
    expect(excerpts('Ms Cole was telling Amy about the move.')).toEqual(['telling Amy about']);
  });

  it('reports only the <…> part, the rest being context', () => {
    const focused = createLinter({ rules: { 'no-jargon': ['warning', { add: ['(room|house) [was|is] <a tip>', '<parcel~> {possessive} (worries|concerns)'] }] } });
    const found = (text: string) => focused.lint({ text }).findings.filter((f) => f.ruleId === 'no-jargon').map((f) => f.excerpt);
    expect(found('Her room was a tip again.')).toEqual(['a tip']);
    expect(found('We had a tip from a neighbour.')).toEqual([]);
    expect(found('I parcelled my worries to Sam.')).toEqual(['parcelled']);
  });

  it('does not match across punctuation, a different slot word, or inside quoted speech', () => {
    expect(excerpts('She is putting, herself at risk.')).toEqual([]);
    expect(excerpts('She is putting them at risk.')).toEqual([]);
    expect(excerpts('She said "I am putting myself at risk".')).toEqual([]);
  });

  it('removes a pattern entry by any wording it stands for', () => {
    const list = [{ match: 'engage~ nicely' }, { match: 'no [current] concerns' }];
    expect(applyWordListOptions(list, { add: [], remove: ['engaging nicely'] })).toEqual([{ match: 'no [current] concerns' }]);
    expect(applyWordListOptions(list, { add: [], remove: ['no current concerns'] })).toEqual([{ match: 'engage~ nicely' }]);
    expect(applyWordListOptions(list, { add: [], remove: ['engage~ nicely'] })).toEqual([{ match: 'no [current] concerns' }]);
  });

  it('reports a bad pattern in the config as a ConfigError naming the key', () => {
    expect(() => createLinter({ rules: { 'no-jargon': ['warning', { add: ['put~ {self} at risk'] }] } })).toThrow(ConfigError);
    expect(() => createLinter({ rules: { 'no-jargon': ['warning', { add: ['put~ {self} at risk'] }] } })).toThrow(/rules\.no-jargon\[1\]\.add\[0\]: pattern "put~ \{self\} at risk": unknown slot \{self\}/);
  });
});

describe('compilePattern: one-word alternatives kept together for the matcher', () => {
  /** The phrases a compiled pattern stands for, each set of words spelt out. */
  const spelt = (pattern: string): string[] =>
    compilePattern(pattern).flatMap((sequence) =>
      sequence.reduce<string[]>(
        (heads, step) => heads.flatMap((head) => ('oneOf' in step ? [...step.oneOf] : ['word' in step ? wordKey(step.word) : `{${step.slot}}`]).map((word) => (head ? `${head} ${word}` : word))),
        [''],
      ),
    );

  it('keeps a group of single words as one step', () => {
    const sequences = compilePattern('(concerns|worries|allegations) (were|have been) (raised|reported)');
    expect(sequences).toHaveLength(2);
    expect(spelt('(concerns|worries|allegations) (were|have been) (raised|reported)').sort()).toEqual(texts('(concerns|worries|allegations) (were|have been) (raised|reported)').sort());
  });

  it('keeps the reported part where expandPattern has it', () => {
    const [first] = compilePattern('(room|house) [was] <a tip>');
    expect(first!.focus).toEqual([2, 4]);
  });

  it('stands for exactly the phrases expandPattern gives, for every pattern of every built-in rule', () => {
    let patterns = 0;
    for (const rule of builtInRules) {
      if (!rule.phrases) continue;
      const options = rule.meta.schema ? rule.meta.schema.parse({}) : {};
      for (const entry of rule.phrases(options as never)) {
        for (const variant of [entry.match].flat()) {
          if (!isPattern(variant)) continue;
          patterns++;
          expect(new Set(spelt(variant)), variant).toEqual(new Set(texts(variant)));
        }
      }
    }
    expect(patterns).toBeGreaterThan(200);
  });
});
