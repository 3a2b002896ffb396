import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { handler as calculations } from '../../functions/api/calculations.ts';
import { CreateCaseRequest, UpdateCaseRequest } from '../../functions/api/cases/schemas.ts';
import { handler as health } from '../../functions/api/health.ts';
import { handler as openapi } from '../../functions/api/openapi.ts';
import { buildOpenApiDocument } from '../../functions/api/openapi-document.ts';
import { handler as rules } from '../../functions/api/rules.ts';
import { handler as sweep } from '../../functions/api/sweep.ts';
import { handler as timelines } from '../../functions/api/timelines.ts';
import { type ApiRoute, ROUTES } from '../../functions/contracts/routes.ts';
import {
  CalculationRequest,
  EarningsRelatedPensionInput,
  HouseholdInput,
  KelaPensionInput,
  ScenarioInput,
  SicknessAllowanceInput,
  SweepInput,
  SweepRequest,
  TaxInput,
} from '../../functions/core/request.ts';
import { TimelineMonthInput, TimelineRequest } from '../../functions/core/timeline-request.ts';
import { apiEvent, captureLogs, invoke } from './events.ts';
import { validCalculation, validSweep, validTimeline } from './fixtures.ts';
import { validate } from './json-schema.ts';

captureLogs();
const doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));
const schemas = doc.components.schemas as Record<string, Record<string, any>>;
const accepts = (id: string, value: unknown) => validate({ $ref: `#/components/schemas/${id}` }, value, doc);

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref') found.push(v as string);
      else refs(v, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is an OpenAPI 3.1 document with info, paths and components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(5);
  });

  const operations = () =>
    Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        path,
        method: method.toUpperCase(),
        op,
        route: (ROUTES as readonly ApiRoute[]).find((r) => r.path === path && r.method === method.toUpperCase())!,
      })),
    );

  it('has exactly the routes of the route table, each with an operationId and its success answer (JSON, or 204 without a body)', () => {
    expect(
      operations()
        .map(({ method, path }) => `${method} ${path}`)
        .sort(),
    ).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const { method, op, route } of operations()) {
      expect(op.operationId).toBe(route.name);
      const [status, ...others] = Object.keys(op.responses).filter((code) => code.startsWith('2'));
      expect(others, route.name).toEqual([]);
      expect(op.responses[status!].headers['X-Request-Id']).toBeDefined();
      if (status === '204') expect(op.responses[status].content, route.name).toBeUndefined();
      else expect(op.responses[status!].content['application/json'].schema, route.name).toBeDefined();
      if (op.requestBody) {
        expect(op.requestBody.required, route.name).toBe(route.name !== 'createShare');
        expect(op.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
      }
      expect(method === 'POST' ? op.requestBody : undefined, route.name).toEqual(method === 'POST' ? expect.anything() : undefined);
    }
    expect(doc.paths['/v1/cases'].post.responses['201']).toBeDefined();
    expect(doc.paths['/v1/cases/{caseId}'].delete.responses['204']).toBeDefined();
    expect(doc.paths['/v1/rules'].get.parameters).toEqual([
      expect.objectContaining({ name: 'date', in: 'query', required: false, schema: expect.objectContaining({ type: 'string' }) }),
    ]);
  });

  it('declares the bearer token of a signed-in coach, and requires it on exactly the coach routes (with a 401)', () => {
    expect(doc.components.securitySchemes).toEqual({
      coachToken: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
    });
    expect(doc.security).toBeUndefined();
    for (const { op, route } of operations()) {
      if (route.auth === 'coach') {
        expect(op.security, route.name).toEqual([{ coachToken: [] }]);
        expect(op.responses['401'].content['application/json'].schema, route.name).toEqual({ $ref: '#/components/schemas/Unauthorized' });
      } else {
        expect(op.security, route.name).toBeUndefined();
        expect(op.responses['401'], route.name).toBeUndefined();
      }
    }
  });

  it('declares every path parameter, the 404 of routes that name a case or link, and the 409 of the versioned writes', () => {
    for (const { path, op, route } of operations()) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(
        (op.parameters ?? [])
          .filter((p: { in: string }) => p.in === 'path')
          .map((p: { name: string; required: boolean }) => [p.name, p.required]),
        route.name,
      ).toEqual(names.map((n) => [n, true]));
      if (names.length > 0) expect(op.responses['404'], route.name).toBeDefined();
    }
    expect(Object.keys(doc.paths['/v1/cases/{caseId}'].put.responses)).toContain('409');
    expect(Object.keys(doc.paths['/v1/cases/{caseId}'].delete.responses)).toContain('409');
    expect(doc.paths['/v1/cases/{caseId}'].put.responses['409'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Conflict',
    });
    expect(doc.paths['/v1/cases/{caseId}'].delete.parameters).toContainEqual(
      expect.objectContaining({ name: 'version', in: 'query', required: false }),
    );
  });

  it('gives each decimal input its range', () => {
    expect(schemas.Scenario!.properties.hoursPerWeek.description).toBe(
      'A decimal number from 0 to 80 with at most 2 decimals, as a string ("12.50") or a JSON number.',
    );
    expect(schemas.Scenario!.properties.hourlyWage.examples).toEqual(['0.01', '500']);
  });

  it('documents the sickness allowance’s start date, entrepreneur’s income and sector full time, the exempt Kela pension, and the list’s outcome flag', () => {
    const sickness = schemas.SicknessAllowance!;
    expect(Object.keys(sickness.properties)).toEqual(
      expect.arrayContaining(['entitlementStartDate', 'entrepreneurAnnualIncome', 'fullTimeInSector']),
    );
    expect(sickness.properties.entitlementStartDate).toMatchObject({ type: 'string', pattern: expect.stringContaining('\\d{4}') });
    expect(sickness.description).toContain('the day the sick leave began');
    expect(schemas.KelaPension!.properties.exemptFromEarningsTest).toMatchObject({ type: 'boolean' });
    expect(schemas.KelaPension!.description).toContain('KEL 12 § 4');
    expect(schemas.CaseSummary!.properties.outcomeChanged.description).toContain('a rules update changed it');
    expect(doc.info.version).toBe('1.3.0');
  });

  it('documents the tax estimate: the request’s municipality, church and birth year, and the answers’ tax, extra hour and falls', () => {
    expect(Object.keys(schemas.Tax!.properties)).toEqual(
      expect.arrayContaining(['municipality', 'churchMember', 'church', 'wageWithholdingPercent', 'benefitWithholdingPercent']),
    );
    expect(schemas.Tax!.description).toContain('municipalTaxRates');
    expect(schemas.Person!.properties.birthYear).toMatchObject({ type: 'integer' });
    expect(schemas.CalculationRequest!.properties.person).toEqual({ $ref: '#/components/schemas/Person' });
    const scenario = schemas.CalculationResponse!.properties.scenarios.items;
    expect(Object.keys(scenario.properties)).toEqual(expect.arrayContaining(['tax', 'extraHour']));
    expect(Object.keys(scenario.properties.totals.properties)).toContain('netMethod');
    expect(Object.keys(schemas.SweepResponse!.properties)).toEqual(
      expect.arrayContaining(['netMethod', 'netFalls', 'littleGains', 'explanations']),
    );
    expect(doc.paths['/v1/calculations'].post.description).toContain('unknownMunicipality');
  });

  it('describes a saved case’s input as the CalculationRequest itself', () => {
    expect(schemas.CreateCaseRequest!.properties.input).toEqual({ $ref: '#/components/schemas/CalculationRequest' });
    expect(schemas.Case!.properties.input).toEqual({ $ref: '#/components/schemas/CalculationRequest' });
    expect(schemas.SharedCase!.properties.input).toEqual({ $ref: '#/components/schemas/CalculationRequest' });
    expect(schemas.CaseLabel).toMatchObject({ type: 'string', minLength: 1, maxLength: 80 });
  });

  it('resolves every $ref inside the document, and its components carry no $schema or $id of their own', () => {
    for (const ref of refs(doc)) {
      const [, section, id] = /^#\/components\/(schemas|headers)\/(.+)$/.exec(ref) ?? [];
      expect(doc.components[section!]?.[id!], ref).toBeDefined();
    }
    for (const schema of Object.values(schemas)) {
      expect(schema.$schema).toBeUndefined();
      expect(schema.$id).toBeUndefined();
    }
  });

  it('is what GET /v1/openapi.json serves', async () => {
    const answer = await invoke(openapi, apiEvent({ method: 'GET', path: '/v1/openapi.json' }));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(doc);
  });
});

