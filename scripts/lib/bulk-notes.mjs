// Seeded JSONL exports of invented case notes for bulk tests and `scripts/bulk-bench.mjs`: the same seed
// gives the same file on every machine, and no note is anyone's real data. Authors, note types and the
// delay between event and record vary, so the HTML report's charts have something to show.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom, noteText } from './corpus.mjs';

const AUTHORS = [
  ['Priya Shah', 'Social Worker'],
  ['Tom Reid', 'Senior Social Worker'],
  ['Grace Okoye', 'Social Worker'],
  ['Dan Murphy', 'Family Support Worker'],
  ['Sara Lewis', 'Team Manager'],
  ['Omar Haddad', 'Social Worker'],
];
const TYPES = ['home-visit', 'phone-call', 'case-note', 'meeting', 'office-visit', 'duty', 'safeguarding'];
// Working-day-ish delays, most notes on time, a tail of late ones.
const DELAYS = [0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 7, 9, 14];

const pad = (n) => String(n).padStart(2, '0');

/** The nth note of the export made with `seed`; `words` sets the length of its text. */
export function bulkNote(random, index, words = 120) {
  const [name, role] = random.pick(AUTHORS);
  const start = Date.UTC(2025, 0, 6) + random.int(0, 480) * 86_400_000;
  const occurred = new Date(start);
  const recorded = new Date(start + random.pick(DELAYS) * 86_400_000);
  const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const text = noteText(random, words).replace(/Priya Shah, Social Worker, \d\d\/04\/2026$/, `${name}, ${role}, ${pad(recorded.getUTCDate())}/${pad(recorded.getUTCMonth() + 1)}/${recorded.getUTCFullYear()}`);
  return {
    id: `N-${String(index + 1).padStart(6, '0')}`,
    type: random.pick(TYPES),
    occurredAt: `${day(occurred)}T${pad(random.int(9, 16))}:${random.pick(['00', '15', '30', '45'])}`,
    recordedAt: `${day(recorded)}T${pad(random.int(9, 17))}:${random.pick(['05', '20', '40'])}`,
    author: { name, role },
    subject: { caseNumber: `C${random.int(10000, 99999)}` },
    text,
  };
}

/** The lines of an export of `count` notes, as an iterator (nothing is held). */
export function* bulkLines(seed, count, words = 120) {
  const random = createRandom(seed);
  for (let index = 0; index < count; index++) yield `${JSON.stringify(bulkNote(random, index, words))}\n`;
}

/** Writes an export of `count` notes to `path`, streaming; resolves to its size in bytes. */
export async function writeBulkJsonl(path, seed, count, words = 120) {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const line of bulkLines(seed, count, words)) {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
