import { testRule } from '../helpers/rule-tester.js';

const SIGN_OFF = '\n\nPriya Shah, Social Worker, 10/04/2026';
const note = (text: string, signOff = SIGN_OFF) => ({
  type: 'home-visit',
  occurredAt: '2026-04-09T14:00:00',
  recordedAt: '2026-04-10T09:30:00',
  author: { name: 'Priya Shah', role: 'Social Worker' },
  text: text + signOff,
});

/** A sentence of `n` words, ending with a full stop. */
const words = (n: number, word = 'word') => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Mother' : word)).join(' ')}.`;
const list = (items: string[], marker: string) => items.map((item, i) => `${marker.replace('#', String(i + 1))} ${item}`).join('\n');
const ITEM = 'Ms Clarke to call the school office on Monday to arrange a meeting with the head teacher';

testRule('sentence-length', {
  valid: [
    { note: note('Visited Oscar and his grandmother. Oscar was helping in the garden.') },
    { name: 'exactly 35 words', note: note(words(35)) },
    { name: 'hyphenated words count once', note: note(`${words(30)} A well-run after-school drop-in.`.replace('. A', ' a')) },
    { name: 'a list with "- " markers', note: note(`Actions\n${list([ITEM, ITEM, ITEM], '-')}`) },
    { name: 'a list with "* " markers', note: note(`Actions:\n${list([ITEM, ITEM, ITEM], '*')}`) },
    { name: 'a list with bullets', note: note(`Actions\n${list([ITEM, ITEM, ITEM], '\u2022')}`) },
    { name: 'a numbered list', note: note(`Actions\n${list([ITEM, ITEM, ITEM], '#.')}`) },
    { name: 'a heading ending with a colon', note: note(`Present at the meeting:\n${words(33).slice(0, -1)}`) },
    { name: 'sign-off right under the last line', note: note(words(33).slice(0, -1), '\nPriya Shah, Social Worker, 10/04/2026') },
    { name: 'sign-off on three lines', note: note(words(33).slice(0, -1), '\nPriya Shah\nSocial Worker\n10/04/2026') },
    { name: 'a higher max', note: note(words(40)), config: { rules: { 'sentence-length': ['info', { max: 40 }] } } },
    { name: 'rule off', note: note(words(60)), config: { rules: { 'sentence-length': 'off' } } },
  ],
  invalid: [
    { name: '36 words', note: note(words(36)), excerpts: [words(36)], message: /^This sentence is 36 words long \(more than 35\)/ },
    {
      name: 'the sentence among others',
      note: note(`Visited Oscar at home. ${words(40)} He showed me the garden.`),
      excerpts: [words(40)],
    },
    { name: 'two long sentences', note: note(`${words(36)} ${words(50)}`), excerpts: [words(36), words(50)] },
    { name: 'hard-wrapped prose is one sentence', note: note(`${words(20).slice(0, -1)}\n${words(20).slice(7)}`), excerpts: [`${words(20).slice(0, -1)}\n${words(20).slice(7)}`] },
    { name: 'a long list item', note: note(`Actions\n- ${words(38)}\n- ${ITEM}`), excerpts: [words(38)] },
    { name: 'a lower max', note: note(words(21)), excerpts: [words(21)], config: { rules: { 'sentence-length': ['info', { max: 20 }] } }, message: /21 words long \(more than 20\)/ },
  ],
});
