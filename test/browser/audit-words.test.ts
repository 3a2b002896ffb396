import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialForm, scenario } from '../../web/src/lib/form.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { expectNoAxeViolations, type Harness, RESULTS_DIR, resultsReady, startHarness } from './support.ts';

/**
 * The audit's words as a reader meets them, in real Chromium: a client on a phone (360 px, Finnish) and a coach
 * on a laptop (1 280 px, Swedish). Over the limit the Why text says a rest is not forever and not automatic,
 * that unreported months can be recovered and that a subsidy ends on its date; the "may become partial" case
 * promises no full pension; Kela's pension is "sjukpension" in Swedish; the privacy line says the figures are
 * in the address; a partial pension beside a sickness allowance is warned of under the totals.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const norm = (s: string) =>
  s
    .replace(/[\u00a0\u202f\u00ad]/g, (c) => (c === '\u00ad' ? '' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
const text = async (page: Page, selector: string) => norm(await page.locator(selector).first().innerText());

/** A full rehabilitation subsidy of 1 200 € (stabilised earnings 2 000 €) and Kela's: 0 h, 20 h (may become partial), 25 h (both rest). */
function overTheLimits(url: string, lang: 'fi' | 'sv'): string {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00', stabilisedEarnings: '2000.00' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true };
  form.case.household = 'single';
  form.scenarios = [scenario('s1', '0'), scenario('s2', '20'), scenario('s3', '25')];
  return `${url}/${hashFor(encodeState(form, lang))}`;
}

/** Opens one option's reasons and returns their text. */
async function reasons(page: Page, id: string): Promise<string> {
  await page.locator('#why-h').waitFor();
  const box = page.locator(`#why-${id}`);
  if ((await box.getAttribute('open')) === null) await box.locator('> summary').click();
  return text(page, `#why-${id}`);
}

describe('the audit’s words in the browser', () => {
  it('fi, a phone: a rest is neither forever nor automatic; no promise of the full pension; the privacy line', async () => {
    const { page, problems } = await h.page({ width: 360, height: 780 });
    await page.goto(overTheLimits(h.url, 'fi'));
    await resultsReady(page);
    const rest = await reasons(page, 's3');
    expect(rest).toContain('Kela keskeyttää eläkkeen maksun eli eläke jää lepäämään');
    expect(rest).toContain('kuntoutustuki jätetään lepäämään ilmoituksestasi tai eläkeyhtiön aloitteesta');
    expect(rest).toContain('voidaan periä takaisin');
    expect(rest).toContain('Kuntoutustuki päättyy silti päätöksessä mainittuna päivänä.');
    expect(rest).not.toMatch(/ei lopu/);
    const partial = await reasons(page, 's2');
    expect(partial).toContain('Eläkeyhtiö tarkistaa tilanteesi ja päättää, muuttuuko eläke osaeläkkeeksi ja mistä alkaen.');
    expect(partial).not.toContain('Siihen asti maksetaan täyttä eläkettä');
    expect(await text(page, '.site-footer')).toContain('Luvut ovat kuitenkin sivun osoitteessa ja selaimen historiassa');
    await page.locator('#why-s3').screenshot({ path: join(RESULTS_DIR, 'audit-words-fi-360-why.png') });
    await expectNoAxeViolations(page, 'the audit’s words, fi, 360 px');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sv, a laptop: Kela’s "sjukpension", "delinvalidpension", "stabiliserad inkomst"', async () => {
    const { page, problems } = await h.page({ width: 1280, height: 900 });
    await page.goto(overTheLimits(h.url, 'sv'));
    await resultsReady(page);
    await page.getByRole('radio', { name: 'Sjukpension (tills vidare)' }).waitFor();
    expect(await page.getByText('Stabiliserad inkomst (€ per månad), om du vet den').count()).toBe(1);
    const partial = await reasons(page, 's2');
    expect(partial).toContain(
      'Pensionsanstalten granskar din situation och beslutar om pensionen ändras till delinvalidpension och från när.',
    );
    expect(partial).not.toMatch(/partiell invalidpension|etablerad|Till dess betalas full pension/);
    const rest = await reasons(page, 's3');
    expect(rest).toContain('avbryter FPA utbetalningen av pensionen');
    await page.locator('#why-s3').screenshot({ path: join(RESULTS_DIR, 'audit-words-sv-1280-why.png') });
    await page.screenshot({ path: join(RESULTS_DIR, 'audit-words-sv-1280.png') });
    await expectNoAxeViolations(page, 'the audit’s words, sv, 1 280 px');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fi: a partial pension beside a sickness allowance is warned of under the totals', async () => {
    const form = initialForm('2026-03');
    form.case.erp = { ...form.case.erp, on: true, fixedTerm: false, type: 'partial', monthlyAmount: '700.00' };
    form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '40.00' };
    const { page, problems } = await h.page({ width: 1280, height: 900 });
    await page.goto(`${h.url}/${hashFor(encodeState(form, 'fi'))}`);
    await resultsReady(page);
    const warning = 'Huomaa: Kela vähentää osatyökyvyttömyyseläkkeen sairauspäivärahasta tietyissä tilanteissa.';
    // In the short answer, and beside the options' totals.
    await page.locator('#results').getByText(warning, { exact: false }).first().waitFor();
    expect(await page.getByText(warning, { exact: false }).count()).toBe(2);
    await page.screenshot({ path: join(RESULTS_DIR, 'audit-words-fi-1280-partial-sickness.png'), fullPage: false });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
