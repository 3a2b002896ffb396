import { calculatePKCECodeChallenge } from 'oauth4webapi';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Auth, PENDING_KEY } from '../../web/src/lib/auth.ts';
import type { AuthSettings } from '../../web/src/lib/auth-settings.ts';
import { coachIdToken } from './coach-backend.ts';

/**
 * PKCE (RFC 7636) and the `state` parameter as the sign-in uses them: oauth4webapi makes the verifier, the
 * S256 challenge and the state, and checks the state that comes back; these are the properties the app
 * relies on, through its own Auth where it can.
 */

const ORIGIN = 'http://127.0.0.1:3210';
const SETTINGS: AuthSettings = {
  provider: 'local',
  issuer: 'urn:test',
  clientId: 'web-client',
  authorizeUrl: `${ORIGIN}/local/oauth2/authorize`,
  tokenUrl: `${ORIGIN}/local/oauth2/token`,
  revokeUrl: `${ORIGIN}/local/oauth2/revoke`,
  logoutUrl: `${ORIGIN}/local/logout`,
  redirectPath: '/auth/callback',
  logoutRedirectPath: '/',
  scope: 'openid email',
};

/** A token endpoint that always answers with tokens. */
const tokens = vi.fn(
  async () =>
    new Response(
      JSON.stringify({
        access_token: 'access-1',
        id_token: coachIdToken(SETTINGS.issuer, SETTINGS.clientId, 'coach@example.fi'),
        token_type: 'Bearer',
        expires_in: 3600,
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    ),
) as unknown as typeof fetch;

const auth = () => new Auth({ origin: ORIGIN, storage: sessionStorage, fetch: tokens, settings: async () => SETTINGS });

/** One sign-in's start: the authorize URL's parameters and what waits in sessionStorage. */
async function start(a = auth()) {
  const params = new URL(await a.signInUrl('/')).searchParams;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY)!) as { verifier: string; state: string };
  return { params, pending };
}

beforeEach(() => sessionStorage.clear());

describe('PKCE and state (RFC 7636)', () => {
  it('S256 of the RFC’s example verifier is the RFC’s challenge', async () => {
    // RFC 7636, appendix B.
    expect(await calculatePKCECodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('a verifier is 43 unreserved characters from 32 random bytes, different every time', async () => {
    const a = auth();
    const verifiers = new Set<string>();
    for (let i = 0; i < 50; i += 1) verifiers.add((await start(a)).pending.verifier);
    expect(verifiers.size).toBe(50);
    for (const v of verifiers) expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('the challenge and the state are base64url: no padding and no + or /', async () => {
    for (let i = 0; i < 20; i += 1) {
      const { params } = await start();
      expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('a sign-in sends the S256 challenge of its verifier and a separate state', async () => {
    const { params, pending } = await start();
    expect(params.get('code_challenge')).toBe(await calculatePKCECodeChallenge(pending.verifier));
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(pending.state).not.toBe(pending.verifier);
    expect(params.get('state')).toBe(pending.state);
  });

  it.each([
    ['the same state', 'abc', 'abc', true],
    ['another state', 'abc', 'abd', false],
    ['a shorter one', 'abc', 'ab', false],
    ['none came back', 'abc', null, false],
    ['none was sent', null, 'abc', false],
    ['both empty', '', '', false],
  ])('state check: %s', async (_name, expected, received, ok) => {
    sessionStorage.setItem(
      PENDING_KEY,
      JSON.stringify({ state: expected, verifier: 'v'.repeat(43), returnTo: '/', createdAt: Date.now() }),
    );
    const search = received === null ? '?code=c' : `?code=c&state=${received}`;
    const outcome = await auth()
      .completeSignIn(search)
      .then(
        () => 'signed in',
        (e: { reason?: string }) => e.reason,
      );
    expect(outcome).toBe(ok ? 'signed in' : 'state');
  });
});
