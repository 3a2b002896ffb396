import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FALLBACK, ROUTES } from '../../functions/contracts/routes.ts';
import { apiEvent } from '../api/events.ts';
import { bundleLambda } from '../infra/bundle-lambda.ts';
import { TYPICAL_REQUEST } from './api.ts';
import { THIRTY_SIX_MONTHS } from './engine.ts';
import { type SignedRequests, signedRequests } from './signed-requests.ts';
import { type Figure, REAL_REQUEST } from './table.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, '.bench', 'bundles');

/** The same esbuild options as the house Lambda construct (infra/bundling.ts). */
const bundle = (entry: string, name: string) => bundleLambda(entry, join(OUT, `${name}.mjs`));

/** A first request each handler can answer without AWS: the routes' own inputs, or an unsigned call. */
function firstEvent(route: { method: string; path: string; name: string }) {
  if (route.name === 'calculate') return apiEvent({ method: 'POST', path: route.path, body: TYPICAL_REQUEST });
  if (route.name === 'timeline') return apiEvent({ method: 'POST', path: route.path, body: THIRTY_SIX_MONTHS });
  if (route.name === 'sweep') {
    const { scenarios: _s, ...caseOnly } = TYPICAL_REQUEST;
    return apiEvent({ method: 'POST', path: route.path, body: { ...caseOnly, sweep: { hourlyWage: '13.50' } } });
  }
  return apiEvent({ method: route.method, path: route.path.replace(/\{[^}]+\}/g, 'x') });
}

/**
 * Runs in a fresh Node process: the time from just before the import to the first answer, in ms.
 * Node's own start-up is the same for every module and is left out; the empty module shows it.
 */
const PROBE = `
const [file, eventFile] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const event = eventFile ? JSON.parse(readFileSync(eventFile, 'utf8')) : null;
const t0 = performance.now();
const mod = await import(file);
if (event) await mod.handler(event, { awsRequestId: 'bench', functionName: 'bench' });
process.stdout.write('\\ncold-start-ms=' + (performance.now() - t0) + '\\n');
`;

/** One cold start in a fresh process; `env` is added to what every Lambda has (a region, a table name). */
async function fresh(file: string, eventFile: string | null, env: Record<string, string> = {}): Promise<number> {
  const args = ['--input-type=module', '-e', PROBE, file, ...(eventFile ? [eventFile] : [])];
  const result = await run(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_OPTIONS: '--enable-source-maps', AWS_REGION: 'eu-north-1', TABLE_NAME: 'bench', ...env },
    encoding: 'utf8',
  }).catch((error: { stderr?: string }) => {
    throw new Error(`cold start of ${file} failed: ${error.stderr ?? error}`);
  });
  const found = /cold-start-ms=([\d.]+)/.exec(result.stdout);
  if (!found) throw new Error(`cold start of ${file} printed no time: ${result.stdout}`);
  return Number(found[1]);
}

/** A signed-in coach's first request to a case route, against dynalite, written where `fresh` reads it. */
async function signedEventFile(signed: SignedRequests, name: string): Promise<string> {
  const file = join(OUT, `${name}.signed-event.json`);
  writeFileSync(file, JSON.stringify(await signed.event(name)));
  return file;
}

/**
 * Every handler's bundle size and cold start. The empty module and the handler are started in turn, `runs`
 * times each, and the fastest of each is kept: another process on the machine can only make a start slower.
 *
 * A case route is started twice over: with an unsigned first request (a 401 that never reaches the SDK: the
 * import, the client made at module scope) and with the first request a coach really sends, signed in, on
 * a case that exists, answered through DynamoDB (dynalite in this process, the SDK's first send included:
 * its endpoint rules, credentials, signing, the HTTP(S) agents). The second is the cold start a coach waits
 * for, and the one the case routes' budget holds (budgets.ts).
 */
export async function measureColdStarts(runs = 7): Promise<Figure[]> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const empty = join(OUT, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  const figures: Figure[] = [];
  const signed = await signedRequests();
  try {
    for (const route of [...ROUTES, { ...FALLBACK, method: 'GET', path: '/v1/unknown' }]) {
      const file = await bundle(route.entry, route.name);
      // The case routes hold the DynamoDB client: their own budgets (budgets.ts).
      const withTable = 'tableAccess' in route;
      figures.push({
        budget: withTable ? 'bundleSizeCase' : 'bundleSize',
        subject: route.name,
        value: statSync(file).size / 1000,
        runs: 1,
      });
      const eventFile = join(OUT, `${route.name}.event.json`);
      writeFileSync(eventFile, JSON.stringify(firstEvent(route)));
      const times = { empty: [] as number[], handler: [] as number[], real: [] as number[] };
      for (let i = 0; i < runs; i += 1) {
        times.empty.push(await fresh(empty, null));
        times.handler.push(await fresh(file, eventFile));
        if (withTable) times.real.push(await fresh(file, await signedEventFile(signed, route.name), signed.env));
      }
      const emptyBest = Math.min(...times.empty);
      const coldStarts = withTable ? [route.name, `${route.name}${REAL_REQUEST}`] : [route.name];
      coldStarts.forEach((subject, i) => {
        const coldStart = Math.min(...(i === 0 ? times.handler : times.real));
        figures.push({ budget: 'coldStart', subject, value: coldStart, runs, statistic: 'best' });
        figures.push({
          budget: withTable ? 'coldStartRatioCase' : 'coldStartRatio',
          subject: `${subject} / empty module`,
          value: coldStart / emptyBest,
          runs,
          statistic: 'best',
        });
      });
    }
  } finally {
    await signed.stop();
  }
  return figures;
}