describe('its request schemas, generated from the zod schemas that validate requests', () => {
  const objects: [string, z.core.$ZodType][] = [
    ['CalculationRequest', CalculationRequest],
    ['SweepRequest', SweepRequest],
    ['EarningsRelatedPension', EarningsRelatedPensionInput],
    ['KelaPension', KelaPensionInput],
    ['SicknessAllowance', SicknessAllowanceInput],
    ['Tax', TaxInput],
    ['Household', HouseholdInput],
    ['Scenario', ScenarioInput],
    ['SweepRange', SweepInput],
    ['TimelineRequest', TimelineRequest as unknown as z.core.$ZodType],
    ['TimelineMonth', TimelineMonthInput as unknown as z.core.$ZodType],
    ['CreateCaseRequest', CreateCaseRequest as unknown as z.core.$ZodType],
    ['UpdateCaseRequest', UpdateCaseRequest as unknown as z.core.$ZodType],
  ];

  it.each(objects)('%s has the same fields and required fields as the zod schema, and no others', (id, schema) => {
    const shape = (schema as unknown as { _zod: { def: { shape: Record<string, { _zod: { optin?: string } }> } } })._zod.def.shape;
    const required = Object.entries(shape)
      .filter(([, s]) => s._zod.optin !== 'optional')
      .map(([k]) => k);
    expect(Object.keys(schemas[id]!.properties).sort()).toEqual(Object.keys(shape).sort());
    expect([...(schemas[id]!.required ?? [])].sort()).toEqual(required.sort());
    expect(schemas[id]!.additionalProperties).toBe(false);
  });

  const minimal = { benefits: { kelaPension: { fixedTerm: false, monthlyAmount: 100 } }, scenarios: [{ id: 'a', monthlyEarnings: 0 }] };
  const structural: { name: string; body: unknown }[] = [
    { name: 'no benefits', body: { scenarios: minimal.scenarios } },
    { name: 'no scenarios', body: { benefits: minimal.benefits } },
    { name: 'an unknown field', body: { ...minimal, extra: 1 } },
    { name: 'scenarios as an object', body: { ...minimal, scenarios: { id: 'a' } } },
    {
      name: 'seven scenarios',
      body: { ...minimal, scenarios: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, monthlyEarnings: 0 })) },
    },
    { name: 'a scenario without id', body: { ...minimal, scenarios: [{ monthlyEarnings: 0 }] } },
    { name: 'a scenario id with spaces', body: { ...minimal, scenarios: [{ id: 'a b', monthlyEarnings: 0 }] } },
    {
      name: 'a pension type not in the list',
      body: { ...minimal, benefits: { earningsRelatedPension: { type: 'half', fixedTerm: false, monthlyAmount: 1 } } },
    },
    {
      name: 'a pension without its amount',
      body: { ...minimal, benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false } } },
    },
    { name: 'money as a boolean', body: { ...minimal, scenarios: [{ id: 'a', monthlyEarnings: true }] } },
    { name: 'livingWithPartner as text', body: { ...minimal, household: { livingWithPartner: 'yes' } } },
    { name: 'seven work days a week', body: { ...minimal, scenarios: [{ id: 'a', monthlyEarnings: 0, workDaysPerWeek: 7 }] } },
    { name: 'a date in another format', body: { ...minimal, date: '1.3.2026' } },
  ];

  it.each([
    { name: 'the full example', body: validCalculation },
    { name: 'a minimal case', body: minimal },
  ])('both accept $name', ({ body }) => {
    expect(CalculationRequest.safeParse(body).success).toBe(true);
    expect(accepts('CalculationRequest', body)).toEqual([]);
  });

  it.each(structural)('both reject $name', ({ body }) => {
    expect(CalculationRequest.safeParse(body).success).toBe(false);
    expect(accepts('CalculationRequest', body)).not.toEqual([]);
  });

  it('both accept the timeline example and reject a plan of 37 months or one without its start', () => {
    expect(TimelineRequest.safeParse(validTimeline).success).toBe(true);
    expect(accepts('TimelineRequest', validTimeline)).toEqual([]);
    const long = { ...validTimeline, months: Array.from({ length: 37 }, () => ({ monthlyEarnings: 0 })) };
    expect(TimelineRequest.safeParse(long).success).toBe(false);
    expect(accepts('TimelineRequest', long)).not.toEqual([]);
    const { start: _start, ...noStart } = validTimeline;
    expect(TimelineRequest.safeParse(noStart).success).toBe(false);
    expect(accepts('TimelineRequest', noStart)).not.toEqual([]);
  });

  it('both accept the sweep example and reject a sweep without its range', () => {
    expect(SweepRequest.safeParse(validSweep).success).toBe(true);
    expect(accepts('SweepRequest', validSweep)).toEqual([]);
    const { sweep: _sweep, ...noRange } = validSweep;
    expect(SweepRequest.safeParse(noRange).success).toBe(false);
    expect(accepts('SweepRequest', noRange)).not.toEqual([]);
  });

  it('never rejects a request that zod accepts (checks JSON Schema cannot express live only in zod)', () => {
    const cents = (min: number, max: number) => fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));
    /** Euros from `min` to `max`, as a number or a two-decimal string; the field limits of request.ts. */
    const money = (min: number, max: number) => fc.oneof(fc.integer({ min: Math.ceil(min), max }), cents(min * 100, max * 100));
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    const extras = { label: fc.string({ maxLength: 20 }), workDaysPerWeek: fc.integer({ min: 1, max: 6 }) };
    const scenario = fc.oneof(
      fc.record(
        { id, hoursPerWeek: fc.oneof(fc.integer({ min: 0, max: 80 }), cents(0, 8000)), hourlyWage: money(0.01, 500), ...extras },
        { requiredKeys: ['id', 'hoursPerWeek', 'hourlyWage'] },
      ),
      fc.record({ id, monthlyEarnings: money(0, 50000), ...extras }, { requiredKeys: ['id', 'monthlyEarnings'] }),
    );
    const request = fc.record(
      {
        date: fc.constantFrom('2023-01-01', '2025-08-01', '2026-12-31', '2031-02-28'),
        household: fc.record({ livingWithPartner: fc.boolean() }),
        benefits: fc.record(
          {
            earningsRelatedPension: fc.record(
              {
                type: fc.constantFrom('full', 'partial'),
                fixedTerm: fc.boolean(),
                monthlyAmount: money(0, 20000),
                stabilisedEarnings: money(0.01, 50000),
                earningsLimit: money(0.01, 50000),
              },
              { requiredKeys: ['type', 'fixedTerm', 'monthlyAmount'] },
            ),
            kelaPension: fc.record(
              {
                fixedTerm: fc.boolean(),
                monthlyAmount: money(0, 5000),
                guaranteePension: money(0, 5000),
                receivesCareAllowance: fc.boolean(),
              },
              { requiredKeys: ['fixedTerm'] },
            ),
            sicknessAllowance: fc.oneof(
              fc.record({ dailyAmount: money(0.01, 2000) }),
              fc.record(
                { annualIncome: money(0, 1000000), fullTimeHoursPerWeek: fc.integer({ min: 1, max: 80 }) },
                { requiredKeys: ['annualIncome'] },
              ),
            ),
          },
          { requiredKeys: [] },
        ),
        tax: fc.record(
          { wageWithholdingPercent: fc.integer({ min: 0, max: 100 }), benefitWithholdingPercent: cents(0, 10000) },
          { requiredKeys: [] },
        ),
        scenarios: fc.uniqueArray(scenario, { minLength: 1, maxLength: 6, selector: (s) => s.id }),
      },
      { requiredKeys: ['household', 'benefits', 'scenarios'] },
    );
    let acceptedByZod = 0;
    fc.assert(
      fc.property(request, (body) => {
        if (!CalculationRequest.safeParse(body).success) return;
        acceptedByZod += 1;
        expect(accepts('CalculationRequest', body)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(acceptedByZod).toBeGreaterThan(1000);
  });
});

describe('its response schemas describe what the handlers return', () => {
  it.each([
    {
      id: 'CalculationResponse',
      run: () => invoke(calculations, apiEvent({ method: 'POST', path: '/v1/calculations', body: validCalculation })),
    },
    { id: 'SweepResponse', run: () => invoke(sweep, apiEvent({ method: 'POST', path: '/v1/calculations/sweep', body: validSweep })) },
    { id: 'TimelineResponse', run: () => invoke(timelines, apiEvent({ method: 'POST', path: '/v1/timelines', body: validTimeline })) },
    { id: 'RulesResponse', run: () => invoke(rules, apiEvent({ method: 'GET', path: '/v1/rules', query: { date: '2024-06-01' } })) },
    { id: 'HealthResponse', run: () => invoke(health, apiEvent({ method: 'GET', path: '/v1/health' })) },
    { id: 'Error', run: () => invoke(calculations, apiEvent({ method: 'POST', path: '/v1/calculations', body: { scenarios: 3 } })) },
  ])('$id', async ({ id, run }) => {
    const answer = await run();
    expect(answer.json).toBeDefined();
    expect(accepts(id, answer.json)).toEqual([]);
  });
});
