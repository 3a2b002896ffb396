import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOf, type OutcomeDigest } from '../../functions/api/cases/outcome.ts';
import { todayInHelsinki } from '../../functions/api/http/today.ts';
import { matchRoute, methodsFor } from '../../functions/api/route-match.ts';
import { ruleSet } from '../../functions/api/ruleset.ts';
import { type ApiRoute, ROUTES } from '../../functions/contracts/routes.ts';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import { createCaseStore } from '../../functions/store/cases.ts';
import { startDynalite } from '../store/dynalite.ts';
import { type Answer, apiEvent, captureLogs, invoke } from './events.ts';

/**
 * The saved-case and share-link handlers, called as Lambda calls them: API Gateway v2 events, with the
 * claims API Gateway's JWT authorizer hands on for coach routes, against a real DynamoDB API (dynalite).
 */

const logs = captureLogs();
let db: Awaited<ReturnType<typeof startDynalite>>;
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;
let h: Record<'list' | 'create' | 'get' | 'update' | 'remove' | 'share' | 'revoke' | 'shared' | 'fallback', Handler>;

beforeAll(async () => {
  db = await startDynalite('cases-api');
  // The handlers make their store at import (cold start), from these.
  process.env.TABLE_NAME = db.tableName;
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  const load = async (path: string) => ((await import(path)) as { handler: Handler }).handler;
  h = {
    list: await load('../../functions/api/cases/list.ts'),
    create: await load('../../functions/api/cases/create.ts'),
    get: await load('../../functions/api/cases/get.ts'),
    update: await load('../../functions/api/cases/update.ts'),
    remove: await load('../../functions/api/cases/remove.ts'),
    share: await load('../../functions/api/shares/create.ts'),
    revoke: await load('../../functions/api/shares/revoke.ts'),
    shared: await load('../../functions/api/shares/read.ts'),
    fallback: await load('../../functions/api/fallback.ts'),
  };
});
afterAll(async () => {
  await db.stop();
  logs.restore();
});

const A = { sub: '0b5e7a52-2d6c-4f39-9a57-0d6f6d3f1a01', email: 'a@example.fi' };
const B = { sub: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', email: 'b@example.fi' };
const input = {
  date: '2026-03-01',
  household: { livingWithPartner: false },
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00' }, kelaPension: { fixedTerm: false } },
  scenarios: [
    { id: 'none', label: 'Ei työtä', monthlyEarnings: 0 },
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '13.50' },
  ],
};

type Claims = { sub: string; email: string } | null;
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

describe('the route table', () => {
  const byName = (name: string) => (ROUTES as readonly ApiRoute[]).find((r) => r.name === name)!;

  it('puts every case route behind a coach’s sign-in, and the share link route in front of it', () => {
    for (const name of ['listCases', 'createCase', 'getCase', 'updateCase', 'deleteCase', 'createShare', 'revokeShare'])
      expect(byName(name).auth, name).toBe('coach');
    expect(byName('readShared').auth).toBe('none');
    for (const name of ['calculate', 'sweep', 'rules', 'health', 'openapi']) expect(byName(name).auth ?? 'none', name).toBe('none');
  });

  it('gives reading routes read access only, and only the routes that write write access', () => {
    const access = Object.fromEntries((ROUTES as readonly ApiRoute[]).map((r) => [r.name, r.tableAccess ?? 'none']));
    expect(access).toEqual({
      calculate: 'none',
      sweep: 'none',
      timeline: 'none',
      rules: 'none',
      health: 'none',
      openapi: 'none',
      listCases: 'read',
      getCase: 'read',
      readShared: 'read',
      createCase: 'readWrite',
      updateCase: 'readWrite',
      deleteCase: 'readWrite',
      createShare: 'readWrite',
      revokeShare: 'readWrite',
    });
  });

  it('matches path parameters as API Gateway does: one whole segment, the most specific route first', () => {
    expect(matchRoute('GET', '/v1/cases/abc')).toMatchObject({ route: { name: 'getCase' }, pathParameters: { caseId: 'abc' } });
    expect(matchRoute('DELETE', '/v1/cases/abc/shares/t0k')).toMatchObject({
      route: { name: 'revokeShare' },
      pathParameters: { caseId: 'abc', token: 't0k' },
    });
    expect(matchRoute('GET', '/v1/cases')).toMatchObject({ route: { name: 'listCases' }, pathParameters: {} });
    expect(matchRoute('GET', '/v1/cases/')).toBeUndefined();
    expect(matchRoute('GET', '/v1/cases/a/b')).toBeUndefined();
    expect(matchRoute('GET', '/v1/shared/%E0%A4%A')).toBeUndefined();
    expect(methodsFor('/v1/cases/abc')).toEqual(['GET', 'PUT', 'DELETE']);
    expect(methodsFor('/v1/shared/abc')).toEqual(['GET']);
  });
});

