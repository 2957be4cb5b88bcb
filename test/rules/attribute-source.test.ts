import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import type { Config } from '../../src/index.js';
import { attributeSource } from '../../rules/attribute-source.js';
import { parseNote } from '../../src/index.js';
import { isAttributed, sourceLexicon, sourcesIn } from '../../rules/lib/named-source.js';

const SIGN_OFF = '\n\nPriya Shah, Social Worker, 10/04/2026';
const note = (text: string) => ({
  type: 'phone-call',
  occurredAt: '2026-04-09T14:00:00',
  recordedAt: '2026-04-10T09:30:00',
  author: { name: 'Priya Shah', role: 'Social Worker' },
  text: text + SIGN_OFF,
});
const rule = (options: Record<string, unknown>): Config => ({ rules: { 'attribute-source': ['warning', options] } });

testRule('attribute-source', {
  valid: [
    { note: note('It was reported by the school nurse that Amy is tired in lessons.') },
    { note: note("Concerns have been raised by Ms Jo Cole, the class teacher, about Amy's weight.") },
    { note: note('No concerns have been raised by the school this term.') },
    { note: note('It was noted by the health visitor that Leo had gained 300g.') },
    { note: note('Mr Fox is known to the youth offending service.') },
    { note: note('Mr Fox is said by his sister, Ms Jo Fox, to be drinking again.') },

    // The sentence names who said it.
    { note: note('Ms Khan, the class teacher, told me that apparently Lily had not eaten lunch all week.') },
    { note: note('Ms Khan, who has taught Lily for two years, said that apparently she had not eaten lunch.') },
    { note: note('Lily\u2019s grandmother said the children were allegedly left alone overnight.') },
    { note: note('Mum said that apparently Jayden had been hit at school.') },
    { note: note('Amira told me that allegedly her brother takes her dinner money.') },
    { note: note('It was reported by the school nurse, Mrs Obi, that Lily has lost weight.') },
    { note: note('It was reported by Jayden\u2019s grandmother that Mr Ali had left the children alone.') },
    { note: note('I was told by Mr Finch that the family are being evicted.') },
    { note: note('I was told on the phone by the health visitor that the baby had lost weight.') },
    { note: note('We were informed by Detective Constable Reid that Mr Ali had been arrested.') },
    { note: note('Concerns have been raised by the school nurse about Lily\u2019s weight.') },
    { note: note('Concerns were raised about Lily\u2019s weight by her school.') },
    { note: note('Information received from the housing officer shows the rent has not been paid.') },
    { note: note('It is understood from the housing officer that Mr Ali has moved out.') },
    { note: note('According to the health visitor, Rosie has missed two weight checks.') },
    { note: note('According to Amira, her stepfather has moved back in.') },
    { note: note('In Dr Patel\u2019s view, the bruise was reportedly caused by a fall.') },
    // ...at the end of the sentence.
    { note: note('Connor has apparently been missing school on Fridays, his grandmother told me.') },
    { note: note('The children were allegedly left alone overnight, Mrs Green said.') },
    // ...or in a pronoun that refers back to a name.
    { note: note('I rang Mrs Obi, the school nurse. She told me that allegedly Lily is not allowed to eat with the family.') },
    { note: note('I spoke to the class teacher, who reported that apparently Connor had been crying.') },
    // ...or in the conversation of the sentence before, for "apparently" and "I was told".
    { note: note('I spoke to Connor\u2019s grandmother by phone. Apparently Connor stays with her most weekends.') },
    { note: note('I met Ms Khan at the school gate. I was told that Lily had been late every day.') },
    // Quoted speech.
    { note: note('Mr Dean said "apparently I\'m the bad guy now".') },
    // Not third-party information.
    { note: note('I was told to wait in the reception area.') },
    { note: note('No concerns have been raised by anyone at the nursery.') },
    { note: note('I heard shouting from the kitchen as I knocked.') },
    { note: note('I told Ms Grant that I understand that this is hard for her.') },
    // Config.
    { name: 'remove a marker', note: note('Apparently the family have moved.'), config: rule({ remove: ['apparently'] }) },
    { name: 'addSourceRoles', note: note('The kinship assessor told me that apparently the aunt has moved.'), config: rule({ addSourceRoles: ['kinship assessor'] }) },
    { name: 'addReportingVerbs', note: note('Ms Khan signposted that apparently the family have moved.'), config: rule({ addReportingVerbs: ['signposted'] }) },
    { name: 'rule off', note: note('Apparently the family have moved.'), config: { rules: { 'attribute-source': 'off' } } },
  ],
  invalid: [
    { note: note('Concerns have also been shared that Ben is out late.'), excerpts: ['Concerns have also been shared'] },
    { note: note('Word is that Chloe gets into cars outside the pub.'), excerpts: ['Word is that'] },
    // Unattributed passives, the usual shape of machine-drafted notes.
    { note: note('It has been noted that the home is often cold.'), excerpts: ['It has been noted'] },
    { note: note('It was identified that Amy misses school on Mondays.'), excerpts: ['It was identified'] },
    { note: note("Concerns have been raised about Amy's weight."), excerpts: ['Concerns have been raised'] },
    { note: note('Allegations were made about Mr Fox last year.'), excerpts: ['Allegations were made'] },
    { note: note('Mr Fox is said to be drinking again.'), excerpts: ['is said to be'] },
    { note: note('He is known to carry a knife.'), excerpts: ['is known to carry'] },
    // Unnamed sources.
    { note: note('Neighbours say the children are left alone at night.'), excerpts: ['Neighbours say'] },
    { note: note('An anonymous caller states that the children are hungry.'), excerpts: ['An anonymous caller states'] },
    { note: note('Family members have said that Mr Fox drinks every day.'), excerpts: ['Family members have said'] },

    { note: note('It was reported that Mr Dean had been shouting at the children.'), excerpts: ['It was reported'], message: /^This phrase does not say who gave this information: name the person/ },
    { note: note('Apparently Ms Rowe has a new partner.'), excerpts: ['Apparently'] },
    { note: note('Allegedly, Mr Finch hit Connor with a belt.'), excerpts: ['Allegedly'] },
    { note: note('I was told that the family are being evicted.'), excerpts: ['I was told'], message: /^This phrase does not say/ },
    { note: note('Concerns have been raised about Lily\u2019s weight.'), excerpts: ['Concerns have been raised'] },
    { note: note('It is understood that Mr Dean has moved back in.'), excerpts: ['It is understood'] },
    { note: note('According to reports, the children were outside late at night.'), excerpts: ['According to reports'] },
    { note: note('I heard that Ms Rowe had been arrested.'), excerpts: ['I heard that'] },
    { note: note('I understand that Mr Ali has moved to Leeds.'), excerpts: ['I understand that'] },
    { note: note('It has come to light that Mr Ali is working nights.'), excerpts: ['It has come to light'] },
    // A name inside what was reported is not its source.
    { note: note('It was reported that Lily\u2019s mother left her at the school gate.'), excerpts: ['It was reported'] },
    { note: note('It was reported that Mr Ali said he would hurt the baby.'), excerpts: ['It was reported'] },
    { note: note('Apparently Connor was hit by his father at the weekend.'), excerpts: ['Apparently'] },
    { note: note('Allegedly the school nurse saw bruises on his legs.'), excerpts: ['Allegedly'] },
    { note: note('Concerns were raised that Jayden was hit by his stepfather.'), excerpts: ['Concerns were raised'] },
    // A source of another clause does not cover this one.
    { note: note('Mr Dean said he would attend, but apparently he has moved to Leeds.'), excerpts: ['apparently'] },
    { note: note('The children were allegedly left alone overnight, and the police were called.'), excerpts: ['allegedly'] },
    // A sentence before that names nobody, and a pronoun with nobody to refer to.
    { note: note('I visited on Tuesday. Reportedly the children had not been to school.'), excerpts: ['Reportedly'] },
    { note: note('He said that apparently the rent has not been paid.'), excerpts: ['apparently'] },
    // The impersonal passives need their source in their own sentence.
    { note: note('I spoke to Ms Khan. It was reported that Lily had been late.'), excerpts: ['It was reported'] },
    // Config.
    { name: 'add a marker', note: note('The grapevine says Mr Ali has left.'), excerpts: ['The grapevine says'], config: rule({ add: ['the grapevine says'] }) },
    { name: 'checkQuotes', note: note('The letter said "apparently the rent is late".'), excerpts: ['apparently'], config: rule({ checkQuotes: true }) },
  ],
});

