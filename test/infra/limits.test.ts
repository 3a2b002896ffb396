import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTE_LIMIT, ROUTE_LIMITS } from '../../infra/limits.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { logicalIdOf, removeTempDirs, resource, resourcesOf, type Synthesized, synthStack } from './fixtures.ts';

/** Issue 12, item 10: a throttle per route, and reserved concurrency for the functions that use the table. */
let s: Synthesized<TyoJaEtuudetStack>;
let unreserved: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack();
  unreserved = synthStack({ reservedConcurrency: false });
});
afterAll(removeTempDirs);

const stage = () => {
  const stages = Object.values(resourcesOf(s.template)).filter((r) => r.Type === 'AWS::ApiGatewayV2::Stage');
  expect(stages).toHaveLength(1);
  return stages[0]!.Properties;
};
const reservedOf = (synth: Synthesized<TyoJaEtuudetStack>, name: string) =>
  resource(synth.template, logicalIdOf(synth.stack.api.functions.get(name)!)).Properties.ReservedConcurrentExecutions;

describe('throttles per route', () => {
  it('names every route of the route table, and only those, in infra/limits.ts', () => {
    expect(Object.keys(ROUTE_LIMITS).sort()).toEqual([...s.stack.api.routeKeys.keys()].sort());
  });

  it('gives every route its own rate and burst on the stage (burst ≥ rate), and a low default for any other', () => {
    const settings = stage().RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
    expect(Object.keys(settings).sort()).toEqual([...s.stack.api.routeKeys.values()].sort());
    for (const [name, key] of s.stack.api.routeKeys) {
      const limit = ROUTE_LIMITS[name]!;
      expect(settings[key], key).toMatchObject({ ThrottlingRateLimit: limit.rate, ThrottlingBurstLimit: limit.burst });
      expect(limit.burst, name).toBeGreaterThanOrEqual(limit.rate);
    }
    expect(stage().DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 });
    expect(DEFAULT_ROUTE_LIMIT).toEqual({ rate: 5, burst: 10 });
  });

  it('holds the CPU-heavy sweep below the calculation, and writes below reads', () => {
    const settings = stage().RouteSettings as Record<string, { ThrottlingRateLimit: number }>;
    const rate = (key: string) => settings[key]!.ThrottlingRateLimit;
    expect(rate('POST /v1/calculations')).toBe(20);
    expect(rate('POST /v1/calculations/sweep')).toBe(10);
    expect(rate('GET /v1/cases')).toBe(10);
    expect(rate('GET /v1/cases/{caseId}')).toBe(10);
    for (const key of ['POST /v1/cases', 'PUT /v1/cases/{caseId}', 'DELETE /v1/cases/{caseId}', 'POST /v1/cases/{caseId}/shares']) {
      expect(rate(key), key).toBe(5);
    }
    expect(rate('GET /v1/shared/{token}')).toBe(5);
    expect(rate('$default')).toBe(5);
  });

  it('publishes per-route metrics for the calculation route only (its latency alarm)', () => {
    const settings = stage().RouteSettings as Record<string, { DetailedMetricsEnabled?: boolean }>;
    const detailed = Object.entries(settings).filter(([, v]) => v.DetailedMetricsEnabled);
    expect(detailed.map(([key]) => key)).toEqual(['POST /v1/calculations']);
  });

  it('creates the stage after the routes (API Gateway refuses settings for a route it does not have)', () => {
    const stageId = Object.entries(resourcesOf(s.template)).find(([, r]) => r.Type === 'AWS::ApiGatewayV2::Stage')![0];
    const routeIds = Object.entries(resourcesOf(s.template))
      .filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Route')
      .map(([id]) => id);
    expect(resource(s.template, stageId).DependsOn).toEqual(expect.arrayContaining(routeIds));
  });
});

describe('reserved concurrency', () => {
  it('reserves concurrency for each function with table access: 5 for reading routes, 3 for writing routes and the share link', () => {
    const expected: Record<string, number> = {
      listCases: 5,
      getCase: 5,
      createCase: 3,
      updateCase: 3,
      deleteCase: 3,
      createShare: 3,
      revokeShare: 3,
      readShared: 3,
    };
    expect([...s.stack.api.tableFunctions].sort()).toEqual(Object.keys(expected).sort());
    for (const [name, reserved] of Object.entries(expected)) expect(reservedOf(s, name), name).toBe(reserved);
    // 28 in all: with Lambda's 100 unreserved minimum, the account needs a concurrency limit of 128 or more.
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(28);
  });

  it('reserves none for the stateless functions, which never touch the table', () => {
    for (const name of s.stack.api.functions.keys()) {
      if (!s.stack.api.tableFunctions.has(name)) expect(reservedOf(s, name), name).toBeUndefined();
    }
  });

  it('reserves none at all with -c reservedConcurrency=false (an account below the limit it needs)', () => {
    const reserved = Object.values(resourcesOf(unreserved.template)).filter(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.ReservedConcurrentExecutions !== undefined,
    );
    expect(reserved).toEqual([]);
    expect(reservedOf(s, 'listCases')).toBe(5);
  });
});
