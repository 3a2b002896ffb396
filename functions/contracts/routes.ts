/**
 * The HTTP API's route table: one Lambda handler per route, plus the `$default` fallback that answers
 * 404 and 405. The handlers, the OpenAPI document, the local server (functions/local) and the CDK stack
 * (infra/) all read this table, so it holds plain data only (functions/contracts imports nothing). How a
 * request path is matched against it is in functions/api/route-match.ts.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a route's Lambda may do with the DynamoDB table; the infra grants exactly this. */
export type TableAccess = 'none' | 'read' | 'readWrite';

/** Who may call a route: anyone, or only a signed-in coach (a JWT authorizer in front of the Lambda). */
type RouteAuth = 'none' | 'coach';

export interface ApiRoute {
  /** A short name: the Lambda's name part and the OpenAPI operationId. */
  readonly name: string;
  readonly method: HttpMethod;
  /** API Gateway syntax: `{name}` stands for one path segment, e.g. `/v1/cases/{caseId}`. */
  readonly path: `/v1/${string}`;
  /** The handler module, relative to the repository root; it exports `handler`. */
  readonly entry: `functions/api/${string}.ts`;
  readonly summary: string;
  /** The table access its Lambda gets (infra/api.ts). Default `none`: the stateless routes. */
  readonly tableAccess?: TableAccess;
  /**
   * Default `none` (public). `coach`: a signed-in coach's token is verified before the handler runs (API
   * Gateway's JWT authorizer in AWS, the local issuer's keys in `npm start`); the infra refuses such a
   * route without an authorizer.
   */
  readonly auth?: RouteAuth;
}

export const ROUTES = [
  {
    name: 'calculate',
    method: 'POST',
    path: '/v1/calculations',
    entry: 'functions/api/calculations.ts',
    summary: 'A case and 1–6 work scenarios in, side-by-side benefit outcomes and totals out',
  },
  {
    name: 'sweep',
    method: 'POST',
    path: '/v1/calculations/sweep',
    entry: 'functions/api/sweep.ts',
    summary: 'Outcomes across a range of weekly hours at one wage, for the chart',
  },
  {
    name: 'timeline',
    method: 'POST',
    path: '/v1/timelines',
    entry: 'functions/api/timelines.ts',
    summary: 'A case and a plan of up to 36 months of work in, each month’s benefits (rests, restarts, ends) and the years’ totals out',
  },
  {
    name: 'rules',
    method: 'GET',
    path: '/v1/rules',
    entry: 'functions/api/rules.ts',
    summary: 'Every rule parameter: descriptions, the value in force on a date, history, statuses and sources',
  },
  {
    name: 'health',
    method: 'GET',
    path: '/v1/health',
    entry: 'functions/api/health.ts',
    summary: 'Liveness, and the rule set in use',
  },
  {
    name: 'openapi',
    method: 'GET',
    path: '/v1/openapi.json',
    entry: 'functions/api/openapi.ts',
    summary: 'This API as an OpenAPI 3.1 document, generated from the schemas that validate requests',
  },
  // ── a coach's saved cases: signed in, each coach sees only their own ─────────────────────────────────
  {
    name: 'listCases',
    method: 'GET',
    path: '/v1/cases',
    entry: 'functions/api/cases/list.ts',
    summary: 'The signed-in coach’s saved cases, most recently changed first',
    tableAccess: 'read',
    auth: 'coach',
  },
  {
    name: 'createCase',
    method: 'POST',
    path: '/v1/cases',
    entry: 'functions/api/cases/create.ts',
    summary: 'Save a case: a label without names or ID numbers, and the calculation input',
    tableAccess: 'readWrite',
    auth: 'coach',
  },
  {
    name: 'getCase',
    method: 'GET',
    path: '/v1/cases/{caseId}',
    entry: 'functions/api/cases/get.ts',
    summary: 'One saved case, with its share links and whether a newer rule set changes its outcome',
    tableAccess: 'read',
    auth: 'coach',
  },
  {
    name: 'updateCase',
    method: 'PUT',
    path: '/v1/cases/{caseId}',
    entry: 'functions/api/cases/update.ts',
    summary: 'Rename a case or save new input, if nobody saved it since the version given (else 409)',
    tableAccess: 'readWrite',
    auth: 'coach',
  },
  {
    name: 'deleteCase',
    method: 'DELETE',
    path: '/v1/cases/{caseId}',
    entry: 'functions/api/cases/remove.ts',
    summary: 'Delete a case and its share links',
    tableAccess: 'readWrite',
    auth: 'coach',
  },
  {
    name: 'createShare',
    method: 'POST',
    path: '/v1/cases/{caseId}/shares',
    entry: 'functions/api/shares/create.ts',
    summary: 'A read-only link to the case for the client, with its own expiry',
    tableAccess: 'readWrite',
    auth: 'coach',
  },
  {
    name: 'revokeShare',
    method: 'DELETE',
    path: '/v1/cases/{caseId}/shares/{token}',
    entry: 'functions/api/shares/revoke.ts',
    summary: 'Revoke a share link',
    tableAccess: 'readWrite',
    auth: 'coach',
  },
  {
    name: 'readShared',
    method: 'GET',
    path: '/v1/shared/{token}',
    entry: 'functions/api/shares/read.ts',
    summary: 'The case behind a share link, read-only, without signing in',
    tableAccess: 'read',
    auth: 'none',
  },
] as const satisfies readonly ApiRoute[];

export type RouteName = (typeof ROUTES)[number]['name'];

/** Every request that matches no route: API Gateway's `$default` route, and the local server's fallback. */
export const FALLBACK = {
  name: 'fallback',
  routeKey: '$default',
  entry: 'functions/api/fallback.ts',
  summary: 'Unknown routes (404) and known paths with another method (405)',
} as const;

/** API Gateway's route key, e.g. `POST /v1/calculations`. */
export function routeKey(route: Pick<ApiRoute, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

export type Route = (typeof ROUTES)[number];
