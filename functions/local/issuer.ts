import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import {
  LOGOUT_REDIRECT_PATH,
  OAUTH_SCOPE,
  OAUTH_SCOPES,
  REDIRECT_PATH,
  REFRESH_TOKEN_LIFETIME_SECONDS,
  TOKEN_LIFETIME_SECONDS,
  type WebConfig,
} from '#contracts/sign-in.ts';
import { readBody } from './adapter.ts';
import { findCoach, type InvitedCoach, readCoaches } from './coaches.ts';
import { type AuthorizerResult, authorizeJwt, type JwtAuthorizerConfig } from './jwt-authorizer.ts';
import { errorPage, SIGN_IN_CSS, signInPage } from './sign-in-page.ts';

/**
 * A local OAuth 2.0 / OpenID Connect issuer for `npm start`, shaped like Cognito's hosted UI so the web app
 * runs the very same authorization-code flow with PKCE against both:
 *
 *   GET  /local/oauth2/authorize   the sign-in page (an invited coach's e-mail; no password), then a
 *   POST /local/oauth2/authorize   redirect to redirect_uri?code=…&state=…
 *   POST /local/oauth2/token       code + code_verifier (or a refresh token) → ID and access tokens, RS256
 *   POST /local/oauth2/revoke      forget a refresh token
 *   GET  /local/logout             client_id + logout_uri → redirect to logout_uri
 *   GET  /local/.well-known/jwks.json, /local/.well-known/openid-configuration
 *
 * The signing key is made once and kept in <dataDir>/auth/signing-key.json, so tokens stay valid across
 * restarts. Codes and refresh tokens live in memory: after a restart the web app signs in again when its
 * access token runs out. The sign-in only answers requests from this computer (loopback addresses).
 */

export const LOCAL_ISSUER = 'urn:tyo-ja-etuudet:local-sign-in';
export const LOCAL_CLIENT_ID = 'tyo-ja-etuudet-local-web';

const LOCAL_PATHS = {
  authorize: '/local/oauth2/authorize',
  token: '/local/oauth2/token',
  revoke: '/local/oauth2/revoke',
  logout: '/local/logout',
  jwks: '/local/.well-known/jwks.json',
  discovery: '/local/.well-known/openid-configuration',
  stylesheet: '/local/sign-in.css',
} as const;

/** Cognito's authorization codes are good for five minutes. */
const CODE_LIFETIME_MS = 5 * 60_000;
/** The most bytes a form or token request may have. */
const MAX_FORM_BYTES = 16 * 1024;
const PKCE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

interface PendingCode {
  coach: InvitedCoach;
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
  nonce?: string;
  authTime: number;
  expiresAt: number;
}

interface RefreshGrant {
  coach: InvitedCoach;
  clientId: string;
  scope: string;
  authTime: number;
  expiresAt: number;
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
}

export interface LocalIssuerOptions {
  dataDir: string;
  /** The clock, for tests. */
  now?: () => Date;
}

const keyFile = (dataDir: string) => join(dataDir, 'auth', 'signing-key.json');