describe('a signed-in coach', () => {
  it('is needed for every case route: without the authorizer’s claims each answers 401', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const token = 'x'.repeat(43);
    const answers = await Promise.all([
      call(h.list, { method: 'GET', path: '/v1/cases', as: null }),
      create(null),
      call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: null }),
      call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: null, body: { version: 1, label: 'x' } }),
      call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: null }),
      call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: null }),
      call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: null }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual({ error: 'Sign-in required' });
    }
  });

  it('is named only by the token’s sub: a coach id in the body or the query is refused, not used', async () => {
    expect((await create(A, { label: 'x', input, coachId: B.sub })).status).toBe(400);
    expect((await call(h.list, { method: 'GET', path: '/v1/cases', as: A, query: { coachId: B.sub } })).status).toBe(400);
  });
});

describe('saving a case', () => {
  it('answers 201 with the case at version 1, its label trimmed, the input as the engine reads it', async () => {
    const answer = await create(A, { label: '  Asiakas A / kevät  ', input });
    expect(answer.status).toBe(201);
    expect(answer.headers.location).toBe(`/v1/cases/${answer.json.id}`);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.json).toMatchObject({
      label: 'Asiakas A / kevät',
      version: 1,
      ruleSetVersion: ruleSet.version,
      savedWithCurrentRules: true,
      shares: [],
      ruleSetCheck: null,
    });
    expect(answer.json.input).toEqual(CalculationRequest.parse(input));
    expect(answer.json.input.scenarios[0].monthlyEarnings).toBe('0');
    expect(Date.parse(answer.json.expiresAt) - Date.parse(answer.json.updatedAt)).toBe(365 * 86_400_000);
  });

  it('saves a case for a month in 2027 and one with the new sickness allowance fields; an impossible start date is a 400 on input', async () => {
    const in2027 = await create(A, { label: 'tammikuu 2027', input: { ...input, date: '2027-01-01' } });
    expect(in2027.status).toBe(201);
    expect(in2027.json.input.date).toBe('2027-01-01');
    const sickness = {
      date: '2025-03-01',
      benefits: {
        sicknessAllowance: {
          annualIncome: '40000',
          entitlementStartDate: '2024-11-15',
          fullTimeHoursPerWeek: '28',
          fullTimeInSector: true,
        },
      },
      scenarios: [{ id: 'none', monthlyEarnings: 0 }],
    };
    const saved = await create(A, { label: 'sairausloma 2024', input: sickness });
    expect(saved.status).toBe(201);
    expect(saved.json.input.benefits.sicknessAllowance).toMatchObject({ entitlementStartDate: '2024-11-15', fullTimeInSector: true });
    const { date: _d, ...undated } = sickness;
    const late = await create(A, {
      label: 'tulevaisuudessa',
      input: { ...undated, benefits: { sicknessAllowance: { annualIncome: '40000', entitlementStartDate: '2099-01-01' } } },
    });
    expect(late.status).toBe(400);
    expect(late.json.issues[0]).toMatchObject({
      path: ['input', 'benefits', 'sicknessAllowance', 'entitlementStartDate'],
      params: { reason: 'afterCalculationMonth' },
    });
  });

  it('saves today’s date (in Finland) with input that has none, so the case keeps its month', async () => {
    const { date: _date, ...undated } = input;
    const answer = await create(A, { label: 'ilman päivää', input: undated });
    expect(answer.status).toBe(201);
    expect(answer.json.input.date).toBe(todayInHelsinki());
  });

  it.each([
    { name: 'an empty label', body: { label: '   ', input }, path: ['label'] },
    { name: 'a label of 81 characters', body: { label: 'x'.repeat(81), input }, path: ['label'] },
    { name: 'no label', body: { input }, path: ['label'] },
    { name: 'no input', body: { label: 'x' }, path: ['input'] },
    { name: 'input the calculation refuses', body: { label: 'x', input: { ...input, scenarios: [] } }, path: ['input', 'scenarios'] },
    { name: 'an unknown field', body: { label: 'x', input, name: 'Matti' }, path: [] },
    { name: 'an unknown field in the input', body: { label: 'x', input: { ...input, name: 'Matti' } }, path: ['input'] },
    { name: 'a date before the rules', body: { label: 'x', input: { ...input, date: '1990-01-01' } }, path: ['input', 'date'] },
  ])('refuses $name with a 400 on $path', async ({ body, path }) => {
    const answer = await create(A, body);
    expect(answer.status).toBe(400);
    expect(answer.json.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
  });

  it.each(['131052-308T', 'Matti 131052A308T', 'hetu: 010101+123N', '131052y308t'])(
    'refuses a label with a personal identity code (%s), saying why',
    async (label) => {
      const answer = await create(A, { label, input });
      expect(answer.status).toBe(400);
      expect(answer.json.issues).toEqual([
        expect.objectContaining({
          path: ['label'],
          code: 'custom',
          params: { reason: 'personalIdentityCode' },
          message: expect.stringContaining('henkilötunnus'),
        }),
      ]);
    },
  );

  it('refuses a scenario label with a personal identity code too', async () => {
    const scenarios = [input.scenarios[0], { ...input.scenarios[1], label: 'Matin 131052-308T työ' }];
    const answer = await create(A, { label: 'Asiakas', input: { ...input, scenarios } });
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([
      expect.objectContaining({ path: ['input', 'scenarios', 1, 'label'], params: { reason: 'personalIdentityCode' } }),
    ]);
  });

  it.each(['Asiakas 12/2026', '2026-03-01', 'A. / 15 h vs 10 h', '1310521308T', '131352-308T', '131052-308', 'puh. 040 123 4567'])(
    'accepts a label that is not an identity code: %s',
    async (label) => {
      expect((await create(A, { label, input })).status).toBe(201);
    },
  );
});

