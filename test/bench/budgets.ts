/**
 * Every performance budget of the product, in one place. `npm run bench` measures each figure and fails
 * when one is over (or, for throughput, under) its budget.
 */
export interface Budget {
  /** What the figure means for users, for the table and the README. */
  readonly meaning: string;
  readonly unit: 'ms' | 'req/s' | 'kB' | 'count' | '×';
  /** `max`: the figure must not exceed the limit; `min`: it must reach it; `none`: reported only. */
  readonly kind: 'max' | 'min' | 'none';
  readonly limit?: number;
}

export const BUDGETS = {
  engineSixScenarios: {
    meaning: 'one case, 6 scenarios: the side-by-side view follows every keystroke',
    unit: 'ms',
    kind: 'max',
    limit: 0.5,
  },
  engineSweep: { meaning: '0–40 h at 0.1 h steps (401 points): the hours chart redraws at once', unit: 'ms', kind: 'max', limit: 20 },
  engineTimeline: {
    meaning: 'a 36-month plan with every benefit and the tax estimate: the month grid follows each change to the plan',
    unit: 'ms',
    kind: 'max',
    limit: 10,
  },
  apiThroughput: { meaning: 'POST /v1/calculations on one local process under concurrent load', unit: 'req/s', kind: 'min', limit: 2000 },
  apiP50: { meaning: 'median latency under that load', unit: 'ms', kind: 'none' },
  apiP99: { meaning: '99th percentile latency under that load: slow answers stay rare', unit: 'ms', kind: 'max', limit: 25 },
  apiErrors: { meaning: 'errors and non-2xx answers during the load test', unit: 'count', kind: 'max', limit: 0 },
  bundleSize: { meaning: 'minified Lambda bundle: smaller loads faster on a cold start', unit: 'kB', kind: 'max', limit: 300 },
  coldStart: { meaning: 'fresh Node process: import the bundle and answer the first request', unit: 'ms', kind: 'none' },
  coldStartRatio: { meaning: 'the same, relative to importing an empty module in the same run', unit: '×', kind: 'none' },
  webInitialJs: {
    meaning: 'initial JavaScript, gzipped: what a phone on a slow network downloads first',
    unit: 'kB',
    kind: 'max',
    limit: 60,
  },
  webInitialCss: { meaning: 'initial CSS, gzipped', unit: 'kB', kind: 'none' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;
