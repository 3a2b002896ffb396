/**
 * `npm start`'s entry. A Node that runs TypeScript itself (Node 24, or 22.18 and later: it strips the types) runs
 * main.ts as it is; an older one loads it through tsx. Node's own is also the faster: tsx keeps every
 * function's name with a call made each time a function is created (esbuild's keepNames), about a tenth of the
 * engine's time a request on this server. The Lambda bundles never had it.
 */
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('./main.ts');