describe('a plan over time saved with a case (issue 16)', () => {
  const plan = { start: '2026-03', months: [{ monthlyEarnings: 0 }, { hoursPerWeek: 25, hourlyWage: '13.20', holidayBonus: '600' }] };

  it('is saved, read back and shown through a share link as POST /v1/timelines takes it; a case without one has null', async () => {
    const created = await create(A, { label: 'Asiakas P', input, plan });
    expect(created.status).toBe(201);
    const saved = {
      start: '2026-03',
      months: [{ monthlyEarnings: '0' }, { hoursPerWeek: '25', hourlyWage: '13.20', holidayBonus: '600' }],
    };
    expect(created.json.plan).toEqual(saved);
    const id = created.json.id as string;
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.plan).toEqual(saved);
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${share.json.token}`, as: null })).json.plan).toEqual(saved);
    expect((await create(A)).json.plan).toBeNull();
  });

  it('is replaced by a new one, kept when left out, removed with null', async () => {
    const created = await create(A, { label: 'Asiakas Q', input, plan });
    const id = created.json.id as string;
    const put = (version: number, body: object) =>
      call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version, ...body } });
    const renamed = await put(1, { label: 'Asiakas Q2' });
    expect(renamed.json.plan).toEqual(created.json.plan);
    const longer = await put(2, { plan: { start: '2026-04', months: [{ monthlyEarnings: '100' }] } });
    expect(longer.json.plan).toEqual({ start: '2026-04', months: [{ monthlyEarnings: '100' }] });
    const removed = await put(3, { plan: null });
    expect(removed.status).toBe(200);
    expect(removed.json.plan).toBeNull();
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.plan).toBeNull();
  });

  it('refuses a plan the timeline would refuse with a 400 naming the field: 37 months, a month written 2026-13, an unknown key', async () => {
    const months = Array.from({ length: 37 }, () => ({ monthlyEarnings: '0' }));
    const tooLong = await create(A, { label: 'X', input, plan: { start: '2026-03', months } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.issues[0].path).toEqual(['plan', 'months']);
    const badMonth = await create(A, { label: 'X', input, plan: { ...plan, start: '2026-13' } });
    expect(badMonth.json.issues[0].path).toEqual(['plan', 'start']);
    const extra = await create(A, { label: 'X', input, plan: { ...plan, steps: [] } });
    expect(extra.status).toBe(400);
    expect(extra.json.issues[0].path).toEqual(['plan']);
  });
});

describe('a coach’s cases are their own', () => {
  it('lists only the coach’s own cases, latest change first, without their input', async () => {
    const a = { sub: 'list-a', email: 'list-a@example.fi' };
    const b = { sub: 'list-b', email: 'list-b@example.fi' };
    const first = await create(a, { label: 'first', input });
    const second = await create(a, { label: 'second', input });
    await create(b, { label: 'b’s', input });
    const list = await call(h.list, { method: 'GET', path: '/v1/cases', as: a });
    expect(list.status).toBe(200);
    expect(list.json.cases.map((c: { id: string }) => c.id)).toEqual([second.json.id, first.json.id]);
    expect(list.json.cases[0]).not.toHaveProperty('input');
    expect(list.json.cases[0]).toMatchObject({ label: 'second', version: 1, savedWithCurrentRules: true, outcomeChanged: false });
    const none = await call(h.list, { method: 'GET', path: '/v1/cases', as: { sub: 'list-c', email: 'c@example.fi' } });
    expect(none.json).toEqual({ cases: [], nextCursor: null });
  });

  it('lets coach B neither read, change, delete, share nor unshare coach A’s case: 404, never 403', async () => {
    const created = await create(A);
    const id = created.json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    const answers = [
      await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: B }),
      await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: B, body: { version: 1, label: 'B was here' } }),
      await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: B }),
      await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: B }),
      await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${share.json.token}`, as: B }),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404]);
    const mine = await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A });
    expect(mine.json).toMatchObject({ label: 'Asiakas A / kevät', version: 1 });
    expect(mine.json.shares.map((s: { token: string }) => s.token)).toEqual([share.json.token]);
  });

  it('answers 404 for an id that is not a case id, without asking the table', async () => {
    for (const id of ['nope', '../x', 'x'.repeat(2000)]) {
      expect((await call(h.get, { method: 'GET', path: `/v1/cases/x`, params: { caseId: id }, as: A })).status).toBe(404);
    }
  });
});

