/**
 * Svelte options for the web app (read by vite-plugin-svelte and svelte-check). Runes only; no version stamp
 * on `window` (a few bytes of the first download that nothing reads).
 */
export default {
  compilerOptions: { runes: true, discloseVersion: false },
};
