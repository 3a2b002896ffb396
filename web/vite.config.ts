import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

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
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: { '/v1': process.env.API_URL ?? 'http://localhost:3210' },
  },
});
