// A seeded generator of invented case notes for benchmarks and soak tests: the same seed gives the same
// corpus on every machine, and no note is anyone's real data.

export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const CHILDREN = ['Amy', 'Ben', 'Chloe', 'Dylan', 'Ella', 'Finn', 'Grace', 'Harry', 'Isla', 'Jack', 'Kai', 'Lily', 'Mason', 'Nia', 'Oscar', 'Poppy'];
const ADULTS = ['Ms Jones', 'Mr Patel', 'Mrs Okafor', 'Mr Nowak', 'Ms Hughes', 'Mr Ali', 'Ms Brennan', 'Mrs Evans'];
const ROLES = ['class teacher', 'school nurse', 'health visitor', 'family support worker', 'GP receptionist', 'foster carer'];
const PLACES = ['the kitchen', 'the living room', 'her bedroom', 'the garden', 'the school office', 'the family centre'];
const ACTIVITIES = ['drew a picture of the family', 'showed me a reading book', 'played with building blocks', 'talked about a friend at school', 'made a drink for her brother', 'practised spelling words'];
const OBSERVATIONS = [
  'The fridge held milk, bread, fruit and cooked rice.',
  'The bed had a clean duvet and two pillows.',
  'There were no hazards on the stairs and the stair gate was closed.',
  'The heating was on and the rooms were warm.',
  'The washing basket was full but the clothes in the drawers were clean.',
  'There was a smell of smoke in the hallway.',
];
const FAULTS = [
  'No concerns noted.',
  'The CP plan was discussed with the IRO.',
  'Mum was presenting as low in mood.',
  'Dad was aggressive during the visit.',
  'Clearly the home conditions have improved.',
  'It was reported that the police attended last week.',
  'The kids were watching telly.',
  'All tasks completed.',
  'He suffers from epilepsy.',
  'Information was shared with the school.',
];
const WORDS = ['visit', 'school', 'plan', 'meeting', 'health', 'review', 'support', 'family', 'week', 'bedroom', 'breakfast', 'homework', 'doctor', 'bus', 'park', 'football', 'reading', 'sleep', 'dinner', 'contact'];

function sentence(random) {
  const child = random.pick(CHILDREN);
  const adult = random.pick(ADULTS);
  switch (random.int(0, 7)) {
    case 0: return `I visited ${child} at home at ${random.int(9, 17)}:${random.pick(['00', '15', '30', '45'])} and saw ${child} in ${random.pick(PLACES)}.`;
    case 1: return `${child} ${random.pick(ACTIVITIES)} while I spoke with ${adult}.`;
    case 2: return random.pick(OBSERVATIONS);
    case 3: return `${adult}, the ${random.pick(ROLES)}, told me that ${child} had attended ${random.int(80, 100)} per cent of sessions this term.`;
    case 4: return `${child} said "I like it when we go to the ${random.pick(WORDS)} on ${random.pick(['Saturday', 'Sunday', 'Friday'])}, it's fun".`;
    case 5: return random.pick(FAULTS);
    case 6: return `We agreed that ${adult} will ${random.pick(['book', 'attend', 'phone about'])} ${child}'s ${random.pick(WORDS)} ${random.pick(WORDS)} by ${random.pick(['Monday', 'Wednesday', 'the end of the month'])} - ${random.pick(["she didn't want to wait", "he's asked for a letter", "it's in the plan"])}.`;
    default: {
      const words = Array.from({ length: random.int(6, 14) }, () => random.pick(WORDS));
      return `${child} talked about the ${words.join(' ')} with ${adult}.`;
    }
  }
}

export function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** A note of about `words` words in paragraphs of 3–6 sentences, with a sign-off. */
export function noteText(random, words = 250) {
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const text = paragraph(random, random.int(3, 6));
    count += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  paragraphs.push(`Priya Shah, Social Worker, ${String(random.int(1, 28)).padStart(2, '0')}/04/2026`);
  return paragraphs.join('\n\n');
}

/**
 * Text as Word leaves it when a note is pasted into a case-management system: curly quotes and
 * apostrophes, en dashes and ellipses. About half of real notes arrive like this.
 */
export function asPastedFromWord(text) {
  return text
    .replace(/(^|[\s(])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s(])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2013 ')
    .replace(/\.\.\./g, '\u2026');
}

export function note(random, index, words = 250) {
  const day = random.int(1, 27);
  const pasted = random.next() < 0.5;
  return {
    id: `note-${index}`,
    type: random.pick(['home-visit', 'phone-call', 'case-note', 'duty', 'meeting']),
    occurredAt: `2026-04-${String(day).padStart(2, '0')}T10:00`,
    recordedAt: `2026-04-${String(day + random.int(0, 1)).padStart(2, '0')}T16:00`,
    author: { name: 'Priya Shah', role: 'Social Worker' },
    text: pasted ? asPastedFromWord(noteText(random, words)) : noteText(random, words),
  };
}

export function corpus(seed, count, words = 250) {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => note(random, index, words));
}

/** One long note of about `bytes` characters, every paragraph different, half of them pasted from Word. */
export function longText(seed, bytes) {
  const random = createRandom(seed);
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const plain = paragraph(random, random.int(3, 6));
    const text = random.next() < 0.5 ? asPastedFromWord(plain) : plain;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}
