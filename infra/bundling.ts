import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How every Lambda of the product is bundled: one minified ES module per handler, with the AWS SDK inside it
 * (tree-shaken to the commands the handler uses) and Node's built-in modules loaded as CommonJS. The house
 * construct (house-function.ts) and the cold-start benchmark (test/bench/cold-start.ts) both read this.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** ESM bundles have no `require`; a few CommonJS dependencies still call it. */
const CREATE_REQUIRE_BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * The built-in modules that take milliseconds to load (measured on Node 24: https 10 ms with tls and net,
 * crypto 6.5, http 3.7, child_process 3.5, zlib 2.6, fs/promises 1.6) and export a plain object. Their
 * aliases load them when an export is first read, not when the bundle is imported: a bundle imports many
 * that a given request never touches (the fallback route loaded node:crypto for a request id API Gateway
 * always sends, and middy's util loads node:http for its status texts). What a request does use it still
 * loads, inside that request.
 */
const LOADED_ON_FIRST_USE = new Set(['child_process', 'crypto', 'fs/promises', 'http', 'http2', 'https', 'net', 'tls', 'zlib']);

/** A CommonJS module whose exports are getters that load the built-in on first read (the names are Node's own). */
function onFirstUse(specifier: string): string {
  const names = Object.getOwnPropertyNames(process.getBuiltinModule(specifier)).filter((n) => n !== 'default');
  return [
    'let loaded;',
    `const load = () => (loaded ??= process.getBuiltinModule(${JSON.stringify(specifier)}));`,
    'const lazy = {};',
    `for (const name of ${JSON.stringify(names)}) Object.defineProperty(lazy, name, { get: () => load()[name], enumerable: true });`,
    'module.exports = lazy;',
    '',
  ].join('\n');
}

/**
 * Node's built-in modules as small CommonJS modules (`process.getBuiltinModule`), for esbuild's `alias`.
 *
 * An ES `import … from 'node:http'` makes Node build a facade that reads every export of the module once:
 * for node:http that loads undici for its WebSocket getter (about 30 ms on a cold start), node:crypto and
 * node:process cost about 10 ms each. Through these aliases a built-in costs what require() costs, and the
 * heavy ones (above) nothing until used. The files are written under node_modules/.cache when they change.
 */
function builtinAliases(dir = join(ROOT, 'node_modules', '.cache', 'lambda-builtins')): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const aliases: Record<string, string> = {};
  for (const name of builtinModules) {
    if (name.startsWith('_')) continue;
    const specifier = name.startsWith('node:') ? name : `node:${name}`;
    const bare = specifier.slice('node:'.length);
    const file = join(dir, `${bare.replaceAll('/', '__')}.cjs`);
    const content = LOADED_ON_FIRST_USE.has(bare)
      ? onFirstUse(specifier)
      : `module.exports = process.getBuiltinModule(${JSON.stringify(specifier)});\n`;
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) writeFileSync(file, content);
    aliases[specifier] = file;
    if (!name.startsWith('node:')) aliases[name] = file;
  }
  return aliases;
}

/**
 * The SDK's default credential chain, replaced by the environment's credentials alone: what a Lambda's role
 * gives it (functions/store/lambda-credentials.ts says why; the client is given those credentials anyway).
 */
const SDK_ALIASES = { '@aws-sdk/credential-provider-node': join(ROOT, 'functions', 'store', 'lambda-credentials.ts') };

/** Every alias of a Lambda bundle, for esbuild's `alias` (the bench) or `--alias` (the CDK construct). */
export function lambdaAliases(): Record<string, string> {
  return { ...builtinAliases(), ...SDK_ALIASES };
}

/** The esbuild options of a Lambda bundle, in esbuild's own names (the CDK construct maps them to its props). */
export const LAMBDA_ESBUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: { js: CREATE_REQUIRE_BANNER },
  minify: true,
  sourcemap: true,
  sourcesContent: false,
} as const;