async function loadOrCreateKey(dataDir: string): Promise<StoredKey> {
  const file = keyFile(dataDir);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
    if (typeof stored.kid === 'string' && stored.privateJwk?.kty === 'RSA' && typeof stored.privateJwk.d === 'string') return stored;
    throw new Error(`${file} is not a signing key: delete it to make a new one (signed-in coaches then sign in again)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(privateJwk);
  const stored: StoredKey = { kid, privateJwk: { ...privateJwk, kid, alg: 'RS256', use: 'sig' } };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(stored)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return stored;
}

function publicJwk(privateJwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = privateJwk;
  return { kty, n, e, kid, alg, use } as JWK;
}

/** Requests from this computer only: the sign-in has no password. */
function fromLoopback(req: IncomingMessage): boolean {
  const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, headers);
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  res.end();
}

const randomToken = () => randomBytes(32).toString('base64url');
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export async function createLocalIssuer(options: LocalIssuerOptions) {
  const now = options.now ?? (() => new Date());
  const { kid, privateJwk } = await loadOrCreateKey(options.dataDir);
  const signingKey = await importJWK(privateJwk, 'RS256');
  const jwks = { keys: [publicJwk(privateJwk)] };
  const authorizerConfig: JwtAuthorizerConfig = { issuer: LOCAL_ISSUER, audience: [LOCAL_CLIENT_ID], jwks: createLocalJWKSet(jwks), now };
  const codes = new Map<string, PendingCode>();
  const refreshGrants = new Map<string, RefreshGrant>();

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

  /** A redirect or logout URI is allowed when it is on the origin the browser uses, at the app's path. */
  function allowedUri(req: IncomingMessage, uri: string | null, path: string): boolean {
    if (!uri) return false;
    try {
      const url = new URL(uri);
      return (
        url.protocol === 'http:' &&
        url.host === req.headers.host &&
        url.pathname === path &&
        url.search === '' &&
        url.hash === '' &&
        url.username === '' &&
        url.password === ''
      );
    } catch {
      return false;
    }
  }

  async function sign(payload: JWTPayload, lifetimeSeconds: number): Promise<string> {
    const iat = Math.floor(now().getTime() / 1000);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(iat + lifetimeSeconds)
      .setJti(randomUUID())
      .sign(signingKey);
  }

  /** Cognito-shaped tokens: the ID token names the client in `aud`, the access token in `client_id`. */
  async function tokensFor(grant: { coach: InvitedCoach; clientId: string; scope: string; authTime: number; nonce?: string | undefined }) {
    const common = { sub: grant.coach.sub, auth_time: grant.authTime };
    const idToken = await sign(
      {
        ...common,
        aud: grant.clientId,
        token_use: 'id',
        email: grant.coach.email,
        email_verified: true,
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
      },
      TOKEN_LIFETIME_SECONDS,
    );
    const accessToken = await sign(
      { ...common, client_id: grant.clientId, token_use: 'access', scope: grant.scope, username: grant.coach.sub },
      TOKEN_LIFETIME_SECONDS,
    );
    return { id_token: idToken, access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** The OAuth parameters of an authorization request: an error page, an error redirect, or the request. */
  function authorizationRequest(req: IncomingMessage, params: URLSearchParams) {
    const clientId = params.get('client_id');
    const redirectUri = params.get('redirect_uri');
    if (clientId !== LOCAL_CLIENT_ID)
      return { page: `Unknown client_id: the local sign-in serves "${LOCAL_CLIENT_ID}" (see /config.json).` } as const;
    if (!allowedUri(req, redirectUri, REDIRECT_PATH)) {
      return {
        page: `redirect_uri must be this site's ${REDIRECT_PATH} (http://${req.headers.host ?? 'localhost'}${REDIRECT_PATH}).`,
      } as const;
    }
    const state = params.get('state');
    const back = (error: string, description: string) => {
      const url = new URL(redirectUri!);
      url.searchParams.set('error', error);
      url.searchParams.set('error_description', description);
      if (state !== null) url.searchParams.set('state', state);
      return { redirect: url.toString() } as const;
    };
    if (params.get('response_type') !== 'code') return back('unsupported_response_type', 'response_type must be code');
    const challenge = params.get('code_challenge') ?? '';
    if (params.get('code_challenge_method') !== 'S256' || !PKCE_CHALLENGE.test(challenge)) {
      return back('invalid_request', 'PKCE is required: code_challenge (S256) and code_challenge_method=S256');
    }
    const scopes = (params.get('scope') ?? OAUTH_SCOPE).split(' ').filter(Boolean);
    if (!scopes.includes('openid') || scopes.some((s) => !(OAUTH_SCOPES as readonly string[]).includes(s))) {
      return back('invalid_scope', `scope must be among: ${OAUTH_SCOPE} (openid included)`);
    }
    const nonce = params.get('nonce') ?? undefined;
    return {
      request: { clientId, redirectUri: redirectUri!, state, challenge, scope: scopes.join(' '), nonce },
      hidden: Object.fromEntries(
        ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method', 'nonce'].flatMap(
          (k) => {
            const v = params.get(k);
            return v === null ? [] : [[k, v]];
          },
        ),
      ) as Record<string, string>,
      cancel: back('access_denied', 'the coach cancelled the sign-in').redirect,
    } as const;
  }

  async function authorize(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'POST')
      return send(res, 405, 'Method not allowed', { Allow: 'GET, POST', 'Content-Type': 'text/plain' });
    const params = req.method === 'POST' ? new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8')) : url.searchParams;
    const parsed = authorizationRequest(req, params);
    if ('page' in parsed)
      return send(res, 400, errorPage(LOCAL_PATHS.stylesheet, 'This sign-in request cannot be served', parsed.page!), PAGE_HEADERS);
    if ('redirect' in parsed) return redirect(res, parsed.redirect!);
    const page = (status: number, extra: { email?: string; error?: string } = {}) =>
      send(
        res,
        status,
        signInPage({
          action: LOCAL_PATHS.authorize,
          stylesheet: LOCAL_PATHS.stylesheet,
          hidden: parsed.hidden,
          invitedCount: readCoaches(options.dataDir).length,
          cancelUrl: parsed.cancel,
          ...extra,
        }),
        PAGE_HEADERS,
      );
    if (req.method === 'GET') return page(200);

    const email = params.get('email') ?? '';
    const coach = findCoach(options.dataDir, email);
    if (!coach) {
      // The page again with the reason, as Cognito's hosted UI answers a wrong password (200, not an error status).
      return page(200, {
        email,
        error: `${email.trim() || 'That address'} is not an invited coach. Invite it first: npm run coach -- add ${email.trim() || '<email>'}`,
      });
    }
    const code = randomToken();
    const { request } = parsed;
    codes.set(code, {
      coach,
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      challenge: request.challenge,
      scope: request.scope,
      ...(request.nonce ? { nonce: request.nonce } : {}),
      authTime: Math.floor(now().getTime() / 1000),
      expiresAt: now().getTime() + CODE_LIFETIME_MS,
    });
    const back = new URL(request.redirectUri);
    back.searchParams.set('code', code);
    if (request.state !== null) back.searchParams.set('state', request.state);
    return redirect(res, back.toString());
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, '', { Allow: 'POST' });
    const params = new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8'));
    if (params.get('client_id') !== LOCAL_CLIENT_ID) return sendJson(res, 400, { error: 'invalid_client' });
    const grantType = params.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = params.get('code') ?? '';
      const pending = codes.get(code);
      codes.delete(code); // one use only, whatever happens next
      const verifier = params.get('code_verifier') ?? '';
      if (
        !pending ||
        pending.expiresAt <= now().getTime() ||
        pending.clientId !== params.get('client_id') ||
        pending.redirectUri !== params.get('redirect_uri') ||
        !PKCE_VERIFIER.test(verifier) ||
        s256(verifier) !== pending.challenge
      ) {
        return sendJson(res, 400, { error: 'invalid_grant' });
      }
      // The coach may have been removed since signing in.
      const coach = findCoach(options.dataDir, pending.coach.email);
      if (!coach || coach.sub !== pending.coach.sub) return sendJson(res, 400, { error: 'invalid_grant' });
      const refreshToken = randomToken();
      refreshGrants.set(refreshToken, {
        coach,
        clientId: pending.clientId,
        scope: pending.scope,
        authTime: pending.authTime,
        expiresAt: now().getTime() + REFRESH_TOKEN_LIFETIME_SECONDS * 1000,
      });
      return sendJson(res, 200, { ...(await tokensFor({ ...pending, coach })), refresh_token: refreshToken });
    }
    if (grantType === 'refresh_token') {
      const grant = refreshGrants.get(params.get('refresh_token') ?? '');
      const coach = grant && findCoach(options.dataDir, grant.coach.email);
      if (
        !grant ||
        grant.expiresAt <= now().getTime() ||
        grant.clientId !== params.get('client_id') ||
        !coach ||
        coach.sub !== grant.coach.sub
      ) {
        return sendJson(res, 400, { error: 'invalid_grant' });
      }
      return sendJson(res, 200, await tokensFor(grant));
    }
    return sendJson(res, 400, { error: 'unsupported_grant_type' });
  }

  async function revoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, '', { Allow: 'POST' });
    const params = new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8'));
    if (params.get('client_id') !== LOCAL_CLIENT_ID) return sendJson(res, 400, { error: 'invalid_client' });
    const grant = refreshGrants.get(params.get('token') ?? '');
    if (grant && grant.clientId === params.get('client_id')) refreshGrants.delete(params.get('token') ?? '');
    return sendJson(res, 200, {});
  }

  function logout(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const logoutUri = url.searchParams.get('logout_uri');
    if (url.searchParams.get('client_id') !== LOCAL_CLIENT_ID || !allowedUri(req, logoutUri, LOGOUT_REDIRECT_PATH)) {
      send(
        res,
        400,
        errorPage(
          LOCAL_PATHS.stylesheet,
          'Sign-out request not allowed',
          `Give client_id=${LOCAL_CLIENT_ID} and logout_uri=http://${req.headers.host ?? 'localhost'}${LOGOUT_REDIRECT_PATH}.`,
        ),
        PAGE_HEADERS,
      );
      return;
    }
    // No session to end: the local sign-in keeps none (every sign-in asks for the e-mail address).
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
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: [...OAUTH_SCOPES],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['none'],
    });
  }

  return {
    issuer: LOCAL_ISSUER,
    clientId: LOCAL_CLIENT_ID,
    jwks,
    webConfig,

    /** The local counterpart of API Gateway's JWT authorizer, with this issuer's keys. */
    authorize: (authorizationHeader: string | undefined): Promise<AuthorizerResult> => authorizeJwt(authorizationHeader, authorizerConfig),

    /** Answers every request under /local/. */
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
      // Expired codes and refresh tokens are dropped as requests come in.
      const at = now().getTime();
      for (const [k, v] of codes) if (v.expiresAt <= at) codes.delete(k);
      for (const [k, v] of refreshGrants) if (v.expiresAt <= at) refreshGrants.delete(k);

      const path = url.pathname;
      if (path === LOCAL_PATHS.jwks) return sendJson(res, 200, jwks);
      if (path === LOCAL_PATHS.discovery) return discovery(req, res);
      if (path === LOCAL_PATHS.stylesheet)
        return send(res, 200, SIGN_IN_CSS, {
          'Content-Type': 'text/css; charset=utf-8',
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
      const known = [LOCAL_PATHS.authorize, LOCAL_PATHS.token, LOCAL_PATHS.revoke, LOCAL_PATHS.logout] as string[];
      if (!known.includes(path)) return sendJson(res, 404, { error: 'Not found' });
      if (!fromLoopback(req)) {
        return send(
          res,
          403,
          errorPage(
            LOCAL_PATHS.stylesheet,
            'Local sign-in refused',
            'The local sign-in has no password, so it only answers requests from this computer.',
          ),
          PAGE_HEADERS,
        );
      }
      if (path === LOCAL_PATHS.authorize) return authorize(req, res, url);
      if (path === LOCAL_PATHS.token) return token(req, res);
      if (path === LOCAL_PATHS.revoke) return revoke(req, res);
      return logout(req, res, url);
    },
  };
}

export type LocalIssuer = Awaited<ReturnType<typeof createLocalIssuer>>;
