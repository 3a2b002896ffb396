import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { handler as calculations } from '../../functions/api/calculations.ts';
import { handler as fallback } from '../../functions/api/fallback.ts';
import { handler as health } from '../../functions/api/health.ts';
import { handler as rules } from '../../functions/api/rules.ts';
import { CalculationResponse, HealthResponse, RulesResponse, SweepResponse, TimelineResponse } from '../../functions/api/schemas.ts';
import { handler as sweep } from '../../functions/api/sweep.ts';
import { handler as timelines } from '../../functions/api/timelines.ts';
import { fuzzRuns } from '../fuzz-runs.ts';
import { type Answer, apiEvent, captureLogs, invoke } from './events.ts';
import { validCalculation, validSweep, validTimeline } from './fixtures.ts';

/**
 * Thousands of generated bad or odd requests through the real handlers: none may give a 500, a NaN or
 * Infinity, a stack trace, or a 400 without its issues list.
 */

const RUNS = fuzzRuns(12_000);
const logs = captureLogs();
afterAll(() => logs.restore());

// ── odd values ───────────────────────────────────────────────────────────────────────────────────────
const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, -1, 0.1 + 0.2, 1e21, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 80.001, 80, 0.005, 401, 1e-7),
);
const oddString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '-1',
    '1e999',
    '1e3',
    '0x10',
    ' 12 ',
    '12,50',
    '١٢',
    '',
    '.5',
    '5.',
    '00012',
    '-0',
    '+5',
    '9'.repeat(40),
    `0.${'0'.repeat(30)}1`,
    '1850-01-01',
    '2026-02-29',
    '2024-02-29',
    '9999-12-31',
    '0000-01-01',
    '2026-13-01',
    '2026-03-01T00:00:00Z',
    'full',
    'partial',
    '__proto__',
    'constructor',
    'toString',
    '<script>',
    '\u0000',
    '\ud800',
  ),
  fc.date({ noInvalidDate: true, min: new Date('0001-01-01'), max: new Date('9999-12-31') }).map((d) => d.toISOString().slice(0, 10)),
);
const oddKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'NaN', 'id', 'label', 'date'),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddNumber },
  { weight: 3, arbitrary: oddString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ── mutations of a valid request: replace, delete, add a key, wrap in an array ──────────────────────
type Mutation = { at: number; kind: 'replace' | 'delete' | 'addKey' | 'wrap' | 'repeat'; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'addKey', 'wrap', 'repeat'),
  key: oddKey,
  value: oddValue,
});

function slots(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) slots(v, [...path, Array.isArray(node) ? Number(k) : k], out);
  return out;
}

