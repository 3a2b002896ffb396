/** Svelte options for the web app (read by vite-plugin-svelte and svelte-check). Runes only. */
export default {
  compilerOptions: { runes: true },
};
