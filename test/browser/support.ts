import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { logSink } from '../../functions/api/http/log.ts';
import { CONTENT_SECURITY_POLICY } from '../../functions/contracts/security-headers.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

/**
 * Browser tests drive the real app: the build in dist/web served by the same local server as `npm start`,
 * in headless Chromium (test/chromium.ts says which).
 */

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIR = join(REPO, 'dist', 'web');
export const RESULTS_DIR = join(REPO, 'test-results');

export interface Harness {
  server: LocalServer;
  browser: Browser;
  url: string;
  /** Log lines the API wrote (never bodies); unexpected errors fail the suite. */
  logs: string[];
  /** A fresh page (axe needs pages made through a context), with console problems collected. */
  page(options?: { width?: number; height?: number }): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

export function launchBrowser(): Promise<Browser> {
  return chromiumPath().then((executablePath) => chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }));
}

/**
 * A fresh page in a fresh context (no cookies, no storage: a new visitor), with console problems collected.
 * The page runs under the very Content-Security-Policy CloudFront sends (functions/contracts/security-headers.ts): any
 * inline script or style, or a request elsewhere, shows up in `problems` as a console error.
 */
export async function newPage(browser: Browser, { width = 1280, height = 900 } = {}): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fi-FI', reducedMotion: 'reduce' });
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    // maxRedirects 0: a redirect (the sign-in's way back to the app) is the browser's to follow.
    const response = await route.fetch({ maxRedirects: 0 });
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, context, problems };
}

/** Collects the API's log lines (never bodies) while a suite runs; `restore` puts the console back. */
export function captureLogs(): { logs: string[]; restore: () => void } {
  const logs: string[] = [];
  const write = logSink.write;
  logSink.write = (line) => void logs.push(line);
  return { logs, restore: () => (logSink.write = write) };
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(WEB_DIR, 'index.html')))
    throw new Error('dist/web is missing: run `npm run build` before the browser tests (npm test does).');
  mkdirSync(RESULTS_DIR, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-browser-'));
  const { logs, restore } = captureLogs();
  const server = await startServer({ port: 0, dataDir: join(tmp, 'data'), webDir: WEB_DIR });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    url: server.url,
    logs,
    page: (options) => newPage(browser, options),
    async close() {
      await browser.close();
      await server.close();
      restore();
      rmSync(tmp, { recursive: true, force: true });
      expect(logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    },
  };
}

/** axe with the WCAG 2.0/2.1 A and AA rules: no violations allowed. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    help: v.help,
  }));
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** Waits until the results on screen belong to what is in the form. */
export async function resultsReady(page: Page): Promise<void> {
  await page.locator('#results[data-state="ready"]').waitFor({ timeout: 15_000 });
}

/**
 * Answers a pension's questions, as a person does from the decision (nothing is preselected: audit B2): the kind
 * (a rehabilitation subsidy unless told otherwise) and, for the earnings-related pension, full or partial.
 */
export async function choosePension(page: Page, which: 'erp' | 'kela', kind = 'Kuntoutustuki (määräaikainen)', type = 'Täysi eläke') {
  await page.locator(`#${which}-fixedTerm`).getByRole('radio', { name: kind }).check();
  if (which === 'erp') await page.locator('#erp-type').getByRole('radio', { name: type }).check();
}
