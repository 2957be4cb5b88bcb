/**
 * Who a person or agency named in a note is, for information-sharing: another agency or professional
 * (sharing with them is a disclosure the record must describe), the child's family or carers (telling
 * them about their own child's services is not), the writer's own service (a handover or supervision),
 * the writer, a vague group ("relevant agencies"), or not known.
 *
 * A name is read from the note around it: an apposition ("Ms Patel, Designated Safeguarding Lead", "Ms
 * Ahmed (mother)"), a role just before it ("class teacher, Mrs Ellis", "DSL Mrs Quinn"), a professional
 * title ("Dr Malik", "PC Shaw"), or the note's subject ("Ms Price" when the child is Kayden Price). What
 * is learnt about a surname anywhere in the note holds for its other mentions ("Mr Doyle" later in the
 * note). "Her", "him" and "them" take the kind of the people named just before them, when they agree.
 */
import type { NoteMeta, PhraseMatch, TextIndex, Unit } from '../../src/rule-api.js';
import {
  INTERNAL_ACRONYMS,
  LEAD_INS,
  NOT_NAMES,
  OBJECT_STOPS,
  ORGANISATION_HEADS,
  PLAIN_TITLES,
  PROFESSIONAL_TITLES,
  RECIPIENT_PRONOUNS,
  WORKER_RECIPIENTS,
} from '../data/information-sharing.js';

export type Party = 'professional' | 'internal' | 'family' | 'worker' | 'vague' | 'unknown';

export interface PartyPhrase {
  /** Units of the phrase, end exclusive, an apposition included. */
  first: number;
  end: number;
  party: Party;
  /** A word that names the same party elsewhere in the note: the surname, or the role's last word. */
  key: string;
  /** A meeting: "the conference", "the core group". */
  forum?: boolean;
}

/** The kinds of cue that name a party, and the party each names. */
const CUE_PARTY: Record<string, Party> = { whom: 'professional', forum: 'professional', family: 'family', internal: 'internal', vagueWhom: 'vague' };

/** Group nouns after a role or agency that keep its kind: "the Early Help team", "the youth justice service". */
const GROUP_HEADS = new Set(['team', 'teams', 'service', 'services', 'hub', 'unit', 'department', 'staff', 'worker', 'workers', 'practitioner', 'practitioners', 'members']);

