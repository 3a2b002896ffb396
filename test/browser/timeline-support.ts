import type { Page } from 'playwright-core';

/** What the timeline's browser tests read of its month grid. */

/** A cell's text with its no-break spaces and line breaks as single spaces. */
export const clean = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const timelineReady = (page: Page) => page.locator('section.timeline[data-state="ready"]').waitFor({ timeout: 15_000 });

/** The month cells of the grid's row headed `name`, cleaned. */
export async function rowCells(page: Page, name: string): Promise<string[]> {
  const row = page.locator('section.timeline table.grid tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return (await row.locator('td').allInnerTexts()).map(clean);
}
