import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../bench/budgets.ts';
import { WEB_DIR } from './support.ts';

/**
 * The initial JavaScript — the entry script of index.html and everything it imports statically — is within
 * its budget in gzipped kB (issues #4 and #17). Chunks loaded on demand (the chart, the rules page and its texts, the
 * reasons and their texts in each language, Swedish and English) do not count. Read from Vite's manifest of
 * the build in dist/web.
 */

/** The same budget `npm run bench` holds the build to (test/bench/budgets.ts), in bytes (1 kB = 1 000 bytes). */
const BUDGET_BYTES = BUDGETS.webInitialJs.limit * 1000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

function readManifest(dir = WEB_DIR): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

function initialChunks(dir = WEB_DIR): string[] {
  const manifest = readManifest(dir);
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  // The entry, and what index.html loads at once: with the first paint in one chunk (web/vite.config.ts), the
  // entry module lives in that chunk and Vite's manifest marks no chunk as the entry.
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = new Set([...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+)"/g)].map((m) => m[1]!));
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry || named.has(chunk.file)) visit(key);
  expect(seen.size, 'the files index.html loads at once').toBeGreaterThan(0);
  return [...seen];
}

describe('bundle budget', () => {
  it('dist/web has been built', () => {
    expect(existsSync(join(WEB_DIR, '.vite', 'manifest.json'))).toBe(true);
  });

  it('the initial JavaScript is within its budget, gzipped', () => {
    const files = initialChunks();
    const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
    // What the page loads at once is exactly what index.html names (script + modulepreload links).
    for (const file of files) expect(html).toContain(`/${file}`);
    const sizes = files.map((file) => {
      const code = readFileSync(join(WEB_DIR, file));
      return { file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    });
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
    console.info(
      `initial JS: ${(total / 1000).toFixed(1)} kB gzipped (${(raw / 1000).toFixed(1)} kB raw) in ${files.length} files; budget ${BUDGET_BYTES / 1000} kB`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('the chart, the rules page, the reasons and the other languages are loaded on demand', () => {
    const initial = initialChunks().join(' ');
    for (const lazy of ['HoursChart', 'RulesPage', 'Why', '/sv-', '/en-']) expect(initial).not.toContain(lazy);
  });

  it('the explanation texts (each language its own chunk) and the rules’ texts are loaded on demand too', () => {
    const manifest = readManifest();
    const initial = initialChunks();
    const lazy = ['src/i18n/explanations/fi.ts', 'src/i18n/explanations/sv.ts', 'src/i18n/explanations/en.ts'].map(
      (src) => manifest[src]?.file,
    );
    expect(lazy.every(Boolean), 'each language’s explanations are a chunk of their own').toBe(true);
    expect(new Set(lazy).size).toBe(3);
    for (const file of lazy) expect(initial).not.toContain(file);
    const code = initial.map((file) => readFileSync(join(WEB_DIR, file), 'utf8')).join('\n');
    // Reasons (fi explanations), parameter names and the rules page's texts are not in the initial code…
    for (const text of [
      'maksetaan niin kuin ennenkin',
      'Maksu alkaa uudelleen ilman uutta työkyvyn arviota',
      'Euromääräinen ansaintaraja',
      'Laki ja ohjeet',
    ]) {
      expect(code.includes(text), text).toBe(false);
    }
    // …but the warning beyond the verified rules is, because it shows at once beside the results.
    expect(code).toContain('joten luvut voivat vielä muuttua');
  });

  it('the coach workspace (sign-in, saved cases, dialogs, share links) is loaded on demand too', () => {
    const initial = initialChunks();
    expect(initial.join(' ')).not.toMatch(/workspace|auth|cases-api|pkce/i);
    // Nothing of it hides in an initial chunk either: its texts and code are in the lazy chunk.
    const code = initial.map((file) => readFileSync(join(WEB_DIR, file), 'utf8')).join('\n');
    for (const text of ['code_challenge', 'Tallenna uutena tapauksena', 'Tapausta on muutettu muualla', '/v1/shared/'])
      expect(code.includes(text), text).toBe(false);
  });

  it('styles are CSS files, never inline (the CSP allows no inline style): the page links its own, and each part loaded on demand brings its own', () => {
    const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<style|\sstyle=/i);
    const manifest = readManifest();
    const initialCss = [...new Set(initialChunks().flatMap((file) => Object.values(manifest).find((c) => c.file === file)?.css ?? []))];
    expect(initialCss.length).toBeGreaterThan(0);
    for (const file of initialCss) expect(html).toContain(`<link rel="stylesheet" crossorigin href="/${file}">`);
    for (const lazy of [
      'src/components/HoursChart.svelte',
      'src/components/Why.svelte',
      'src/pages/RulesPage.svelte',
      'src/workspace/index.ts',
    ]) {
      const css = manifest[lazy]?.css ?? [];
      expect(css.length, lazy).toBeGreaterThan(0);
      for (const file of css) expect(initialCss, `${lazy} ${file}`).not.toContain(file);
    }
  });
});
