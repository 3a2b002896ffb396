/**
 * How much each API route may be used, by route name: API Gateway's throttle (requests per second across
 * all callers, and the burst above it) and, for the routes that touch the table, the Lambda's reserved
 * concurrency. Plain data keyed by the route table's names, so it needs nothing from the route table itself;
 * infra/api.ts refuses a name that is not a route (a typo), and test/infra checks that every route has one.
 *
 * How the numbers were chosen. The web app asks the API at most every 250 ms while a person types (one
 * calculation and, when the chart's inputs changed, one sweep); a county's busiest hour is a few people at
 * once. Per route, every caller together:
 * - calculate: 20/s, bursts of 40: ten people typing at once. Each answer costs a few ms of CPU.
 * - sweep: 10/s, bursts of 20: the heaviest answer (up to 401 points, ~10–20 ms of CPU), and only asked when
 *   the chart's inputs change, so half the calculation's limit.
 * - timeline: 10/s, bursts of 20: asked when a step of a plan changes, not at every keystroke; a 36-month plan
 *   costs ~4 ms of CPU, so the sweep's limit.
 * - rules: 10/s (one per page load or month change); health and openapi: 5/s (diagnostics and docs).
 * - case routes: reading 10/s (a coach opening their list or a case), writing 5/s (saving, sharing and
 *   deleting at the pace of a person); a share link 5/s (a client opening it).
 * - fallback (unknown paths, wrong methods): 5/s; only mistakes and scanners end up there.
 * A route without an entry gets DEFAULT_ROUTE_LIMIT (the stage's default). Per route, not per caller: the
 * WAF's rate rule (infra/waf.ts) is what limits one address.
 *
 * Reserved concurrency (only routes with table access). It does two things: it caps how many copies of a
 * case function can hold table requests at once (a slow or throttled table then makes callers wait or get a
 * throttle, instead of piling up retrying Lambdas), and it keeps that many copies free for the case routes
 * when the calculation routes use up the account's shared pool. The number is the route's rate limit times
 * ~0.5 s (a cold start with the AWS SDK plus a few table round trips; a warm request takes ~50 ms), so the
 * cap never bites below the API throttle: reading routes 5, writing routes 3, the share link 3: 28 in all.
 * Lambda keeps at least 100 of the account's concurrency unreserved, so the stack needs an account limit of
 * at least 128 (the default is 1 000; a brand-new account may have less: deploy with
 * `-c reservedConcurrency=false` until AWS raises it).
 */

export interface RouteLimit {
  /** Requests per second, steady state, all callers together. */
  readonly rate: number;
  /** Requests at once above the steady rate (API Gateway's token bucket size). */
  readonly burst: number;
  /** Reserved concurrency of the route's Lambda (routes with table access only). */
  readonly reservedConcurrency?: number;
}

/** The stage's default for every route without an entry below. */
export const DEFAULT_ROUTE_LIMIT: RouteLimit = { rate: 5, burst: 10 };

const READ: RouteLimit = { rate: 10, burst: 20, reservedConcurrency: 5 };
const WRITE: RouteLimit = { rate: 5, burst: 10, reservedConcurrency: 3 };

export const ROUTE_LIMITS: Readonly<Record<string, RouteLimit>> = {
  calculate: { rate: 20, burst: 40 },
  sweep: { rate: 10, burst: 20 },
  timeline: { rate: 10, burst: 20 },
  rules: { rate: 10, burst: 20 },
  health: { rate: 5, burst: 10 },
  openapi: { rate: 5, burst: 10 },
  listCases: READ,
  getCase: READ,
  createCase: WRITE,
  updateCase: WRITE,
  deleteCase: WRITE,
  createShare: WRITE,
  revokeShare: WRITE,
  readShared: { rate: 5, burst: 10, reservedConcurrency: 3 },
  fallback: { rate: 5, burst: 10 },
};
