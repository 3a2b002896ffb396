import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../functions/contracts/security-headers.ts';
import { inviteCoach } from '../../functions/local/coaches.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { initialForm } from '../../web/src/lib/form.ts';
import { toRequest } from '../../web/src/lib/form-request.ts';
import { signInCodes, signIn as signInOverHttp } from '../api/sign-in.ts';
import {
  captureLogs,
  choosePension,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  resultsReady,
  type TestPage,
  WEB_DIR,
} from './support.ts';

/**
 * Issue #6, done when: "A browser test signs in locally, saves a case, restarts the server, reopens the
 * case and opens its share link in a fresh browser context." The built app and `npm start`'s server on a
 * temporary data folder, in headless Chromium: the local sign-in, saving with a pseudonymous label, My
 * cases, a restart on the same data (on another port), signing in again, reopening, a share link opened
 * read-only without signing in, revoking it, and two pages saving the same case (409: the app offers the
 * newer version, nothing is overwritten). axe on the sign-in page, My cases, the dialogs and the shared view.
 */

const EMAIL = 'valmentaja@example.fi';
const ANSWER = 'Palkalla 13,20 € tunnilta voit tehdä töitä enintään 17,3 tuntia viikossa ilman, että etuutesi muuttuvat.';

let tmp = '';
let dataDir = '';
let server: LocalServer;
let browser: Browser;
let logs: string[] = [];
let restoreLogs = () => {};
const open: TestPage[] = [];

/** What the coach and the client saw, for the tests that follow. */
let coach: TestPage | undefined;
let shareUrl = '';

async function page(): Promise<TestPage> {
  const p = await newPage(browser);
  open.push(p);
  return p;
}

/** Problems in the console other than the statuses a test provokes on purpose (the browser logs each one). */
function unexpected(problems: string[], ...statuses: number[]): string[] {
  return problems.filter((p) => !statuses.some((s) => p.includes(`status of ${s}`)));
}

const text = async (p: Page, selector: string) => (await p.locator(selector).innerText()).replace(/[\u00a0\u202f]/g, ' ');

/** Through the local sign-in page, as a coach would: from the app's sign-in button back to the app. */
async function signInThrough(
  p: Page,
  button = p.getByRole('banner').getByRole('button', { name: 'Valmentajan kirjautuminen' }),
  checkAxe = false,
) {
  await button.click();
  const email = p.getByLabel('Kutsutun valmentajan sähköpostiosoite');
  await email.waitFor();
  // In the app's language (Finnish here): the app sends its `lang`.
  expect(new URL(p.url()).pathname).toBe('/local/oauth2/authorize');
  expect(new URL(p.url()).searchParams.get('lang')).toBe('fi');
  expect(await p.locator('html').getAttribute('lang')).toBe('fi');
  if (checkAxe) await expectNoAxeViolations(p, 'the local sign-in page');
  await email.fill(EMAIL);
  await p.getByRole('button', { name: 'Hae kirjautumiskoodi' }).click();
  // The code npm start prints in its terminal.
  const code = p.getByLabel('Kirjautumiskoodi');
  await code.waitFor();
  if (checkAxe) await expectNoAxeViolations(p, 'the local sign-in’s code page');
  await code.fill(signInCodes.codeFor(EMAIL)!);
  await p.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await p.getByText(`Kirjautunut: ${EMAIL}`).waitFor();
  // The code and state never stay in the address.
  expect(p.url()).not.toMatch(/code=|state=|auth\/callback/);
}

/** A full-time rehabilitation subsidy of 1 200 € and a Kela pension, living alone; options 0 h, 10 h and 25 h. */
async function fillCase(p: Page) {
  await p.getByRole('checkbox', { name: /Saan työeläkettä/ }).check();
  await choosePension(p, 'erp');
  await p.getByRole('textbox', { name: /Eläke kuukaudessa/ }).fill('1200');
  await p.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }).check();
  await choosePension(p, 'kela');
  await p.getByRole('radio', { name: 'En asu puolison kanssa' }).check();
  await p.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
  await p.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3' }).fill('25');
  await p.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).fill('Kauppa');
  await p.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).press('Tab');
  await resultsReady(p);
}

