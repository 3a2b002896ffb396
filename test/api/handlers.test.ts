import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as calculations } from '../../functions/api/calculations.ts';
import { handler as fallback } from '../../functions/api/fallback.ts';
import { handler as health } from '../../functions/api/health.ts';
import { badRequest } from '../../functions/api/http/errors.ts';
import { MAX_ISSUES } from '../../functions/api/http/issues.ts';
import { apiHandler } from '../../functions/api/http/stack.ts';
import { handler as rules } from '../../functions/api/rules.ts';
import { ruleSet } from '../../functions/api/ruleset.ts';
import { CalculationResponse, HealthResponse, RulesResponse, SweepResponse } from '../../functions/api/schemas.ts';
import { handler as sweep } from '../../functions/api/sweep.ts';
import { MAX_BODY_BYTES } from '../../functions/contracts/limits.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';
import { validCalculation, validSweep } from './fixtures.ts';

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  logs.restore();
  vi.useRealTimers();
});

const calc = (body: unknown, opts: { base64?: boolean } = {}) =>
  invoke(calculations, apiEvent({ method: 'POST', path: '/v1/calculations', body: body as object, ...opts }));
const sweepOf = (body: unknown) => invoke(sweep, apiEvent({ method: 'POST', path: '/v1/calculations/sweep', body: body as object }));
const rulesOf = (query?: Record<string, string>) =>
  invoke(rules, apiEvent({ method: 'GET', path: '/v1/rules', ...(query ? { query } : {}) }));

/** A 400 in the documented shape, and the issue at `path`. */
function issueAt(answer: { status: number; json: any }, path: (string | number)[]) {
  expect(answer.status).toBe(400);
  expect(answer.json).toEqual({ error: expect.any(String), issues: expect.any(Array) });
  const found = answer.json.issues.find((i: { path: unknown[] }) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, `no issue at ${JSON.stringify(path)} in ${JSON.stringify(answer.json.issues)}`).toBeDefined();
  return found as { path: unknown[]; message: string; code?: string; params?: Record<string, unknown> };
}

const withCase = (patch: Record<string, unknown>) => ({ ...validCalculation, ...patch });
const withScenario = (scenario: Record<string, unknown>) => withCase({ scenarios: [{ id: 's', ...scenario }] });

