import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CryptoKey, type JWTPayload, SignJWT } from 'jose';
import { REFRESH_TOKEN_LIFETIME_SECONDS, TOKEN_LIFETIME_SECONDS } from '#contracts/sign-in.ts';
import { type AuthorizationRequest, LOCAL_CLIENT_ID, LOCAL_ISSUER } from './authorization-request.ts';
import { findCoach, type InvitedCoach } from './coaches.ts';
import { readForm, send, sendJson } from './http-answers.ts';

/**
 * The token side of the local issuer, as Cognito's: one-use authorization codes bound to the PKCE challenge
 * and redirect URI (five minutes), RS256 ID and access tokens (one hour) and refresh tokens (eight hours),
 * revocable. Codes and refresh tokens live in memory: after a restart the web app signs in again when its
 * access token runs out. A coach removed since signing in gets no new tokens.
 */

/** Cognito's authorization codes are good for five minutes. */
const CODE_LIFETIME_MS = 5 * 60_000;
const PKCE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

interface Grant {
  coach: InvitedCoach;
  clientId: string;
  scope: string;
  authTime: number;
  expiresAt: number;
}

interface PendingCode extends Grant {
  redirectUri: string;
  challenge: string;
  nonce?: string;
}

export const randomToken = () => randomBytes(32).toString('base64url');
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export function createTokenService(options: { dataDir: string; kid: string; signingKey: CryptoKey | Uint8Array; now: () => Date }) {
  const { dataDir, kid, signingKey, now } = options;
  const codes = new Map<string, PendingCode>();
  const refreshGrants = new Map<string, Grant>();

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
  async function tokensFor(grant: Grant & { nonce?: string | undefined }) {
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

  /** The coach as invited now: null when they have been removed since the grant was made. */
  const stillInvited = (coach: InvitedCoach) => {
    const current = findCoach(dataDir, coach.email);
    return current && current.sub === coach.sub ? current : null;
  };

  return {
    /** A one-use authorization code for a coach who has just signed in. */
    issueCode(coach: InvitedCoach, request: AuthorizationRequest): string {
      const code = randomToken();
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
      return code;
    },

    /** Expired codes and refresh tokens are dropped as requests come in. */
    sweep(): void {
      const at = now().getTime();
      for (const [k, v] of codes) if (v.expiresAt <= at) codes.delete(k);
      for (const [k, v] of refreshGrants) if (v.expiresAt <= at) refreshGrants.delete(k);
    },

    /** POST /local/oauth2/token: authorization_code (with the PKCE verifier) or refresh_token. */
    async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (req.method !== 'POST') return send(res, 405, '', { Allow: 'POST' });
      const params = await readForm(req);
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
        const coach = stillInvited(pending.coach);
        if (!coach) return sendJson(res, 400, { error: 'invalid_grant' });
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
        const coach = grant && stillInvited(grant.coach);
        if (!grant || grant.expiresAt <= now().getTime() || grant.clientId !== params.get('client_id') || !coach) {
          return sendJson(res, 400, { error: 'invalid_grant' });
        }
        return sendJson(res, 200, await tokensFor({ ...grant, coach }));
      }
      return sendJson(res, 400, { error: 'unsupported_grant_type' });
    },

    /** POST /local/oauth2/revoke: forget a refresh token (200 whether or not it was known, as RFC 7009 says). */
    async revoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (req.method !== 'POST') return send(res, 405, '', { Allow: 'POST' });
      const params = await readForm(req);
      if (params.get('client_id') !== LOCAL_CLIENT_ID) return sendJson(res, 400, { error: 'invalid_client' });
      const token = params.get('token') ?? '';
      if (refreshGrants.get(token)?.clientId === params.get('client_id')) refreshGrants.delete(token);
      return sendJson(res, 200, {});
    },
  };
}
