import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { redactFinding, scrub } from '../../src/cli/report.js';
import type { Finding } from '../../src/types.js';
import { CLEAN_BODY, jsonNote, noteFile, runInProcess, workspace } from './helpers.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const;

// Notes that trip many rules, with text that appears nowhere else (names, phrases of their own).
const BODIES = [
  'I visited Zebedee Quartermaine at home. No concerns. The CP plan was discussed with the IRO. Mum was presenting as low in mood.',
  'Dad was aggressive during the visit. Clearly the home conditions have improved. It was reported that the police attended last week.',
  'The kids were watching telly. All tasks completed. He suffers from epilepsy. Information was shared with the school.',
  'Speaker 1: we met Ottoline Featherstonehaugh [inaudible] at 00:12:31. THIS IS ALL CAPS AND SHOUTING AT THE READER.',
];

describe('--redact', () => {
  it('leaves every excerpt out of every format, keeping rule ids, positions and messages', async () => {
    const dir = workspace({
      'notes/one.md': noteFile(BODIES[0]!, { recordedAt: '2026-04-14T09:00' }),
      'notes/two.md': noteFile(BODIES[1]!).replace(/\nPriya Shah, Social Worker, 03\/04\/2026\n$/, '\n'),
      'notes/export.jsonl': `${JSON.stringify(jsonNote('N-3', BODIES[2]!))}\n${JSON.stringify(jsonNote('N-4', BODIES[3]!, { author: 'Ezra Pemberton-Lowe' }))}\n`,
    });
    const clean = workspace({ 'notes/one.md': noteFile(CLEAN_BODY) });

    const plain = await runInProcess(['notes', '--format', 'json'], { cwd: dir });
    const reports = JSON.parse(plain.stdout) as { findings: Finding[] }[];
    const findings = reports.flatMap((r) => r.findings);
    const ruleIds = new Set(findings.map((f) => f.ruleId));
    expect(ruleIds.size).toBeGreaterThanOrEqual(4);
    const excerpts = [...new Set(findings.map((f) => f.excerpt))].filter((e) => e.trim() !== '');

    for (const format of FORMATS) {
      const unredacted = await runInProcess(['notes', '--format', format], { cwd: dir });
      const redacted = await runInProcess(['notes', '--format', format, '--redact'], { cwd: dir });
      // Text that a format prints even for a clean note (rule descriptions in SARIF, the HTML page) is not a leak.
      // So are the rules' own descriptions and the standard's wording, which findings carry as references.
      const boilerplate = [(await runInProcess(['notes', '--format', format], { cwd: clean })).stdout, ...builtInRules.flatMap((r) => [r.meta.description, r.meta.reference.section, r.meta.reference.summary])].join('\n');
      expect(redacted.code, format).toBe(unredacted.code);
      const leaked = excerpts.filter((excerpt) => {
        const core = excerpt.trim();
        if (core.length >= 3) return redacted.stdout.includes(core) && !boilerplate.includes(core);
        return [`"${core}"`, `“${core}”`].some((quoted) => redacted.stdout.includes(quoted) && !boilerplate.includes(quoted));
      });
      expect(leaked, format).toEqual([]);
      // The sign-off and the names in the notes' text never appear.
      for (const name of ['Zebedee', 'Quartermaine', 'Ottoline', 'Featherstonehaugh']) expect(redacted.stdout, format).not.toContain(name);
      // Rule ids and positions stay.
      for (const id of ruleIds) if (format !== 'stylish' || id !== 'casenote-lint') expect(redacted.stdout, `${format} ${id}`).toContain(id);
      if (format === 'json') {
        const shown = (JSON.parse(redacted.stdout) as { findings: Finding[] }[]).flatMap((r) => r.findings);
        expect(shown.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual(findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn]));
        expect(shown.every((f) => f.excerpt === '' && (f.suggestions ?? []).every((s) => s.replacement === undefined))).toBe(true);
        // No message quotes its own excerpt.
        shown.forEach((f, i) => expect(f.message.toLowerCase()).not.toContain(`"${findings[i]!.excerpt.toLowerCase()}"`));
      }
    }
  });

  it('blanks a message that quotes its excerpt, however the rule wrote it', () => {
    expect(scrub('"no concerns" says nothing.', 'No  concerns')).toBe('"[…]" says nothing.');
    expect(scrub('"CP" is an acronym; CPR is not.', 'CP')).toBe('"[…]" is an acronym; CPR is not.');
    expect(scrub('Say what "telly" means; televisions are not tellys.', 'telly')).toBe('Say what "[…]" means; televisions are not tellys.');
    expect(scrub('Recorded 5 working days after the event.', '2026-04-13T09:00')).toBe('Recorded 5 working days after the event.');
    const finding: Finding = {
      ruleId: 'no-slang',
      severity: 'warning',
      message: '"telly" is slang.',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 6,
      offset: 0,
      endOffset: 5,
      excerpt: 'telly',
      suggestions: [{ message: 'Replace "telly" with "television"', replacement: 'television' }],
      reference: { section: 's', summary: 's' },
    };
    expect(redactFinding(finding)).toEqual({ ...finding, message: '"[…]" is slang.', excerpt: '', suggestions: [{ message: 'Replace "[…]" with "television"' }] });
  });
});
