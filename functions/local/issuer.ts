import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet, importJWK } from 'jose';
import { LOGOUT_REDIRECT_PATH, OAUTH_SCOPE, OAUTH_SCOPES, REDIRECT_PATH, type WebConfig } from '#contracts/sign-in.ts';
import { allowedUri, LOCAL_CLIENT_ID, LOCAL_ISSUER, LOCAL_PATHS } from './authorization-request.ts';
import { readCoaches } from './coaches.ts';
import { fromLoopback, PAGE_HEADERS, redirect, send, sendJson } from './http-answers.ts';
import { type AuthorizerResult, authorizeJwt, type JwtAuthorizerConfig } from './jwt-authorizer.ts';
import { createSignInFlow, type SignInMessage } from './sign-in-flow.ts';
import { errorPage, SIGN_IN_CSS } from './sign-in-page.ts';
import { loadOrCreateKey, publicJwk } from './signing-key.ts';
import { createTokenService } from './tokens.ts';

/**
 * A local OAuth 2.0 / OpenID Connect issuer for `npm start`, shaped like Cognito's hosted UI so the web app
 * runs the very same authorization-code flow with PKCE against both:
 *
 *   GET  /local/oauth2/authorize   the sign-in: an invited coach's e-mail, then a one-time code from the
 *   POST /local/oauth2/authorize   terminal (sign-in-flow.ts); then a redirect to redirect_uri?code=…&state=…
 *   POST /local/oauth2/token       code + code_verifier (or a refresh token) → ID and access tokens (tokens.ts)
 *   POST /local/oauth2/revoke      forget a refresh token
 *   GET  /local/logout             client_id + logout_uri → redirect to logout_uri
 *   GET  /local/.well-known/jwks.json, /local/.well-known/openid-configuration
 *
 * It is kept only as large as the Cognito behaviour the web app and the API rely on, so that what works
 * locally works in AWS and the local code never grows into an identity provider of its own: these endpoints
 * and their errors, the tokens' claims and lifetimes, one-use codes bound to PKCE, refresh and revocation,
 * invited users only, answers that never tell whether an address is invited (preventUserExistenceErrors),
 * a second step only the coach can pass (Cognito: password and authenticator app; here: a code in the
 * terminal of `npm start`), and a removed user's loss of access. Nothing else: no user pool, no passwords,
 * no sessions, no MFA enrolment, no federation. It answers requests from this computer only (loopback).
 *
 * One difference on purpose: removing a coach (`npm run coach -- remove`) takes effect at once, for tokens
 * already issued too (the authorizer reads the invited coaches on every request). In AWS an access token
 * stays valid at API Gateway until it expires (one hour).
 */

export { LOCAL_CLIENT_ID, LOCAL_ISSUER } from './authorization-request.ts';

export interface LocalIssuerOptions {
  dataDir: string;
  /** The clock, for tests. */
  now?: () => Date;
  /** Where sign-in codes go: the terminal of `npm start` by default. */
  deliver?: (message: SignInMessage) => void;
}

/** The terminal: the code for an invited address, a hint for any other. */
function printSignInMessage(message: SignInMessage): void {
  if (message.kind === 'code') console.log(`Sign-in code for ${message.email}: ${message.code} (valid ${message.minutes} minutes)`);
  else console.log(`Sign-in attempt for ${message.email}, which is not invited (npm run coach -- add ${message.email}): no code sent`);
}

