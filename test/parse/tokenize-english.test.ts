import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root, RootContent, SentenceContent } from 'nlcst';
import { analyseBlock, analyseSentences, parseBlock } from '../../src/parse/analyse-block.js';
import { PUNCTUATION, SENTENCE, SYMBOL, TEXT, WHITE_SPACE, WORD, partsOf, tokenizeEnglish as tokenizeLazily, type Token } from '../../src/parse/tokenize-english.js';
import { ENGLISH_ABBREVIATIONS, ENGLISH_ABBREVIATIONS_AS_WRITTEN, LATIN_ABBREVIATIONS } from '../../src/parse/english-abbreviations.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { noteText } from '../helpers/generators.js';
import { corpus } from '../../scripts/lib/corpus.mjs';

// The flat tokenizer must give exactly the sentences and words of retext-english's nlcst tree.

const KINDS: Record<string, number> = { WordNode: WORD, WhiteSpaceNode: WHITE_SPACE, PunctuationNode: PUNCTUATION, SymbolNode: SYMBOL, TextNode: TEXT, SentenceNode: SENTENCE };

function fromTree(node: RootContent | SentenceContent | Root): Token {
  const position = node.position!;
  const children = 'children' in node && node.type !== 'RootNode' ? (node.children as SentenceContent[]).map(fromTree) : null;
  return { kind: KINDS[node.type]!, start: position.start.offset!, end: position.end.offset!, children };
}

/** The tokenizer's sentences with every word's parts made, as in the tree. */
function tokenizeEnglish(text: string): Token[] {
  const sentences = tokenizeLazily(text);
  for (const sentence of sentences) for (const token of sentence.children!) if (token.kind === WORD) partsOf(token);
  return sentences;
}

/** The SentenceNodes of retext-english's tree, in the tokenizer's shape. */
function retextSentences(text: string): Token[] {
  const sentences: Token[] = [];
  for (const paragraph of parseBlock(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') sentences.push(fromTree(sentence));
  }
  return sentences;
}

function differences(texts: Iterable<string>): string[] {
  const failed: string[] = [];
  for (const text of texts) {
    if (JSON.stringify(tokenizeEnglish(text)) !== JSON.stringify(retextSentences(text))) failed.push(text);
  }
  return failed;
}

/** Places that decide a character's part: inside a word, after a full stop, at the start of a sentence, between digits. */
function templates(char: string): string[] {
  return [`a${char}b ${char}${char} ${char}`, `Hi.${char} Bye. ${char}b. x${char}.${char}. Then`, `Hi. ${char}. 1${char}2. ${char}x. I.${char}.`];
}

describe('tokenizeEnglish agrees with retext-english', () => {
  it('on every UTF-16 code unit, in the places that decide its part', () => {
    const texts: string[] = [];
    for (let code = 0; code < 0x10000; code++) texts.push(...templates(String.fromCharCode(code)));
    expect(differences(texts)).toEqual([]);
  });

  it('on every abbreviation the parser knows, in the cases it is written', () => {
    const words = [...ENGLISH_ABBREVIATIONS, ...ENGLISH_ABBREVIATIONS_AS_WRITTEN, ...LATIN_ABBREVIATIONS, '7', '42', '123', '1234', 'x', 'Q', 'appt', 'approx', 'e.g', 'i.e', 'U.K', 'etc'];
    const texts = words.flatMap((word) => [word, word.toUpperCase(), word.toLowerCase(), word.slice(1), `${word}s`]).map((word) => `Seen by ${word}. Smith at home. ${word}. and then ${word}. 2 more.`);
    expect(differences(texts)).toEqual([]);
  });

  it('on the hard cases of English punctuation', () => {
    const texts = [
      "Mr. Smith met Dr. Jones at 10.30 a.m. on Jan. 4. They're 4 and 9. Dad works.",
      "'Tis the season, 'twas said. Rock 'n' roll o' the time in the '90s; w/ friends & family.",
      'He said "stop." Then left.) She (the aunt) stayed... Why?! Really?? Yes!!! \u2026 ok\u203D',
      'e.g. this, i.e. that, etc. and so on. U.S.A. is far. 1.5 hours. a.b.c. A. B. C. d.',
      'pre- and post-natal; self-harm\u2010like; he/she and mother/grandmother; w/c 3/4.',
      'Line one\nline two.\n\nNew paragraph.\r\n\r\nAnother.\r\rAnd more\n\n\nend',
      '  leading space. trailing space.   ',
      '. , ; ! ? ... ) ] } " \' \u2019 \u201D \u00BB first word.',
      'A sentence. , continues; ; here. 3 items. iv. v. vi.',
      'Email amy@example.org or visit https://example.org/a?b=1&c=2. Done.',
      'Times 9:30, 10:45; ratios 3:1; 1,000.50 pounds; \u00A35.99.',
      '\uD83D\uDE00 emoji. \u{1F468}\u200D\u{1F469} family. Zo\u00EB and e\u0301t\u00E9.',
      '',
      ' ',
      '.',
      '...',
    ];
    expect(differences(texts)).toEqual([]);
  });

  it('on every fixture and on generated case notes', () => {
    const texts = [...loadFixtures().map((fixture) => fixture.source), ...corpus(20261125, 300).map((note) => note.text)];
    expect(differences(texts)).toEqual([]);
  });

  it('on dense runs of abbreviations, elisions, digits and punctuation', () => {
    const piece = fc.constantFrom(
      'a', 'I', 'Mr', 'e', 'g', 'U', 'K', 'etc', 'cf', 'o', 'ol', 'n', 'tis', '90', 'w', 'A', '1', '12',
      ' ', '  ', '\n', '\n\n', '\r\n', '.', '..', '...', '!', '?', ',', ';', ':', "'", '\u2019', '"', ')', '(',
      '&', '-', '/', '_', '@', '=', '\u2026', '\u00BB', '\u00E9', '\uD83D\uDE00', '#', '\u00AD', '\u00B7', '\u2010',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenizeEnglish(text)).toEqual(retextSentences(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        expect(tokenizeEnglish(text)).toEqual(retextSentences(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('down to the units and sentences the rules read', () => {
    const texts = [...loadFixtures().map((fixture) => fixture.source), ...corpus(7, 100).map((note) => note.text)];
    for (const text of texts) expect(analyseBlock(text, 3, 2)).toEqual(analyseSentences(text, retextSentences(text), 3, 2));
    fc.assert(
      fc.property(noteText, (text) => {
        expect(analyseBlock(text)).toEqual(analyseSentences(text, retextSentences(text)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizeEnglish on long runs', () => {
  it('merges a first sentence of 400,000 symbols and spaces into the next without a spread', () => {
    const text = `${'- '.repeat(200_000)}. Jay was at home.`;
    const sentences = tokenizeLazily(text);
    // parse-latin's rule: a sentence without words joins the one after it, so the text is one sentence.
    expect(sentences).toHaveLength(1);
    expect([sentences[0]!.start, sentences[0]!.end]).toEqual([0, text.length]);
  });
});