describe('optimistic locking', () => {
  it('saves with the version read, and answers a stale version with 409 and the current version', async () => {
    const id = (await create(A)).json.id as string;
    const renamed = await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version: 1, label: 'tab one' } });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ label: 'tab one', version: 2 });
    const stale = await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version: 1, label: 'tab two' } });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ error: expect.stringContaining('reload'), currentVersion: 2 });
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.label).toBe('tab one');
  });

  it('saves new input with the current rule set, and keeps the input on a rename', async () => {
    const id = (await create(A)).json.id as string;
    const scenarios = [...input.scenarios, { id: 'h15', hoursPerWeek: 15, hourlyWage: '13.50' }];
    const saved = await call(h.update, {
      method: 'PUT',
      path: `/v1/cases/${id}`,
      as: A,
      body: { version: 1, input: { ...input, scenarios } },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.input.scenarios.map((s: { id: string }) => s.id)).toEqual(['none', 'h10', 'h15']);
    const renamed = await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version: 2, label: 'uusi nimi' } });
    expect(renamed.json.input.scenarios).toHaveLength(3);
  });

  it.each([
    { name: 'no version', body: { label: 'x' } },
    { name: 'version 0', body: { version: 0, label: 'x' } },
    { name: 'a version as text', body: { version: '1', label: 'x' } },
    { name: 'a label with an identity code', body: { version: 1, label: '131052-308T' } },
    { name: 'an unknown field', body: { version: 1, shares: [] } },
  ])('refuses an update with $name (400)', async ({ body }) => {
    const id = (await create(A)).json.id as string;
    expect((await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body })).status).toBe(400);
  });

  it('deletes with ?version= only at that version (409 otherwise), or unconditionally without', async () => {
    const id = (await create(A)).json.id as string;
    await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version: 1, label: 'v2' } });
    const stale = await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: A, query: { version: '1' } });
    expect(stale.status).toBe(409);
    expect(stale.json.currentVersion).toBe(2);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).status).toBe(200);
    const deleted = await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: A, query: { version: '2' } });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe('');
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).status).toBe(404);
    expect((await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: A })).status).toBe(404);

    const other = (await create(A)).json.id as string;
    expect((await call(h.remove, { method: 'DELETE', path: `/v1/cases/${other}`, as: A })).status).toBe(204);
  });

  it.each<Record<string, string>>([{ version: 'latest' }, { version: '0' }, { version: '1.0' }, { version: '1', force: 'true' }])(
    'refuses a delete with the query %o (400), deleting nothing',
    async (query) => {
      const id = (await create(A)).json.id as string;
      expect((await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: A, query })).status).toBe(400);
      expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).status).toBe(200);
    },
  );
});