const DISCOVERY_STATIC = {
  response_types_supported: ['code'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
  code_challenge_methods_supported: ['S256'],
  scopes_supported: [...OAUTH_SCOPES],
  subject_types_supported: ['public'],
  id_token_signing_alg_values_supported: ['RS256'],
  token_endpoint_auth_methods_supported: ['none'],
};

export async function createLocalIssuer(options: LocalIssuerOptions) {
  const now = options.now ?? (() => new Date());
  const { kid, privateJwk } = await loadOrCreateKey(options.dataDir);
  const jwks = { keys: [publicJwk(privateJwk)] };
  const authorizerConfig: JwtAuthorizerConfig = { issuer: LOCAL_ISSUER, audience: [LOCAL_CLIENT_ID], jwks: createLocalJWKSet(jwks), now };
  const tokens = createTokenService({ dataDir: options.dataDir, kid, signingKey: await importJWK(privateJwk, 'RS256'), now });
  const signIn = createSignInFlow({
    dataDir: options.dataDir,
    now,
    issueCode: tokens.issueCode,
    deliver: options.deliver ?? printSignInMessage,
  });

  const webConfig: WebConfig = {
    auth: {
      provider: 'local',
      issuer: LOCAL_ISSUER,
      clientId: LOCAL_CLIENT_ID,
      authorizeUrl: LOCAL_PATHS.authorize,
      tokenUrl: LOCAL_PATHS.token,
      revokeUrl: LOCAL_PATHS.revoke,
      logoutUrl: LOCAL_PATHS.logout,
      redirectPath: REDIRECT_PATH,
      logoutRedirectPath: LOGOUT_REDIRECT_PATH,
      scope: OAUTH_SCOPE,
    },
  };

  function logout(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const logoutUri = url.searchParams.get('logout_uri');
    if (url.searchParams.get('client_id') !== LOCAL_CLIENT_ID || !allowedUri(req, logoutUri, LOGOUT_REDIRECT_PATH)) {
      const want = `Give client_id=${LOCAL_CLIENT_ID} and logout_uri=http://${req.headers.host ?? 'localhost'}${LOGOUT_REDIRECT_PATH}.`;
      send(res, 400, errorPage(LOCAL_PATHS.stylesheet, 'Sign-out request not allowed', want), PAGE_HEADERS);
      return;
    }
    // No session to end: the local sign-in keeps none (every sign-in asks for the address and a code).
    redirect(res, logoutUri!);
  }

  function discovery(req: IncomingMessage, res: ServerResponse): void {
    const base = `http://${req.headers.host ?? 'localhost'}`;
    sendJson(res, 200, {
      issuer: LOCAL_ISSUER,
      authorization_endpoint: `${base}${LOCAL_PATHS.authorize}`,
      token_endpoint: `${base}${LOCAL_PATHS.token}`,
      revocation_endpoint: `${base}${LOCAL_PATHS.revoke}`,
      end_session_endpoint: `${base}${LOCAL_PATHS.logout}`,
      jwks_uri: `${base}${LOCAL_PATHS.jwks}`,
      ...DISCOVERY_STATIC,
    });
  }

  return {
    issuer: LOCAL_ISSUER,
    clientId: LOCAL_CLIENT_ID,
    jwks,
    webConfig,

    /**
     * The local counterpart of API Gateway's JWT authorizer, with this issuer's keys; and a token of a coach
     * who has been removed since it was issued no longer opens anything.
     */
    async authorize(authorizationHeader: string | undefined): Promise<AuthorizerResult> {
      const verdict = await authorizeJwt(authorizationHeader, authorizerConfig);
      if (!verdict.ok) return verdict;
      const sub = verdict.authorization.claims.sub;
      if (!readCoaches(options.dataDir).some((c) => c.sub === sub)) return { ok: false, reason: 'the coach is no longer invited' };
      return verdict;
    },

    /** Answers every request under /local/. */
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
      tokens.sweep();
      signIn.sweep();
      const path = url.pathname;
      if (path === LOCAL_PATHS.jwks) return sendJson(res, 200, jwks);
      if (path === LOCAL_PATHS.discovery) return discovery(req, res);
      if (path === LOCAL_PATHS.stylesheet)
        return send(res, 200, SIGN_IN_CSS, {
          'Content-Type': 'text/css; charset=utf-8',
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
      const known: string[] = [LOCAL_PATHS.authorize, LOCAL_PATHS.token, LOCAL_PATHS.revoke, LOCAL_PATHS.logout];
      if (!known.includes(path)) return sendJson(res, 404, { error: 'Not found' });
      if (!fromLoopback(req)) {
        const why = 'The local sign-in has no password, so it only answers requests from this computer.';
        return send(res, 403, errorPage(LOCAL_PATHS.stylesheet, 'Local sign-in refused', why), PAGE_HEADERS);
      }
      if (path === LOCAL_PATHS.authorize) return signIn.authorize(req, res, url);
      if (path === LOCAL_PATHS.token) return tokens.token(req, res);
      if (path === LOCAL_PATHS.revoke) return tokens.revoke(req, res);
      return logout(req, res, url);
    },
  };
}

export type LocalIssuer = Awaited<ReturnType<typeof createLocalIssuer>>;
