import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../functions/contracts/security-headers.ts';
import { initialForm, scenario } from '../../web/src/lib/form.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { LINKS_BEFORE_ISSUE_14 } from '../web/old-links.ts';
import { choosePension, expectNoAxeViolations, type Harness, RESULTS_DIR, resultsReady, startHarness } from './support.ts';

/**
 * Issue 14, in real Chromium at 360 px and 1 280 px, typing as a person does (click, select all, delete, type):
 * the short answer's wage retyped gives a new answer; clearing one option's hours keeps the other options'
 * results and the field does not move; a new option's hours are replaced, not appended to. Then a client alone
 * on a phone from the top of the page to the bottom, links made before this change, the browser's language on
 * a first visit, next year's month, and issue 11's fields. axe on every view.
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
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const text = async (page: Page, selector: string) => norm(await page.locator(selector).first().innerText());

/** The README's walk-through: a full rehabilitation subsidy of 1 200 € and a Kela pension, living alone; 0 h, 10 h and 25 h. */
function walkThrough(url: string): string {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true };
  form.case.household = 'single';
  form.scenarios.push({ ...scenario('s3', '25'), label: 'Kauppa' });
  return `${url}/${hashFor(encodeState(form, 'fi'))}`;
}

const ANSWER = 'Palkalla 13,20 € tunnilta voit tehdä töitä enintään 17,3 tuntia viikossa ilman, että etuutesi muuttuvat.';

/** Each benefit's cells in the results table, in words. */
async function cells(page: Page, benefit: string): Promise<string[]> {
  return (await page.locator(`tr[data-benefit="${benefit}"] td`).allInnerTexts()).map(norm);
}

/**
 * Where a field is in the options' table (not in the viewport: the page and the table scroll to a field
 * clicked, which is the browser's doing, not the field moving).
 */
async function position(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true }).evaluate((e) => {
    const r = e.getBoundingClientRect();
    const t = e.closest('table')!.getBoundingClientRect();
    return { x: Math.round(r.left - t.left), y: Math.round(r.top - t.top), width: r.width, height: r.height };
  });
}

/** The error linked to a field (aria-describedby), in words. */
async function errorOf(page: Page, name: string): Promise<string> {
  const ids = (await page.getByRole('textbox', { name, exact: true }).getAttribute('aria-describedby')) ?? '';
  const id = ids.split(' ').find((i) => i.endsWith('-error'));
  return id ? norm(await page.locator(`[id="${id}"]`).innerText()) : '';
}

/** Clear a field as a person does: click it, select all, delete. */
async function clear(page: Page, name: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  return field;
}