describe('named-source detector', () => {
  const sources = (text: string) => {
    const { index } = parseNote(text);
    return sourcesIn(index, 0, sourceLexicon()).map((s) => `${s.kind}:${index.text.slice(index.units[s.firstUnit]!.start, index.units[s.endUnit - 1]!.end)}`);
  };
  it('finds a title and name, a role after a determiner or possessive, and a name in a source position', () => {
    expect(sources('Ms Khan, the class teacher, told me.')).toEqual(['subject:Ms Khan']);
    expect(sources('Ms Khan, who teaches Lily, told me.')).toContain('subject:Ms Khan');
    expect(sources('Jayden\u2019s maternal grandmother said so.')).toContain('subject:Jayden\u2019s maternal grandmother');
    expect(sources('I was told by Amira.')).toEqual(['agent:Amira']);
    expect(sources('According to Oakfield Primary School, he was late.')).toContain('according:Oakfield Primary School');
    expect(sources('In the GP\u2019s opinion it is a rash.')).toContain('view:the GP\u2019s');
    expect(sources('I spoke to Mr and Mrs Ali.')).toContain('partner:Mr and Mrs Ali');
  });
  it('does not take days, months or sentence openers for names', () => {
    expect(sources('I was told by Monday.')).toEqual([]);
    expect(sources('Apparently said nothing.')).toEqual([]);
    expect(sources('It was reported to me.')).toEqual([]);
  });
  it('tells an agent of a report from an agent of an action', () => {
    const { index } = parseNote('I was told that Jayden was hit by his father.');
    expect(isAttributed(index, { sentence: 0, firstUnit: 0, endUnit: 3 }, { scope: 'passive' })).toBe(false);
    const told = parseNote('I was told by his father that Jayden was hit.');
    expect(isAttributed(told.index, { sentence: 0, firstUnit: 0, endUnit: 3 }, { scope: 'passive' })).toBe(true);
  });
  it('rejects unknown options', () => {
    expect(attributeSource.meta.schema.safeParse({ addRoles: ['x'] }).success).toBe(false);
    expect(attributeSource.meta.schema.safeParse({ addSourceRoles: ['kinship assessor'] }).success).toBe(true);
  });
});
