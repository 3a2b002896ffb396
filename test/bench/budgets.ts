/**
 * Every performance budget of the product, in one place. `npm run bench` measures each figure and fails
 * when one is over (or, for a `min` budget, under) its budget. Where the machine's speed matters (this one
 * is shared and noisy), the budget is relative to a floor measured in the same run.
 */
export interface Budget {
  /** What the figure means for users, for the table and the README. */
  readonly meaning: string;
  readonly unit: 'ms' | 'req/s' | 'kB' | 'count' | '×' | 'score';
  /** `max`: the figure must not exceed the limit; `min`: it must reach it; `none`: reported only. */
  readonly kind: 'max' | 'min' | 'none';
  readonly limit?: number;
}

/** The figures of one route under load (api.ts): its share of the floor, its latencies, its errors. */
function loadBudgets<P extends string>(prefix: P, route: string, limits: { ratio?: number; p99?: number; p99Busy?: number; cpu?: number }) {
  const bounded = (limit: number | undefined, kind: 'min' | 'max') => (limit === undefined ? { kind: 'none' as const } : { kind, limit });
  return {
    [`${prefix}FloorRatio`]: {
      meaning: `${route}: requests per second as a share of a bare node:http server that parses the same body and sends the same answer`,
      unit: '×',
      ...bounded(limits.ratio, 'min'),
    },
    [`${prefix}Throughput`]: { meaning: `${route}: requests per second on one local server process`, unit: 'req/s', kind: 'none' },
    [`${prefix}Floor`]: { meaning: 'the bare node:http server under the same load, in the same run', unit: 'req/s', kind: 'none' },
    [`${prefix}P50`]: { meaning: `${route}: median latency, 10 connections`, unit: 'ms', kind: 'none' },
    [`${prefix}P99`]: {
      meaning: `${route}: 99th percentile latency, 10 connections: slow answers stay rare`,
      unit: 'ms',
      ...bounded(limits.p99, 'max'),
    },
    [`${prefix}P50Busy`]: { meaning: `${route}: median latency, 50 connections`, unit: 'ms', kind: 'none' },
    [`${prefix}P99Busy`]: { meaning: `${route}: 99th percentile latency, 50 connections`, unit: 'ms', ...bounded(limits.p99Busy, 'max') },
    [`${prefix}Errors`]: { meaning: `${route}: errors and non-2xx answers under load`, unit: 'count', kind: 'max', limit: 0 },
    [`${prefix}Cpu`]: {
      meaning: `${route}: the server’s CPU time per request (hardly moved by the machine’s other load)`,
      unit: 'ms',
      ...bounded(limits.cpu, 'max'),
    },
    [`${prefix}FloorCpu`]: { meaning: 'the bare node:http server’s CPU time per request', unit: 'ms', kind: 'none' },
  } as Record<
    `${P}${'FloorRatio' | 'Throughput' | 'Floor' | 'P50' | 'P99' | 'P50Busy' | 'P99Busy' | 'Errors' | 'Cpu' | 'FloorCpu'}`,
    Budget
  >;
}

/**
 * The budgets of issue 17, part 2, set from runs on this shared two-core machine at a load average of 10–13
 * (other engineers' suites running), with a margin: a regression shows, the machine's load does not. Where
 * issue 17's goal is stricter than what this machine showed, the goal is in the comment and in the README.
 * Engine figures are the main thread's CPU time a call; the routes' CPU time a request is the steadiest
 * figure under load, so each route has a budget on it.
 */