const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'its', 'this', 'these', 'those', 'that']);
/** Punctuation that opens an apposition: "Ms Patel, head teacher", "Ms Ahmed (mother)", "Mr Ali - GP". */
const APPOSITION = /^\s*(?:,|\(|[-\u2013\u2014])\s*$/;

interface Mention {
  first: number;
  end: number;
  party: Party;
  key: string;
  /** A mention that can be what "her", "him" or "them" stands for. */
  person: boolean;
}

export class NoteParties {
  private readonly units: readonly Unit[];
  /** Party cues by first unit, longest first. */
  private readonly cuesAt = new Map<number, PhraseMatch>();
  /** What the note says about a surname or first name (lower case). */
  private readonly names = new Map<string, { party: Party; strength: number }>();
  private readonly mentions: Mention[] = [];

  constructor(
    private readonly index: TextIndex,
    matches: readonly PhraseMatch[],
    meta: NoteMeta,
  ) {
    this.units = index.units;
    for (const match of matches) {
      if (match.quoted || !cuePartyOf(match)) continue;
      const known = this.cuesAt.get(match.firstUnit);
      if (!known || known.endUnit < match.endUnit) this.cuesAt.set(match.firstUnit, match);
    }
    // The child's own names are the family's, whatever a heading or an email signature puts next to them.
    for (const word of nameWords(meta.subject?.name)) this.learn(word, 'family', 3);
    for (const word of nameWords(meta.author?.name)) this.learn(word, 'internal', 3);
  }

  /** The names of the note are read when a name or a pronoun first needs them: many records name only roles. */
  private scanned = false;

  private known(word: string): { party: Party; strength: number } | undefined {
    if (!this.scanned) this.scanNames();
    return this.names.get(word);
  }

  /**
   * The party named by the phrase at unit k (lead-ins such as "the" and possessors such as "Amir's"
   * skipped), or undefined when the phrase there is not a person or an agency.
   */
  partyAt(k: number, end: number): PartyPhrase | undefined {
    const { units } = this;
    const start = k;
    if (k >= end) return undefined;
    const first = units[k]!;
    if (WORKER_RECIPIENTS.has(first.key)) return { first: k, end: k + 1, party: 'worker', key: first.key };
    if (RECIPIENT_PRONOUNS.has(first.key)) {
      // "her mother", "his GP": a possessive before a role, not the pronoun.
      const next = k + 1 < end && units[k + 1]!.joined ? this.partyAt(k + 1, end) : undefined;
      if (first.key !== 'them' && next && !OBJECT_STOPS.has(units[k + 1]!.key)) return { ...next, first: k };
      return { first: k, end: k + 1, party: this.antecedentParty(k), key: first.key };
    }
    while (k < end && (LEAD_INS.has(units[k]!.key) || isPossessor(units, k, end)) && (k === start || units[k]!.joined)) k++;
    if (k >= end || (k > start && !units[k]!.joined)) return undefined;
    const phrase = this.nameOrRoleAt(k, end);
    if (!phrase) return undefined;
    // "Ms Morris's complaint", "the school's nurse": a possessor; the head decides.
    if (isPossessor(units, phrase.end - 1, end)) {
      const head = this.partyAt(phrase.end, end);
      return head && { ...head, first: start };
    }
    const withApposition = this.apposition(phrase, end);
    return { ...withApposition, first: start };
  }

  /** The kind of the people named before unit k in its sentence and the two before it, when they all agree. */
  private antecedentParty(k: number): Party {
    if (!this.scanned) this.scanNames();
    const unit = this.units[k]!;
    const sentences = this.index.sentences;
    let first = unit.sentence;
    while (first > 0 && first > unit.sentence - 2 && sentences[first - 1]!.paragraph === sentences[unit.sentence]!.paragraph) first--;
    const from = sentences[first]!.firstUnit;
    const parties = new Set<Party>();
    for (const mention of this.mentions) {
      if (mention.end > k) break;
      if (mention.first >= from && mention.person) parties.add(mention.party);
    }
    if (parties.has('family')) return 'family';
    return parties.size === 1 ? [...parties][0]! : 'unknown';
  }

  private nameOrRoleAt(k: number, end: number): PartyPhrase | undefined {
    const { units } = this;
    const unit = units[k]!;
    const cue = this.cuesAt.get(k);
    if (cue && cue.endUnit <= end) {
      if (isHead(units, cue.endUnit, end)) return { first: k, end: cue.endUnit, party: cuePartyOf(cue)!, key: units[cue.endUnit - 1]!.key, forum: isForum(cue) };
      // "the police officer": the role word last in the phrase decides; "the Early Help team": a group of the cue's kind.
      const next = units[cue.endUnit]!;
      if (GROUP_HEADS.has(next.key)) return { first: k, end: cue.endUnit + 1, party: cuePartyOf(cue)!, key: units[cue.endUnit - 1]!.key };
      const head = this.cuesAt.has(cue.endUnit) ? this.nameOrRoleAt(cue.endUnit, end) : undefined;
      return head && { ...head, first: k };
    }
    if (unit.quoted) return undefined;
    const titled = PLAIN_TITLES.has(unit.key) || PROFESSIONAL_TITLES.has(unit.key);
    if (titled && CAPITAL.test(unit.text)) {
      const run = nameRun(units, k + 1, end);
      if (run > k + 1) {
        const surname = units[run - 1]!.key;
        const party: Party = PROFESSIONAL_TITLES.has(unit.key) ? 'professional' : this.known(surname)?.party ?? 'unknown';
        return { first: k, end: run, party, key: surname };
      }
      if (PLAIN_TITLES.has(unit.key)) return undefined;
    }
    if (ACRONYM.test(unit.text) && !NOT_NAMES.has(unit.key)) {
      return { first: k, end: k + 1, party: INTERNAL_ACRONYMS.has(unit.text) ? 'internal' : 'professional', key: unit.key };
    }
    if (!CAPITAL.test(unit.text) || NOT_NAMES.has(unit.key)) return this.teamAt(k, end);
    const run = nameRun(units, k, end);
    if (run === k) return undefined;
    // "Copies of the report were sent": one capitalised word opening a sentence is a name only when the note knows it.
    if (run === k + 1 && this.index.sentences[unit.sentence]?.firstUnit === k && !this.known(unit.key)) return undefined;
    const last = units[run - 1]!.key;
    if (ORGANISATION_HEADS.has(last)) return { first: k, end: run, party: 'professional', key: last };
    if (last === 'team' || last === 'teams') return { first: k, end: run, party: 'internal', key: last };
    const known = this.known(last) ?? this.known(unit.key);
    return { first: k, end: run, party: known?.party ?? 'unknown', key: last };
  }

  /** "the complaints team", "the fostering team": a team named by what it does, not another agency's role, is the writer's service. */
  private teamAt(k: number, end: number): PartyPhrase | undefined {
    const { units } = this;
    for (let e = k; e < Math.min(end, k + 4) && (e === k || units[e]!.joined) && !OBJECT_STOPS.has(units[e]!.key); e++) {
      if (units[e]!.key === 'team' || units[e]!.key === 'teams') return { first: k, end: e + 1, party: 'internal', key: units[e]!.key };
    }
    return undefined;
  }

  /** "Ms Patel, Designated Safeguarding Lead" and "Ms Ahmed (mother)": the role says who the name is. */
  private apposition(phrase: PartyPhrase, end: number): PartyPhrase {
    const role = this.roleAfter(phrase.end, end);
    if (!role) return phrase;
    const party = phrase.party === 'unknown' || phrase.party === 'professional' ? role.party : phrase.party;
    return { ...phrase, end: role.end, party: role.party === 'family' ? 'family' : party };
  }

  /** A role in apposition after unit `at`: ", the head teacher", " (mother)", ", DSL at St Joseph's". */
  private roleAfter(at: number, end: number): { party: Party; end: number } | undefined {
    const { units, index } = this;
    if (at >= end || !APPOSITION.test(index.text.slice(units[at - 1]!.end, units[at]!.start))) return undefined;
    let k = at;
    while (k < end && k < at + 3 && (LEAD_INS.has(units[k]!.key) || isPossessor(units, k, end))) k++;
    if (k >= end) return undefined;
    const cue = this.cuesAt.get(k);
    if (cue && cue.endUnit <= end) return { party: cuePartyOf(cue)!, end: cue.endUnit };
    const unit = units[k]!;
    if (ACRONYM.test(unit.text) && !NOT_NAMES.has(unit.key)) return { party: INTERNAL_ACRONYMS.has(unit.text) ? 'internal' : 'professional', end: k + 1 };
    return undefined;
  }

  /** A role just before unit k: "class teacher, Mrs Ellis", "DSL Mrs Quinn", "his grandmother, Mrs Brennan". */
  private roleBefore(k: number, cueEnds: Map<number, PhraseMatch>): Party | undefined {
    const { units, index } = this;
    if (k === 0) return undefined;
    const gap = index.text.slice(units[k - 1]!.end, units[k]!.start);
    if (!/^[ \t]*,?[ \t]*$/.test(gap)) return undefined;
    const cue = cueEnds.get(k);
    if (cue) return cuePartyOf(cue);
    const before = units[k - 1]!;
    if (ACRONYM.test(before.text) && !NOT_NAMES.has(before.key)) return INTERNAL_ACRONYMS.has(before.text) ? 'internal' : 'professional';
    return undefined;
  }

  private learn(word: string, party: Party, strength: number): void {
    const known = this.names.get(word);
    if (!known || known.strength < strength) this.names.set(word, { party, strength });
    else if (known.strength === strength && known.party !== party && party === 'family') this.names.set(word, { party, strength });
  }

  /** Every name in the note with what the text around it says, and the person mentions for pronouns. */
  private scanNames(): void {
    this.scanned = true;
    const { units } = this;
    const cueEnds = new Map<number, PhraseMatch>();
    for (const cue of this.cuesAt.values()) cueEnds.set(cue.endUnit, cue);
    const found: { first: number; end: number; surname: string; party?: Party; titled: boolean }[] = [];
    for (let k = 0; k < units.length; k++) {
      const unit = units[k]!;
      if (unit.quoted) continue;
      const cue = this.cuesAt.get(k);
      if (cue && isHead(units, cue.endUnit, units.length)) {
        const party = cuePartyOf(cue)!;
        this.mentions.push({ first: k, end: cue.endUnit, party, key: units[cue.endUnit - 1]!.key, person: party !== 'vague' && !afterPlaceWord(units, k) });
        continue;
      }
      if (!startsWithCapital(unit.text)) continue;
      const titled = PLAIN_TITLES.has(unit.key) || PROFESSIONAL_TITLES.has(unit.key);
      const from = titled ? k + 1 : k;
      if (!titled && (NOT_NAMES.has(unit.key) || ACRONYM.test(unit.text))) continue;
      const run = nameRun(units, from, units.length);
      if (run === from || (!titled && run - from < 2 && !this.names.has(unit.key))) {
        if (run > from) k = run - 1;
        continue;
      }
      const surname = units[run - 1]!.key;
      let party: Party | undefined = PROFESSIONAL_TITLES.has(unit.key) ? 'professional' : undefined;
      if (ORGANISATION_HEADS.has(surname)) party = 'professional';
      const role = this.roleAfter(run, units.length)?.party ?? this.roleBefore(k, cueEnds);
      if (role) party = role;
      found.push({ first: k, end: run, surname, party, titled });
      if (party && !ORGANISATION_HEADS.has(surname)) {
        this.learn(surname, party, 2);
        if (run - from >= 2) this.learn(units[from]!.key, party, 2);
      }
      k = run - 1;
    }
    for (const name of found) {
      const party = name.party ?? this.names.get(name.surname)?.party ?? this.names.get(units[name.titled ? name.first + 1 : name.first]!.key)?.party ?? 'unknown';
      const person = !ORGANISATION_HEADS.has(name.surname) && !afterPlaceWord(units, name.first) && !isPossessiveKey(units[name.end - 1]!.key);
      this.mentions.push({ first: name.first, end: name.end, party, key: name.surname, person });
    }
    this.mentions.sort((a, b) => a.first - b.first);
  }
}

function isForum(match: PhraseMatch): boolean {
  const kinds = match.entry.data?.kinds;
  return Array.isArray(kinds) && kinds.includes('forum');
}

/** A capital first letter; the common lower-case ASCII start is ruled out without a regular expression. */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  return CAPITAL.test(text);
}

