/**
 * End to end: the editor demo (examples/editor) built with Vite, served from 127.0.0.1, driven in Debian's
 * Chromium. A note is typed, its findings are underlined, the acronym's quick fix is applied.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

const root = resolve(import.meta.dirname, '..', '..');
const demoDir = join(root, 'examples', 'editor');
const artifacts = join(root, 'test-artifacts');

const NOTE = [
  "Phone call with Jay's foster carer about the LAC review next week.",
  'She said Jay is settled at school and sleeping well. No concerns.',
  '',
  'Priya Shah, Social Worker, 03/04/2026',
].join('\n');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

let server: Server | undefined;
let context: BrowserContext | undefined;
let userDataDir: string | undefined;
let distDir: string | undefined;
let page: Page;
let url: string;

beforeAll(async () => {
  // Build into a directory of this run's own, so that two test runs in one tree cannot empty each other's build.
  distDir = await mkdtemp(join(tmpdir(), 'casenote-lint-demo-'));
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(demoDir, 'vite.config.ts'), '--outDir', distDir, '--emptyOutDir'],
    { cwd: root },
  );
  server = await serve(distDir);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  userDataDir = await mkdtemp(join(tmpdir(), 'casenote-lint-chromium-'));
  context = await launchChromium(userDataDir, { width: 1280, height: 800 });
  page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('.cm-content').waitFor();
  // The sample note is linted on load: the summary says how many findings.
  await page.locator('#summary', { hasText: /finding/ }).waitFor({ timeout: 10_000 });
  expect(errors).toEqual([]);
  await mkdir(artifacts, { recursive: true });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  if (distDir) await rm(distDir, { recursive: true, force: true });
});

describe('editor demo in Chromium', () => {
  it('underlines findings as a note is typed and lists them', async () => {
    await typeNote(page, NOTE);
    expect(await docText(page)).toBe(NOTE);

    const vague = page.locator('.cm-lintRange.cm-casenote-no-vague-phrases');
    await expect.poll(() => vague.allTextContents(), { timeout: 10_000 }).toContain('No concerns');
    await expect.poll(() => page.locator('#finding-list li[data-rule="no-vague-phrases"]').count()).toBeGreaterThan(0);

    await expect.poll(() => page.locator('.cm-lintRange.cm-casenote-no-acronyms').allTextContents(), { timeout: 10_000 }).toContain('LAC');
    await page.screenshot({ path: join(artifacts, 'editor-demo-typed.png'), fullPage: true });
  });

  it('applies the acronym quick fix from the hover tooltip', async () => {
    const acronym = page.locator('.cm-lintRange.cm-casenote-no-acronyms', { hasText: /^LAC$/ });
    await acronym.first().waitFor({ timeout: 10_000 });
    const tooltip = page.locator('.cm-tooltip-lint');
    // CodeMirror opens the lint tooltip after the pointer rests on the underline; retry if a relint moved it.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(0, 0);
      await acronym.first().hover();
      try {
        await tooltip.waitFor({ timeout: 2_000 });
        break;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
    const fix = tooltip.locator('.cm-diagnosticAction.cm-casenote-fix').first();
    await fix.waitFor();
    const label = (await fix.textContent()) ?? '';
    await page.screenshot({ path: join(artifacts, 'editor-demo.png'), fullPage: true });
    await fix.click();

    // The text changed: "LAC", and nothing else, was replaced by the expansion the fix names
    // (the rule's choice, e.g. "child in care" or "looked-after child").
    const expansion = /"([^"]+)"/.exec(label)?.[1];
    expect(expansion, `the fix names its replacement: ${label}`).toBeTruthy();
    expect(expansion).not.toContain('LAC');
    await expect.poll(() => docText(page)).toBe(NOTE.replace('LAC', expansion!));

    // After the next lint the acronym's finding is gone and the vague phrase is still flagged.
    await expect.poll(() => page.locator('.cm-lintRange.cm-casenote-no-acronyms').allTextContents(), { timeout: 10_000 }).not.toContain('LAC');
    await expect.poll(() => page.locator('#finding-list li[data-rule="no-acronyms"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('.cm-lintRange.cm-casenote-no-vague-phrases').allTextContents()).toContain('No concerns');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(artifacts, 'editor-demo-fixed.png'), fullPage: true });
  });

  it('lints again when the metadata form changes', async () => {
    const summary = page.locator('#summary');
    await page.fill('input[name="authorRole"]', '');
    await expect.poll(() => page.locator('#finding-list li[data-rule="required-fields"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.fill('input[name="authorRole"]', 'Social Worker');
    await expect.poll(() => page.locator('#finding-list li[data-rule="required-fields"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await summary.textContent()).toMatch(/checked in/);
  });
});

async function typeNote(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

function docText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { casenoteDemo: { view: { state: { doc: { toString(): string } } } } }).casenoteDemo.view.state.doc.toString());
}

function serve(dir: string): Promise<Server> {
  const base = normalize(dir + sep);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}
