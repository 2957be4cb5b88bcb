import { describe, expect, it } from 'vitest';
import { prepareNote } from '../../src/parse/parse-note.js';
import { amendmentEndingNote, findAmendments, type AmendmentReadOptions } from '../../rules/lib/amendments.js';
import { ROLE_ACRONYMS, ROLE_HEADS, ROLES } from '../../rules/data/roles.js';

const OPTIONS: AmendmentReadOptions = { roles: ROLES, roleHeads: ROLE_HEADS, roleAcronyms: ROLE_ACRONYMS, author: { name: 'Priya Shah', role: 'Social Worker' } };
const VISIT = 'Home visit to Ms Khan and Amir (7). Amir showed me his new bedroom.';
const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';

function read(text: string, type = 'home-visit') {
  const { note } = prepareNote({ type, text });
  return { text, amendments: findAmendments(note.index, note.meta, OPTIONS) };
}

const slice = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

// The helper require-sign-off calls to stand back from an amendment that ends the note, and to find
// the entry's own sign-off above a signed addition at the end.
describe('findAmendments', () => {
  it('finds nothing in a note without amendments', () => {
    expect(read(`${VISIT}${SIGN}`).amendments).toEqual([]);
  });

  it('an unsigned addition after the sign-off ends the note and lacks every part', () => {
    const { text, amendments } = read(`${VISIT}${SIGN}\n\nAddition: Ms Khan rang to say the appointment has moved.`);
    const last = amendmentEndingNote(amendments);
    expect(last).toBeDefined();
    expect(last!.kind).toBe('block');
    expect(last!.missing).toEqual(['name', 'role', 'date']);
    expect(slice(text, last!.label)).toBe('Addition');
    // The entry above it ends before the amendment starts.
    expect(text.slice(0, last!.start).trimEnd().endsWith('Priya Shah, Social Worker, 10/04/2026')).toBe(true);
  });

  it('a signed addition at the end carries its own sign-off and date', () => {
    const { text, amendments } = read(`${VISIT}${SIGN}\n\nAddendum: Ms Khan rang at 16:00.\nPriya Shah, Social Worker, 11/04/2026`);
    const last = amendmentEndingNote(amendments)!;
    expect(last.missing).toEqual([]);
    expect(last.signOff?.date?.iso).toBe('2026-04-11');
    expect(slice(text, last.signOff?.name)).toBe('Priya Shah');
  });

  it("the heading's date is the date of a sign-off that gives a name and a role", () => {
    const { amendments } = read(`${VISIT} [Addition 12/04/2026: Ms Khan rang. Priya Shah, Social Worker] I left at 11:15.${SIGN}`);
    expect(amendments).toHaveLength(1);
    expect(amendments[0]!.kind).toBe('inline');
    expect(amendments[0]!.endsNote).toBe(false);
    expect(amendments[0]!.missing).toEqual([]);
    expect(amendments[0]!.headingDate?.iso).toBe('2026-04-12');
  });

  it('a sign-off dated before the addition does not sign it', () => {
    const { amendments } = read(`${VISIT}\n\n[Addition 12/04/2026: Ms Khan rang to say the appointment has moved.]${SIGN}`);
    expect(amendments[0]!.missing).toEqual(['name', 'role', 'date']);
  });

  it('an amendment note without headings is one amendment, the whole note', () => {
    const { text, amendments } = read('Amendment to the note of 02/04/2026.\n\nAmir is 7, not 8 as recorded.', 'amendment');
    expect(amendments).toHaveLength(1);
    expect(amendments[0]!.kind).toBe('note');
    expect(amendments[0]!.endsNote).toBe(true);
    expect(slice(text, amendments[0]!.label)).toBe('Amir is 7, not 8 as recorded.');
  });

  it('a heading opening the note labels the whole entry', () => {
    const { amendments } = read(`Late entry: recorded two days late.\n\n${VISIT}${SIGN}`);
    expect(amendments).toHaveLength(1);
    expect(amendments[0]!.kind).toBe('note');
    expect(amendments[0]!.missing).toEqual([]);
  });

  it('is read once per note and options', () => {
    const { note } = prepareNote({ type: 'home-visit', text: `${VISIT}\n\nCorrection: the visit was on Thursday.${SIGN}` });
    expect(findAmendments(note.index, note.meta, OPTIONS)).toBe(findAmendments(note.index, note.meta, OPTIONS));
  });
});
