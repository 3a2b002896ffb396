import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialForm, scenario } from '../../web/src/lib/form.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { expectNoAxeViolations, type Harness, RESULTS_DIR, resultsReady, startHarness } from './support.ts';

/**
 * The audit's B1 and F2 in real Chromium, at 360 px and 1 280 px, in Finnish and Swedish: "1.200" typed as a
 * pension is neither 1,20 € nor 1 200 € until the person says which; the care allowance's level asked, and the
 * highest disability allowance shown as replacing it during a rest.
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
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function cells(page: Page, benefit: string): Promise<string[]> {
  return (await page.locator(`tr[data-benefit="${benefit}"] td`).allInnerTexts()).map(norm);
}

const PENSION = { fi: 'Eläke kuukaudessa (€, ennen veroja)' } as const;

function pensionLink(url: string, lang: 'fi' | 'sv'): string {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00' };
  return `${url}/${hashFor(encodeState(form, lang))}`;
}

describe.each([360, 1280])('at %i px', (width) => {
  it('fi: "1.200" as a pension: the field says both ways to write it, keeps what was typed, and no result uses 1,20 €', async () => {
    const { page, problems } = await h.page({ width, height: 900 });
    await page.goto(pensionLink(h.url, 'fi'));
    await resultsReady(page);
    const field = page.getByRole('textbox', { name: PENSION.fi, exact: true });
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('1.200');
    await page.keyboard.press('Tab');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((i) => i.endsWith('-error'));
    expect(errorId).toBeDefined();
    await expect
      .poll(async () => norm(await page.locator(`[id="${errorId}"]`).innerText()))
      .toBe('Kirjoita 1200 tai 1 200, jos tarkoitat yli tuhatta euroa, tai 1,20, jos tarkoitat euroja ja senttejä.');
    expect(await field.inputValue()).toBe('1.200');
    await page.screenshot({ path: join(RESULTS_DIR, `b1-thousands-fi-${width}.png`), fullPage: false });
    // Written without doubt, it is read.
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('1 200');
    await page.keyboard.press('Tab');
    await resultsReady(page);
    expect((await cells(page, 'earningsRelatedPension'))[0]).toMatch(/1 200,00 €/);
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['fi', 1280, 'Saan myös eläkettä saavan hoitotukea', 'Ylin hoitotuki', 'Vaihtuu vammaistukeen'],
  ['sv', 360, 'Jag får också vårdbidrag för pensionstagare', 'Högsta vårdbidrag', 'Byts mot handikappbidrag'],
] as const)('%s at %i px: the care allowance’s level', (lang, width, careLabel, levelLabel, replaced) => {
  it('asked once the care allowance is ticked; during a rest the highest disability allowance replaces it, and the total gains the difference', async () => {
    const { page, problems } = await h.page({ width, height: 900 });
    const form = initialForm('2026-03');
    form.case.kela = { ...form.case.kela, on: true, fixedTerm: false };
    form.case.household = 'single';
    form.scenarios = [scenario('s1', '0'), scenario('s2', '30')];
    await page.goto(`${h.url}/${hashFor(encodeState(form, lang))}`);
    await resultsReady(page);
    await page.getByRole('checkbox', { name: careLabel }).check();
    await page.getByRole('radio', { name: levelLabel }).check();
    await resultsReady(page);
    await expect.poll(async () => (await cells(page, 'disabilityAllowance')).join(' | ')).toMatch(new RegExp(replaced));
    const line = await cells(page, 'disabilityAllowance');
    // Without work the highest care allowance 389,54 €; at 30 h the highest disability allowance 499,93 € instead.
    expect(line[0]).toMatch(/389,54/);
    expect(line[1]).toMatch(/499,93/);
    await page.locator('tr[data-benefit="disabilityAllowance"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, `f2-care-${lang}-${width}.png`), fullPage: false });
    await expectNoAxeViolations(page, `care allowance level (${lang})`);
    // The link keeps the level.
    await page.reload();
    await resultsReady(page);
    expect(await page.getByRole('radio', { name: levelLabel }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });
});
