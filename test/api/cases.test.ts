import { describe, expect, it } from 'vitest';
import { todayInHelsinki } from '../../functions/api/http/today.ts';
import { matchRoute, methodsFor } from '../../functions/api/route-match.ts';
import { ruleSet } from '../../functions/api/ruleset.ts';
import { type ApiRoute, ROUTES } from '../../functions/contracts/routes.ts';
import { CalculationRequest } from '../../functions/core/index.ts';
import { A, B, caseApi, input } from './case-api.ts';

/**
 * Saved cases through their handlers: the route table, a coach's sign-in, saving, a coach's own cases and
 * optimistic locking.
 */
const { h, call, create } = caseApi('cases-api');

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
    expect(methodsFor('/v1/cases/abc')).toEqual(['GET', 'HEAD', 'PUT', 'DELETE']);
    expect(methodsFor('/v1/shared/abc')).toEqual(['GET', 'HEAD']);
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

  it.each([
    ['a zero-width space only', '\u200b', 'invisible'],
    ['a right-to-left override', '\u202eA etsaiskA', 'bidiControl'],
  ])('refuses a label with %s, saying why', async (_name, label, reason) => {
    const answer = await create(A, { label, input });
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([expect.objectContaining({ path: ['label'], params: { reason } })]);
  });

  it('refuses an identity code written with an en dash, and a scenario label of zero-width characters', async () => {
    const scenarios = [input.scenarios[0], { ...input.scenarios[1], label: '\u200b\u200b' }];
    const answer = await create(A, { label: 'Asiakas 010190–123A', input: { ...input, scenarios } });
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([
      expect.objectContaining({ path: ['label'], params: { reason: 'personalIdentityCode' } }),
      expect.objectContaining({ path: ['input', 'scenarios', 1, 'label'], params: { reason: 'invisible' } }),
    ]);
  });

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
