import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { CachePolicy } from 'aws-cdk-lib/aws-cloudfront';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiRoute, FALLBACK, ROUTES, routeKey } from '../../functions/contracts/routes.ts';
import { TABLE_KEYS } from '../../functions/store/table.ts';
import type { HouseFunction } from '../../infra/house-function.ts';
import { SPA_FALLBACK_CODE } from '../../infra/site.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import {
  actionsOf,
  identityStatements,
  logicalIdOf,
  refId,
  removeTempDirs,
  resource,
  resourcesOf,
  resourcesOfStatement,
  type Synthesized,
  statementsOfFunction,
  synthStack,
} from './fixtures.ts';

// The one synth of the test suite that bundles every function (the bundles are checked below).
let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack({}, { bundle: true });
});
afterAll(removeTempDirs);

const idOf = (construct: { node: { defaultChild?: unknown } }) => Stack.of(s.stack).getLogicalId(construct.node.defaultChild as never);
const houseFunctions = (): [string, HouseFunction][] => [...s.stack.api.functions.entries()];
const fnProps = (fn: HouseFunction) => resource(s.template, logicalIdOf(fn)).Properties;
const onlyOf = (type: string) => {
  const found = Object.entries(resourcesOf(s.template)).filter(([, r]) => r.Type === type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
/** A CloudFormation string value as text, with each deploy-time part as ${…} (Ref: its logical id). */
function rendered(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['Fn::Join'])) {
    const [separator, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(rendered).join(separator);
  }
  if (typeof v.Ref === 'string') return `\${${v.Ref}}`;
  return `\${${JSON.stringify(value)}}`;
}
const distribution = () => onlyOf('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig as Record<string, any>;
const headersPolicy = () =>
  onlyOf('AWS::CloudFront::ResponseHeadersPolicy')[1].Properties.ResponseHeadersPolicyConfig as Record<string, any>;

/** Every route the stateless API serves today: none may touch the table. */
const STATELESS = [
  ...(ROUTES as readonly ApiRoute[]).filter((r) => (r.tableAccess ?? 'none') === 'none').map((r) => r.name),
  FALLBACK.name,
];

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

describe('least privilege', () => {
  it('gives the calculation, rules, health, OpenAPI and fallback functions no DynamoDB permission at all', () => {
    expect(STATELESS).toEqual(expect.arrayContaining(['calculate', 'sweep', 'rules', 'health', 'openapi', 'fallback']));
    const tableId = idOf(s.stack.data.table);
    for (const name of STATELESS) {
      const statements = statementsOfFunction(s.template, s.stack.api.functions.get(name)!);
      expect(
        statements.flatMap(actionsOf).filter((a) => a.startsWith('dynamodb:')),
        name,
      ).toEqual([]);
      expect(JSON.stringify(statements), name).not.toContain(tableId);
    }
  });

  it('gives each function nothing but writing to its own log group', () => {
    for (const name of STATELESS) {
      const fn = s.stack.api.functions.get(name)!;
      expect(statementsOfFunction(s.template, fn), name).toEqual([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [idOf(fn.logGroup), 'Arn'] } },
      ]);
    }
  });

  it('has no IAM statement with a wildcard action or resource (CDK’s web-build copier excepted, and scoped)', () => {
    const copier = idOf(s.stack.site.deploymentRole);
    const siteBucket = idOf(s.stack.site.bucket);
    const statements = identityStatements(s.template).filter((x) => x.statement.Effect === 'Allow');
    expect(statements.length).toBeGreaterThan(0);
    for (const { policy, roles, statement } of statements) {
      const actions = actionsOf(statement);
      const resources = resourcesOfStatement(statement);
      // Never everything, anywhere.
      expect(actions, policy).not.toContain('*');
      expect(
        actions.filter((a) => /^[a-z0-9-]+:\*$/.test(a)),
        policy,
      ).toEqual([]);
      expect(resources, policy).not.toContain('*');
      if (roles.includes(copier)) {
        // BucketDeployment grants itself s3:GetObject*-style actions on the CDK asset bucket (read) and
        // the site bucket (write), objects as `bucket/*`: object keys are the build's file names, unknown
        // until deploy. Allowed here, but only on those two buckets.
        for (const r of resources) {
          const text = JSON.stringify(r);
          const onSite = text.includes(JSON.stringify({ 'Fn::GetAtt': [siteBucket, 'Arn'] }));
          const onAssets = text.includes('cdk-hnb659fds-assets-');
          const ownLogs = refId(r) !== undefined && resource(s.template, refId(r)!).Type === 'AWS::Logs::LogGroup';
          expect(onSite || onAssets || ownLogs, `${policy}: ${text}`).toBe(true);
        }
      } else {
        // The house functions: whole action names, whole resource ARNs. (A log group's Arn attribute ends
        // in `:*`, i.e. the streams of that one group: Lambda names a new stream per execution environment.)
        expect(
          actions.filter((a) => a.includes('*')),
          policy,
        ).toEqual([]);
        expect(JSON.stringify(resources), policy).not.toContain('*');
      }
    }
  });

  it('attaches no managed policy to any role (AWSLambdaBasicExecutionRole may write to every log group)', () => {
    for (const [id, r] of Object.entries(resourcesOf(s.template))) {
      if (r.Type === 'AWS::IAM::Role') expect(r.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
  });
});

describe('table', () => {
  it('has the keys and TTL attribute of functions/store/table.ts', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
    });
  });

  it('bills on demand', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });

  it('has point-in-time recovery', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
    });
  });

  it('is encrypted with KMS (the AWS managed key)', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true } });
  });

  it('has deletion protection', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    s.template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('site bucket', () => {
  it('blocks all public access', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('refuses requests without TLS', () => {
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('encrypts objects at rest', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
  });

  it('lets only this distribution read it, through origin access control', () => {
    const [distributionId] = onlyOf('AWS::CloudFront::Distribution');
    const [, sitePolicy] = Object.entries(resourcesOf(s.template)).find(
      ([, r]) => r.Type === 'AWS::S3::BucketPolicy' && refId(r.Properties.Bucket) === idOf(s.stack.site.bucket),
    )!;
    const policy = sitePolicy.Properties.PolicyDocument as {
      Statement: (Record<string, any> & { Effect: string })[];
    };
    const allows = policy.Statement.filter((st) => st.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    ]);
    expect(JSON.stringify(allows[0]!.Condition)).toContain(JSON.stringify({ Ref: distributionId }));
    s.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const s3Origin = (distribution().Origins as Record<string, any>[]).find((o) => o.S3OriginConfig);
    expect(s3Origin?.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [onlyOf('AWS::CloudFront::OriginAccessControl')[0], 'Id'] });
  });

  it('logs every access to its own log bucket, which keeps them 90 days, private and encrypted', () => {
    const site = resource(s.template, idOf(s.stack.site.bucket)).Properties;
    expect(site.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: idOf(s.stack.site.logBucket) }, LogFilePrefix: 'site/' });
    const logs = resource(s.template, idOf(s.stack.site.logBucket)).Properties;
    expect(logs).toMatchObject({
      LifecycleConfiguration: { Rules: [{ ExpirationInDays: 90, Status: 'Enabled' }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    expect(logs.LoggingConfiguration).toBeUndefined();
  });

  it('is retained when the stack is deleted (no delete-everything Lambda)', () => {
    s.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    s.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('receives the web build: hashed assets cached for a year, everything else revalidated, no build metadata', () => {
    s.template.resourceCountIs('Custom::CDKBucketDeployment', 2);
    s.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Exclude: ['*'],
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    s.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Exclude: ['assets/*', '.vite/*'],
      Prune: true,
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
  });
});

describe('CloudFront', () => {
  it('serves everything over HTTPS only (the site redirects, the API refuses plain HTTP)', () => {
    const config = distribution();
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.CacheBehaviors).toEqual([expect.objectContaining({ PathPattern: '/v1/*', ViewerProtocolPolicy: 'https-only' })]);
    const apiOrigin = (config.Origins as Record<string, any>[]).find((o) => o.CustomOriginConfig);
    expect(apiOrigin?.CustomOriginConfig).toEqual({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
  });

  it('sends the security headers on every response, the API’s included', () => {
    const config = distribution();
    const [policyId] = onlyOf('AWS::CloudFront::ResponseHeadersPolicy');
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
  });

  it('sends a strict Content-Security-Policy, whose only other origin is Cognito’s hosted UI (the token endpoint)', () => {
    const csp = headersPolicy().SecurityHeadersConfig.ContentSecurityPolicy;
    expect(csp.Override).toBe(true);
    const hostedUi = `https://${rendered(onlyOf('AWS::Cognito::UserPoolDomain')[1].Properties.Domain)}.auth.\${AWS::Region}.amazoncognito.com`;
    expect(rendered(csp.ContentSecurityPolicy)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        `connect-src 'self' ${hostedUi}; ` +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });

  it('sends HSTS for at least a year, with subdomains and preload', () => {
    const hsts = headersPolicy().SecurityHeadersConfig.StrictTransportSecurity;
    expect(hsts).toMatchObject({ IncludeSubdomains: true, Preload: true, Override: true });
    expect(hsts.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  it('sends Referrer-Policy: no-referrer', () => {
    expect(headersPolicy().SecurityHeadersConfig.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: true });
  });

  it('sends X-Content-Type-Options: nosniff', () => {
    expect(headersPolicy().SecurityHeadersConfig.ContentTypeOptions).toEqual({ Override: true });
  });

  it('forbids framing (X-Frame-Options: DENY)', () => {
    expect(headersPolicy().SecurityHeadersConfig.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
  });

  it('sends /v1/* to the HTTP API uncached, with every method, query strings, no cookies and not the viewer’s Host', () => {
    const api = (distribution().CacheBehaviors as Record<string, any>[])[0]!;
    const [cachePolicyId, cachePolicy] = onlyOf('AWS::CloudFront::CachePolicy');
    expect(api.CachePolicyId).toEqual({ Ref: cachePolicyId });
    // Nothing is kept: answers without Cache-Control are not cached, and every API answer says no-store.
    expect(cachePolicy.Properties.CachePolicyConfig).toMatchObject({ DefaultTTL: 0, MinTTL: 0 });
    expect((cachePolicy.Properties.CachePolicyConfig as { MaxTTL: number }).MaxTTL).toBeLessThanOrEqual(1);
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']));
    const origin = (distribution().Origins as Record<string, any>[]).find((o) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin?.DomainName)).toContain(JSON.stringify({ Ref: idOf(s.stack.api.httpApi) }));
    const [requestPolicyId, requestPolicy] = onlyOf('AWS::CloudFront::OriginRequestPolicy');
    expect(api.OriginRequestPolicyId).toEqual({ Ref: requestPolicyId });
    const config = requestPolicy.Properties.OriginRequestPolicyConfig as Record<string, any>;
    expect(config.CookiesConfig).toEqual({ CookieBehavior: 'none' });
    expect(config.QueryStringsConfig).toEqual({ QueryStringBehavior: 'all' });
    expect(config.HeadersConfig.HeaderBehavior).toBe('whitelist');
    expect((config.HeadersConfig.Headers as string[]).map((h) => h.toLowerCase())).not.toContain('host');
  });

  it('forwards the Authorization header to the API on every method, GET included (a coach’s token)', () => {
    const api = (distribution().CacheBehaviors as Record<string, any>[])[0]!;
    const [cachePolicyId, cachePolicy] = onlyOf('AWS::CloudFront::CachePolicy');
    expect(api.CachePolicyId).toEqual({ Ref: cachePolicyId });
    // CloudFront forwards Authorization on GET only when the cache policy keys on it (an origin request
    // policy may not name it); with it in the key, one coach's answer could never be served to another.
    const key = (cachePolicy.Properties.CachePolicyConfig as Record<string, any>).ParametersInCacheKeyAndForwardedToOrigin;
    expect(key.HeadersConfig).toEqual({ HeaderBehavior: 'whitelist', Headers: ['Authorization'] });
    expect(key.CookiesConfig).toEqual({ CookieBehavior: 'none' });
  });

  it('serves the web app from index.html at the root, cached', () => {
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(config.DefaultCacheBehavior.AllowedMethods).toEqual(['GET', 'HEAD']);
  });

  it('falls back to index.html for the web app’s pages only, never for the API', () => {
    const config = distribution();
    // A distribution-wide error response would turn the API's JSON 404s into 200s with HTML.
    expect(config.CustomErrorResponses).toBeUndefined();
    const [functionId] = onlyOf('AWS::CloudFront::Function');
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
    ]);
    expect(config.CacheBehaviors[0].FunctionAssociations).toBeUndefined();
    // The function itself (CloudFront's JS runtime is plain ES5.1 plus a few additions; this code is ES5).
    const handler = new Function(`${SPA_FALLBACK_CODE}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
    const uriFor = (uri: string) => handler({ request: { uri } }).uri;
    expect(uriFor('/')).toBe('/index.html');
    expect(uriFor('/cases/abc')).toBe('/index.html');
    expect(uriFor('/assets/app-1234.js')).toBe('/assets/app-1234.js');
    expect(uriFor('/favicon.svg')).toBe('/favicon.svg');
  });
});

describe('HTTP API', () => {
  it('throttles every route (rate and burst limits on the stage)', () => {
    const stage = onlyOf('AWS::ApiGatewayV2::Stage')[1].Properties;
    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true });
    const limits = stage.DefaultRouteSettings as { ThrottlingRateLimit: number; ThrottlingBurstLimit: number };
    expect(limits.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(limits.ThrottlingRateLimit).toBeLessThanOrEqual(100);
    expect(limits.ThrottlingBurstLimit).toBeGreaterThanOrEqual(limits.ThrottlingRateLimit);
    expect(limits.ThrottlingBurstLimit).toBeLessThanOrEqual(200);
  });

  it('allows no cross-origin caller without a custom domain (the site calls /v1 on its own origin)', () => {
    const api = onlyOf('AWS::ApiGatewayV2::Api')[1].Properties;
    expect(api.CorsConfiguration).toBeUndefined();
  });

  it('writes access logs without bodies, paths, query strings or IP addresses, kept for a month', () => {
    const settings = onlyOf('AWS::ApiGatewayV2::Stage')[1].Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(resource(s.template, refId(settings.DestinationArn)!).Properties.RetentionInDays).toBe(30);
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status' });
    for (const value of Object.values(format)) {
      expect(value).not.toMatch(/body|\$context\.path|querystring|sourceIp|userAgent|authorizer/i);
    }
  });
});

describe('outputs', () => {
  it('names the site URL, the API URL and the table', () => {
    const [distributionId] = onlyOf('AWS::CloudFront::Distribution');
    const domain = { 'Fn::GetAtt': [distributionId, 'DomainName'] };
    s.template.hasOutput('SiteUrl', { Value: { 'Fn::Join': ['', ['https://', domain]] } });
    s.template.hasOutput('ApiUrl', { Value: { 'Fn::Join': ['', ['https://', domain, '/v1']] } });
    s.template.hasOutput('TableName', { Value: { Ref: idOf(s.stack.data.table) } });
  });
});

describe('coach sign-in (Cognito)', () => {
  const pool = () => onlyOf('AWS::Cognito::UserPool')[1];
  const client = () => onlyOf('AWS::Cognito::UserPoolClient')[1].Properties;
  const routeByKey = (key: string) =>
    Object.values(resourcesOf(s.template)).find((r) => r.Type === 'AWS::ApiGatewayV2::Route' && r.Properties.RouteKey === key)!;
  const authorizerOfType = (type: 'JWT' | 'REQUEST') =>
    Object.entries(resourcesOf(s.template)).find(
      ([, r]) => r.Type === 'AWS::ApiGatewayV2::Authorizer' && r.Properties.AuthorizerType === type,
    )!;

  it('puts every case route (auth: coach) behind the JWT authorizer', () => {
    const [authorizerId] = authorizerOfType('JWT');
    const coachRoutes = (ROUTES as readonly ApiRoute[]).filter((r) => r.auth === 'coach');
    expect(coachRoutes.map((r) => r.name)).toEqual([
      'listCases',
      'createCase',
      'getCase',
      'updateCase',
      'deleteCase',
      'createShare',
      'revokeShare',
    ]);
    for (const route of coachRoutes) {
      expect(routeByKey(routeKey(route)).Properties, route.name).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
    }
  });

  it('asks no sign-in on the calculation, rules, health and OpenAPI routes: only the origin check (came through CloudFront)', () => {
    const [originCheckId] = authorizerOfType('REQUEST');
    for (const name of ['calculate', 'sweep', 'rules', 'health', 'openapi']) {
      const route = routeByKey(routeKey(ROUTES.find((r) => r.name === name)!));
      expect(route.Properties, name).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: originCheckId } });
    }
  });

  it('asks no sign-in on the share link route (a client opens it without signing in) nor the $default fallback: only the origin check', () => {
    const [originCheckId] = authorizerOfType('REQUEST');
    for (const key of ['GET /v1/shared/{token}', '$default']) {
      expect(routeByKey(key).Properties, key).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: originCheckId } });
    }
  });

  it('verifies tokens from the Authorization header, issued by this user pool for the web app’s client', () => {
    const [, authorizer] = authorizerOfType('JWT');
    const [poolId] = onlyOf('AWS::Cognito::UserPool');
    const [clientId] = onlyOf('AWS::Cognito::UserPoolClient');
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    const jwt = authorizer.Properties.JwtConfiguration as { Audience: unknown[]; Issuer: unknown };
    expect(jwt.Audience).toEqual([{ Ref: clientId }]);
    expect(rendered(jwt.Issuer)).toBe(`https://cognito-idp.\${AWS::Region}.amazonaws.com/\${${poolId}}`);
  });

  it('lets no one sign up: coaches are invited by an administrator', () => {
    expect(pool().Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });

  it('signs coaches in by e-mail address, case-insensitively', () => {
    expect(pool().Properties).toMatchObject({
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
    });
  });

  it('asks for a strong password: 12 characters or more, of every kind', () => {
    expect((pool().Properties.Policies as Record<string, any>).PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
  });

  it('requires a second factor, an authenticator app (TOTP), never SMS', () => {
    expect(pool().Properties).toMatchObject({ MfaConfiguration: 'ON', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] });
    expect(pool().Properties.SmsConfiguration).toBeUndefined();
  });

  it('keeps the user pool when the stack is deleted, with deletion protection (cases are filed under each coach’s id)', () => {
    expect(pool()).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(pool().Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('gives the web app a public client: no secret, the authorization-code grant only, openid and email', () => {
    expect(client()).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
  });

  it('sends coaches back only to the site’s callback and front page, and issues one-hour tokens', () => {
    const site = `https://\${${JSON.stringify({ 'Fn::GetAtt': [onlyOf('AWS::CloudFront::Distribution')[0], 'DomainName'] })}}`;
    expect((client().CallbackURLs as unknown[]).map(rendered)).toEqual([`${site}/auth/callback`]);
    expect((client().LogoutURLs as unknown[]).map(rendered)).toEqual([`${site}/`]);
    expect(client()).toMatchObject({
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes' },
    });
  });

  it('has a hosted UI domain, unique per stack (the stack name and the start of the stack id)', () => {
    const domain = onlyOf('AWS::Cognito::UserPoolDomain')[1].Properties;
    expect(domain.UserPoolId).toEqual({ Ref: onlyOf('AWS::Cognito::UserPool')[0] });
    expect(rendered(domain.Domain)).toMatch(/^test-\$\{.*AWS::StackId.*\}$/);
  });

  it('writes /config.json next to the web build: the hosted UI’s endpoints and the client id, revalidated on every use', () => {
    const pages = Object.values(resourcesOf(s.template)).find(
      (r) => r.Type === 'Custom::CDKBucketDeployment' && r.Properties.Prune === true,
    )!;
    const keys = pages.Properties.SourceObjectKeys as string[];
    expect(keys).toHaveLength(2);
    expect(pages.Properties.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    const config = readFileSync(join(s.outdir, `asset.${keys[1]!.replace(/\.zip$/, '')}`, 'config.json'), 'utf8');
    const markers = (pages.Properties.SourceMarkers as Record<string, unknown>[])[1]!;
    const filled = JSON.parse(config.replace(/<<marker:0xbaba:\d+>>/g, (m) => rendered(markers[m]).replace(/"/g, "'")));
    const [clientId] = onlyOf('AWS::Cognito::UserPoolClient');
    const hostedUi = `https://${rendered(onlyOf('AWS::Cognito::UserPoolDomain')[1].Properties.Domain).replace(/"/g, "'")}.auth.\${AWS::Region}.amazoncognito.com`;
    expect(filled).toEqual({
      auth: {
        provider: 'cognito',
        issuer: `https://cognito-idp.\${AWS::Region}.amazonaws.com/\${${onlyOf('AWS::Cognito::UserPool')[0]}}`,
        clientId: `\${${clientId}}`,
        authorizeUrl: `${hostedUi}/oauth2/authorize`,
        tokenUrl: `${hostedUi}/oauth2/token`,
        revokeUrl: `${hostedUi}/oauth2/revoke`,
        logoutUrl: `${hostedUi}/logout`,
        redirectPath: '/auth/callback',
        logoutRedirectPath: '/',
        scope: 'openid email',
      },
    });
  });

  it('names the user pool and the hosted UI in the outputs', () => {
    s.template.hasOutput('UserPoolId', { Value: { Ref: onlyOf('AWS::Cognito::UserPool')[0] } });
    s.template.hasOutput('SignInUrl', {});
  });
});

describe('saved cases: least privilege per route', () => {
  const tableArn = () => ({ 'Fn::GetAtt': [idOf(s.stack.data.table), 'Arn'] });
  const tableStatements = (name: string) =>
    statementsOfFunction(s.template, s.stack.api.functions.get(name)!).filter((st) => actionsOf(st).some((a) => a.startsWith('dynamodb:')));

  it('lets the reading routes (list, open, share link) only read the table', () => {
    for (const name of ['listCases', 'getCase', 'readShared']) {
      expect(tableStatements(name), name).toEqual([
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: tableArn() },
      ]);
    }
  });

  it('lets the share link route write nothing', () => {
    const actions = tableStatements('readShared').flatMap(actionsOf);
    for (const write of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'])
      expect(actions).not.toContain(write);
  });

  it('gives the writing routes the store’s writes on the table only', () => {
    for (const name of ['createCase', 'updateCase', 'deleteCase', 'createShare', 'revokeShare']) {
      const [statement, ...others] = tableStatements(name);
      expect(others, name).toEqual([]);
      expect(statement!.Resource, name).toEqual(tableArn());
      expect([...actionsOf(statement!)].sort(), name).toEqual([
        'dynamodb:BatchWriteItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ]);
    }
  });

  it('tells exactly the functions with table access the table and how long cases and links are kept', () => {
    const tableName = { Ref: idOf(s.stack.data.table) };
    for (const route of ROUTES as readonly ApiRoute[]) {
      const env = fnProps(s.stack.api.functions.get(route.name)!).Environment as { Variables: Record<string, unknown> };
      if ((route.tableAccess ?? 'none') === 'none') expect(env.Variables, route.name).toEqual({ NODE_OPTIONS: '--enable-source-maps' });
      else
        expect(env.Variables, route.name).toEqual({
          NODE_OPTIONS: '--enable-source-maps',
          TABLE_NAME: tableName,
          CASE_TTL_DAYS: '365',
          SHARE_TTL_DAYS: '30',
        });
    }
  });
});