describe('POST /v1/calculations', () => {
  it('returns the side-by-side results, in the documented shape, with money as two-decimal strings', async () => {
    const answer = await calc(validCalculation);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    // Parsing through the response schema drops unknown keys: equality means nothing undocumented is sent.
    expect(CalculationResponse.parse(answer.json)).toEqual(answer.json);
    expect(answer.json.ruleSet).toMatchObject({
      version: ruleSet.version,
      verifiedUntil: ruleSet.verifiedUntil,
      warnings: expect.any(Array),
    });
    expect(answer.json.scenarios.map((s: { id: string }) => s.id)).toEqual(['none', 'h10', 'h25']);
    const h10 = answer.json.scenarios[1];
    expect(h10.monthlyEarnings).toBe('585.00'); // 10 h × 13.50 € × 52 / 12
    expect(h10.benefits.map((b: { benefit: string }) => b.benefit)).toEqual(['earningsRelatedPension', 'kelaPension', 'guaranteePension']);
    expect(h10.totals).toMatchObject({
      grossIncome: expect.stringMatching(/^\d+\.\d\d$/),
      netIncome: expect.stringMatching(/^\d+\.\d\d$/),
    });
    expect(answer.json.scenarios[0].totals.changeFromFirst).toBe('0.00');
  });

  it('takes money as a string or a number alike', async () => {
    const asStrings = await calc(withScenario({ hoursPerWeek: '12.5', hourlyWage: '14.20' }));
    const asNumbers = await calc(withScenario({ hoursPerWeek: 12.5, hourlyWage: 14.2 }));
    expect(asNumbers.status).toBe(200);
    expect(asNumbers.json).toEqual(asStrings.json);
  });

  it('reads a base64-encoded body as API Gateway may send it', async () => {
    const answer = await calc(validCalculation, { base64: true });
    expect(answer.status).toBe(200);
    expect(answer.json.scenarios).toHaveLength(3);
  });

  it('uses today in Finland when the request has no date (22:30 UTC on 31 March is 1 April in Helsinki)', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-31T22:30:00Z') });
    const { date: _date, ...undated } = validCalculation;
    const answer = await calc(undated);
    expect(answer.status).toBe(200);
    expect(answer.json.date).toBe('2026-04-01');
  });

  it('computes a date after the verified rules, with a warning', async () => {
    const answer = await calc(withCase({ date: '2027-06-01' }));
    expect(answer.status).toBe(200);
    expect(answer.json.ruleSet.warnings.map((w: { code: string }) => w.code)).toContain('beyondVerifiedDate');
  });

  it('refuses a date before the rule set (1850) as a 400 on date, not a 500', async () => {
    const issue = issueAt(await calc(withCase({ date: '1850-01-01' })), ['date']);
    expect(issue.params).toEqual({ reason: 'beforeRuleSet', min: ruleSet.validFrom });
  });

  const bad: { name: string; body: unknown; path: (string | number)[]; reason?: string; code?: string }[] = [
    {
      name: 'negative hours',
      body: withScenario({ hoursPerWeek: -1, hourlyWage: 12 }),
      path: ['scenarios', 0, 'hoursPerWeek'],
      reason: 'notANumber',
    },
    {
      name: '200 hours a week',
      body: withScenario({ hoursPerWeek: 200, hourlyWage: 12 }),
      path: ['scenarios', 0, 'hoursPerWeek'],
      reason: 'tooLarge',
    },
    {
      name: 'a wage of three decimals',
      body: withScenario({ hoursPerWeek: 10, hourlyWage: '12.005' }),
      path: ['scenarios', 0, 'hourlyWage'],
      reason: 'tooManyDecimals',
    },
    {
      name: 'money that is not a number',
      body: withScenario({ monthlyEarnings: 'lots' }),
      path: ['scenarios', 0, 'monthlyEarnings'],
      reason: 'notANumber',
    },
    { name: 'hours without a wage', body: withScenario({ hoursPerWeek: 10 }), path: ['scenarios', 0, 'hourlyWage'], reason: 'required' },
    { name: 'an unknown field', body: withCase({ nickname: 'x' }), path: [], code: 'unrecognized_keys' },
    {
      name: 'an unknown field deep inside',
      body: withScenario({ monthlyEarnings: 1, overtime: true }),
      path: ['scenarios', 0],
      code: 'unrecognized_keys',
    },
    {
      name: 'a wrong type',
      body: withCase({ household: { livingWithPartner: 'yes' } }),
      path: ['household', 'livingWithPartner'],
      code: 'invalid_type',
    },
    { name: 'no scenarios', body: withCase({ scenarios: [] }), path: ['scenarios'] },
    {
      name: 'seven scenarios',
      body: withCase({ scenarios: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, monthlyEarnings: 0 })) }),
      path: ['scenarios'],
    },
    {
      name: 'two scenarios with one id',
      body: withCase({
        scenarios: [
          { id: 'a', monthlyEarnings: 0 },
          { id: 'a', monthlyEarnings: 1 },
        ],
      }),
      path: ['scenarios', 1, 'id'],
      reason: 'duplicateId',
    },
    { name: 'no benefit at all', body: withCase({ benefits: {} }), path: ['benefits'], reason: 'benefitRequired' },
    { name: 'a date that does not exist', body: withCase({ date: '2026-02-30' }), path: ['date'], reason: 'invalidDate' },
    { name: 'a date in another format', body: withCase({ date: '1.3.2026' }), path: ['date'] },
    { name: 'an array instead of an object', body: [validCalculation], path: [], code: 'invalid_type' },
    { name: 'JSON null', body: 'null', path: [], code: 'invalid_type' },
    { name: 'malformed JSON', body: '{"benefits": {', path: [], reason: 'invalidJson' },
    { name: 'an empty body', body: '', path: [], reason: 'required' },
    {
      name: 'a prototype-polluting key',
      body: '{"__proto__": {"admin": true}, "benefits": {}, "scenarios": []}',
      path: [],
      code: 'unrecognized_keys',
    },
  ];

  it.each(bad)('answers $name with 400 and an issue at its path', async ({ body, path, reason, code }) => {
    const issue = issueAt(await calc(body), path);
    expect(issue.message).toEqual(expect.any(String));
    if (reason) expect(issue.params?.reason).toBe(reason);
    if (code) expect(issue.code).toBe(code);
  });

  it('keeps the limits of a custom issue in params, for the web app to word', async () => {
    const issue = issueAt(await calc(withScenario({ hoursPerWeek: 200, hourlyWage: 12 })), ['scenarios', 0, 'hoursPerWeek']);
    expect(issue).toEqual({
      path: ['scenarios', 0, 'hoursPerWeek'],
      message: 'must be at most 80',
      code: 'custom',
      params: { reason: 'tooLarge', max: '80' },
    });
  });

  it('words generic issues readably (zod locale loaded), naming the unknown key', async () => {
    const issue = issueAt(await calc(withCase({ nickname: 'x' })), []);
    expect(issue.message).toBe('Unrecognized key: "nickname"');
    expect(issue.params).toEqual({ keys: ['nickname'] });
  });

  it('refuses a list of thousands of scenarios with one issue, not thousands', async () => {
    const answer = await calc(withCase({ scenarios: Array.from({ length: 5000 }, () => ({})) }));
    expect(answer.status).toBe(400);
    expect(answer.json.issues.length).toBeLessThanOrEqual(MAX_ISSUES);
  });

  it(`lists at most ${MAX_ISSUES} issues, and says how many there were`, () => {
    const many = Array.from({ length: MAX_ISSUES + 50 }, (_, i) => ({ path: [i], message: 'bad' }));
    const body = JSON.parse(badRequest(many).message);
    expect(body.issues).toHaveLength(MAX_ISSUES);
    expect(body.error).toBe(`Invalid request (the first ${MAX_ISSUES} of ${MAX_ISSUES + 50} problems are listed)`);
  });

  it(`accepts a body of just under ${MAX_BODY_BYTES} bytes and refuses one just over`, async () => {
    // JSON allows whitespace anywhere between tokens: pad a valid body to an exact size.
    const pad = (bytes: number) => {
      const base = JSON.stringify(validCalculation);
      return `${base.slice(0, -1)}${' '.repeat(bytes - base.length)}}`;
    };
    expect((await calc(pad(MAX_BODY_BYTES))).status).toBe(200);
    const over = await calc(pad(MAX_BODY_BYTES + 1));
    expect(over.status).toBe(413);
    expect(over.json.issues[0].params).toEqual({ reason: 'bodyTooLarge', max: MAX_BODY_BYTES });
  });
});