describe('share links', () => {
  it('makes an unguessable read-only link that opens in the web app', async () => {
    const id = (await create(A)).json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    expect(share.status).toBe(201);
    expect(share.json.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(share.json.path).toBe(`/#share=${share.json.token}`);
    expect(Date.parse(share.json.expiresAt) - Date.parse(share.json.createdAt)).toBe(30 * 86_400_000);
    expect((await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A, body: {} })).status).toBe(201);
    expect((await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A, body: { days: 365 } })).status).toBe(400);
  });

  it('reads the case without signing in: label, input, rule set, dates; never the owner, id, version or other links', async () => {
    const created = await create(A);
    const id = created.json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    const read = await call(h.shared, { method: 'GET', path: `/v1/shared/${share.json.token}`, as: null });
    expect(read.status).toBe(200);
    expect(read.json).toEqual({
      label: created.json.label,
      input: created.json.input,
      plan: null,
      ruleSetVersion: ruleSet.version,
      updatedAt: created.json.updatedAt,
      expiresAt: share.json.expiresAt,
      ruleSetCheck: null,
    });
    const text = read.body;
    for (const secret of [A.sub, A.email, id]) expect(text).not.toContain(secret);
    expect(read.headers['cache-control']).toBe('no-store');
  });

  it('stops working when revoked (404), and only the owner can revoke it', async () => {
    const id = (await create(A)).json.id as string;
    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A })).json.token as string;
    expect((await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: B })).status).toBe(404);
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` })).status).toBe(200);
    expect((await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: A })).status).toBe(204);
    const gone = await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` });
    expect(gone.status).toBe(404);
    expect(gone.json.error).toEqual(expect.any(String));
    expect((await call(h.revoke, { method: 'DELETE', path: `/v1/cases/${id}/shares/${token}`, as: A })).status).toBe(404);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.shares).toEqual([]);
  });

  it('stops working when it expires (the store’s clock: a link made 31 days ago), and when its case is deleted', async () => {
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    const past = createCaseStore({ client: db.client, tableName: db.tableName, now: () => longAgo });
    const old = await past.create(A.sub, { label: 'old', input: CalculationRequest.parse(input), ruleSetVersion: ruleSet.version });
    const expired = await past.createShare(A.sub, old.id);
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${expired.token}` })).status).toBe(404);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${old.id}`, as: A })).json.shares).toEqual([]);

    const id = (await create(A)).json.id as string;
    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A })).json.token as string;
    await call(h.remove, { method: 'DELETE', path: `/v1/cases/${id}`, as: A });
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` })).status).toBe(404);
  });

  it('answers an unknown or malformed token with 404', async () => {
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${'A'.repeat(43)}` })).status).toBe(404);
    expect((await call(h.shared, { method: 'GET', path: '/v1/shared/short' })).status).toBe(404);
  });

  it('has no write route: PUT, POST and DELETE on a shared link are 405 with Allow: GET', async () => {
    for (const method of ['PUT', 'POST', 'DELETE']) {
      const answer = await call(h.fallback, { method, path: `/v1/shared/${'A'.repeat(43)}`, body: { label: 'changed' } });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, OPTIONS');
    }
  });
});

