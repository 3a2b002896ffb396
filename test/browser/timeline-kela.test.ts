import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialForm } from '../../web/src/lib/form.ts';
import { step } from '../../web/src/lib/plan.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { expectNoAxeViolations, type Harness, RESULTS_DIR, startHarness } from './support.ts';
import { clean, rowCells, timelineReady } from './timeline-support.ts';

/**
 * The timeline when the earnings-related subsidy ends and the Kela pension goes on: the national pension and the
 * guarantee pension are shown revised without it from the month after the first month without it, and the notes
 * say so in words (Finnish at 1 280 px, Swedish at 360 px).
 */

let h: Harness;

/** A rehabilitation subsidy of 1 000 € until 31.5.2026 and a Kela pension until further notice, living alone; no work. */
function caseForm() {
  const form = initialForm('2026-04');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1000.00', endsOn: '2026-05-31' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: false };
  form.case.household = 'single';
  form.plan = { open: true, start: '2026-04', length: 6, steps: [step(0, 'none')], oneOffs: [] };
  return form;
}

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('the timeline: Kela’s pensions after the earnings-related subsidy ends', () => {
  it('Finnish, 1 280 px: 320,32 € to June, 787,07 € and the guarantee pension 203,83 € from July, with the words', async () => {
    const { page, problems } = await h.page({ width: 1280, height: 1000 });
    await page.goto(`${h.url}/${hashFor(encodeState(caseForm(), 'fi'))}`);
    await timelineReady(page);
    const national = await rowCells(page, 'Kansaneläke');
    expect(national.slice(0, 3).every((c) => c.includes('320,32 €'))).toBe(true);
    expect(national.slice(3).every((c) => c.includes('787,07 €'))).toBe(true);
    const guarantee = await rowCells(page, 'Takuueläke');
    expect(guarantee.slice(3).every((c) => c.includes('203,83 €'))).toBe(true);
    const notes = clean(await page.locator('dl.notes').innerText());
    expect(notes).toContain('kesäkuu 2026');
    expect(notes).toContain('Kela tarkistaa kansaneläkkeen');
    expect(notes).toMatch(/320,32 € → 787,07 €/);
    expect(notes).toMatch(/0,00 € → 203,83 €/);
    // Said once for each pension, in June, not repeated every month after.
    expect(notes.match(/Kela tarkistaa kansaneläkkeen/g)).toHaveLength(1);
    await expectNoAxeViolations(page, 'the timeline with Kela revised (fi, 1280 px)');
    await page.locator('section.timeline').screenshot({ path: join(RESULTS_DIR, 'timeline-kela-revised-fi.png') });
    expect(problems).toEqual([]);
  });

  it('Swedish, 360 px: the same months and words, the page no wider than the phone', async () => {
    const { page, problems } = await h.page({ width: 360, height: 800 });
    await page.goto(`${h.url}/${hashFor(encodeState(caseForm(), 'sv'))}`);
    await timelineReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const notes = clean(await page.locator('dl.notes').innerText());
    expect(notes).toContain('FPA justerar folkpensionen');
    expect(notes).toMatch(/från 320,32 € till 787,07 €/);
    await expectNoAxeViolations(page, 'the timeline with Kela revised (sv, 360 px)');
    await page.locator('section.timeline table.grid').screenshot({ path: join(RESULTS_DIR, 'timeline-kela-revised-sv-phone-grid.png') });
    await page.locator('dl.notes').screenshot({ path: join(RESULTS_DIR, 'timeline-kela-revised-sv-phone-notes.png') });
    expect(problems).toEqual([]);
  });
});
