import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK, ROUTES, routeKey } from '../../functions/contracts/routes.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { logicalIdOf, refId, removeTempDirs, resource, resourcesOf, type Synthesized, synthStack } from './fixtures.ts';
import { STATELESS, stackReaders } from './stack-template.ts';

// The one synth of the test suite that bundles every function (the bundles are checked below).
let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack({}, { bundle: true });
});
afterAll(removeTempDirs);

const { idOf, houseFunctions, fnProps } = stackReaders(() => s);

describe('routes', () => {
  it('gives every route of the route table, and the $default fallback, its own Lambda behind its route key', () => {
    const resources = resourcesOf(s.template);
    const expected = [...ROUTES.map((r) => ({ name: r.name, key: routeKey(r) })), { name: FALLBACK.name, key: FALLBACK.routeKey }];
    for (const { name, key } of expected) {
      const fn = s.stack.api.functions.get(name);
      expect(fn, name).toBeDefined();
      const [, route] =
        Object.entries(resources).find(([, r]) => r.Type === 'AWS::ApiGatewayV2::Route' && r.Properties.RouteKey === key) ?? [];
      expect(route, key).toBeDefined();
      const target = route!.Properties.Target as { 'Fn::Join': [string, [string, unknown]] };
      const integration = resource(s.template, refId(target['Fn::Join'][1][1])!);
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
      expect(refId(integration.Properties.IntegrationUri), key).toBe(logicalIdOf(fn!));
    }
    // HEAD wherever GET (RFC 9110 § 9.3.2): a route of its own to the GET route's Lambda.
    const gets = ROUTES.filter((r) => r.method === 'GET');
    for (const r of gets) {
      const [, head] =
        Object.entries(resources).find(([, x]) => x.Type === 'AWS::ApiGatewayV2::Route' && x.Properties.RouteKey === `HEAD ${r.path}`) ??
        [];
      const [, get] =
        Object.entries(resources).find(([, x]) => x.Type === 'AWS::ApiGatewayV2::Route' && x.Properties.RouteKey === routeKey(r)) ?? [];
      expect(head, `HEAD ${r.path}`).toBeDefined();
      expect(head!.Properties.Target).toEqual(get!.Properties.Target);
      expect(head!.Properties.AuthorizationType).toEqual(get!.Properties.AuthorizationType);
    }
    s.template.resourceCountIs('AWS::ApiGatewayV2::Route', ROUTES.length + 1 + gets.length);
    expect(s.stack.api.functions.size).toBe(ROUTES.length + 1);
  });

  it('lets only this HTTP API invoke the functions (the routes’ and the origin check’s)', () => {
    const apiId = idOf(s.stack.api.httpApi);
    const permissions = Object.values(resourcesOf(s.template)).filter((r) => r.Type === 'AWS::Lambda::Permission');
    // One per route (a HEAD route has its own), and the origin check's.
    const routes = Object.values(resourcesOf(s.template)).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    expect(permissions).toHaveLength(routes.length + 1);
    for (const p of permissions) {
      expect(p.Properties.Principal).toBe('apigateway.amazonaws.com');
      expect(JSON.stringify(p.Properties.SourceArn)).toContain(JSON.stringify({ Ref: apiId }));
    }
  });
});

describe('functions', () => {
  it('has no Lambda but the house functions (the routes’ and the origin check) and CDK’s copy function for the web build', () => {
    const house = new Set([...houseFunctions(), ['originVerify', s.stack.originVerify.function] as const].map(([, fn]) => logicalIdOf(fn)));
    const others = Object.entries(resourcesOf(s.template)).filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !house.has(id));
    expect(others).toHaveLength(1);
    expect(others[0]![1].Properties.Role).toEqual({ 'Fn::GetAtt': [idOf(s.stack.site.deploymentRole), 'Arn'] });
  });

  it('runs every function on Node.js 22 and ARM64 (Graviton)', () => {
    for (const [name, fn] of houseFunctions()) {
      expect(fnProps(fn), name).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    }
  });

  it('deploys every function as a minified ESM bundle with the createRequire banner', () => {
    for (const [name, fn] of houseFunctions()) {
      expect(fnProps(fn).Handler, name).toBe('index.handler');
      const hash = (fnProps(fn).Code as { S3Key: string }).S3Key.replace(/\.zip$/, '');
      const code = readFileSync(join(s.outdir, `asset.${hash}`, 'index.mjs'), 'utf8');
      expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);"), name).toBe(true);
      expect(code, name).toMatch(/export\s*\{[^}]*as handler\s*\}/);
      // Minified: long lines (only multi-line string literals keep their line breaks).
      expect(code.length / code.split('\n').length, `${name} is minified`).toBeGreaterThan(1000);
    }
  });

  it('ships a source map with every function and turns source maps on', () => {
    for (const [name, fn] of houseFunctions()) {
      const hash = (fnProps(fn).Code as { S3Key: string }).S3Key.replace(/\.zip$/, '');
      expect(existsSync(join(s.outdir, `asset.${hash}`, 'index.mjs.map')), name).toBe(true);
      expect(readFileSync(join(s.outdir, `asset.${hash}`, 'index.mjs'), 'utf8'), name).toContain('//# sourceMappingURL=index.mjs.map');
      expect(fnProps(fn).Environment, name).toMatchObject({ Variables: { NODE_OPTIONS: '--enable-source-maps' } });
    }
  });

  it('gives every function a short timeout (10 s; API Gateway gives up at 30 s)', () => {
    for (const [name, fn] of houseFunctions()) {
      expect(fnProps(fn).Timeout, name).toBeLessThanOrEqual(10);
    }
  });

  it('logs every function to its own log group, kept for a month', () => {
    const groups = new Set<string>();
    for (const [name, fn] of houseFunctions()) {
      const group = refId((fnProps(fn).LoggingConfig as { LogGroup: unknown }).LogGroup)!;
      expect(resource(s.template, group).Properties.RetentionInDays, name).toBe(30);
      groups.add(group);
    }
    expect(groups.size).toBe(s.stack.api.functions.size);
  });

  it('gives the stateless functions no environment but NODE_OPTIONS', () => {
    for (const name of STATELESS) {
      expect(fnProps(s.stack.api.functions.get(name)!).Environment, name).toEqual({ Variables: { NODE_OPTIONS: '--enable-source-maps' } });
    }
  });
});