describe('POST /v1/calculations/sweep', () => {
  it('returns one point per step with each benefit, in the documented shape', async () => {
    const answer = await sweepOf(validSweep);
    expect(answer.status).toBe(200);
    expect(SweepResponse.parse(answer.json)).toEqual(answer.json);
    expect(answer.json.points).toHaveLength(61);
    expect(answer.json.points[20]).toMatchObject({ hoursPerWeek: '10', monthlyEarnings: '606.67' });
    expect(answer.json.points[0].benefits[0]).toEqual({
      benefit: 'sicknessAllowance',
      status: 'continues',
      monthlyAmount: expect.stringMatching(/^\d+\.\d\d$/),
    });
  });

  it('defaults to 0–40 hours in half-hour steps', async () => {
    const answer = await sweepOf({ ...validSweep, sweep: { hourlyWage: 14 } });
    expect(answer.json.points).toHaveLength(81);
  });

  it('allows 401 points and refuses more', async () => {
    expect(
      (await sweepOf({ ...validSweep, sweep: { hourlyWage: 14, fromHours: 0, toHours: 40, stepHours: 0.1 } })).json.points,
    ).toHaveLength(401);
    const issue = issueAt(await sweepOf({ ...validSweep, sweep: { hourlyWage: 14, fromHours: 0, toHours: 80, stepHours: 0.1 } }), [
      'sweep',
      'stepHours',
    ]);
    expect(issue.params?.reason).toBe('tooManyPoints');
  });

  it('refuses a range that runs backwards, and the calculation fields it does not take', async () => {
    issueAt(await sweepOf({ ...validSweep, sweep: { hourlyWage: 14, fromHours: 20, toHours: 10 } }), ['sweep', 'toHours']);
    issueAt(await sweepOf({ ...validSweep, scenarios: validCalculation.scenarios }), []);
  });
});

describe('GET /v1/rules', () => {
  it('lists every parameter with descriptions in three languages, the value in force, history and sources', async () => {
    const answer = await rulesOf({ date: '2025-02-01' });
    expect(answer.status).toBe(200);
    expect(RulesResponse.parse(answer.json)).toEqual(answer.json);
    expect(answer.json.ruleSet).toMatchObject({
      version: ruleSet.version,
      verifiedUntil: ruleSet.verifiedUntil,
      validFrom: ruleSet.validFrom,
    });
    expect(answer.json.parameters.map((p: { name: string }) => p.name).sort()).toEqual(Object.keys(ruleSet.parameters).sort());
    for (const p of answer.json.parameters) {
      expect(Object.keys(p.description).sort()).toEqual(['en', 'fi', 'sv']);
      expect(p.history.length).toBeGreaterThan(0);
      expect(p.history).toContainEqual(p.inForce);
      expect(p.inForce.from <= '2025-02-01').toBe(true);
      const next = p.history.find((v: { from: string }) => v.from > p.inForce.from);
      if (next) expect(next.from > '2025-02-01').toBe(true);
      expect(['official', 'secondary', 'derived']).toContain(p.inForce.status);
    }
  });

  it('reads the values in force today in Finland when no date is given', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-12-31T22:00:00Z') });
    const answer = await rulesOf();
    expect(answer.json.date).toBe('2026-01-01');
  });

  it('warns for a date after the verified rules', async () => {
    const answer = await rulesOf({ date: '2030-01-01' });
    expect(answer.status).toBe(200);
    expect(answer.json.ruleSet.warnings[0]).toMatchObject({ code: 'beyondVerifiedDate', severity: 'warning' });
  });

  it.each([
    { query: { date: '1850-01-01' } as Record<string, string>, path: ['date'] },
    { query: { date: 'tomorrow' }, path: ['date'] },
    { query: { date: '2026-01-01,2026-02-01' }, path: ['date'] },
    { query: { lang: 'fi' } as Record<string, string>, path: [] },
  ])('answers ?$query with 400', async ({ query, path }) => {
    issueAt(await rulesOf(query), path);
  });
});

