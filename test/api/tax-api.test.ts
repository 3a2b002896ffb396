import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { digestOf, type OutcomeDigest } from '../../functions/api/cases/digest.ts';
import { ruleSet } from '../../functions/api/ruleset.ts';
import { CalculationResponse, ErrorResponse, SweepResponse } from '../../functions/api/schemas.ts';
import { CalculationRequest, calculate } from '../../functions/core/index.ts';
import { createCaseStore } from '../../functions/store/cases.ts';
import { startDynalite } from '../store/dynalite.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';

/**
 * The tax estimate through the API: the 400s of tax.municipality and person.birthYear (naming the field, with what
 * the web app needs to word them), the answers' shapes, and the new fields through saved cases and share links.
 */

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;
const logs = captureLogs();
let db: Awaited<ReturnType<typeof startDynalite>>;
let h: Record<'calculate' | 'sweep' | 'create' | 'get' | 'share' | 'shared', Handler>;

beforeAll(async () => {
  db = await startDynalite('tax-api');
  process.env.TABLE_NAME = db.tableName;
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  const load = async (path: string) => ((await import(path)) as { handler: Handler }).handler;
  h = {
    calculate: await load('../../functions/api/calculations.ts'),
    sweep: await load('../../functions/api/sweep.ts'),
    create: await load('../../functions/api/cases/create.ts'),
    get: await load('../../functions/api/cases/get.ts'),
    share: await load('../../functions/api/shares/create.ts'),
    shared: await load('../../functions/api/shares/read.ts'),
  };
});
afterAll(async () => {
  await db.stop();
  logs.restore();
});
afterEach(() => {
  vi.useRealTimers();
});

const COACH = { sub: 'tax-coach', email: 'tax@example.fi' };
const coachClaims = { sub: COACH.sub, email: COACH.email, token_use: 'access', client_id: 'web' };
const post = (handler: Handler, path: string, body: unknown, claims?: Record<string, string>) =>
  invoke(handler, apiEvent({ method: 'POST', path, body: body as object, ...(claims ? { claims } : {}) }));
const get = (handler: Handler, path: string, pathParameters: Record<string, string>, claims?: Record<string, string>) =>
  invoke(handler, apiEvent({ method: 'GET', path, pathParameters, ...(claims ? { claims } : {}) }));

/** A partial disability pension with some work, in Tampere, a church member born in 1980. */
const input = {
  date: '2026-03-01',
  benefits: { earningsRelatedPension: { type: 'partial', fixedTerm: false, monthlyAmount: '1200.00' } },
  tax: { municipality: 'Tampere', churchMember: true, church: 'lutheran' },
  person: { birthYear: 1980 },
  scenarios: [
    { id: 'none', monthlyEarnings: 0 },
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '15.00' },
  ],
};
const { scenarios: _scenarios, ...caseOnly } = input;

