import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler, ORIGIN_VERIFY_ENV, ORIGIN_VERIFY_HEADER, originVerified } from '../../infra/origin-verify-handler.ts';
import { removeTempDirs, resourcesOf, type SynthesizedProduct, synthProduct, synthStack, TEST_ENV } from './fixtures.ts';

/**
 * Issue 12, item 9: the API is reached only through CloudFront. With a domain, API Gateway's execute-api
 * endpoint is off and the API answers on a custom domain of the site's own name; without one (the default
 * endpoint is the only address CloudFront can use), the public routes refuse requests that lack
 * CloudFront's secret header. The header check is on in both.
 */
const DOMAIN = 'laskuri.example.fi';
const SITE_CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';
const API_CERTIFICATE = 'arn:aws:acm:eu-north-1:123456789012:certificate/11111111-1111-1111-1111-111111111111';

let plain: SynthesizedProduct;
let withDomain: SynthesizedProduct;
beforeAll(() => {
  plain = synthProduct();
  withDomain = synthProduct({ domainName: DOMAIN, certificateArn: SITE_CERTIFICATE, apiCertificateArn: API_CERTIFICATE });
});
afterAll(removeTempDirs);

const only = (template: Template, type: string) => {
  const found = Object.entries(resourcesOf(template)).filter(([, r]) => r.Type === type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const apiOrigin = (template: Template) => {
  const config = only(template, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig as Record<string, any>;
  const behavior = (config.CacheBehaviors as Record<string, any>[]).find((b) => b.PathPattern === '/v1/*')!;
  return (config.Origins as Record<string, any>[]).find((o) => o.Id === behavior.TargetOriginId)!;
};
const forwardedHeaders = (template: Template) =>
  (
    (only(template, 'AWS::CloudFront::OriginRequestPolicy')[1].Properties.OriginRequestPolicyConfig as Record<string, any>).HeadersConfig
      .Headers as string[]
  ).map((h) => h.toLowerCase());
const secretReference = (s: SynthesizedProduct) => ({
  'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: only(s.template, 'AWS::SecretsManager::Secret')[0] }, ':SecretString:::}}']],
});

describe('without a domain: the execute-api endpoint stays (CloudFront’s only way to the API), guarded by the origin header', () => {
  it('keeps the default endpoint and sends CloudFront there, with the origin header and without the viewer’s Host', () => {
    const [apiId, api] = only(plain.template, 'AWS::ApiGatewayV2::Api');
    expect(api.Properties.DisableExecuteApiEndpoint ?? false).toBe(false);
    plain.template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
    expect(apiOrigin(plain.template).DomainName).toEqual({
      'Fn::Join': ['', [{ Ref: apiId }, `.execute-api.${TEST_ENV.region}.`, { Ref: 'AWS::URLSuffix' }]],
    });
    expect(forwardedHeaders(plain.template)).not.toContain('host');
  });

  it('has CloudFront add x-origin-verify with the secret’s value (a deploy-time reference, never the value)', () => {
    expect(apiOrigin(plain.template).OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: secretReference(plain) },
    ]);
    plain.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48, ExcludePunctuation: true }),
    });
    // The web app's own requests never name it (the origin request policy does not forward it).
    expect(forwardedHeaders(plain.template)).not.toContain(ORIGIN_VERIFY_HEADER);
  });

  it('checks the header with a cached Lambda authorizer that expects the same value', () => {
    const [authorizerId, authorizer] = Object.entries(resourcesOf(plain.template)).find(
      ([, r]) => r.Type === 'AWS::ApiGatewayV2::Authorizer' && r.Properties.AuthorizerType === 'REQUEST',
    )!;
    expect(authorizer.Properties).toMatchObject({
      IdentitySource: [`$request.header.${ORIGIN_VERIFY_HEADER}`],
      EnableSimpleResponses: true,
      AuthorizerPayloadFormatVersion: '2.0',
      AuthorizerResultTtlInSeconds: 3600,
    });
    const fnId = plain.stack.getLogicalId(plain.stack.originVerify.function.function.node.defaultChild as never);
    expect(JSON.stringify(authorizer.Properties.AuthorizerUri)).toContain(fnId);
    plain.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ORIGIN_VERIFY_ENV]: secretReference(plain) }) },
    });
    // Every route without a coach's sign-in is behind it; the coach routes are behind the JWT authorizer.
    const routes = Object.values(resourcesOf(plain.template)).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    // The route keys, and a HEAD route beside each GET one.
    expect(routes.length).toBe(
      plain.stack.api.routeKeys.size + [...plain.stack.api.routeKeys.values()].filter((k) => k.startsWith('GET ')).length,
    );
    for (const route of routes) {
      const type = route.Properties.AuthorizationType;
      expect(['CUSTOM', 'JWT'], String(route.Properties.RouteKey)).toContain(type);
      if (type === 'CUSTOM') expect(route.Properties.AuthorizerId).toEqual({ Ref: authorizerId });
    }
    expect(routes.filter((r) => r.Properties.AuthorizationType === 'CUSTOM').map((r) => r.Properties.RouteKey)).toEqual(
      expect.arrayContaining(['POST /v1/calculations', 'POST /v1/calculations/sweep', 'GET /v1/shared/{token}', '$default']),
    );
  });

  it('no longer prints the execute-api address as an output', () => {
    expect(Object.keys(plain.template.toJSON().Outputs)).not.toContain('ApiGatewayUrl');
  });
});

