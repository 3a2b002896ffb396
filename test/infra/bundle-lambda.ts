import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LAMBDA_ESBUILD, lambdaAliases } from '../../infra/bundling.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One handler bundled as the stack bundles it (infra/bundling.ts), into `outfile`; for tests and the bench. */
export async function bundleLambda(entry: string, outfile: string, logLevel: 'warning' | 'error' = 'warning'): Promise<string> {
  await build({
    ...LAMBDA_ESBUILD,
    mainFields: [...LAMBDA_ESBUILD.mainFields],
    entryPoints: [join(ROOT, entry)],
    outfile,
    alias: lambdaAliases(),
    logLevel,
  });
  return outfile;
}