describe('GET /v1/health', () => {
  it('says ok and names the rule set', async () => {
    const answer = await invoke(health, apiEvent({ method: 'GET', path: '/v1/health' }));
    expect(answer.status).toBe(200);
    expect(HealthResponse.parse(answer.json)).toEqual({
      status: 'ok',
      ruleSet: { version: ruleSet.version, verifiedUntil: ruleSet.verifiedUntil },
    });
  });
});

describe('unknown routes and wrong methods ($default)', () => {
  it('answers an unknown path with a JSON 404', async () => {
    const answer = await invoke(fallback, apiEvent({ method: 'GET', path: '/v1/nothing-here', routeKey: '$default' }));
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: 'Not found' });
  });

  it('answers a known path with another method with a JSON 405 and an Allow header', async () => {
    const answer = await invoke(fallback, apiEvent({ method: 'GET', path: '/v1/calculations', routeKey: '$default' }));
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST, OPTIONS');
    expect(answer.json.error).toMatch(/POST/);
  });

  it('answers OPTIONS on a known path with 204 and the allowed methods', async () => {
    const answer = await invoke(fallback, apiEvent({ method: 'OPTIONS', path: '/v1/rules', routeKey: '$default' }));
    expect(answer.status).toBe(204);
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});

describe('the shared stack', () => {
  const SECURITY = ['x-content-type-options', 'strict-transport-security', 'x-frame-options', 'content-security-policy', 'referrer-policy'];

  it.each([
    { name: '200', run: () => calc(validCalculation), status: 200 },
    { name: '400', run: () => calc('{'), status: 400 },
    { name: '404', run: () => invoke(fallback, apiEvent({ method: 'GET', path: '/x', routeKey: '$default' })), status: 404 },
    { name: '405', run: () => invoke(fallback, apiEvent({ method: 'DELETE', path: '/v1/health', routeKey: '$default' })), status: 405 },
  ])('puts the request id and the security headers on a $name', async ({ run, status }) => {
    const answer = await run();
    expect(answer.status).toBe(status);
    expect(answer.headers['x-request-id']).toBe('test-request-id');
    for (const h of SECURITY) expect(answer.headers[h], h).toBeTruthy();
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('makes up a request id when API Gateway gave none', async () => {
    const answer = await invoke(health, apiEvent({ method: 'GET', path: '/v1/health', requestId: null }));
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per request: method, route, status, time and request id, never the body or the query', async () => {
    await calc(withCase({ scenarios: [{ id: 'private', label: 'Matti Meikäläinen', monthlyEarnings: '1234.56' }] }));
    await rulesOf({ date: '1850-01-01' });
    expect(logs.lines).toHaveLength(2);
    const [first, second] = logs.lines.map((l) => JSON.parse(l));
    expect(first).toEqual({
      level: 'info',
      msg: 'request',
      requestId: 'test-request-id',
      method: 'POST',
      route: 'POST /v1/calculations',
      status: 200,
      ms: expect.any(Number),
    });
    expect(second).toMatchObject({ route: 'GET /v1/rules', status: 400 });
    const all = logs.lines.join('\n');
    for (const secret of ['Matti', '1234.56', 'private', '1850']) expect(all).not.toContain(secret);
  });

  it('turns an unexpected error into a JSON 500 without internals, and logs it', async () => {
    const broken = apiHandler('health', () => {
      throw new Error('database password is hunter2');
    });
    const answer = await invoke(broken, apiEvent({ method: 'GET', path: '/v1/health' }));
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ error: 'Internal error' });
    expect(answer.body).not.toMatch(/hunter2|at .*\.ts/);
    expect(answer.headers['x-request-id']).toBe('test-request-id');
    const errorLine = logs.lines.map((l) => JSON.parse(l)).find((l) => l.level === 'error');
    expect(errorLine).toMatchObject({ msg: 'unexpected error', requestId: 'test-request-id', route: 'GET /v1/health' });
  });
});
