import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ROUTES } from '../../functions/contracts/routes.ts';
import type { BudgetName } from './budgets.ts';
import { THIRTY_SIX_MONTHS } from './engine.ts';
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

const { scenarios: _scenarios, ...TYPICAL_CASE } = TYPICAL_REQUEST;

/** The chart's request at its finest: the same case, 0–40 h in 0.1 h steps (401 points). */
const TYPICAL_SWEEP = { ...TYPICAL_CASE, sweep: { hourlyWage: '13.50', fromHours: '0', toHours: '40', stepHours: '0.1' } };

/** A route under load, and the names of its figures in budgets.ts. */
interface LoadTarget {
  path: string;
  /** The request body; null until the route has a typical request (it is then skipped, with a note). */
  body: object | null;
  figures: {
    floor: BudgetName;
    throughput: BudgetName;
    ratio: BudgetName;
    p50: BudgetName;
    p99: BudgetName;
    p50Busy: BudgetName;
    p99Busy: BudgetName;
    errors: BudgetName;
    cpu: BudgetName;
    floorCpu: BudgetName;
  };
}

const target = (path: string, body: object | null, prefix: 'api' | 'sweep' | 'timeline'): LoadTarget => ({
  path,
  body,
  figures: {
    floor: `${prefix}Floor`,
    throughput: `${prefix}Throughput`,
    ratio: `${prefix}FloorRatio`,
    p50: `${prefix}P50`,
    p99: `${prefix}P99`,
    p50Busy: `${prefix}P50Busy`,
    p99Busy: `${prefix}P99Busy`,
    errors: `${prefix}Errors`,
    cpu: `${prefix}Cpu`,
    floorCpu: `${prefix}FloorCpu`,
  },
});

const LOAD_TARGETS: readonly LoadTarget[] = [
  target('/v1/calculations', TYPICAL_REQUEST, 'api'),
  target('/v1/calculations/sweep', TYPICAL_SWEEP, 'sweep'),
  // The longest plan the web app sends: 36 months of every benefit with the tax estimate (engine.ts).
  target('/v1/timelines', THIRTY_SIX_MONTHS, 'timeline'),
];

/** The connections of the two loads: a handful of coaches at once, and a crowd. */
const CONNECTIONS = { usual: 10, busy: 50 } as const;

/**
 * How the children run TypeScript: as `npm start` does (functions/local/start.mjs), with Node's own type stripping
 * where it has it, else tsx (whose kept function names cost the engine about a tenth of its time).
 */
const TYPESCRIPT_EXEC_ARGV = process.features.typescript ? [] : ['--import', 'tsx'];

const API_CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));
const FLOOR_CHILD = fileURLToPath(new URL('./floor-child.ts', import.meta.url));

async function startChild(file: string): Promise<{ child: ChildProcess; url: string }> {
  // The API logs a line per request: send it nowhere, as a log shipper would take it off the process.
  const child = fork(file, [], { execArgv: TYPESCRIPT_EXEC_ARGV, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await exited;
}

/** The CPU time (user + system, µs) a child process has used so far. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const listen = (message: unknown) => {
      const cpu = (message as { cpu?: NodeJS.CpuUsage }).cpu;
      if (!cpu) return;
      child.off('message', listen);
      resolve(cpu.user + cpu.system);
    };
    child.on('message', listen);
    child.send('cpu');
  });
}

interface Loaded {
  result: autocannon.Result;
  /** The server's CPU time per answered request, µs: unlike the throughput, hardly moved by the machine's other load. */
  cpuPerRequest: number;
}

async function load(server: { child: ChildProcess; url: string }, path: string, body: string, connections: number, seconds: number) {
  const before = await cpuOf(server.child);
  const result = await autocannon({
    url: `${server.url}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  const cpu = (await cpuOf(server.child)) - before;
  return { result, cpuPerRequest: cpu / Math.max(1, result.requests.total) } satisfies Loaded;
}

/**
 * Throughput and latency of the stateless routes on one local server process (the handlers behind the same
 * adapter as `npm start`), next to the floor: a bare node:http server that reads and parses the same body
 * and sends the same answer (floor-child.ts). Each run loads the floor and then the API for the same time,
 * so that the machine's other load touches both alike; the ratio is the median of the runs' ratios.
 */
export async function measureApi(runs = 3, seconds = 3): Promise<Figure[]> {
  const api = await startChild(API_CHILD);
  const floor = await startChild(FLOOR_CHILD);
  const figures: Figure[] = [];
  try {
    const routes = new Set<string>(ROUTES.map((r) => r.path));
    for (const t of LOAD_TARGETS) {
      if (!routes.has(t.path)) continue;
      if (t.body === null) {
        process.stderr.write(`  ${t.path}: no typical request yet (test/bench/api.ts), skipped\n`);
        continue;
      }
      const body = JSON.stringify(t.body);
      const answer = await fetch(`${api.url}${t.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (answer.status !== 200) throw new Error(`${t.path} answered ${answer.status}: ${await answer.text()}`);
      const ready = new Promise((resolve) => floor.child.once('message', resolve));
      floor.child.send({ path: t.path, answer: await answer.text() });
      await ready;
      for (const connections of [CONNECTIONS.usual, CONNECTIONS.busy]) {
        const subject = `POST ${t.path}, ${connections} connections`;
        await load(floor, t.path, body, connections, 1); // warm up: JIT, module caches
        await load(api, t.path, body, connections, 1);
        const pairs: { floor: Loaded; api: Loaded }[] = [];
        for (let i = 0; i < runs; i += 1) {
          const f = await load(floor, t.path, body, connections, seconds);
          pairs.push({ floor: f, api: await load(api, t.path, body, connections, seconds) });
        }
        const apis = pairs.map((p) => p.api.result);
        const usual = connections === CONNECTIONS.usual;
        const rate = (l: Loaded) => l.result.requests.average;
        figures.push(
          { budget: t.figures.ratio, subject, value: median(pairs.map((p) => rate(p.api) / rate(p.floor))), runs },
          { budget: t.figures.throughput, subject, value: median(apis.map((r) => r.requests.average)), runs },
          { budget: t.figures.floor, subject, value: median(pairs.map((p) => rate(p.floor))), runs },
          { budget: t.figures.cpu, subject, value: median(pairs.map((p) => p.api.cpuPerRequest / 1000)), runs },
          { budget: t.figures.floorCpu, subject, value: median(pairs.map((p) => p.floor.cpuPerRequest / 1000)), runs },
          { budget: usual ? t.figures.p50 : t.figures.p50Busy, subject, value: median(apis.map((r) => r.latency.p50)), runs },
          // The slowest answers are the ones the machine's other load makes slower: the least disturbed run's.
          {
            budget: usual ? t.figures.p99 : t.figures.p99Busy,
            subject,
            value: Math.min(...apis.map((r) => r.latency.p99)),
            runs,
            statistic: 'best',
          },
          { budget: t.figures.errors, subject, value: apis.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0), runs },
        );
      }
    }
    return figures;
  } finally {
    await Promise.all([stop(api.child), stop(floor.child)]);
  }
}