describe.each([360, 1280])('typing as a person does, at %i px', (width) => {
  it('the short answer’s wage: cleared it stays empty and the last answer stays (marked), retyped it gives a new answer', async () => {
    const { page, problems } = await h.page({ width, height: 900 });
    await page.goto(walkThrough(h.url));
    await resultsReady(page);
    await page.locator('.answer-main').waitFor();
    expect(await text(page, '.answer-main')).toBe(ANSWER);
    const wage = await clear(page, 'Tuntipalkka (€)');
    // Cleared, the field does not refill with the options' wage, and the answer does not vanish.
    await page.waitForTimeout(400);
    expect(await wage.inputValue()).toBe('');
    expect(await text(page, '.answer-main')).toBe(ANSWER);
    expect(await text(page, '.answer-stale')).toBe('Vastaus päivittyy, kun luku on valmis.');
    await expectNoAxeViolations(page, `the answer while its wage is retyped (${width} px)`);
    await page.keyboard.type('15');
    await expect
      .poll(() => text(page, '.answer-main'))
      .toBe('Palkalla 15,00 € tunnilta voit tehdä töitä enintään 15,2 tuntia viikossa ilman, että etuutesi muuttuvat.');
    expect(await page.locator('.answer-stale').count()).toBe(0);
    expect(await text(page, '.answer-more')).toContain('Yli 15,2 tunnilla viikossa työeläke ja Kelan kansaneläke jäävät lepäämään.');
    await page.keyboard.press('Tab');
    expect(await wage.inputValue()).toBe('15,00');
    // Left empty, the answer follows the options' wage again.
    await clear(page, 'Tuntipalkka (€)');
    await page.keyboard.press('Tab');
    await expect.poll(() => text(page, '.answer-main')).toBe(ANSWER);
    expect(await wage.inputValue()).toBe('13,20');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('clearing one option’s hours keeps the other options’ results, and the field does not move', async () => {
    const { page, problems } = await h.page({ width, height: 900 });
    await page.goto(walkThrough(h.url));
    await resultsReady(page);
    const name = 'Tuntia viikossa, Vaihtoehto 2';
    const before = await position(page, name);
    const hours = await clear(page, name);
    await page.waitForTimeout(700);
    expect(await hours.inputValue()).toBe('');
    expect(await position(page, name)).toEqual(before);
    // No error yet (the person is still typing), no summary pushing anything, and every result still there:
    // options 1 and 3 current, option 2's last ones marked as out of date.
    expect(await hours.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#error-summary').count()).toBe(0);
    expect(await cells(page, 'earningsRelatedPension')).toEqual([
      'Jatkuu ennallaan 1 200,00 €',
      'Jatkuu ennallaan 1 200,00 €',
      'Lepää 0,00 € ilman työtä 1 200,00 €',
    ]);
    expect(await page.locator('tr[data-benefit="earningsRelatedPension"] td').nth(1).getAttribute('class')).toMatch(/stale/);
    expect(await page.locator('tr[data-benefit="earningsRelatedPension"] td').nth(2).getAttribute('class')).not.toMatch(/stale/);
    expect(await page.locator('tbody.group-results .names-again').nth(1).innerText()).toMatch(/ei ajan tasalla/);
    await expectNoAxeViolations(page, `an option being corrected (${width} px)`);

    await page.keyboard.type('20');
    await resultsReady(page);
    expect(await position(page, name)).toEqual(before);
    expect((await cells(page, 'earningsRelatedPension'))[1]).toBe('Lepää 0,00 € ilman työtä 1 200,00 €');
    expect(await page.locator('td.stale').count()).toBe(0);

    // Left empty: the error shows below the field (the field stays put), the others keep their results.
    await clear(page, name);
    await page.keyboard.press('Tab');
    await expect.poll(() => errorOf(page, name)).toBe('Tämä tieto puuttuu.');
    expect(await position(page, name)).toEqual(before);
    const pension = await cells(page, 'earningsRelatedPension');
    expect([pension[0], pension[2]]).toEqual(['Jatkuu ennallaan 1 200,00 €', 'Lepää 0,00 € ilman työtä 1 200,00 €']);
    // The summary is below the table, linking to the field.
    await page.getByRole('link', { name: /Tuntia viikossa, Vaihtoehto 2: Tämä tieto puuttuu\./ }).waitFor();
    await expectNoAxeViolations(page, `an option left empty (${width} px)`);
    // A minus sign is named as the problem.
    await hours.click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Tab');
    expect(await errorOf(page, name)).toBe('Luku ei voi olla pienempi kuin 0. Poista miinusmerkki.');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a new option’s hours are replaced by what is typed, not appended to', async () => {
    const { page } = await h.page({ width, height: 900 });
    await page.goto(walkThrough(h.url));
    await resultsReady(page);
    await page.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
    const added = page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 4', exact: true });
    expect(await added.inputValue()).toBe('30');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scenario-s4-hoursPerWeek');
    await page.keyboard.type('12');
    expect(await added.inputValue()).toBe('12');
    // A copy too.
    await page.getByRole('button', { name: 'Kopioi: Vaihtoehto 2' }).click();
    await page.keyboard.type('7');
    expect(await page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 3', exact: true }).inputValue()).toBe('7');
    // A figure with too many decimals is not rounded silently.
    const wage = page.getByRole('textbox', { name: 'Tuntipalkka (€), Vaihtoehto 4', exact: true });
    await wage.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('13,505');
    await page.keyboard.press('Tab');
    expect(await wage.inputValue()).toBe('13,505');
    expect(await errorOf(page, 'Tuntipalkka (€), Vaihtoehto 4')).toBe('Käytä enintään 2 desimaalia.');
    await page.context().close();
  });
});

describe('a client alone on a phone', () => {
  it('from the top of the page to the bottom: the answer where "Show results" leads, the table’s names in view, no sideways page', async () => {
    const { page, problems } = await h.page({ width: 360, height: 780 });
    await page.goto(h.url);
    expect(await text(page, '.answer')).toContain('Täytä tilanteesi, niin näet tässä');
    await expectNoAxeViolations(page, 'the phone, empty');
    await page.getByRole('checkbox', { name: /Saan työeläkettä/ }).check();
    await choosePension(page, 'erp');
    const amount = page.getByRole('textbox', { name: /Eläke kuukaudessa/ });
    await amount.click();
    await page.keyboard.type('1200');
    await page.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }).check();
    await choosePension(page, 'kela');
    await page.getByRole('radio', { name: 'En asu puolison kanssa' }).check();
    await page.getByRole('button', { name: 'Näytä tulokset' }).click();
    await resultsReady(page);
    // "Show results" leads to the answer, in view, which links on to the figures.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('answer');
    // In view once the page has settled (under load the scroll to it and the last layout can land in either order).
    const answerTop = async () => (await page.locator('#answer').boundingBox())!.y;
    await expect.poll(answerTop, { timeout: 5_000 }).toBeGreaterThanOrEqual(-1);
    await expect.poll(answerTop, { timeout: 5_000 }).toBeLessThan(780);
    expect(await text(page, '.answer-main')).toBe(ANSWER);
    await expectNoAxeViolations(page, 'the phone, the answer');
    await page.screenshot({ path: join(RESULTS_DIR, 'phone-answer.png') });
    await page.getByRole('link', { name: 'Katso vaihtoehdot ja luvut' }).click();
    await expect.poll(async () => (await page.locator('#results').boundingBox())!.y).toBeLessThan(10);

    // Three options scroll sideways; the row headings and the group headings stay whole and in view.
    await page.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
    await page.keyboard.type('25');
    await resultsReady(page);
    const scroller = page.locator('#results .table-scroll');
    await scroller.evaluate((e) => {
      e.scrollLeft = e.scrollWidth;
    });
    const frame = (await scroller.boundingBox())!;
    for (const heading of ['Työeläke', 'Tulot kuukaudessa', 'Paljonko rajaan on matkaa']) {
      const box = (await page.locator('#results tbody th', { hasText: heading }).first().boundingBox())!;
      expect(box.x, heading).toBeGreaterThanOrEqual(frame.x - 1);
      const name = (await page.locator('#results tbody th .group-name, #results tbody th', { hasText: heading }).first().boundingBox())!;
      expect(name.x, heading).toBeGreaterThanOrEqual(frame.x - 1);
    }
    // The options' names are repeated at the head of each group of results.
    expect(await page.locator('tbody.group-headroom .names-again').allInnerTexts()).toEqual([
      'Vaihtoehto 1',
      'Vaihtoehto 2',
      'Vaihtoehto 3',
    ]);
    await page.screenshot({ path: join(RESULTS_DIR, 'phone-table-scrolled.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the phone, three options');

    // The rest of the page: the chart with the options marked, the reasons, what next, sharing.
    await page.locator('.chart-svg').waitFor();
    expect(await page.locator('.option-mark').count()).toBe(3);
    await page.getByRole('heading', { name: 'Mitä seuraavaksi?' }).waitFor();
    await page.getByRole('heading', { name: 'Jaa tai tulosta' }).waitFor();
    expect(await text(page, '.site-footer')).toContain('Luvut ovat kuitenkin sivun osoitteessa ja selaimen historiassa');
    await expectNoAxeViolations(page, 'the phone, the whole page');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('links, languages and months', () => {
  it.each(Object.entries(LINKS_BEFORE_ISSUE_14))('a link made before this change opens the same calculation: %s', async (_name, link) => {
    const { page, problems } = await h.page();
    await page.goto(`${h.url}/${hashFor(link.encoded)}`);
    await resultsReady(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(link.lang);
    if (link.lang === 'fi') {
      expect(await text(page, '.answer-main')).toBe(ANSWER);
      expect(await page.getByRole('textbox', { name: 'Nimi, Vaihtoehto 3' }).inputValue()).toBe('Kauppa');
    } else {
      expect(await page.getByRole('textbox', { name: /Pension per månad/ }).inputValue()).toBe('1\u00a0200,00');
      expect(await page.getByRole('textbox', { name: 'Timlön (€)', exact: true }).inputValue()).toBe('14,50');
      expect(await page.getByRole('textbox', { name: /Löneinkomst per år/ }).inputValue()).toBe('24\u00a0000,00');
      expect(await page.getByRole('checkbox', { name: /vårdbidrag för pensionstagare/ }).isChecked()).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['sv-FI', 'Din situation', 'sv'],
    ['en-GB', 'Your situation', 'en'],
    ['fi-FI', 'Sinun tilanteesi', 'fi'],
  ])('a first visit with the browser in %s is in its language', async (locale, heading, lang) => {
    const context = await h.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch({ maxRedirects: 0 });
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
    });
    const page = await context.newPage();
    await page.goto(h.url);
    await page.getByRole('heading', { name: heading }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await context.close();
  });

  it('next year’s months are offered, with the “not yet confirmed” warning beside the picker', async () => {
    const { page } = await h.page({ width: 360, height: 780 });
    await page.goto(walkThrough(h.url));
    await resultsReady(page);
    expect(await page.getByRole('combobox', { name: 'Vuosi' }).locator('option').allInnerTexts()).toContain('2027');
    await page.getByRole('combobox', { name: 'Vuosi' }).selectOption('2027');
    await resultsReady(page);
    const warning = page.locator('.month-beyond');
    await warning.waitFor();
    expect(norm(await warning.innerText())).toMatch(
      /tarkistettu 31\.12\.2026 asti\. Tämä laskelma koskee aikaa maaliskuu 2027, joten luvut voivat vielä muuttua/,
    );
    await expectNoAxeViolations(page, 'a month of 2027');
    await page.context().close();
  });
});

describe('issue 11’s fields in the form, the link and the printout', () => {
  it('the day the sick leave began, YEL/MYEL income, full time in the sector and a Kela pension without an earnings test', async () => {
    const { page, problems } = await h.page({ width: 1280, height: 900 });
    const form = initialForm('2026-03');
    form.scenarios[1]!.hoursPerWeek = '12';
    await page.goto(`${h.url}/${hashFor(encodeState(form, 'fi'))}`);
    await page.getByRole('checkbox', { name: /Saan Kelan sairauspäivärahaa/ }).check();
    await page.getByRole('radio', { name: 'Vain tulot vuodessa' }).check();
    await page.getByRole('textbox', { name: /Palkkatulot vuodessa/ }).fill('20000');
    await page.getByRole('textbox', { name: /YEL- tai MYEL-työtulo/ }).fill('10000');
    const start = page.getByLabel('Milloin sairausloma alkoi?');
    // After the month calculated: said, with the last day allowed.
    await start.fill('2026-04-15');
    await start.blur();
    await expect
      .poll(async () =>
        norm(
          await page
            .locator('#sickness-entitlementStartDate-error')
            .innerText()
            .catch(() => ''),
        ),
      )
      .toBe('Sairausloma ei voi alkaa laskettavan kuukauden jälkeen. Anna päivä viimeistään 31.3.2026.');
    await start.fill('2025-06-02');
    await start.blur();
    await page.getByRole('textbox', { name: /Kokoaikainen työaikasi/ }).fill('25');
    await page.getByRole('checkbox', { name: 'Tämä on alalla tavallinen kokoaikainen työaika' }).check();
    await page.getByRole('checkbox', { name: /Saan Kelan kansaneläkettä/ }).check();
    await choosePension(page, 'kela');
    await page.getByRole('textbox', { name: /Kansaneläke \(€ kuukaudessa\)/ }).fill('300');
    await page.getByRole('checkbox', { name: /sokeuden tai liikkumiskyvyttömyyden/ }).check();
    await page.getByRole('textbox', { name: /Kansaneläke \(€ kuukaudessa\)/ }).press('Tab');
    await resultsReady(page);
    // 12 h of a 25 h job that is the sector's full time: a partial sickness allowance.
    expect((await cells(page, 'sicknessAllowance'))[1]).toMatch(/Osasairauspäiväraha/);
    expect((await cells(page, 'kelaPension'))[1]).toMatch(/^Jatkuu ennallaan/);
    await expectNoAxeViolations(page, 'issue 11’s fields');

    // The link keeps them.
    await page.reload();
    await resultsReady(page);
    expect(await page.getByLabel('Milloin sairausloma alkoi?').inputValue()).toBe('2025-06-02');
    expect(await page.getByRole('checkbox', { name: 'Tämä on alalla tavallinen kokoaikainen työaika' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /sokeuden tai liikkumiskyvyttömyyden/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /YEL- tai MYEL-työtulo/ }).inputValue()).toBe('10\u00a0000,00');

    // So does the printout.
    await page.locator('.chart-svg').waitFor();
    await page.emulateMedia({ media: 'print' });
    const summary = await text(page, '.print-summary');
    expect(summary).toContain('YEL- tai MYEL-työtulo 10 000,00 € vuodessa');
    expect(summary).toContain('sairausloma alkoi 2.6.2025');
    expect(summary).toContain('alan kokoaikainen työaika');
    expect(summary).toContain('myönnetty KEL 12 § 4 mom. perusteella (ei ansaintarajaa)');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
