import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// Unit, property, schema and handler tests run in Node. Other projects (web components, browser tests)
// are added next to this one as the app grows.
export default defineConfig({
  test: {
    // A test that asserts nothing fails instead of passing silently.
    expect: { requireAssertions: true },
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // The rules CLI tests start tsx processes (1–2 s each on a quiet machine, 7 s seen on a loaded 2-core one):
          // a timeout is a hang detector here, not a performance budget (those live in npm run bench).
          testTimeout: 30_000,
          include: [
            'test/core/**/*.test.ts',
            'test/rules/**/*.test.ts',
            'test/store/**/*.test.ts',
            'test/api/**/*.test.ts',
            'test/bench/**/*.test.ts',
            'test/architecture/**/*.test.ts',
            'test/local/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          // CDK stack tests: each file synthesizes once (esbuild bundles every Lambda), offline.
          name: 'infra',
          environment: 'node',
          include: ['test/infra/**/*.test.ts'],
          setupFiles: ['test/infra/setup.ts'],
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        // Web app components and logic (web/src), in jsdom. svelteTesting() makes Svelte resolve its
        // browser build; without it mount() fails with lifecycle_function_unavailable.
        plugins: [svelte({ configFile: new URL('../web/svelte.config.js', import.meta.url).pathname }), svelteTesting()],
        test: {
          name: 'web',
          environment: 'jsdom',
          // A hang detector, not a budget: component tests wait for real debounced calculations.
          testTimeout: 15_000,
          include: ['test/web/**/*.test.ts'],
          setupFiles: ['test/web/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The built app (npm run build) served by startServer, driven in headless Chromium, one file at a time.
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
