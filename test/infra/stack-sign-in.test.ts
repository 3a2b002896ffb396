import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiRoute, ROUTES, routeKey } from '../../functions/contracts/routes.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { removeTempDirs, resourcesOf, type Synthesized, synthStack } from './fixtures.ts';
import { rendered, stackReaders } from './stack-template.ts';

// Coach sign-in: the Cognito user pool, its client and hosted UI, and the routes behind the JWT authorizer.
let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack();
});
afterAll(removeTempDirs);

const { onlyOf } = stackReaders(() => s);

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