function mutate(base: object, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(base);
  for (const generated of mutations) {
    // fc.constantFrom hands out the very same [] and {} every time: copy values before grafting them in,
    // or one mutation could add a key to an object that is its own value (a cycle) or leak into later runs.
    const m = { ...generated, value: structuredClone(generated.value) };
    const all = slots(root);
    const path = all[m.at % all.length]!;
    const parent = path.slice(0, -1).reduce<any>((node, k) => node?.[k], root);
    const last = path[path.length - 1];
    const current = last === undefined ? root : parent?.[last];
    let next: unknown = current;
    if (m.kind === 'replace') next = m.value;
    if (m.kind === 'wrap') next = [current];
    if (m.kind === 'repeat') next = Array.isArray(current) ? [...current, ...current] : current;
    if (m.kind === 'addKey' && current && typeof current === 'object' && !Array.isArray(current)) {
      Object.defineProperty(current, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (last === undefined) root = m.kind === 'delete' ? undefined : next;
    else if (parent && typeof parent === 'object') {
      if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
      else parent[last] = next;
    }
  }
  return root;
}

const mutated = (base: object) => fc.array(mutation, { minLength: 0, maxLength: 4 }).map((ms) => JSON.stringify(mutate(base, ms)) ?? '');

// ── raw bodies that are not (quite) JSON ────────────────────────────────────────────────────────────
const rawBody = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.nat({ max: 400 }).map((n) => JSON.stringify(validCalculation).slice(0, n)),
  fc.nat({ max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.nat({ max: 5_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc
    .nat({ max: 400 })
    .map(
      (n) =>
        `{"benefits":{"kelaPension":{"fixedTerm":false,"monthlyAmount":${'9'.repeat(n + 1)}}},"scenarios":[{"id":"a","monthlyEarnings":0}]}`,
    ),
  fc.constantFrom(
    'null',
    'true',
    '0',
    '""',
    '[]',
    '{}',
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"x":1}}}',
    'NaN',
    'Infinity',
    '-',
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

const sweepRange = fc.record(
  { hourlyWage: oddValue, fromHours: oddValue, toHours: oddValue, stepHours: oddValue, workDaysPerWeek: oddValue },
  { requiredKeys: [] },
);
const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
const plausibleSweep = fc
  .record({
    from: decimalText,
    to: decimalText,
    step: fc.oneof(decimalText, fc.constantFrom('0.1', '0.25', '0.5', '1', '0.01')),
    wage: fc.oneof(decimalText, oddNumber),
  })
  .map(({ from, to, step, wage }) =>
    JSON.stringify({ ...validSweep, sweep: { hourlyWage: wage, fromHours: from, toHours: to, stepHours: step } }),
  );

/** Plans the schema may accept: any start month, 1–40 months of odd pay and bonuses, odd sickness days and end dates. */
const planMonth = fc.oneof(
  fc.record({ monthlyEarnings: fc.oneof(decimalText, oddNumber), holidayBonus: decimalText }, { requiredKeys: ['monthlyEarnings'] }),
  fc.record(
    {
      hoursPerWeek: decimalText,
      hourlyWage: fc.oneof(decimalText, oddNumber),
      annualBonus: decimalText,
      workDaysPerWeek: fc.integer({ min: 0, max: 7 }),
    },
    { requiredKeys: ['hoursPerWeek', 'hourlyWage'] },
  ),
);
const plausiblePlan = fc
  .record({
    start: fc.oneof(
      fc.integer({ min: 2020, max: 2031 }).chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, '0')}`)),
      oddString,
    ),
    months: fc.array(planMonth, { minLength: 0, maxLength: 40 }),
    daysUsed: fc.oneof(fc.integer({ min: -1, max: 800 }), oddNumber),
    endsOn: fc.oneof(fc.constantFrom('2026-05-31', '2023-01-31', '2030-12-31'), oddString),
    start2: fc.constantFrom('2025-06-02', '2026-03-02', '2019-01-01', '2026-12-31'),
    municipality: fc.constantFrom('Tampere', 'Helsinki', 'Jomala', 'Tampre', '', 'x'.repeat(70)),
  })
  .map(({ start, months, daysUsed, endsOn, start2, municipality }) =>
    JSON.stringify({
      start,
      household: { livingWithPartner: false },
      benefits: {
        earningsRelatedPension: { type: 'partial', fixedTerm: true, monthlyAmount: '700', endsOn },
        kelaPension: { fixedTerm: false, receivesCareAllowance: true },
        sicknessAllowance: {
          annualIncome: '24000',
          entitlementStartDate: start2,
          daysUsed,
          partialDaysUsed: 10,
          fullTimeHoursPerWeek: 37.5,
        },
      },
      tax: { municipality, churchMember: true },
      person: { birthYear: 1990 },
      months,
    }),
  );

// ── one generated request: which handler, which event ──────────────────────────────────────────────
type Target = 'calculations' | 'sweep' | 'timelines' | 'rules' | 'health' | 'fallback';
type Case = { target: Target; method: string; path: string; body?: string; base64?: boolean; query?: Record<string, string> };

const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'get', '');
const paths = fc.oneof(
  fc.constantFrom(
    '/v1/calculations',
    '/v1/calculations/sweep',
    '/v1/timelines',
    '/v1/rules',
    '/v1/health',
    '/v1/openapi.json',
    '/v1/',
    '/',
    '/v1/health/',
    '/V1/HEALTH',
    '/v1//rules',
    '/v1/calculations/%2e%2e',
  ),
  fc.webPath(),
  fc.string(),
);
const query = fc.oneof(
  fc.dictionary(oddKey, fc.string(), { maxKeys: 3 }),
  oddString.map((date) => ({ date })),
  fc
    .date({ noInvalidDate: true, min: new Date('1800-01-01'), max: new Date('2200-01-01') })
    .map((d) => ({ date: d.toISOString().slice(0, 10) })),
);

const requestCase: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 5,
    arbitrary: mutated(validCalculation).map((body) => ({
      target: 'calculations' as const,
      method: 'POST',
      path: '/v1/calculations',
      body,
    })),
  },
  { weight: 2, arbitrary: rawBody.map((body) => ({ target: 'calculations' as const, method: 'POST', path: '/v1/calculations', body })) },
  {
    weight: 2,
    arbitrary: mutated(validSweep).map((body) => ({ target: 'sweep' as const, method: 'POST', path: '/v1/calculations/sweep', body })),
  },
  {
    weight: 1,
    arbitrary: sweepRange.map((range) => ({
      target: 'sweep' as const,
      method: 'POST',
      path: '/v1/calculations/sweep',
      body: JSON.stringify({ ...validSweep, sweep: range }),
    })),
  },
  {
    weight: 1,
    arbitrary: plausibleSweep.map((body) => ({ target: 'sweep' as const, method: 'POST', path: '/v1/calculations/sweep', body })),
  },
  { weight: 1, arbitrary: rawBody.map((body) => ({ target: 'sweep' as const, method: 'POST', path: '/v1/calculations/sweep', body })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.oneof(rawBody, mutated(validCalculation)), fc.boolean()).map(([body, asBase64]) => ({
      target: 'calculations' as const,
      method: 'POST',
      path: '/v1/calculations',
      body: asBase64 ? Buffer.from(body).toString('base64') : body,
      base64: true,
    })),
  },
  {
    weight: 2,
    arbitrary: mutated(validTimeline).map((body) => ({ target: 'timelines' as const, method: 'POST', path: '/v1/timelines', body })),
  },
  {
    weight: 1,
    arbitrary: plausiblePlan.map((body) => ({ target: 'timelines' as const, method: 'POST', path: '/v1/timelines', body })),
  },
  { weight: 1, arbitrary: rawBody.map((body) => ({ target: 'timelines' as const, method: 'POST', path: '/v1/timelines', body })) },
  { weight: 2, arbitrary: query.map((q) => ({ target: 'rules' as const, method: 'GET', path: '/v1/rules', query: q })) },
  { weight: 1, arbitrary: query.map((q) => ({ target: 'health' as const, method: 'GET', path: '/v1/health', query: q })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ method: methods, path: paths, body: fc.option(rawBody, { nil: undefined }) })
      .map((c) => ({ target: 'fallback' as const, ...c })),
  },
);

const HANDLERS = { calculations, sweep, timelines, rules, health, fallback };
const SCHEMAS: Partial<Record<Target, z.ZodType>> = {
  calculations: CalculationResponse,
  sweep: SweepResponse,
  timelines: TimelineResponse,
  rules: RulesResponse,
  health: HealthResponse,
};

/** Every computed leaf of a JSON value: not the scenario ids and labels, which echo the caller's own text. */
function* leaves(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) for (const v of value) yield* leaves(v);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== 'label') yield* leaves(v);
  } else yield value;
}

function check(c: Case, answer: Answer) {
  const where = `${c.target} ${c.method} ${c.path} ${c.body?.slice(0, 200) ?? ''} ${JSON.stringify(c.query ?? {})}`;
  expect([200, 204, 400, 404, 405, 413], where).toContain(answer.status);
  expect(answer.headers['x-request-id'], where).toBeTruthy();
  expect(answer.body, where).not.toMatch(/\n\s+at |\.ts:\d+:\d+/);
  if (answer.status === 204) return;
  // HEAD: the status and headers of GET, never a body (RFC 9110 § 9.3.2).
  if (c.method === 'HEAD') return expect(answer.body, where).toBe('');
  expect(answer.json, `${where}: not JSON: ${answer.body.slice(0, 200)}`).toBeDefined();
  if (answer.status === 400) {
    expect(answer.json.error, where).toEqual(expect.any(String));
    expect(answer.json.issues.length, where).toBeGreaterThan(0);
    for (const issue of answer.json.issues) {
      expect(issue.message, where).toEqual(expect.any(String));
      expect(
        issue.path.every((p: unknown) => typeof p === 'string' || typeof p === 'number'),
        where,
      ).toBe(true);
    }
  } else if (answer.status === 200) {
    const schema = SCHEMAS[c.target];
    if (schema) expect(schema.parse(answer.json), where).toEqual(answer.json);
    for (const leaf of leaves(answer.json)) {
      if (typeof leaf === 'string') expect(leaf, where).not.toMatch(/NaN|Infinity/);
    }
  } else {
    expect(answer.json.error, where).toEqual(expect.any(String));
  }
}

describe('fuzzing the handlers with bad and odd requests', () => {
  const statuses = new Map<number, number>();
  const timelineStatuses = new Map<number, number>();

  it(`gives no 500, NaN, stack trace or 400 without issues in ${RUNS} generated requests`, async () => {
    await fc.assert(
      fc.asyncProperty(requestCase, async (c) => {
        const event = apiEvent({
          method: c.method,
          path: c.path,
          ...(c.body !== undefined ? { body: c.body } : {}),
          ...(c.query ? { query: c.query } : {}),
          ...(c.base64 ? { base64: true } : {}),
          ...(c.target === 'fallback' ? { routeKey: '$default' } : {}),
        });
        const answer = await invoke(HANDLERS[c.target], event);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (c.target === 'timelines') timelineStatuses.set(answer.status, (timelineStatuses.get(answer.status) ?? 0) + 1);
        check(c, answer);
      }),
      { numRuns: RUNS },
    );
    // The generators reach both sides: plenty of accepted requests, plenty of refused ones, and the router's answers.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 3);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(405) ?? 0).toBeGreaterThan(0);
    // The timeline's plans get through to the engine as well as being refused.
    expect(timelineStatuses.get(200) ?? 0).toBeGreaterThan(RUNS / 100);
    expect(timelineStatuses.get(400) ?? 0).toBeGreaterThan(RUNS / 100);
    expect(logs.lines.some((l) => l.includes('"level":"error"'))).toBe(false);
  }, 120_000);
});
