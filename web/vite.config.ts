import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

type ModuleInfoOf = (id: string) => { isEntry: boolean; importers: readonly string[] } | null;

/** True when the entry (main.ts) reaches module `id` through static imports alone: it is part of the first paint. */
function initiallyLoaded(id: string, info: ModuleInfoOf, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const module = info(id);
  if (!module) return false;
  return module.isEntry || module.importers.some((importer) => initiallyLoaded(importer, info, seen));
}

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The web app: `npm run build` writes static files to dist/web, which `npm start` serves with the API.
 * `npm run dev` serves it with hot reload and proxies /v1 to a running `npm start` (port 3210).
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [svelte()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The manifest lets the bundle-size test follow the entry's static imports.
    manifest: true,
    target: 'es2022',
    // No inline data: URIs (the CSP allows files from 'self' only) and no inline polyfill script.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // What the first paint needs is one file: gzip then compresses it as a whole (2–3 kB less than
        // a dozen small chunks) and the browser makes one request. Parts loaded on demand stay chunks.
        codeSplitting: { groups: [{ name: (id, ctx) => (initiallyLoaded(id, (m) => ctx.getModuleInfo(m)) ? 'app' : null) }] },
      },
    },
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: { '/v1': process.env.API_URL ?? 'http://localhost:3210' },
  },
});