describe('when a saved case’s outcome would change under a newer rule set', () => {
  const parsed = CalculationRequest.parse(input);
  const current = digestOf(calculate(ruleSet, { ...parsed, date: input.date }));
  const saveOld = async (outcome: unknown) => {
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    return store.create(A.sub, {
      label: 'saved last year',
      input: parsed,
      ruleSetVersion: '2025.1+000000000000',
      ...(outcome === undefined ? {} : { outcome }),
    });
  };

  it('says nothing for a case saved under the rule set in use', async () => {
    const id = (await create(A)).json.id as string;
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A })).json.ruleSetCheck).toBeNull();
  });

  it('says which outcomes change, and how, when it is opened (by the coach or through a share link)', async () => {
    const older: OutcomeDigest = structuredClone(current);
    const h10 = older.scenarios.find((s) => s.id === 'h10')!;
    h10.benefits[0]!.status = 'suspended';
    h10.benefits[0]!.monthlyAmount = '0.00';
    h10.grossIncome = '1.00';
    const saved = await saveOld(older);
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${saved.id}`, as: A });
    expect(opened.json.savedWithCurrentRules).toBe(false);
    const check = opened.json.ruleSetCheck;
    expect(check).toMatchObject({ savedWith: '2025.1+000000000000', current: ruleSet.version, outcomeChanged: true });
    const benefit = current.scenarios.find((s) => s.id === 'h10')!.benefits[0]!;
    expect(check.changes).toEqual(
      expect.arrayContaining([
        { scenarioId: 'h10', benefit: benefit.benefit, field: 'status', saved: 'suspended', now: benefit.status },
        { scenarioId: 'h10', benefit: benefit.benefit, field: 'monthlyAmount', saved: '0.00', now: benefit.monthlyAmount },
        {
          scenarioId: 'h10',
          benefit: null,
          field: 'grossIncome',
          saved: '1.00',
          now: current.scenarios.find((s) => s.id === 'h10')!.grossIncome,
        },
      ]),
    );
    expect(check.changes.every((c: { scenarioId: string }) => c.scenarioId === 'h10')).toBe(true);

    const listed = await call(h.list, { method: 'GET', path: '/v1/cases', as: A });
    expect(listed.json.cases.find((c: { id: string }) => c.id === saved.id).savedWithCurrentRules).toBe(false);

    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${saved.id}/shares`, as: A })).json.token as string;
    expect((await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` })).json.ruleSetCheck).toEqual(check);
  });

  it('says the outcome is the same when only the rule set version differs', async () => {
    const saved = await saveOld(current);
    const check = (await call(h.get, { method: 'GET', path: `/v1/cases/${saved.id}`, as: A })).json.ruleSetCheck;
    expect(check).toEqual({ savedWith: '2025.1+000000000000', current: ruleSet.version, outcomeChanged: false, changes: [] });
  });

  it('notices a benefit that is new in the outcome, or gone from it', async () => {
    const older: OutcomeDigest = structuredClone(current);
    const dropped = older.scenarios[0]!.benefits.pop()!;
    older.scenarios[0]!.benefits.push({
      benefit: 'sicknessAllowance',
      status: 'continues',
      monthlyAmount: '100.00',
      maxHoursPerWeek: null,
    });
    const saved = await saveOld(older);
    const check = (await call(h.get, { method: 'GET', path: `/v1/cases/${saved.id}`, as: A })).json.ruleSetCheck;
    expect(check.changes).toEqual([
      { scenarioId: 'none', benefit: 'sicknessAllowance', field: 'presence', saved: 'present', now: null },
      { scenarioId: 'none', benefit: dropped.benefit, field: 'presence', saved: null, now: 'present' },
    ]);
  });

  it('marks in the coach’s list each case whose outcome changes under the rules in use now', async () => {
    const coach = { sub: 'rules-update', email: 'rules-update@example.fi' };
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    const old = (outcome: unknown, label: string) =>
      store.create(coach.sub, {
        label,
        input: parsed,
        ruleSetVersion: '2025.1+000000000000',
        ...(outcome === undefined ? {} : { outcome }),
      });
    const older: OutcomeDigest = structuredClone(current);
    older.scenarios[1]!.benefits[0]!.monthlyAmount = '1.00';
    const changed = await old(older, 'changed');
    const same = await old(current, 'same');
    const unknown = await old(undefined, 'no outcome saved');
    const fresh = (await create(coach, { label: 'today', input })).json.id as string;
    const listed = await call(h.list, { method: 'GET', path: '/v1/cases', as: coach });
    const flag = (id: string) => listed.json.cases.find((c: { id: string }) => c.id === id).outcomeChanged;
    expect([flag(changed.id), flag(same.id), flag(unknown.id), flag(fresh)]).toEqual([true, false, null, false]);
    // The case opened says the same, with the changes.
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${changed.id}`, as: coach });
    expect(opened.json.outcomeChanged).toBe(true);
    expect(opened.json.ruleSetCheck.outcomeChanged).toBe(true);
  });

  it('opens the case all the same when the saved outcome is missing or cannot be compared', async () => {
    const noDigest = await saveOld(undefined);
    expect((await call(h.get, { method: 'GET', path: `/v1/cases/${noDigest.id}`, as: A })).json.ruleSetCheck).toMatchObject({
      outcomeChanged: null,
      reason: 'noSavedOutcome',
    });
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    const foreign = await store.create(A.sub, {
      label: 'x',
      input: { ...parsed, scenarios: 'gone' },
      ruleSetVersion: 'old',
      outcome: current,
    });
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${foreign.id}`, as: A });
    expect(opened.status).toBe(200);
    expect(opened.json.ruleSetCheck).toMatchObject({ outcomeChanged: null, reason: 'notComputable' });
  });
});

describe('logging', () => {
  it('logs the route, never the case, the label, the token or the coach', async () => {
    const before = logs.lines.length;
    const id = (await create(A, { label: 'Salainen nimi', input })).json.id as string;
    const token = (await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A })).json.token as string;
    await call(h.shared, { method: 'GET', path: `/v1/shared/${token}` });
    const lines = logs.lines.slice(before).join('\n');
    expect(lines).toContain('"route":"GET /v1/shared/{token}"');
    for (const secret of ['Salainen', token, id, A.sub, A.email]) expect(lines).not.toContain(secret);
  });
});

describe('the OpenAPI document describes these answers', () => {
  it('Case, CaseList, ShareLink, SharedCase, Conflict and Error, as the handlers send them', async () => {
    const { buildOpenApiDocument } = await import('../../functions/api/openapi-document.ts');
    const { validate } = await import('./json-schema.ts');
    const doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));
    const accepts = (id: string, value: unknown) => validate({ $ref: `#/components/schemas/${id}` }, value, doc);
    const created = await create(A);
    const id = created.json.id as string;
    const share = await call(h.share, { method: 'POST', path: `/v1/cases/${id}/shares`, as: A });
    const opened = await call(h.get, { method: 'GET', path: `/v1/cases/${id}`, as: A });
    const stale = await call(h.update, { method: 'PUT', path: `/v1/cases/${id}`, as: A, body: { version: 9, label: 'x' } });
    const store = createCaseStore({ client: db.client, tableName: db.tableName });
    const older = await store.create(A.sub, {
      label: 'old',
      input: CalculationRequest.parse(input),
      ruleSetVersion: 'old',
      outcome: { scenarios: [] },
    });
    const changed = await call(h.get, { method: 'GET', path: `/v1/cases/${older.id}`, as: A });
    expect(changed.json.ruleSetCheck.changes.length).toBeGreaterThan(0);
    const answers: [string, unknown][] = [
      ['Case', created.json],
      ['Case', opened.json],
      ['Case', changed.json],
      ['ShareLink', share.json],
      ['CaseList', (await call(h.list, { method: 'GET', path: '/v1/cases', as: A })).json],
      ['SharedCase', (await call(h.shared, { method: 'GET', path: `/v1/shared/${share.json.token}` })).json],
      ['Conflict', stale.json],
      ['Error', (await create(A, { label: '131052-308T', input })).json],
      ['Unauthorized', (await create(null)).json],
    ];
    for (const [schema, body] of answers) expect(accepts(schema, body), schema).toEqual([]);
    expect(accepts('Case', { ...opened.json, owner: A.sub })).not.toEqual([]);
  });
});
