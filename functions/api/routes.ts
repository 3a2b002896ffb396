/**
 * The HTTP API's route table: one Lambda handler per route, plus the `$default` fallback that answers
 * 404 and 405. The local server (functions/local) and the CDK stack (infra/) both read this table, so it
 * holds plain data only: no handler imports, no AWS CDK.
 */

export type HttpMethod = 'GET' | 'POST';

/** What a route's Lambda may do with the DynamoDB table; the infra grants exactly this. */
export type TableAccess = 'none' | 'read' | 'readWrite';

/** Who may call a route: anyone, or only a signed-in coach (a JWT authorizer in front of the Lambda). */
export type RouteAuth = 'none' | 'coach';

export interface ApiRoute {
  /** A short name: the Lambda's name part and the OpenAPI operationId. */
  readonly name: string;
  readonly method: HttpMethod;
  readonly path: `/v1/${string}`;
  /** The handler module, relative to the repository root; it exports `handler`. */
  readonly entry: `functions/api/${string}.ts`;
  readonly summary: string;
  /** The table access its Lambda gets (infra/api.ts). Default `none`: the stateless routes. */
  readonly tableAccess?: TableAccess;
  /** Default `none` (public). `coach` routes are refused by the infra until a coach authorizer exists. */
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

/** The route serving `method` on `path` exactly (API Gateway matches paths exactly, without a trailing slash). */
export function findRoute(method: string, path: string): (typeof ROUTES)[number] | undefined {
  return ROUTES.find((r) => r.method === method && r.path === path);
}

/** The methods some route serves on `path`; empty when the path is unknown. */
export function methodsFor(path: string): HttpMethod[] {
  return ROUTES.filter((r) => r.path === path).map((r) => r.method);
}
