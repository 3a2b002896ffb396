import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/**
 * The text of each page of a PDF the browser printed (page.pdf), read with Mozilla's PDF.js: what is on paper,
 * page by page, so that a test can say which page a figure landed on. Spaces, line ends, soft hyphens and the
 * hyphens a line break adds are left out, so that a row's text compares as one string however it wrapped.
 */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(compact(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await task.destroy();
  return pages;
}

/** Text as compared with a PDF page: no white space, no soft or line-break hyphens. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u00ad\u2010]/g, '');
}

/**
 * The text each element matching `selector` shows (compacted as above): text in no box (display: none, as on paper
 * with print media emulated) and labels for screen readers only (.visually-hidden) are left out.
 */
export async function printedTexts(page: Page, selector: string): Promise<string[]> {
  const texts = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && parent.getClientRects().length > 0 && !parent.closest('.visually-hidden')) text += node.textContent ?? '';
      }
      return text;
    }),
  );
  return texts.map(compact);
}
