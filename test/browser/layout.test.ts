import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../functions/contracts/languages.ts';
import { initialForm, scenario } from '../../web/src/lib/form.ts';
import { encodeState, hashFor } from '../../web/src/lib/share.ts';
import { choosePension, type Harness, RESULTS_DIR, resultsReady, startHarness } from './support.ts';

/**
 * The comparison's layout in Chromium: a click on "Add option" right after typing in a field (the field not left
 * first) adds the option, at 360 px and 1 280 px; and at 360 px no row heading of the narrow first column breaks
 * in the middle of a word, in Finnish, Swedish and English (screenshots in test-results/).
 */

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** Every benefit (the care allowance and the sickness allowance too), the tax estimate, three options: the most row headings. */
function everyRow(lang: Lang, options = 3): string {
  const form = initialForm('2026-03');
  form.case.erp = { ...form.case.erp, on: true, fixedTerm: true, type: 'full', monthlyAmount: '1200.00', stabilisedEarnings: '3000' };
  form.case.kela = { ...form.case.kela, on: true, fixedTerm: true, receivesCareAllowance: true };
  form.case.sickness = { ...form.case.sickness, on: true, dailyAmount: '60' };
  form.case.household = 'partner';
  form.case.tax = { ...form.case.tax, municipality: 'Tampere' };
  form.scenarios.push({ ...scenario('s3', '25'), label: 'Kauppa' });
  for (let n = 4; n <= options; n += 1) form.scenarios.push(scenario(`s${n}`, String(n * 5)));
  return `${h.url}/${hashFor(encodeState(form, lang))}`;
}

/**
 * Where the row headings' lines break inside a word: for each heading, the two characters around each line
 * break that is neither after a space or a hyphen nor at a soft hyphen ("Arbetspensio|n").
 */
function midWordBreaks(page: Page): Promise<string[]> {
  return page.locator('.compare tbody th').evaluateAll((ths) => {
    const found: string[] = [];
    for (const th of ths) {
      // Walk the characters: a line break (the next drawn character lower than the last) is fine after a space, a
      // hyphen or a soft hyphen (a space at a line's end is not drawn: remembered instead), not between two letters.
      let last: { ch: string; top: number } | null = null;
      let breakable = false;
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) {
          const ch = text[i] ?? '';
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
          if (/[\s\u00ad]/.test(ch) || !rect) {
            breakable = true;
            continue;
          }
          const top = Math.round(rect.top);
          if (last && top > last.top && !breakable && !/[-/]/.test(last.ch))
            found.push(`${th.textContent?.replace(/\u00ad/g, '')}: ${last.ch}|${ch}`);
          last = { ch, top };
          breakable = false;
        }
      }
    }
    return found;
  });
}

