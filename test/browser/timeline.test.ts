import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialForm } from '../../web/src/lib/form.ts';
import { step } from '../../web/src/lib/plan.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { pdfPages, printedTexts } from './pdf-text.ts';
import { expectNoAxeViolations, type Harness, RESULTS_DIR, startHarness } from './support.ts';
import { clean, rowCells, timelineReady } from './timeline-support.ts';

/**
 * The timeline view in Chromium: a coach opens it next to the comparison, enters a plan in steps, reads the
 * grid, the chart and the years, reopens the link (the plan is in it), downloads the months and the comparison
 * as CSV (the download's content checked); in Finnish at 1 280 px and in English at 360 px, axe on each.
 */

let h: Harness;

/** A rehabilitation subsidy of 1 200 € (ending 31.10.2026) and a Kela pension, living alone; options 0 h and 10 h. */
function caseForm() {
  const form = initialForm('2026-01');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true };
  form.case.household = 'single';
  return form;
}

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('the timeline view (issue 16)', () => {
  it('takes a plan in steps, shows the grid, the chart and the years, keeps the plan in the link and downloads CSV (fi, 1 280 px)', async () => {
    const { page, problems } = await h.page({ width: 1280, height: 1000 });
    await page.goto(`${h.url}/${hashFor(encodeState(caseForm(), 'fi'))}`);
    await page.locator('#results[data-state="ready"]').waitFor({ timeout: 15_000 });

    // The comparison first; the timeline's code is not loaded until it is opened.
    // One status palette (app.css) for the comparison's badges and the timeline's grid.
    const paint = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    const [continuing] = await paint('#results .status.status-continues');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(before.some((name) => name.includes('TimelineView'))).toBe(false);
    await page.getByRole('button', { name: 'Ajan mittaan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ajan mittaan' }).getAttribute('aria-pressed')).toBe('true');
    await timelineReady(page);

    // The plan in steps: no work for four months, 25 h a week for four, then 10 h; 12 months from January 2026.
    await page.getByRole('combobox', { name: 'Ensimmäinen kuukausi' }).selectOption('2026-01');
    await page.getByRole('combobox', { name: 'Pituus' }).selectOption('12');
    const step2 = page.getByRole('listitem', { name: 'Vaihe 2' });
    await step2.getByRole('combobox', { name: 'Alkaen' }).selectOption({ label: 'toukokuu 2026' });
    await step2.getByRole('textbox', { name: 'Tunnit viikossa' }).fill('25');
    await page.getByRole('button', { name: 'Lisää vaihe' }).click();
    const step3 = page.getByRole('listitem', { name: 'Vaihe 3' });
    await step3.getByRole('combobox', { name: 'Alkaen' }).selectOption({ label: 'syyskuu 2026' });
    await step3.getByRole('textbox', { name: 'Tunnit viikossa' }).fill('10');
    await step3.getByRole('textbox', { name: 'Tunnit viikossa' }).press('Tab');
    await page.getByRole('button', { name: 'Lisää lomaraha' }).click();
    await page.getByRole('listitem', { name: 'Lomaraha 1' }).getByRole('textbox', { name: 'Määrä' }).fill('600');
    await page.getByRole('listitem', { name: 'Lomaraha 1' }).getByRole('textbox', { name: 'Määrä' }).press('Tab');
    await page.waitForTimeout(400);
    await timelineReady(page);

    // The grid: January–April paid, May–August resting (four months over the limit in a row), paid again from September.
    const erp = await rowCells(page, 'Työeläke');
    expect(erp).toHaveLength(12);
    expect(erp.slice(0, 4).every((c) => c.includes('Jatkuu ennallaan') && c.includes('1 200,00 €'))).toBe(true);
    expect(erp.slice(4, 8).every((c) => c.includes('Lepää') && c.includes('0,00 €'))).toBe(true);
    expect(erp[8]).toContain('Jatkuu ennallaan');
    expect((await rowCells(page, 'Palkka'))[4]).toContain('1 430,00 €');
    // Each cell says its status in words (read out with the row's benefit and the column's month), and on hover.
    const title = await page.locator('td[title^="Työeläke, toukokuu 2026: Lepää"]').getAttribute('title');
    expect(clean(title ?? '')).toBe('Työeläke, toukokuu 2026: Lepää, 0,00 €');
    // A continuing month in the badges' colour on a plain background, a resting one on its own colours.
    expect(await paint('section.timeline td.status-continues')).toEqual([continuing, 'rgba(0, 0, 0, 0)']);
    const [restText, restBackground] = await paint('section.timeline td.status-suspended');
    expect(restText).not.toBe(continuing);
    expect(restBackground).not.toBe('rgba(0, 0, 0, 0)');

    // The chart with its text alternative, the rest shaded; the years; the notes in words.
    const chart = page.getByRole('img', { name: 'Tulot kuukaudessa' });
    await expect.poll(() => chart.count()).toBe(1);
    expect(clean(await page.locator('#timeline-chart-desc').innerText())).toContain('Varjostetut kuukaudet: eläke lepää');
    expect(await page.locator('section.timeline svg[role="img"] rect.rest').count()).toBe(4);
    const years = clean(await page.locator('table.years').innerText());
    expect(years).toContain('2026');
    const notes = clean(await page.locator('dl.notes').innerText());
    expect(notes).toContain('toukokuu 2026');
    expect(notes).toMatch(/eläke lepää/);
    expect(notes).toContain('syyskuu 2026');
    expect(notes).toContain('ilman uutta työkyvyn arviointia');
    expect(clean(await page.locator('section.timeline').innerText())).toContain('on eläkelaitosten käytäntö, ei laki');
    await expectNoAxeViolations(page, 'the timeline view (fi, 1280 px)');
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'timeline-desktop-fi.png'), fullPage: true });

    // The CSV of the months: a header row, one row per month and one per year, numbers with a point.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa kuukaudet CSV-tiedostona' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tyo-ja-etuudet-aikajana-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines[0]).toMatch(/^Kuukausi,Tunnit viikossa,Tuntipalkka \(€\),Palkka kuukaudessa \(€\),Lomaraha \(€\),/);
    expect(lines[0]).toContain('Työeläke: tila,Työeläke (€ kuukaudessa)');
    expect(lines[5]).toMatch(/^2026-05,25,13\.20,1430\.00,0\.00,0\.00,Lepää,0\.00,/);
    expect(lines[13]).toMatch(/^2026 yhteensä,,,/);
    const version = (await page.locator('section.timeline .stamp').innerText()).match(/\d{4}\.\d+(\+[0-9a-f]+)?/)?.[0];
    expect(version).toBeTruthy();
    expect(lines[1]?.endsWith(`,${version},${new Date().toISOString().slice(0, 10)}`)).toBe(true);

    // The link keeps the plan and reopens the timeline view with it.
    await page.waitForTimeout(300);
    const link = page.url();
    const again = await h.page({ width: 1280, height: 1000 });
    await again.page.goto(link);
    await timelineReady(again.page);
    expect(await again.page.getByRole('listitem', { name: /^Vaihe \d$/ }).count()).toBe(3);
    expect(await rowCells(again.page, 'Työeläke')).toEqual(erp);
    expect(again.problems).toEqual([]);

    // Back to the comparison, and its CSV: one row per option.
    await page.getByRole('button', { name: 'Rinnakkain' }).click();
    await page.locator('#results[data-state="ready"]').waitFor({ timeout: 15_000 });
    const [comparison] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa vertailu CSV-tiedostona' }).click(),
    ]);
    expect(comparison.suggestedFilename()).toMatch(/^tyo-ja-etuudet-vertailu-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync((await comparison.path()) as string, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Vaihtoehto,Tunnit viikossa,Tuntipalkka \(€\),Palkka kuukaudessa \(€\),Työeläke: tila,/);
    expect(rows[2]).toMatch(/^Vaihtoehto 2,10,13\.20,572\.00,Jatkuu ennallaan,1200\.00,/);
    expect(problems).toEqual([]);
  });

  it('works on a phone in English: the months scroll sideways with the benefits kept in view (360 px)', async () => {
    const form = caseForm();
    form.case.erp.endsOn = '2026-06-30';
    form.plan = { open: true, start: '2026-01', length: 12, steps: [step(0, 'none'), step(2, 'hours', '25', '13.20')], oneOffs: [] };
    const { page, problems } = await h.page({ width: 360, height: 800 });
    await page.goto(`${h.url}/${hashFor(encodeState(form, 'en'))}`);
    await timelineReady(page);
    expect(await page.getByRole('heading', { name: 'Over time', level: 2 })).toBeTruthy();
    const frame = page.locator('section.timeline .table-scroll');
    const sizes = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await frame.evaluate((el) => el.scrollBy(400, 0));
    const header = await page.getByRole('rowheader', { name: 'Earnings-related pension', exact: true }).boundingBox();
    expect(header?.x).toBeGreaterThanOrEqual(0);
    expect(header?.x).toBeLessThan(40);
    // The subsidy ends on its date: July on, ended, said in words.
    const erp = await rowCells(page, 'Earnings-related pension');
    expect(erp[6]).toContain('Ended');
    expect(clean(await page.locator('dl.notes').innerText())).toContain('It ended on 30 June 2026');
    await expectNoAxeViolations(page, 'the timeline view (en, 360 px)');
    await page.screenshot({ path: join(RESULTS_DIR, 'timeline-phone-en.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('prints a two-year plan: every month on paper in parts of a year, no row or month of notes split across pages', async () => {
    const form = caseForm();
    form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '60' };
    form.plan = {
      open: true,
      start: '2026-01',
      length: 24,
      steps: [step(0, 'none'), step(4, 'hours', '25', '13.20'), step(8, 'hours', '10', '13.20')],
      oneOffs: [],
    };
    const { page } = await h.page({ width: 1280, height: 1000 });
    await page.goto(`${h.url}/${hashFor(encodeState(form, 'fi'))}`);
    await timelineReady(page);
    await page.locator('section.timeline svg[role="img"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    // Two parts of twelve months each, every row of them and every month's notes as printed.
    const rows = await printedTexts(page, 'section.timeline table.grid tr');
    expect(rows.filter((row) => row.startsWith('Etuus'))).toEqual([
      `Etuus${Array.from({ length: 12 }, (_, i) => `${i + 1}/26`).join('')}`,
      `Etuus${Array.from({ length: 12 }, (_, i) => `${i + 1}/27`).join('')}`,
    ]);
    const groups = await printedTexts(page, 'section.timeline .note-month');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(RESULTS_DIR, 'print-timeline-24.pdf'), pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Each row, and each month's notes, whole on one page (a split one, or a month cut off at the page's edge, is not found).
    const onOnePage = (text: string) => pages.some((p) => p.includes(text));
    expect([...rows, ...groups].filter((text) => !onOnePage(text))).toEqual([]);
  });

  it('asks for the sickness allowance days already paid in the plan: sent to the API, kept in the link, a wrong one said in English (360 px)', async () => {
    const form = initialForm('2026-01');
    form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '60' };
    form.plan = { open: true, start: '2026-01', length: 6, steps: [step(0, 'none')], oneOffs: [] };
    const { page, problems } = await h.page({ width: 360, height: 800 });
    const sent: unknown[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/v1/timelines')) sent.push(r.postDataJSON());
    });
    await page.goto(`${h.url}/${hashFor(encodeState(form, 'en'))}`);
    await timelineReady(page);
    const days = page.getByRole('textbox', { name: 'Sickness allowance days', exact: true });
    await expect.poll(() => days.getAttribute('aria-describedby')).toContain('plan-days-help');
    expect(clean(await page.locator('#plan-days-help').innerText())).toContain(
      'already paid sickness allowance or partial sickness allowance',
    );
    // As a person types: select all, delete, type; a word first, then too many days, then the right number.
    for (const [typed, error] of [
      ['many', 'Write the number of days as a whole number, for example 45.'],
      ['800', 'at most 730'],
    ] as const) {
      await days.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(typed);
      await days.press('Tab');
      await expect.poll(async () => clean((await page.locator('#plan-daysUsed-error').textContent()) ?? '')).toContain(error);
      expect(await days.getAttribute('aria-invalid')).toBe('true');
    }
    await days.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('290');
    const partial = page.getByRole('textbox', { name: 'Partial sickness allowance days', exact: true });
    await partial.fill('5');
    await partial.press('Tab');
    await timelineReady(page);
    await expect.poll(() => page.locator('#plan-daysUsed-error').count()).toBe(0);
    await expect
      .poll(() => sent.some((b) => JSON.stringify(b).includes('"daysUsed":290') && JSON.stringify(b).includes('"partialDaysUsed":5')))
      .toBe(true);
    // 290 of the 300 days paid: the allowance runs out within the plan.
    await expect.poll(async () => (await rowCells(page, 'Sickness allowance')).some((c) => /Ended|Not paid/.test(c))).toBe(true);
    // The link keeps the days.
    await page.waitForTimeout(300);
    const again = await h.page({ width: 360, height: 800 });
    await again.page.goto(page.url());
    await timelineReady(again.page);
    expect(await again.page.getByRole('textbox', { name: 'Sickness allowance days', exact: true }).inputValue()).toBe('290');
    await expectNoAxeViolations(page, 'the plan with the days already paid (en, 360 px)');
    await page.screenshot({ path: join(RESULTS_DIR, 'timeline-days-en.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
  });
});