async function openCase(p: Page, label: string) {
  await p
    .getByRole('list', { name: 'Tallennetut tapaukset' })
    .getByRole('button', { name: `Avaa: ${label}` })
    .click();
  await p.getByRole('heading', { name: `Tapaus: ${label}` }).waitFor();
  await resultsReady(p);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-workspace-'));
  dataDir = join(tmp, 'data');
  inviteCoach(dataDir, EMAIL);
  ({ logs, restore: restoreLogs } = captureLogs());
  server = await startServer({ port: 0, dataDir, webDir: WEB_DIR, signInMessages: signInCodes.deliver });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const p of open) await p.context.close().catch(() => {});
  await browser?.close();
  await server?.close();
  restoreLogs();
  rmSync(tmp, { recursive: true, force: true });
  expect(logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
});

describe('the coach workspace in Chromium, on npm start’s server', () => {
  it('the local server sends the web app with the same security headers as CloudFront', async () => {
    for (const path of ['/', '/cases', '/auth/callback']) {
      const answer = await fetch(`${server.url}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers.get(name), `${path} ${name}`).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("connect-src 'self'");
  });

  it('signs in locally, saves a case, survives a restart, reopens it, and opens its share link in a fresh context', async () => {
    // ——— sign in and save ———
    const first = await page();
    const p = first.page;
    await p.goto(server.url);
    await signInThrough(p, undefined, true);
    expect(new URL(p.url()).pathname).toBe('/');
    const tokens = await p.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage) }));
    expect(tokens.local).toBe(0);
    expect(tokens.session).toContain('tyo-etuudet.auth.tokens');

    await fillCase(p);
    const unsaved = p.getByRole('region', { name: 'Tallentamaton laskelma' });
    await unsaved.getByRole('button', { name: 'Tallenna' }).click();
    const dialog = p.getByRole('dialog', { name: 'Tallenna tapaus' });
    const label = dialog.getByRole('textbox', { name: 'Tapauksen nimi' });
    await dialog.getByText('Älä kirjoita nimeä tai henkilötunnusta.', { exact: false }).waitFor();
    // The API refuses a henkilötunnus; the app says so beside the field, in Finnish.
    await label.fill('Asiakas 010190-123A');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.getByText('Nimessä näyttää olevan henkilötunnus.', { exact: false }).waitFor();
    expect(await label.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(p, 'the save dialog with the refused label');
    await label.fill('Asiakas A');
    await label.press('Enter');
    const saved = p.getByRole('region', { name: 'Tapaus: Asiakas A' });
    await saved.getByText('Kaikki muutokset on tallennettu.').waitFor();
    expect(await p.evaluate(() => document.activeElement?.tagName)).not.toBe('DIALOG');

    await p.getByRole('link', { name: 'Omat tapaukset' }).click();
    await p.getByRole('heading', { level: 1, name: 'Omat tapaukset' }).waitFor();
    const list = p.getByRole('list', { name: 'Tallennetut tapaukset' });
    await list.getByRole('heading', { name: 'Asiakas A' }).waitFor();
    expect((await list.getByRole('listitem').first().innerText()).replace(/\s+/g, ' ')).toMatch(
      /Muutettu \d{1,2}\.\d{1,2}\.20\d\d klo \d{1,2}\.\d{2} Säilytetään \d{1,2}\.\d{1,2}\.20\d\d asti/,
    );
    await expectNoAxeViolations(p, 'My cases');
    expect(unexpected(first.problems, 400)).toEqual([]);
    await first.context.close();

    // ——— restart npm start on the same data folder; the port may change (sessionStorage is per origin and
    // per tab, and refresh tokens do not survive a restart: the coach signs in again in a fresh window) ———
    await server.close();
    server = await startServer({ port: 0, dataDir, webDir: WEB_DIR, signInMessages: signInCodes.deliver });

    coach = await page();
    const c = coach.page;
    await c.goto(`${server.url}/cases`);
    await c.getByText('Kirjaudu sisään valmentajana, niin näet tallentamasi tapaukset.').waitFor();
    await signInThrough(c, c.getByRole('main').getByRole('button', { name: 'Valmentajan kirjautuminen' }));
    expect(new URL(c.url()).pathname).toBe('/cases');
    await openCase(c, 'Asiakas A');
    // Every figure is back.
    expect(await c.getByRole('textbox', { name: /Eläke kuukaudessa/ }).inputValue()).toBe('1\u00a0200,00');
    expect(await c.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }).isChecked()).toBe(true);
    expect(await c.getByRole('radio', { name: 'En asu puolison kanssa' }).isChecked()).toBe(true);
    expect(await c.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3' }).inputValue()).toBe('25');
    expect(await c.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).inputValue()).toBe('Kauppa');
    expect(await text(c, '.answer-main')).toBe(ANSWER);
    await c.getByText('Kaikki muutokset on tallennettu.').waitFor();

    // Dialogs by keyboard: focus moves into the dialog (the name field), Escape closes it, focus comes back.
    await c.getByRole('button', { name: 'Tallenna uutena' }).focus();
    await c.keyboard.press('Enter');
    await c.getByRole('dialog', { name: 'Tallenna uutena tapauksena' }).waitFor();
    expect(await c.evaluate(() => document.activeElement?.id)).toBe('label-dialog-input');
    await c.keyboard.press('Escape');
    await c.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await c.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tallenna uutena');

    // ——— a share link, copied ———
    await coach.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await c.getByText('Jaa asiakkaalle', { exact: true }).click();
    await c.getByRole('button', { name: 'Luo jakolinkki' }).click();
    const link = c.getByRole('textbox', { name: 'Jakolinkki 1' });
    shareUrl = await link.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${server.url}/#share=[A-Za-z0-9_-]{43}$`));
    expect(await c.getByText(/^Voimassa \d{1,2}\.\d{1,2}\.20\d\d asti\.$/).count()).toBe(1);
    await c.getByRole('button', { name: 'Kopioi linkki: Jakolinkki 1' }).click();
    await c.locator('[aria-live="polite"]', { hasText: 'Linkki kopioitu.' }).waitFor();
    expect(await c.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);
    await expectNoAxeViolations(c, 'the calculator with an open case and a share link');

    // ——— the client: a fresh context, no session ———
    const client = await page();
    const requests: { url: string; authorization: string | undefined }[] = [];
    client.page.on('request', (r) => requests.push({ url: r.url(), authorization: r.headers().authorization }));
    await client.page.goto(shareUrl);
    const banner = client.page.getByRole('region', { name: 'Valmentajasi jakama laskelma' });
    await banner.getByText('Vain luku: voit kokeilla muita lukuja', { exact: false }).waitFor();
    expect((await banner.innerText()).replace(/\s+/g, ' ')).toMatch(
      /Tapaus: Asiakas A\. Tallennettu viimeksi .+\. Linkki on voimassa \d{1,2}\.\d{1,2}\.20\d\d asti\./,
    );
    await resultsReady(client.page);
    expect(await text(client.page, '.answer-main')).toBe(ANSWER);
    expect(await client.page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).inputValue()).toBe('Kauppa');
    expect(await client.page.getByRole('button', { name: 'Tallenna' }).count()).toBe(0);
    expect(await client.page.getByRole('button', { name: 'Valmentajan kirjautuminen' }).count()).toBe(1);
    await expectNoAxeViolations(client.page, 'the shared view');
    // Trying other figures changes nothing saved, and the link stays in the address.
    await client.page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' }).fill('30');
    await client.page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' }).press('Tab');
    await resultsReady(client.page);
    expect(client.page.url()).toBe(shareUrl);
    // The token travels in one request only: GET /v1/shared/{token}, without any Authorization header.
    const token = shareUrl.split('#share=')[1]!;
    expect(requests.filter((r) => r.url.includes(token))).toEqual([{ url: `${server.url}/v1/shared/${token}`, authorization: undefined }]);
    expect(requests.some((r) => r.url.includes('/v1/cases') || r.url.includes('/config.json'))).toBe(false);
    expect(client.problems).toEqual([]);
    await client.context.close();
  });

  it('a revoked link shows a gentle "no longer available" message', async () => {
    expect(coach && shareUrl, 'runs after the test above').toBeTruthy();
    const c = coach!.page;
    await c.getByRole('button', { name: 'Peru linkki: Jakolinkki 1' }).click();
    await c.getByText('Tapauksella ei ole voimassa olevia jakolinkkejä.').waitFor();

    const client = await page();
    await client.page.goto(shareUrl);
    const banner = client.page.getByRole('region', { name: 'Valmentajasi jakama laskelma' });
    await banner.getByText('Tämä linkki ei ole enää käytössä.', { exact: false }).waitFor();
    await client.page.getByRole('checkbox', { name: /Saan työeläkettä/ }).waitFor();
    expect(await client.page.getByRole('textbox', { name: /Eläke kuukaudessa/ }).count()).toBe(0);
    await expectNoAxeViolations(client.page, 'a revoked share link');
    expect(unexpected(client.problems, 404)).toEqual([]);
    expect(unexpected(coach!.problems, 400)).toEqual([]);
    await client.context.close();
  });

  it('two pages saving the same case: the second gets the conflict dialog and the newer version, nothing is overwritten', async () => {
    // A case saved beforehand, over HTTP, by the same coach.
    const { access_token } = await signInOverHttp(server.url, EMAIL);
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200' };
    const created = await fetch(`${server.url}/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'Asiakas B', input: toRequest(form) }),
    });
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as { id: string }).id;

    const [one, two] = [await page(), await page()];
    for (const { page: p } of [one, two]) {
      await p.goto(`${server.url}/cases`);
      await signInThrough(p, p.getByRole('main').getByRole('button', { name: 'Valmentajan kirjautuminen' }));
      await openCase(p, 'Asiakas B');
    }
    const hours = (p: Page) => p.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2' });

    await hours(one.page).fill('15');
    await one.page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await one.page.getByText('Tallennettu: Asiakas B.').first().waitFor();

    await hours(two.page).fill('20');
    await two.page.getByText('Tallentamattomia muutoksia.').waitFor();
    await two.page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const dialog = two.page.getByRole('dialog', { name: 'Tapausta on muutettu muualla' });
    await dialog.waitFor();
    await expectNoAxeViolations(two.page, 'the conflict dialog');
    // Nothing was overwritten: the first page's 15 h is what is saved.
    const stored = await fetch(`${server.url}/v1/cases/${caseId}`, { headers: { authorization: `Bearer ${access_token}` } });
    const body = (await stored.json()) as { version: number; input: { scenarios: { hoursPerWeek?: string }[] } };
    expect(body.version).toBe(2);
    expect(body.input.scenarios[1]!.hoursPerWeek).toBe('15');

    await dialog.getByRole('button', { name: 'Avaa tallennettu versio' }).click();
    await dialog.waitFor({ state: 'detached' });
    await two.page.getByText('Kaikki muutokset on tallennettu.').waitFor();
    expect(await hours(two.page).inputValue()).toBe('15');

    // Signing out: the refresh token revoked, this tab forgets the coach, back to the calculator.
    await two.page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await two.page.getByRole('banner').getByRole('button', { name: 'Valmentajan kirjautuminen' }).waitFor();
    expect(two.page.url()).toBe(`${server.url}/`);
    expect(await two.page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(unexpected(one.problems)).toEqual([]);
    expect(unexpected(two.problems, 409)).toEqual([]);
  });
});
