import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLines } from '../../scripts/lib/bulk-notes.mjs';
import { CLEAN_BODY, VAGUE_BODY, jsonNote, noteFile, root, runBuilt, workspace } from '../cli/helpers.js';
import { launchChromium } from './chromium.js';

const artifacts = join(root, 'test-artifacts');

// Hostile text in every place the report shows: an excerpt, an author, a note id, a file name.
const SCRIPT_NOTE = `---
type: home-visit
occurredAt: 2026-04-02T10:00
recordedAt: 2026-04-03T09:00
author: { name: Priya Shah, role: Social Worker }
---
I visited Amy at home. No concerns <img src=x onerror="window.__pwned=2">.

<script>window.__pwned=1</script>
`;
const HOSTILE_AUTHOR = '<img src=x onerror="window.__pwned=3">Mallory';
const HOSTILE_ID = '<script>window.__pwned=4</script>';

let context: BrowserContext | undefined;
let userDataDir: string | undefined;
let dir: string;
let reportFile: string;
let redactedFile: string;
let totalFindings: number;
let vagueFindings: number;

async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context!.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 10_000 });
  return { page, requests, errors };
}

beforeAll(async () => {
  dir = workspace({
    'notes/visit <b>1</b>.md': SCRIPT_NOTE,
    'notes/late.md': noteFile(VAGUE_BODY, { occurredAt: '2026-03-30T10:00', recordedAt: '2026-04-14T09:00', author: 'Tom Reid' }),
    'notes/clean.md': noteFile(CLEAN_BODY, { author: 'Grace Okoye' }),
    'notes/hostile.jsonl': `${JSON.stringify(jsonNote(HOSTILE_ID, `${VAGUE_BODY} The kids were watching telly.`, { author: HOSTILE_AUTHOR }))}\n`,
    'notes/export.jsonl': [...bulkLines(20260412, 60, 60)].join(''),
  });
  const json = await runBuilt(['notes', '--format', 'json'], { cwd: dir });
  const findings = (JSON.parse(json.stdout) as { findings: { ruleId: string }[] }[]).flatMap((r) => r.findings);
  totalFindings = findings.length;
  vagueFindings = findings.filter((f) => f.ruleId === 'no-vague-phrases').length;

  mkdirSync(artifacts, { recursive: true });
  const html = await runBuilt(['notes', '--format', 'html'], { cwd: dir });
  expect(html.code).toBe(json.code);
  reportFile = join(artifacts, 'html-report.html');
  writeFileSync(reportFile, html.stdout);
  const redacted = await runBuilt(['notes', '--format', 'html', '--redact'], { cwd: dir });
  redactedFile = join(artifacts, 'html-report-redacted.html');
  writeFileSync(redactedFile, redacted.stdout);

  userDataDir = await mkdtemp(join(tmpdir(), 'casenote-lint-chromium-'));
  context = await launchChromium(userDataDir, { width: 1280, height: 900 });
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

describe('--format html in Chromium', () => {
  it('renders totals, charts and the findings table, from one file with no fetches and no injected script', async () => {
    const { page, requests, errors } = await open(reportFile);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(reportFile).href]);
    // None of the hostile snippets ran; they are shown as text.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('td.excerpt-cell', { hasText: '<script>window.__pwned=1</script>' }).count()).toBe(1);
    expect(await page.locator('td', { hasText: HOSTILE_ID }).count()).toBeGreaterThan(0);
    expect(await page.locator('td', { hasText: HOSTILE_AUTHOR }).count()).toBeGreaterThan(0);
    expect(await page.locator('h3', { hasText: 'notes/visit <b>1</b>.md' }).count() + (await page.locator('td', { hasText: 'notes/visit <b>1</b>.md' }).count())).toBeGreaterThan(0);

    await expect.poll(() => page.locator('#totals .card').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#totals .card').first().innerText()).toMatch(/^64\s+notes checked$/);

    // Each chart drew visible bars.
    for (const [chart, least] of [
      ['#chart-rules', 3],
      ['#chart-authors', 3],
      ['#chart-late', 2],
      ['#chart-months', 2],
      ['#chart-months-late', 1],
    ] as const) {
      const bars = page.locator(`${chart} rect.bar`);
      expect(await bars.count(), chart).toBeGreaterThanOrEqual(least);
      for (const bar of await bars.all()) {
        const box = await bar.boundingBox();
        expect(box!.width, chart).toBeGreaterThan(0);
        expect(box!.height, chart).toBeGreaterThan(0);
      }
    }
    expect(await page.locator('#chart-late line.limit').count()).toBe(1);
    expect(await page.locator('#chart-late rect.late').count()).toBeGreaterThan(0);
    expect(await page.locator('#worst ol.worst > li').count()).toBe(10);

    // The table holds every finding, all shown until filtered.
    const rows = page.locator('#findings-table tbody tr');
    expect(await rows.count()).toBe(totalFindings);
    expect(await page.locator('#shown-count').innerText()).toBe(totalFindings.toLocaleString('en-GB'));
    await page.screenshot({ path: join(artifacts, 'html-report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2000 } });

    await page.selectOption('#filter-rule', 'no-vague-phrases');
    expect(await page.locator('#findings-table tbody tr:not([hidden])').count()).toBe(vagueFindings);
    expect(await page.locator('#shown-count').innerText()).toBe(String(vagueFindings));
    for (const row of await page.locator('#findings-table tbody tr:not([hidden])').all()) expect(await row.getAttribute('data-rule')).toBe('no-vague-phrases');

    await page.selectOption('#filter-rule', '');
    await page.fill('#filter-text', '__pwned=1');
    expect(await page.locator('#findings-table tbody tr:not([hidden])').count()).toBe(1);
    await page.fill('#filter-text', '');

    // A bar of the rules chart filters the table by its rule.
    await page.locator('#chart-rules [data-filter-rule="require-sign-off"]').click();
    expect(await page.inputValue('#filter-rule')).toBe('require-sign-off');
    await page.locator('#findings').screenshot({ path: join(artifacts, 'html-report-filtered.png') });
    await page.close();
  });

  it('charts the trend by month of recording, oldest month first', async () => {
    const { page } = await open(reportFile);
    // The label's own text, without its <title> (SVG text has no innerText).
    const months = await page.locator('#chart-months text[text-anchor="end"]').evaluateAll((labels) => labels.map((label) => label.firstChild?.textContent ?? ''));
    expect(months.length).toBeGreaterThanOrEqual(2);
    for (const month of months) expect(month).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    const order = months.map((label) => Date.parse(`1 ${label}`));
    expect(order.every((time) => !Number.isNaN(time))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.locator('#by-month').screenshot({ path: join(artifacts, 'html-report-by-month.png') });
    await page.close();
  });

  it('prints totals, charts and the worst notes without the table, and no card split across pages', async () => {
    const { page } = await open(reportFile);
    const screenHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#findings-table').isVisible()).toBe(false);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('#findings .print-only').isVisible()).toBe(true);
    for (const kept of ['#totals .card >> nth=0', '#chart-rules', '#chart-authors', '#chart-months', '#chart-late', '#worst ol.worst > li >> nth=0']) {
      expect(await page.locator(kept).isVisible(), kept).toBe(true);
    }
    const avoid = await page.evaluate(() => ['.card', '#by-rule', '#by-author', '#late', '.worst > li'].map((selector) => getComputedStyle(document.querySelector(selector)!).breakInside));
    expect(avoid).toEqual(['avoid', 'avoid', 'avoid', 'avoid', 'avoid']);
    const printHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(printHeight).toBeLessThan(screenHeight / 2);
    await page.screenshot({ path: join(artifacts, 'html-report-print.png'), fullPage: true });
    await page.pdf({ path: join(artifacts, 'html-report.pdf'), format: 'A4', printBackground: true });
    await page.close();
  });

  it('renders the --redact report without any excerpt', async () => {
    const { page, errors } = await open(redactedFile);
    expect(errors).toEqual([]);
    expect(await page.locator('td.excerpt-cell').count()).toBe(0);
    expect(await page.locator('.excerpt').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('window.__pwned=1');
    expect(text).not.toContain('No concerns');
    expect(await page.locator('#chart-rules rect.bar').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#findings-table tbody tr').count()).toBe(totalFindings);
    await page.close();
  });
});
