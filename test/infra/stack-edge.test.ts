import { CachePolicy } from 'aws-cdk-lib/aws-cloudfront';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPA_FALLBACK_CODE } from '../../infra/site.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { refId, removeTempDirs, resource, type Synthesized, synthStack } from './fixtures.ts';
import { rendered, stackReaders } from './stack-template.ts';

// The way in: CloudFront in front of the site and the HTTP API, the API's stage, and the stack's outputs.
let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack();
});
afterAll(removeTempDirs);

const { idOf, onlyOf, distribution, headersPolicy } = stackReaders(() => s);

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