function cuePartyOf(match: PhraseMatch): Party | undefined {
  const kinds = match.entry.data?.kinds;
  if (!Array.isArray(kinds)) return undefined;
  for (const kind of kinds as string[]) if (CUE_PARTY[kind]) return CUE_PARTY[kind];
  return undefined;
}

/** Capitalised words one after another from k: the end of the run. */
function nameRun(units: readonly Unit[], k: number, end: number): number {
  let run = k;
  while (run < end && run < k + 5 && (run === k || units[run]!.joined) && CAPITAL.test(units[run]!.text) && !NOT_NAMES.has(units[run]!.key) && !units[run]!.quoted) {
    run++;
    if (isPossessiveKey(units[run - 1]!.key)) break;
  }
  return run;
}

/** A role cue is the head of its phrase when no noun follows it: "the school" but not "the school report". */
function isHead(units: readonly Unit[], after: number, end: number): boolean {
  if (after >= end) return true;
  const next = units[after]!;
  if (!next.joined) return true;
  return OBJECT_STOPS.has(next.key) || DETERMINERS.has(next.key) || CAPITAL.test(next.text);
}

/** "Amir's", "the school's": a possessor before the head of a phrase. */
function isPossessor(units: readonly Unit[], k: number, end: number): boolean {
  return k + 1 < end && isPossessiveKey(units[k]!.key) && units[k + 1]!.joined;
}

function isPossessiveKey(key: string): boolean {
  return key.endsWith("'s") || (key.endsWith("s'") && key.length > 2);
}

/** "at St Joseph's", "from Elm Surgery": a place, not a person a pronoun can stand for. */
function afterPlaceWord(units: readonly Unit[], k: number): boolean {
  const before = units[k - 1]?.key;
  return before === 'at' || before === 'from' || before === 'in';
}

function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  return name
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter((word) => word.length > 1 && !PLAIN_TITLES.has(word));
}
