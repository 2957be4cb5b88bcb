import { retext } from 'retext';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import casenoteLint from '../../src/unified/index.js';

const NOTE = `---
type: phone-call
occurredAt: 2026-04-02T10:00
recordedAt: 2026-04-02T16:00
author:
  name: Priya Shah
  role: Social Worker
---
Spoke to the school. No concerns.

Priya Shah, Social Worker, 02/04/2026
`;

const CLEAN = NOTE.replace('No concerns.', 'The class teacher, Ms Amy Hart, said Leo has been in school every day this term.');

describe('casenote-lint/unified', () => {
  it('reports each finding as a VFileMessage with ruleId, source, url and the place in the file', async () => {
    const file = await retext().use(casenoteLint).process(NOTE);
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message!.ruleId).toBe('no-vague-phrases');
    expect(message!.source).toBe('casenote-lint');
    expect(message!.url).toMatch(/docs\/rules\/no-vague-phrases\.md$/);
    expect(message!.reason).toMatch(/does not tell the reader what was done/);
    expect(message!.fatal).toBe(false);
    const offset = NOTE.indexOf('No concerns');
    expect(message!.place).toEqual({
      start: { line: 9, column: 22, offset },
      end: { line: 9, column: 33, offset: offset + 'No concerns'.length },
    });
    expect(message!.actual).toBe('No concerns');
    expect(message!.note).toMatch(/^Purposeful recording: /);
  });

  it('runs with unified and retext-english, and passes the config through', async () => {
    // No compiler: a linting pipeline parses and runs, as alex's does.
    const processor = unified().use(retextEnglish).use(casenoteLint, { rules: { 'no-vague-phrases': 'off' } });
    const file = new VFile(NOTE);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => message.ruleId)).toEqual([]);
    const on = unified().use(retextEnglish).use(casenoteLint);
    const again = new VFile(NOTE);
    await on.run(on.parse(again), again);
    expect(again.messages.map((message) => message.ruleId)).toEqual(['no-vague-phrases']);
  });

  it('marks errors fatal, as vfile.fail does, and keeps the text out with redact', async () => {
    const unsigned = NOTE.replace('Priya Shah, Social Worker, 02/04/2026\n', '');
    const file = await retext().use(casenoteLint, { redact: true }).process(unsigned);
    const signOff = file.messages.find((message) => message.ruleId === 'require-sign-off');
    expect(signOff?.fatal).toBe(true);
    for (const message of file.messages) {
      expect(message.actual).toBeUndefined();
      expect(message.expected).toBeUndefined();
    }
  });

  it('runs in a remark pipeline (remark-retext), on the file as written', async () => {
    // remark-retext's types accept only a destination without transformers; retext-equality is used the same way.
    const destination = unified().use(retextEnglish).use(casenoteLint) as unknown as Parameters<typeof remarkRetext>[0];
    const processor = unified().use(remarkParse).use(remarkRetext, destination);
    const file = new VFile(NOTE);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => message.ruleId)).toEqual(['no-vague-phrases']);
  });

  it('prints with vfile-reporter', async () => {
    const file = await retext().use(casenoteLint).process({ path: 'visit.md', value: NOTE });
    const printed = reporter([file], { color: false });
    expect(printed).toContain('visit.md');
    expect(printed).toMatch(/9:22-9:33\s+warning\s+This phrase does not tell the reader/);
    expect(printed).toContain('no-vague-phrases');
    expect(printed).toContain('casenote-lint');
  });

  it('gives no messages for a note with no findings', async () => {
    const file = await retext().use(casenoteLint).process(CLEAN);
    expect(file.messages).toEqual([]);
  });

  it('reads metadata kept outside the text, with the value as the note text', async () => {
    const text = 'Spoke to the school. No concerns.\n\nPriya Shah, Social Worker, 02/04/2026';
    const metadata = () => ({ type: 'phone-call', occurredAt: '2026-04-02T10:00', recordedAt: '2026-04-02T16:00', author: { name: 'Priya Shah', role: 'Social Worker' } });
    const file = await retext().use(casenoteLint, { metadata }).process(text);
    expect(file.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['no-vague-phrases', { start: { line: 1, column: 22, offset: 21 }, end: { line: 1, column: 33, offset: 32 } }],
    ]);
  });
});

describe('casenote-lint/unified as published (dist, after npm run build)', () => {
  it('resolves by its package name from ESM and CommonJS, and reports through retext', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = new URL('../..', import.meta.url).pathname;
    const script = `
      import { retext } from 'retext';
      import casenoteLint from 'casenote-lint/unified';
      const file = await retext().use(casenoteLint).process(${JSON.stringify(NOTE)});
      const { createRequire } = await import('node:module');
      const fromCommonJs = createRequire(process.cwd() + '/x.cjs')('casenote-lint/unified');
      console.log(JSON.stringify({ ids: file.messages.map((m) => m.ruleId), cjs: typeof fromCommonJs.default }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ ids: ['no-vague-phrases'], cjs: 'function' });
  }, 60_000);
});