describe('the comparison’s layout', () => {
  it.each([
    ['fi', 'Lisää vaihtoehto'],
    ['sv', 'Lägg till ett alternativ'],
    ['en', 'Add an option'],
  ] as const)('at 360 px no row heading breaks in the middle of a word (%s)', async (lang, add) => {
    const { page } = await h.page({ width: 360, height: 800 });
    await page.goto(everyRow(lang));
    await resultsReady(page);
    await page.locator('tr[data-row="extraHour"]').waitFor();
    // The headings are there (the check below looks at something), each benefit's and the limits'.
    expect(await page.locator('.compare tbody th').count()).toBeGreaterThanOrEqual(15);
    expect(await midWordBreaks(page)).toEqual([]);
    // The baseline's pill ("vertailukohta", "utgångsläge") stays inside its column's heading, breaking at its hyphenation point.
    const pill = await page.locator('.compare thead .tag').evaluate((tag) => ({
      right: tag.getBoundingClientRect().right,
      column: (tag.closest('th') as HTMLElement).getBoundingClientRect().right,
    }));
    expect(pill.right).toBeLessThanOrEqual(pill.column + 0.5);
    await page.getByRole('button', { name: add }).waitFor();
    await page.locator('#results').screenshot({ path: join(RESULTS_DIR, `headings-360-${lang}.png`) });
    await page.context().close();
  });

  it.each([360, 1280])('a click on "Add option" right after typing in a field, not left first, adds the option (%i px)', async (width) => {
    const { page, problems } = await h.page({ width, height: 800 });
    await page.goto(h.url);
    await page.getByRole('checkbox', { name: /Saan työeläkettä/ }).check();
    await choosePension(page, 'erp');
    const amount = page.getByRole('textbox', { name: /Eläke kuukaudessa/ });
    await amount.click();
    await page.keyboard.type('1200');
    await amount.press('Tab');
    await resultsReady(page);
    // As a person types: into option 2's hours (the results change when it is left), then into the tax percentages
    // (rows after tax appear when it is left); each time the click comes straight from the field, pressed for a moment.
    const fields = [
      page.getByRole('textbox', { name: 'Tuntia viikossa, Vaihtoehto 2', exact: true }),
      page.getByRole('textbox', { name: /Veroprosentti palkasta/ }),
      page.getByRole('textbox', { name: /Veroprosentti etuuksista/ }),
    ];
    for (const [i, field] of fields.entries()) {
      await field.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(i === 0 ? '25' : '20', { delay: 40 });
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
      await page.getByRole('button', { name: 'Lisää vaihtoehto' }).click({ delay: 150 });
      await page.getByRole('textbox', { name: `Nimi, Vaihtoehto ${i + 3}` }).waitFor({ timeout: 5_000 });
    }
    await resultsReady(page);
    expect(await page.locator('.compare').getAttribute('data-columns')).toBe('5');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['fi', 360, 3],
    ['sv', 360, 3],
    ['fi', 1280, 6],
    ['sv', 1280, 6],
  ] as const)(
    'the note on how the amount after tax is found stays in view when the table is scrolled sideways (%s, %i px)',
    async (lang, width, options) => {
      const { page, problems } = await h.page({ width, height: 800 });
      await page.goto(everyRow(lang, options));
      await resultsReady(page);
      const row = page.locator('tr[data-row="netMethod"]');
      await row.waitFor();
      await row.scrollIntoViewIfNeeded();
      const frame = page.locator('.table-scroll:has(.compare)');
      const { scrollWidth, clientWidth, tableWidth } = await frame.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        tableWidth: (el.querySelector('.compare') as HTMLElement).offsetWidth,
      }));
      // The table is wider than its frame (the check scrolls something), and nothing in it sticks out past its end.
      expect(scrollWidth).toBeGreaterThan(clientWidth + 50);
      expect(scrollWidth).toBeLessThanOrEqual(tableWidth + 1);
      for (const [i, at] of [0, 0.5, 1].entries()) {
        await frame.evaluate((el, share) => el.scrollTo({ left: (el.scrollWidth - el.clientWidth) * share }), at);
        const box = await row.evaluate((tr) => {
          const note = (tr.querySelector('.across') as HTMLElement).getBoundingClientRect();
          const head = (tr.querySelector('th') as HTMLElement).getBoundingClientRect();
          const frame = (tr.closest('.table-scroll') as HTMLElement).getBoundingClientRect();
          return { left: note.left, right: note.right, width: note.width, head: head.right, frame: frame.right, viewport: innerWidth };
        });
        expect(box.width, `note at ${at}`).toBeGreaterThan(100);
        expect(box.left, `note at ${at}: right of the row headings`).toBeGreaterThanOrEqual(box.head - 0.5);
        expect(box.right, `note at ${at}: inside the frame`).toBeLessThanOrEqual(box.frame);
        expect(box.right, `note at ${at}: inside the viewport`).toBeLessThanOrEqual(box.viewport);
        if (i !== 1) {
          const y = (await row.boundingBox())?.y ?? 0;
          const shot = join(RESULTS_DIR, `net-method-${lang}-${width}-${at === 0 ? 'start' : 'end'}.png`);
          await page.screenshot({ path: shot, clip: { x: 0, y: Math.max(0, y - 120), width, height: 320 } });
        }
      }
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
