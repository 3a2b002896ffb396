import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiRoute, ROUTES } from '../../functions/contracts/routes.ts';
import { Api } from '../../infra/api.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import {
  actionsOf,
  logicalIdOf,
  removeTempDirs,
  resource,
  resourcesOf,
  type Synthesized,
  statementsOfFunction,
  synthStack,
  testApp,
} from './fixtures.ts';

/**
 * What a later route gains by declaring it in the route table (as the saved-cases routes will), and the
 * stack with a custom domain. The entries reuse an existing handler: only the infrastructure is under test.
 */
const health = ROUTES.find((r) => r.name === 'health')!;
const caseRoutes: ApiRoute[] = [
  { name: 'listCases', method: 'GET', path: '/v1/cases', entry: 'functions/api/health.ts', summary: 'test', tableAccess: 'read' },
  { name: 'saveCase', method: 'POST', path: '/v1/cases', entry: 'functions/api/health.ts', summary: 'test', tableAccess: 'readWrite' },
];
const DOMAIN = 'laskuri.example.fi';
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';
const API_CERTIFICATE = 'arn:aws:acm:eu-north-1:123456789012:certificate/11111111-1111-1111-1111-111111111111';

let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack({
    routes: [health, ...caseRoutes],
    domainName: DOMAIN,
    certificateArn: CERTIFICATE,
    apiCertificateArn: API_CERTIFICATE,
    authDomainPrefix: 'laskuri-kirjautuminen',
    retention: { caseTtlDays: 180, shareTtlDays: 14 },
  });
});
afterAll(removeTempDirs);

const tableArn = () => ({ 'Fn::GetAtt': [s.stack.getLogicalId(s.stack.data.table.node.defaultChild as never), 'Arn'] });
const tableStatements = (name: string) =>
  statementsOfFunction(s.template, s.stack.api.functions.get(name)!).filter((st) => actionsOf(st).some((a) => a.startsWith('dynamodb:')));
const environmentOf = (name: string) => resource(s.template, logicalIdOf(s.stack.api.functions.get(name)!)).Properties.Environment;

describe('table access declared in the route table', () => {
  it('gives a `read` route GetItem and Query on the table, nothing else', () => {
    expect(tableStatements('listCases')).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: tableArn() },
    ]);
  });

  it('gives a `readWrite` route the store’s writes on the table, named one by one', () => {
    expect(tableStatements('saveCase')).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:BatchWriteItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ],
        Resource: tableArn(),
      },
    ]);
  });

  it('tells a function with table access the table name, and no one else', () => {
    const tableName = { Ref: s.stack.getLogicalId(s.stack.data.table.node.defaultChild as never) };
    const retention = { CASE_TTL_DAYS: '180', SHARE_TTL_DAYS: '14' };
    expect(environmentOf('listCases')).toEqual({
      Variables: { NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: tableName, ...retention },
    });
    expect(environmentOf('saveCase')).toEqual({ Variables: { NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: tableName, ...retention } });
    expect(environmentOf('health')).toEqual({ Variables: { NODE_OPTIONS: '--enable-source-maps' } });
    expect(tableStatements('health')).toEqual([]);
    expect(tableStatements('fallback')).toEqual([]);
  });
});

describe('with a custom domain', () => {
  it('allows exactly the site’s origin cross-origin, with the methods the routes use', () => {
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: [`https://${DOMAIN}`],
        AllowMethods: ['GET', 'POST'],
        AllowHeaders: ['Content-Type'],
        AllowCredentials: false,
        MaxAge: 3600,
      },
    });
  });

  it('serves the site on the domain with its certificate and TLS 1.2 or later', () => {
    const [, distribution] = Object.entries(resourcesOf(s.template)).find(([, r]) => r.Type === 'AWS::CloudFront::Distribution')!;
    expect((distribution.Properties.DistributionConfig as Record<string, unknown>).Aliases).toEqual([DOMAIN]);
    expect((distribution.Properties.DistributionConfig as Record<string, unknown>).ViewerCertificate).toEqual({
      AcmCertificateArn: CERTIFICATE,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    s.template.hasOutput('SiteUrl', { Value: `https://${DOMAIN}` });
    s.template.hasOutput('ApiUrl', { Value: `https://${DOMAIN}/v1` });
  });

  it('refuses a domain without its certificate', () => {
    expect(() => synthStack({ routes: [], domainName: DOMAIN })).toThrow(/certificateArn/);
  });

  it('sends coaches back to the custom domain after signing in and out', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [`https://${DOMAIN}/auth/callback`],
      LogoutURLs: [`https://${DOMAIN}/`],
    });
  });

  it('uses the hosted UI domain prefix it is given, and names it in the CSP', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'laskuri-kirjautuminen' });
    const csp = JSON.stringify(s.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    expect(csp).toContain("connect-src 'self' https://laskuri-kirjautuminen.auth.");
  });
});

describe('stack options refused at synth', () => {
  it.each([
    ['a domain prefix with capitals', { authDomainPrefix: 'Laskuri' }, /authDomainPrefix/],
    ['a domain prefix with a reserved word', { authDomainPrefix: 'my-cognito-login' }, /authDomainPrefix/],
    ['a case kept 0 days', { retention: { caseTtlDays: 0 } }, /caseTtlDays/],
    ['a share link kept 11 years', { retention: { shareTtlDays: 4000 } }, /shareTtlDays/],
  ])('%s', (_name, props, message) => {
    expect(() => synthStack({ routes: [], ...props })).toThrow(message);
  });
});

describe('coach-only routes', () => {
  const coachRoute: ApiRoute = {
    name: 'myCases',
    method: 'GET',
    path: '/v1/cases',
    entry: 'functions/api/health.ts',
    summary: 'test',
    auth: 'coach',
  };
  const apiStack = () => {
    const stack = new Stack(testApp(), 'Auth');
    const table = new Table(stack, 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
    return { stack, table };
  };

  it('are refused at synth while the stack has no coach authorizer (never deployed open)', () => {
    const { stack, table } = apiStack();
    expect(() => new Api(stack, 'Api', { table, routes: [coachRoute] })).toThrow(/needs a signed-in coach/);
  });

  it('sit behind the coach authorizer once there is one, and CORS then allows the Authorization header', () => {
    const { stack, table } = apiStack();
    const coachAuthorizer = new HttpJwtAuthorizer('Coach', 'https://issuer.example', { jwtAudience: ['calculator'] });
    new Api(stack, 'Api', { table, routes: [coachRoute], coachAuthorizer, siteOrigin: `https://${DOMAIN}` });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /v1/cases', AuthorizationType: 'JWT' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default', AuthorizationType: 'NONE' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowHeaders: ['Content-Type', 'Authorization'] } });
  });
});