describe('with a domain: the default endpoint is off', () => {
  it('disables execute-api and serves the API on a custom domain of the site’s name, with the regional certificate', () => {
    withDomain.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    withDomain.template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: DOMAIN,
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: API_CERTIFICATE, EndpointType: 'REGIONAL' })],
    });
    const [, stage] = only(withDomain.template, 'AWS::ApiGatewayV2::Stage');
    const [, mapping] = only(withDomain.template, 'AWS::ApiGatewayV2::ApiMapping');
    expect(mapping.Properties).toMatchObject({
      ApiId: { Ref: only(withDomain.template, 'AWS::ApiGatewayV2::Api')[0] },
      DomainName: { Ref: only(withDomain.template, 'AWS::ApiGatewayV2::DomainName')[0] },
    });
    expect(mapping.Properties.Stage).toBe(stage.Properties.StageName);
    expect(stage.Properties.StageName).toBe('$default');
    expect(mapping.Properties.ApiMappingKey).toBeUndefined();
  });

  it('sends CloudFront to the domain’s regional endpoint with the viewer’s Host (the site’s name, which the certificate names)', () => {
    const [domainId] = only(withDomain.template, 'AWS::ApiGatewayV2::DomainName');
    expect(apiOrigin(withDomain.template).DomainName).toEqual({ 'Fn::GetAtt': [domainId, 'RegionalDomainName'] });
    expect(forwardedHeaders(withDomain.template)).toContain('host');
    expect(apiOrigin(withDomain.template).OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: secretReference(withDomain) },
    ]);
  });

  it('reuses the site’s certificate when the stack is in us-east-1 too, and asks for one otherwise', () => {
    const east = synthStack({
      env: { ...TEST_ENV, region: 'us-east-1' },
      routes: [],
      domainName: DOMAIN,
      certificateArn: SITE_CERTIFICATE,
    });
    east.template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: SITE_CERTIFICATE })],
    });
    expect(() => synthStack({ env: TEST_ENV, routes: [], domainName: DOMAIN, certificateArn: SITE_CERTIFICATE })).toThrow(
      /apiCertificateArn, an ACM certificate for laskuri\.example\.fi in the stack's region \(eu-north-1\)/,
    );
  });
});

describe('the origin check', () => {
  it('lets in exactly the expected value, in constant time, and fails closed', () => {
    expect(originVerified('abc123', 'abc123')).toBe(true);
    expect(originVerified('abc124', 'abc123')).toBe(false);
    expect(originVerified('abc12', 'abc123')).toBe(false);
    expect(originVerified('', 'abc123')).toBe(false);
    expect(originVerified(undefined, 'abc123')).toBe(false);
    expect(originVerified('abc123', undefined)).toBe(false);
    expect(originVerified('', '')).toBe(false);
  });

  it('answers API Gateway’s simple response from the request’s header and the function’s environment', async () => {
    const event = (headers: Record<string, string>) => ({ headers }) as unknown as Parameters<typeof handler>[0];
    const saved = process.env[ORIGIN_VERIFY_ENV];
    process.env[ORIGIN_VERIFY_ENV] = 'from-cloudfront';
    try {
      await expect(handler(event({ [ORIGIN_VERIFY_HEADER]: 'from-cloudfront' }))).resolves.toEqual({ isAuthorized: true });
      await expect(handler(event({ [ORIGIN_VERIFY_HEADER]: 'guessed' }))).resolves.toEqual({ isAuthorized: false });
      await expect(handler(event({}))).resolves.toEqual({ isAuthorized: false });
      delete process.env[ORIGIN_VERIFY_ENV];
      await expect(handler(event({ [ORIGIN_VERIFY_HEADER]: 'from-cloudfront' }))).resolves.toEqual({ isAuthorized: false });
    } finally {
      if (saved === undefined) delete process.env[ORIGIN_VERIFY_ENV];
      else process.env[ORIGIN_VERIFY_ENV] = saved;
    }
  });
});
