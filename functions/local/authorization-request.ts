import type { IncomingMessage } from 'node:http';
import { OAUTH_SCOPE, OAUTH_SCOPES, REDIRECT_PATH } from '#contracts/sign-in.ts';

/** The local issuer's names and endpoints (under /local, mirroring Cognito's hosted UI paths). */
export const LOCAL_ISSUER = 'urn:tyo-ja-etuudet:local-sign-in';
export const LOCAL_CLIENT_ID = 'tyo-ja-etuudet-local-web';

export const LOCAL_PATHS = {
  authorize: '/local/oauth2/authorize',
  token: '/local/oauth2/token',
  revoke: '/local/oauth2/revoke',
  logout: '/local/logout',
  jwks: '/local/.well-known/jwks.json',
  discovery: '/local/.well-known/openid-configuration',
  stylesheet: '/local/sign-in.css',
} as const;

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** What an accepted authorization request asks for. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string | null;
  challenge: string;
  scope: string;
  nonce: string | undefined;
}

/** A redirect or logout URI is allowed when it is on the origin the browser uses, at the app's path. */
export function allowedUri(req: IncomingMessage, uri: string | null, path: string): boolean {
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

/** The OAuth parameters a form carries through the sign-in's steps, and the page's language (`lang`). */
const CARRIED = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'nonce',
  'lang',
];

/**
 * The OAuth parameters of an authorization request: `page` (an error that cannot go back to the app),
 * `redirect` (an OAuth error sent back to the app), or the accepted `request`, with the parameters the
 * sign-in's forms carry (`hidden`) and where "cancel" goes.
 */
export function authorizationRequest(req: IncomingMessage, params: URLSearchParams) {
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
  const request: AuthorizationRequest = {
    clientId,
    redirectUri: redirectUri!,
    state,
    challenge,
    scope: scopes.join(' '),
    nonce: params.get('nonce') ?? undefined,
  };
  const hidden: Record<string, string> = {};
  for (const key of CARRIED) {
    const value = params.get(key);
    if (value !== null) hidden[key] = value;
  }
  return { request, hidden, cancel: back('access_denied', 'the coach cancelled the sign-in').redirect } as const;
}