describe('POST /v1/calculations and /v1/calculations/sweep with the tax estimate', () => {
  it('answers the documented shape: tax, netMethod and extraHour per scenario', async () => {
    const answer = await post(h.calculate, '/v1/calculations', input);
    expect(answer.status).toBe(200);
    expect(CalculationResponse.safeParse(answer.json).error).toBeUndefined();
    const [none, h10] = answer.json.scenarios;
    expect(none.totals).toMatchObject({ netMethod: 'taxRules', netIncome: none.tax.monthlyNet });
    expect(h10.tax).toMatchObject({ municipality: 'Tampere', rates: { municipal: '7.60', church: '1.25' } });
    expect(h10.extraHour).toMatchObject({ hoursPerWeek: '11', earningsChange: '65.00' });
  });

  it('the sweep answers its net per point, the falls and the explanations in the documented shape', async () => {
    const answer = await post(h.sweep, '/v1/calculations/sweep', { ...caseOnly, sweep: { hourlyWage: '15.00' } });
    expect(answer.status).toBe(200);
    expect(SweepResponse.safeParse(answer.json).error).toBeUndefined();
    expect(answer.json.netMethod).toBe('taxRules');
    expect(answer.json.points.every((p: { netIncome: string | null }) => p.netIncome !== null)).toBe(true);
  });

  const issueOf = (answer: { status: number; json: { issues: unknown[] } }) => {
    expect(answer.status).toBe(400);
    expect(ErrorResponse.safeParse(answer.json).success).toBe(true);
    return answer.json.issues[0] as { path: unknown[]; message: string; params: Record<string, unknown> };
  };

  it('an unknown municipality is a 400 on tax.municipality listing the closest names, in params for the web app', async () => {
    const issue = issueOf(await post(h.calculate, '/v1/calculations', { ...input, tax: { municipality: 'Tamprere' } }));
    expect(issue.path).toEqual(['tax', 'municipality']);
    expect(issue.params).toMatchObject({ reason: 'unknownMunicipality', year: 2026 });
    expect(issue.params.suggestions).toContain('Tampere');
    expect(issue.message).toContain('Tampere');
  });

  it('the same from the sweep, and without a date (the year of today in Finland)', async () => {
    const swept = issueOf(
      await post(h.sweep, '/v1/calculations/sweep', { ...caseOnly, tax: { municipality: 'Tamprere' }, sweep: { hourlyWage: '15' } }),
    );
    expect(swept.path).toEqual(['tax', 'municipality']);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T08:00:00Z'));
    const { date: _date, ...undated } = input;
    expect(issueOf(await post(h.calculate, '/v1/calculations', { ...undated, tax: { municipality: 'Helsingfors' } })).path).toEqual([
      'tax',
      'municipality',
    ]);
  });

  it('a birth year after the year calculated is a 400 on person.birthYear, by the schema or (no date) by the engine', async () => {
    expect(issueOf(await post(h.calculate, '/v1/calculations', { ...input, person: { birthYear: 2027 } }))).toMatchObject({
      path: ['person', 'birthYear'],
      params: { reason: 'tooLarge', max: 2026 },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T08:00:00Z'));
    const { date: _date, ...undated } = input;
    expect(issueOf(await post(h.calculate, '/v1/calculations', { ...undated, person: { birthYear: 2030 } }))).toMatchObject({
      path: ['person', 'birthYear'],
      params: { reason: 'tooLarge', max: 2026 },
    });
    expect(issueOf(await post(h.calculate, '/v1/calculations', { ...input, person: { birthYear: '1980' } })).path).toEqual([
      'person',
      'birthYear',
    ]);
  });

  it.each([
    ['2023-06-01', 'Helsinki', 'taxNotEstimatedNoMunicipalRates'],
    ['2024-06-01', 'Helsinki', 'taxNotEstimatedNoMunicipalRates'],
    ['2026-03-01', 'Maarianhamina', 'taxNotEstimatedAland'],
  ])('%s in %s is not a 400: 200 without a tax block, and %s', async (date, municipality, code) => {
    const answer = await post(h.calculate, '/v1/calculations', { ...input, date, person: { birthYear: 1980 }, tax: { municipality } });
    expect(answer.status).toBe(200);
    expect(CalculationResponse.safeParse(answer.json).error).toBeUndefined();
    for (const s of answer.json.scenarios) {
      expect(s.tax).toBeNull();
      expect(s.totals.netMethod).toBeNull();
      expect(s.explanations.map((e: { code: string }) => e.code)).toContain(code);
    }
  });
});

describe('saved cases and share links carry the new fields', () => {
  const create = (body: unknown) => post(h.create, '/v1/cases', body, coachClaims);

  it('the case is saved with municipality, church and birth year, and opens (also by a share link) with them', async () => {
    const saved = await create({ label: 'Verolaskelma', input });
    expect(saved.status).toBe(201);
    expect(saved.json.input).toMatchObject({ tax: input.tax, person: input.person });
    const opened = await get(h.get, `/v1/cases/${saved.json.id}`, { caseId: saved.json.id }, coachClaims);
    expect(opened.json.input).toEqual(saved.json.input);
    const token = (
      await invoke(
        h.share,
        apiEvent({
          method: 'POST',
          path: `/v1/cases/${saved.json.id}/shares`,
          pathParameters: { caseId: saved.json.id },
          claims: coachClaims,
        }),
      )
    ).json.token;
    const shared = await get(h.shared, `/v1/shared/${token}`, { token });
    expect(shared.json.input).toEqual(saved.json.input);
    // The input as saved computes again, to the same net.
    const again = await post(h.calculate, '/v1/calculations', shared.json.input);
    expect(again.json.scenarios[1].totals.netIncome).toBe(
      calculate(ruleSet, { ...CalculationRequest.parse(input), date: input.date }).scenarios[1]!.totals.netIncome,
    );
  });

  it('an unknown municipality is refused when saving, naming input.tax.municipality', async () => {
    const answer = await create({ label: 'Väärä kunta', input: { ...input, tax: { municipality: 'Tamprere' } } });
    expect(answer.status).toBe(400);
    expect(answer.json.issues[0]).toMatchObject({ path: ['input', 'tax', 'municipality'], params: { reason: 'unknownMunicipality' } });
  });

  describe('the outcome digest includes the net', () => {
    const parsed = CalculationRequest.parse(input);
    const current = digestOf(calculate(ruleSet, { ...parsed, date: input.date }));
    const saveOld = (outcome: OutcomeDigest) =>
      createCaseStore({ client: db.client, tableName: db.tableName }).create(COACH.sub, {
        label: 'saved under older rules',
        input: parsed,
        ruleSetVersion: '2025.1+000000000000',
        outcome,
      });
    const checkOf = async (id: string) => (await get(h.get, `/v1/cases/${id}`, { caseId: id }, coachClaims)).json.ruleSetCheck;

    it('the digest carries each scenario’s net income', () => {
      expect(current.scenarios.map((s) => s.netIncome)).toEqual(
        calculate(ruleSet, { ...parsed, date: input.date }).scenarios.map((s) => s.totals.netIncome),
      );
      expect(current.scenarios[1]!.netIncome).toMatch(/^\d+\.\d{2}$/);
    });

    it('a changed net is a change a coach is told about', async () => {
      const older = structuredClone(current);
      older.scenarios[1]!.netIncome = '1.00';
      const check = await checkOf((await saveOld(older)).id);
      expect(check.outcomeChanged).toBe(true);
      expect(check.changes).toEqual([
        { scenarioId: 'h10', benefit: null, field: 'netIncome', saved: '1.00', now: current.scenarios[1]!.netIncome },
      ]);
    });

    it('a digest saved before the net was in it (no netIncome) compares as before: no change it never had', async () => {
      const older = structuredClone(current);
      for (const s of older.scenarios) delete s.netIncome;
      const check = await checkOf((await saveOld(older)).id);
      expect(check).toMatchObject({ outcomeChanged: false, changes: [] });
    });
  });
});