export const BUDGETS = {
  engineSixScenarios: {
    meaning: 'one case, 6 scenarios with the tax estimate and each one’s extra hour: the side-by-side view follows every keystroke',
    unit: 'ms',
    kind: 'max',
    // Issue #4 set 0.5 ms before the tax estimate and the extra hour (tax-15b); measured 0.76 ms at load 12, 0.6 ms
    // at loads of 3–9 after perf-engine's tax changes.
    limit: 0.9,
  },
  // Issue 17's goal is 3 ms, NOT met: 16.8 ms of CPU before perf-engine (load 12), 10.5–11 ms after it at loads
  // of 2–9 (some 90 allocating decimal.js operations a point, about half of them the tax's, each 0.1–0.5 µs here).
  engineSweep: {
    meaning: '0–40 h at 0.1 h steps (401 points), the tax at each: the hours chart redraws at once',
    unit: 'ms',
    kind: 'max',
    limit: 14,
  },
  // Measured 4.3–5.3 ms at loads of 2–9.
  engineTimeline: {
    meaning: 'a 36-month plan with every benefit and the tax estimate: the month grid follows each change to the plan',
    unit: 'ms',
    kind: 'max',
    limit: 8,
  },
  // Issue 17's goals: ≥ 0.5 of the floor and a p99 ≤ 10 ms at 10 connections; measured 0.25–0.51 and 31–73 ms at
  // loads of 10–15. The tail follows the machine's load: its budgets only catch a gross regression, the CPU time
  // a request is the figure that holds the line.
  // The floor ratio moves with the machine's load the other way: on a quiet machine (load < 1, 2026-12-05) the bare
  // floor ran 7× faster than under load and the API 3.4×, so the share fell to 0.13 (sweep 0.018–0.023). The
  // ratio budgets hold both; the CPU time a request stays the firm line.
  // CPU a request after the cuts of 2026-12-05 (Node's own type stripping instead of tsx's kept names, rule values
  // kept by date), medians of three runs, two runs each side by side with the code before at loads of 10–16:
  // calculations 0.41–0.54 ms (before 0.50–0.64; 0.48 on a quiet machine), the sweep 4.9–7.1 ms (before 6.5–8.5),
  // the timeline 8.6–11.1 ms (before 10.5–12.8). The budgets leave about half as much again for a busier machine;
  // the sweep's stays at 10 ms, as the code before reached 8.5 ms at a load of 16.
  ...loadBudgets('api', 'POST /v1/calculations', { ratio: 0.1, p99: 100, p99Busy: 250, cpu: 0.8 }),
  ...loadBudgets('sweep', 'POST /v1/calculations/sweep', { ratio: 0.015, cpu: 10 }),
  ...loadBudgets('timeline', 'POST /v1/timelines', { ratio: 0.015, cpu: 16 }),
  // Two groups of Lambdas: the stateless routes (the engine, the rules, health, the OpenAPI document, the fallback)
  // and the case routes, whose bundles hold the DynamoDB client. Issue 17's goal is a cold start of at most 10× an
  // empty module for the case routes: not met. Measured 2026-12-05 (fastest of 11–15 starts, loads 11–15): case routes
  // 252–492 kB and 22–55× (before this stop 382–623 kB and 28–90×; the stateless routes 4–53×, the timeline highest). Most of what is left is the SDK itself: V8
  // compiling its code, its module-scope set-up and the client's constructor (README, Performance).
  // Since cold10 (2026-12-05, third session) a case route is also started with the first request a coach really
  // sends (signed in, through DynamoDB: the SDK's first send included), and the case routes' budget holds that
  // figure; the unsigned one (a 401, the SDK unused) stays under it. Measured best of 5–7 starts: 39–55× at a load under 2, 45–55× at a load
  // of 7, 35–95× at loads of 10–13 (one route 174× when the load peaked); the unsigned figure 21–96× in the same runs.
  // The SDK alone (a bundle that only makes the client at module scope and sends one GetItem) took 30× at a load of
  // 5, and 17× without the send: 10× is out of reach with @aws-sdk/client-dynamodb (README, Performance).
  bundleSize: {
    meaning: 'minified Lambda bundle of a stateless route (the engine and the rules, no AWS SDK)',
    unit: 'kB',
    kind: 'max',
    limit: 300,
  },
  bundleSizeCase: {
    meaning: 'minified Lambda bundle of a case route, the DynamoDB commands it uses and the environment’s credentials included',
    unit: 'kB',
    kind: 'max',
    limit: 520,
  },
  coldStart: { meaning: 'fresh Node process: import the bundle and answer the first request', unit: 'ms', kind: 'none' },
  // The timeline's first answer is the engine's work on a 36-month plan, run cold (the engine's CPU is perf-engine's).
  coldStartRatio: {
    meaning: 'a stateless route’s cold start, relative to importing an empty module in the same run',
    unit: '×',
    kind: 'max',
    limit: 100,
  },
  coldStartRatioCase: {
    meaning:
      'a case route’s cold start, relative to an empty module: the first request a coach really sends (signed in, through DynamoDB), and an unsigned one (the SDK unused)',
    unit: '×',
    kind: 'max',
    limit: 150,
  },
  webInitialJs: {
    meaning: 'initial JavaScript, gzipped: what a phone on a slow network downloads first',
    unit: 'kB',
    kind: 'max',
    // Issue 17's goal: 40 kB. 46.4 kB after the tax and timeline views landed; 39.9 kB once the ticked benefits'
    // fields and texts, the wording of the form's problems, the request building, the results' rows and the link's
    // encoder loaded just after the first paint (web-js, 2026-12-05); 39.995 kB after the merges of that day. The
    // goal is the budget, with 0.2 kB of slack only for noise: the hashed names of the lazily loaded files are
    // written into index.js, and a change to any of them moves its gzipped size by about ±40 bytes. What a new
    // part adds to the first paint must be paid for there, or load after it.
    limit: 40.2,
  },
  webInitialCss: { meaning: 'initial CSS, gzipped', unit: 'kB', kind: 'none' },
  lighthousePerformance: {
    meaning: 'Lighthouse performance on the phone profile (slow 4G, a 4× slower CPU): the page is quick on a client’s phone',
    unit: 'score',
    kind: 'min',
    // Issue 17's goal is 98, not met: 97 on a quiet machine, 95 at load 10, 85–87 at loads of 13–15 (its blocking time
    // grows with the machine's load).
    limit: 85,
  },
  lighthouseAccessibility: { meaning: 'Lighthouse accessibility: every automated check passes', unit: 'score', kind: 'min', limit: 100 },
  lighthouseFcp: { meaning: 'first contentful paint on that phone', unit: 'ms', kind: 'none' },
  lighthouseLcp: { meaning: 'largest contentful paint on that phone', unit: 'ms', kind: 'none' },
  lighthouseTbt: { meaning: 'total blocking time on that phone', unit: 'ms', kind: 'none' },
  lighthouseCls: { meaning: 'cumulative layout shift', unit: 'score', kind: 'none' },
  lighthouseTransfer: { meaning: 'bytes the first visit transfers, compressed', unit: 'kB', kind: 'none' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;
