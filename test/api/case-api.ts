import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll } from 'vitest';
import { matchRoute } from '../../functions/api/route-match.ts';
import { startDynalite } from '../store/dynalite.ts';
import { type Answer, apiEvent, captureLogs, invoke } from './events.ts';

/**
 * The saved-case and share-link handlers, called as Lambda calls them: API Gateway v2 events, with the
 * claims API Gateway's JWT authorizer hands on for coach routes, against a real DynamoDB API (dynalite).
 */

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;
type Handlers = Record<'list' | 'create' | 'get' | 'update' | 'remove' | 'share' | 'revoke' | 'shared' | 'fallback', Handler>;

export const A = { sub: '0b5e7a52-2d6c-4f39-9a57-0d6f6d3f1a01', email: 'a@example.fi' };
export const B = { sub: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', email: 'b@example.fi' };
export const input = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00' }, kelaPension: { fixedTerm: false } },
  scenarios: [
    { id: 'none', label: 'Ei työtä', monthlyEarnings: 0 },
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '13.50' },
  ],
};

type Claims = { sub: string; email: string } | null;

/**
 * For one test file: starts dynalite and loads the handlers in its beforeAll (they make their store at
 * import, a cold start, from TABLE_NAME and DYNAMODB_ENDPOINT), stops it in its afterAll. `db` and `h` are
 * filled in by then; `logs` holds every log line the file's handlers write.
 */
export function caseApi(tableName: string) {
  const logs = captureLogs();
  const db = {} as Awaited<ReturnType<typeof startDynalite>>;
  const h = {} as Handlers;

  beforeAll(async () => {
    Object.assign(db, await startDynalite(tableName));
    process.env.TABLE_NAME = db.tableName;
    process.env.DYNAMODB_ENDPOINT = db.endpoint;
    const load = async (path: string) => ((await import(path)) as { handler: Handler }).handler;
    Object.assign(h, {
      list: await load('../../functions/api/cases/list.ts'),
      create: await load('../../functions/api/cases/create.ts'),
      get: await load('../../functions/api/cases/get.ts'),
      update: await load('../../functions/api/cases/update.ts'),
      remove: await load('../../functions/api/cases/remove.ts'),
      share: await load('../../functions/api/shares/create.ts'),
      revoke: await load('../../functions/api/shares/revoke.ts'),
      shared: await load('../../functions/api/shares/read.ts'),
      fallback: await load('../../functions/api/fallback.ts'),
    });
  });
  afterAll(async () => {
    await db.stop();
    logs.restore();
  });

  const call = (
    handler: Handler,
    opts: {
      method: string;
      path: string;
      as?: Claims;
      body?: unknown;
      query?: Record<string, string>;
      headers?: Record<string, string>;
      params?: Record<string, string>;
    },
  ) =>
    invoke(
      handler,
      apiEvent({
        method: opts.method,
        path: opts.path,
        routeKey: matchRoute(opts.method, opts.path) ? `${opts.method} ${matchRoute(opts.method, opts.path)!.route.path}` : '$default',
        ...(opts.body !== undefined ? { body: opts.body as object } : {}),
        ...(opts.query ? { query: opts.query } : {}),
        ...(opts.headers ? { headers: opts.headers } : {}),
        pathParameters: opts.params ?? matchRoute(opts.method, opts.path)?.pathParameters ?? {},
        ...(opts.as ? { claims: { sub: opts.as.sub, email: opts.as.email, token_use: 'access', client_id: 'web' } } : {}),
      }),
    );

  async function create(as: Claims = A, body: unknown = { label: 'Asiakas A / kevät', input }): Promise<Answer> {
    return call(h.create, { method: 'POST', path: '/v1/cases', as, body });
  }

  return { logs, db, h, call, create };
}
