import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { type Figure, median } from './table.ts';

/** The request a coach's screen sends most: a case with three scenarios. */
export const TYPICAL_REQUEST = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: {
    earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00', stabilisedEarnings: '3000.00' },
    kelaPension: { fixedTerm: false },
  },
  tax: { wageWithholdingPercent: '20', benefitWithholdingPercent: '25' },
  scenarios: [
    { id: 'none', monthlyEarnings: '0' },
    { id: 'h10', hoursPerWeek: '10', hourlyWage: '13.50' },
    { id: 'h20', hoursPerWeek: '20', hourlyWage: '13.50' },
  ],
};

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  // The server logs a line per request: send it nowhere, as a log shipper would take it off the process.
  const child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { child, url };
}

function load(url: string, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/v1/calculations`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(TYPICAL_REQUEST),
        connections: 10,
        duration: seconds,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** Requests per second and latency of POST /v1/calculations on one local server process, median of `runs`. */
export async function measureApi(runs = 3, seconds = 5): Promise<Figure[]> {
  const { child, url } = await startChild();
  try {
    await load(url, 1); // warm up: JIT, module caches
    const results: autocannon.Result[] = [];
    for (let i = 0; i < runs; i += 1) results.push(await load(url, seconds));
    const subject = 'POST /v1/calculations, 10 connections';
    return [
      { budget: 'apiThroughput', subject, value: median(results.map((r) => r.requests.average)), runs },
      { budget: 'apiP50', subject, value: median(results.map((r) => r.latency.p50)), runs },
      { budget: 'apiP99', subject, value: median(results.map((r) => r.latency.p99)), runs },
      { budget: 'apiErrors', subject, value: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0), runs },
    ];
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
