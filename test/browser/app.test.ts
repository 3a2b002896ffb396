import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialForm, scenario } from '../../web/src/lib/form.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { compact, pdfPages, printedTexts } from './pdf-text.ts';
import { choosePension, expectNoAxeViolations, type Harness, REPO, RESULTS_DIR, resultsReady, startHarness } from './support.ts';

/**
 * The real app, served by the local server of `npm start`, in headless Chromium: a coach fills a case,
 * compares options, reads the answer, switches language, reopens a shared link, prints, and reads the rules.
 * axe (WCAG 2.1 A and AA) runs on every page. Screenshots of the main view at 360 px and 1280 px go to
 * test-results/ (and to web/docs/ for the README when UPDATE_SCREENSHOTS=1 or when missing there).
 */

let h: Harness;
let sharedUrl = '';

/** The case fillCase() types, as a link, so that each test can also run on its own (for another month if given). */
function caseLink(url: string, month?: string): string {
  const form = initialForm(month);
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true };
  form.case.household = 'single';
  form.scenarios.push({ ...scenario('s3', '25'), label: 'Kauppa' });
  return `${url}/${hashFor(encodeState(form, 'fi'))}`;
}

beforeAll(async () => {
  h = await startHarness();
  sharedUrl = caseLink(h.url);
});

afterAll(async () => {
  await h?.close();
});

const ANSWER = 'Palkalla 13,20 € tunnilta voit tehdä töitä enintään 17,3 tuntia viikossa ilman, että etuutesi muuttuvat.';
const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/[\u00a0\u202f]/g, ' ');

/** A full-time rehabilitation subsidy of 1 200 € and a Kela pension, living alone; options 0 h, 10 h and 25 h. */
async function fillCase(page: Page) {
  await page.getByRole('checkbox', { name: /Saan työeläkettä/ }).check();
  await choosePension(page, 'erp');
  await page.getByRole('textbox', { name: /Eläke kuukaudessa/ }).fill('1200');
  await page.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }).check();
  await choosePension(page, 'kela');
  await page.getByRole('radio', { name: 'En asu puolison kanssa' }).check();
  await page.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
  await page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3' }).fill('25');
  await page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).fill('Kauppa');
  await page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).press('Tab');
  await resultsReady(page);
}

async function cells(page: Page, benefit: string): Promise<string[]> {
  return (await page.locator(`tr[data-benefit="${benefit}"] td`).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function screenshot(name: string, shot: (path: string) => Promise<unknown>, forReadme = true) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, name);
  await shot(path);
  const docs = join(REPO, 'web', 'docs', name);
  if (forReadme && (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docs))) {
    mkdirSync(join(REPO, 'web', 'docs'), { recursive: true });
    copyFileSync(path, docs);
  }
}

