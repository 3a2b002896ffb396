import { defineConfig } from 'vitest/config';

// Unit, property, schema and handler tests run in Node. Other projects (web components, browser tests)
// are added next to this one as the app grows.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/store/**/*.test.ts'],
        },
      },
    ],
  },
});