describe('the web app in Chromium, served by npm start’s server', () => {
  it('fills a case, adds options, reads the results and the max-hours answer (desktop)', async () => {
    const { page, problems } = await h.page({ width: 1280, height: 1000 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto(h.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    // The strict Content-Security-Policy is in force (an inline script is refused) and the app runs under it.
    const inline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
      return document.body.dataset.inline ?? 'blocked';
    });
    expect(inline).toBe('blocked');
    await expect.poll(() => problems.length).toBe(1);
    expect(problems.splice(0)[0]).toMatch(/Content Security Policy/);
    await expectNoAxeViolations(page, 'the empty calculator');

    await fillCase(page);
    expect(await text(page, '.answer-main')).toBe(ANSWER);
    // The baseline's pill has a soft hyphen, for a phone's narrow column.
    const headings = (await page.locator('table.compare thead th').allInnerTexts()).map((t) => t.replaceAll('\u00ad', ''));
    expect(headings).toEqual(['Vaihtoehto 1\nvertailukohta', 'Vaihtoehto 2', 'Kauppa']);
    const pension = await cells(page, 'earningsRelatedPension');
    expect(pension[0]).toMatch(/^Jatkuu ennallaan 1 200,00 €$/);
    expect(pension[1]).toMatch(/^Jatkuu ennallaan 1 200,00 €$/);
    expect(pension[2]).toMatch(/^Lepää 0,00 € ilman työtä 1 200,00 €$/);
    expect((await cells(page, 'kelaPension'))[2]).toMatch(/^Lepää/);
    // Statuses carry an icon and words, not colour alone.
    expect(await page.locator('tr[data-benefit="earningsRelatedPension"] .status svg').count()).toBe(3);
    expect(await text(page, 'tbody.group-headroom')).toMatch(/990,90 € jäljellä\s+17,3 h viikossa lisää/);

    // The reasons (their code and, as a download of its own, their Finnish texts) and the chart load on
    // demand and are in place.
    await page.getByRole('heading', { name: 'Miksi näin?' }).waitFor();
    await page
      .locator('.why-scenario[open]')
      .getByText(/Kuntoutustuki maksetaan niin kuin ennenkin\./)
      .first()
      .waitFor();
    expect(requests.filter((r) => /\/assets\/(sv|en)-/.test(r))).toEqual([]);
    await page.locator('.chart-svg').waitFor();
    expect(await page.locator('.limits-list').innerText()).toMatch(/enintään 17,3 tuntia viikossa/);
    await page.getByText('Näytä kuvaajan tiedot taulukkona').click();
    expect(
      await page
        .getByRole('table', { name: /Tulot kuukaudessa tuntimäärän mukaan/ })
        .getByRole('row')
        .count(),
    ).toBe(42);
    await expectNoAxeViolations(page, 'the calculator with results');

    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot('screenshot-desktop.png', (path) =>
      page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1480 } }),
    );

    // The whole input is in the fragment: the same link as the one built from the same case.
    const link = page.url();
    expect(link).toBe(caseLink(h.url));
    sharedUrl = link;
    // The input travels only in the fragment: no request carries it.
    const state = link.split('#s=')[1]!;
    expect(requests.filter((r) => r.includes(state) || r.includes('#s='))).toEqual([]);
    expect(requests.some((r) => r.startsWith('POST') && r.includes('/v1/calculations'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('works on a 360 px phone: two options side by side, nothing wider than the screen', async () => {
    const { page, problems } = await h.page({ width: 360, height: 780 });
    await page.goto(sharedUrl);
    await resultsReady(page);
    expect(await text(page, '.answer-main')).toBe(ANSWER);
    await page.getByRole('button', { name: 'Poista: Kauppa' }).click();
    await resultsReady(page);
    // Both columns are fully in view without scrolling the table.
    const table = await page.locator('#results .table-scroll').evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(table).toBeLessThanOrEqual(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the calculator on a phone');
    await page.locator('#results').scrollIntoViewIfNeeded();
    await screenshot('screenshot-phone.png', (path) => page.locator('#results').screenshot({ path }));
    await screenshot('screenshot-phone-top.png', (path) => page.screenshot({ path }), false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reopens the same case from a shared link, and ignores a damaged one gently', async () => {
    const { page, problems } = await h.page();
    await page.goto(sharedUrl);
    await resultsReady(page);
    expect(await page.getByRole('textbox', { name: /Eläke kuukaudessa/ }).inputValue()).toBe('1\u00a0200,00');
    expect(await page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3' }).inputValue()).toBe('25');
    expect(await page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).inputValue()).toBe('Kauppa');
    expect(await text(page, '.answer-main')).toBe(ANSWER);

    await page.goto(`${h.url}/#s=this-is-not-a-state`);
    await page.getByText('Linkin tietoja ei voitu avata.', { exact: false }).waitFor();
    await page.getByRole('checkbox', { name: /Saan työeläkettä/ }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows input errors beside the field and in a summary, in the chosen language', async () => {
    const { page, problems } = await h.page();
    await page.goto(h.url);
    await page.getByRole('checkbox', { name: /Saan työeläkettä/ }).check();
    await choosePension(page, 'erp');
    const amount = page.getByRole('textbox', { name: /Eläke kuukaudessa/ });
    await amount.fill('paljon');
    await amount.press('Tab');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await amount.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`);
    expect(await error.innerText()).toContain('Kirjoita luku, esimerkiksi 12,50.');
    await page.getByRole('link', { name: /Eläke kuukaudessa.*Kirjoita luku/ }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined/);
    await expectNoAxeViolations(page, 'the calculator with an input error');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Write a number, for example 12.50.').first().waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches language at any time: words, number formats and the lang attribute', async () => {
    const { page, problems } = await h.page();
    await page.goto(sharedUrl);
    await resultsReady(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Your situation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text(page, '.answer-main')).toBe(
      'At €13.20 an hour you can work up to 17.3 hours a week without any change to your benefits.',
    );
    expect(await page.getByRole('textbox', { name: /Pension per month/ }).inputValue()).toBe('1,200.00');
    expect((await cells(page, 'earningsRelatedPension'))[2]).toMatch(/^Rests €0\.00 without work €1,200\.00$/);
    await expectNoAxeViolations(page, 'the calculator in English');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Din situation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await text(page, '.answer-main')).toBe(
      'Med timlönen 13,20 € kan du arbeta högst 17,3 timmar per vecka utan att dina förmåner ändras.',
    );
    // The language is part of the link.
    await page.reload();
    await page.getByRole('heading', { name: 'Din situation' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints on one A4 page with the rule set version, verified-until date and the date of calculation', async () => {
    const { page } = await h.page();
    await page.goto(sharedUrl);
    await resultsReady(page);
    await page.locator('.chart-svg').waitFor();
    // On screen, a client sees the rule set's label, not its version hash (a coach's detail, and printed).
    expect(await text(page, '.stamp')).toMatch(/^Säännöt 2\d{3}\.\d+, tarkistettu 31\.12\.2026 asti\. Laskelman kuukausi: [^.+]+\.$/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Lisää vaihtoehto' }).isVisible()).toBe(false);
    expect(await page.locator('.situation').isVisible()).toBe(false);
    expect(await page.locator('.print-summary').isVisible()).toBe(true);
    const stamp = await text(page, '.stamp');
    expect(stamp).toMatch(
      /^Säännöt 2\d{3}\.\d+, tarkistettu 31\.12\.2026 asti\. Laskelman kuukausi: .+\. Sääntöjen versio \S+\. Laskettu \d{1,2}\.\d{1,2}\.\d{4}\.$/,
    );
    // The page ends with what to do next: whom to tell, what to keep, what to ask.
    const next = page.locator('.next');
    expect(await next.isVisible()).toBe(true);
    expect(await text(page, '.next')).toMatch(/Mitä seuraavaksi\?[\s\S]*eläkeyhtiöllesi[\s\S]*osaeläke[\s\S]*Kelaan[\s\S]*palkkalaskelmat/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(RESULTS_DIR, 'print.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.context().close();
  });

  it('prints the largest case (six options, every benefit): the whole comparison on page 1, every row, the chart on page 2', async () => {
    const { page } = await h.page();
    await page.goto(h.url);
    await page.getByRole('checkbox', { name: /Saan työeläkettä/ }).check();
    await choosePension(page, 'erp');
    await page.getByRole('textbox', { name: /Eläke kuukaudessa/ }).fill('1200');
    await page.getByRole('textbox', { name: /Vakiintunut keskiansio/ }).fill('3000');
    await page.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }).check();
    await choosePension(page, 'kela');
    await page.getByRole('checkbox', { name: /eläkettä saavan hoitotukea/ }).check();
    await page.getByRole('checkbox', { name: /Saan Kelan sairauspäivärahaa/ }).check();
    await page.getByRole('textbox', { name: /Päiväraha/ }).fill('60');
    await page.getByRole('radio', { name: 'Asun puolison kanssa' }).check();
    await page.getByRole('textbox', { name: /Veroprosentti palkasta/ }).fill('20');
    await page.getByRole('textbox', { name: /Veroprosentti etuuksista/ }).fill('25');
    // Each click once the field typed in last has been left and the results are in: a click that blurs a field can
    // land after the table above the button has changed height (a known layout shift), and miss.
    for (let n = 3; n <= 6; n += 1) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await resultsReady(page);
      await page.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
      await page.getByRole('textbox', { name: `Nimi, Vaihtoehto ${n}` }).waitFor();
    }
    await page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 6' }).fill('Pitkä nimi vaihtoehdolle, jossa on paljon sanoja');
    await page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 6' }).press('Tab');
    await resultsReady(page);
    await page.locator('.chart-svg').waitFor();
    await page.emulateMedia({ media: 'print' });
    // Every row of the comparison as printed (how the amount after tax was found and the extra hour included).
    const rows = (await printedTexts(page, '.compare tr')).map((row) => row.replaceAll('·', '')).filter((row) => row !== '');
    expect(rows.some((row) => row.startsWith(compact('Miten käteen jäävä on laskettu')))).toBe(true);
    expect(rows.some((row) => row.startsWith(compact('Tunti lisää viikossa−903,92 € käteen+41,08 € käteen')))).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(RESULTS_DIR, 'print-largest.pdf'), pdf);
    const pages = (await pdfPages(pdf)).map((p) => p.replaceAll('·', ''));
    expect(pages).toHaveLength(2);
    // Page 1: the situation, the answer and the table whole: each row in one piece (a row split across the pages, or a
    // figure left off, is not found); page 2 starts with the chart's heading and ends with what to do next.
    expect(pages[0]).toMatch(/^Työ&etuudet–laskelmaTilanne/);
    expect(rows.filter((row) => !pages[0]?.includes(row))).toEqual([]);
    expect(pages[1]).toMatch(new RegExp(`^${compact('Tulot eri tuntimäärillä')}`));
    expect(pages[1]).toContain(compact('Mitä seuraavaksi?'));
    expect(rows.filter((row) => pages[1]?.includes(row))).toEqual([]);
    await page.context().close();
  });

  it('warns visibly when the month is beyond the verified rules', async () => {
    const { page } = await h.page();
    await page.goto(sharedUrl);
    await resultsReady(page);
    await page.getByRole('combobox', { name: 'Vuosi' }).selectOption('2027');
    await resultsReady(page);
    const warning = page.locator('.notice.beyond');
    await warning.waitFor();
    expect((await warning.innerText()).replace(/\s+/g, ' ')).toMatch(/tarkistettu 31\.12\.2026 asti\. Tämä laskelma koskee aikaa .*2027/);
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = await h.page();
    await page.goto(h.url);
    const focused = () =>
      page.evaluate(() => ({
        id: document.activeElement?.id ?? '',
        text: (document.activeElement as HTMLElement | null)?.innerText ?? '',
      }));
    async function tabTo(id: string) {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        if ((await focused()).id === id) return;
      }
      throw new Error(`could not reach #${id} with Tab`);
    }
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Siirry sisältöön');
    await tabTo('erp-on');
    await page.keyboard.press('Space');
    // The pension's two questions (nothing preselected): Tab reaches each group, Space picks its first option.
    for (const group of ['erp-fixedTerm', 'erp-type']) {
      for (let i = 0; i < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== group; i += 1)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    expect(await page.locator('#erp-fixedTerm input:checked').getAttribute('value')).toBe('true');
    await tabTo('erp-monthlyAmount');
    // Focus is visible: a clear outline.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.type('1000');
    await tabTo('add-scenario');
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('scenario-s3-hoursPerWeek');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    // The results may still be those before the new option (the page keeps them until the new ones come): wait for its column.
    await expect.poll(async () => (await cells(page, 'earningsRelatedPension'))[2] ?? '', { timeout: 15_000 }).toMatch(/^Lepää/);
    await page.context().close();
  });

  it('shows the rules page: every parameter with its values, status and source, verified-until and the latest change', async () => {
    const { page, problems } = await h.page();
    // A calculation for June 2025: the rules page shows the values in force then, and today's on request.
    await page.goto(caseLink(h.url, '2025-06'));
    await resultsReady(page);
    await page.getByRole('link', { name: 'Säännöt ja lähteet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Säännöt ja lähteet' }).waitFor();
    expect(page.url()).toMatch(/\/rules$/);
    await page.getByText('Näytetään laskelmasi kuukauden (kesäkuu 2025) luvut: ne, jotka ovat voimassa 1.6.2025.').waitFor();
    await page.getByText(/Luvut on tarkistettu 31\.12\.2026 asti\./).waitFor();
    await page.getByText('Viimeisin muutos tuli voimaan 1.1.2025.').waitFor();
    const limits = page.getByRole('table', { name: /Euromääräinen ansaintaraja: arvot ajan mukaan/ });
    expect(await limits.locator('tr.in-force th').innerText()).toMatch(/^1\.1\.2025\s*laskelmassa käytetty$/);
    expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(25);
    expect(await page.getByText('ei virallinen', { exact: false }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the rules page');
    await page.getByRole('button', { name: 'Näytä tämän päivän luvut' }).click();
    await page.getByText(/Näytetään tänään \(\d{1,2}\.\d{1,2}\.\d{4}\) voimassa olevat luvut\./).waitFor();
    expect(await limits.locator('tr.in-force th').innerText()).toMatch(/voimassa nyt$/);
    // The button keeps the focus, and now leads back to the calculator's month.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Näytä laskelmasi kuukauden (kesäkuu 2025) luvut');
    // The page itself opens from its address (today's rules: no calculation there), and back returns to the calculator.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Säännöt ja lähteet' }).waitFor();
    await page.getByText(/Näytetään tänään \(/).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Sinun tilanteesi' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
