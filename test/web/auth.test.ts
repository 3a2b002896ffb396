import { calculatePKCECodeChallenge } from 'oauth4webapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Auth, PENDING_KEY } from '../../web/src/lib/auth.ts';
import { type AuthSettings, loadAuthSettings, SignInError, safeReturnTo } from '../../web/src/lib/auth-settings.ts';
import { jwtClaims } from '../../web/src/lib/auth-tokens.ts';
import { hasCoachSession, shareInHash, TOKENS_KEY } from '../../web/src/lib/coach-entry.ts';
import { coachIdToken, idToken } from './coach-backend.ts';

/**
 * The browser's half of the authorization-code flow with PKCE, against a token endpoint stand-in: what is
 * sent, what is kept where (sessionStorage only), and how failures end (sign in again, nothing lost).
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

interface Sent {
  url: string;
  form: URLSearchParams;
}

function tokenEndpoint(answers: { status: number; body: object }[]) {
  const sent: Sent[] = [];
  const fetcher = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), form: new URLSearchParams(String(init?.body ?? '')) });
    const answer = answers.shift() ?? { status: 400, body: { error: 'invalid_grant' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  return { fetcher, sent };
}

let now = 1_800_000_000_000;
const clock = () => now;

function auth(fetcher: typeof fetch = vi.fn() as unknown as typeof fetch) {
  return new Auth({ origin: ORIGIN, storage: sessionStorage, fetch: fetcher, now: clock, settings: async () => SETTINGS });
}

const TOKENS = {
  access_token: 'access-1',
  id_token: coachIdToken(SETTINGS.issuer, SETTINGS.clientId, 'coach@example.fi', now),
  refresh_token: 'refresh-1',
  expires_in: 3600,
  token_type: 'Bearer',
};

/** Runs step 1 and returns the authorize URL's parameters. */
async function begin(a: Auth, returnTo = '/#s=abc'): Promise<URLSearchParams> {
  return new URL(await a.signInUrl(returnTo)).searchParams;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  now = 1_800_000_000_000;
});
afterEach(() => vi.restoreAllMocks());

describe('step 1: the authorize request', () => {
  it('sends code + PKCE S256 + state, and keeps the verifier and state in sessionStorage only', async () => {
    const params = await begin(auth());
    expect(Object.fromEntries(params)).toEqual({
      response_type: 'code',
      client_id: 'web-client',
      redirect_uri: `${ORIGIN}/auth/callback`,
      scope: 'openid email',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY)!);
    expect(pending.state).toBe(params.get('state'));
    expect(await calculatePKCECodeChallenge(pending.verifier)).toBe(params.get('code_challenge'));
    expect(pending.returnTo).toBe('/#s=abc');
    expect(localStorage.length).toBe(0);
  });

  it('asks for the sign-in page in the app’s language when given one (lang), and adds nothing without it', async () => {
    expect(new URL(await auth().signInUrl('/', 'sv')).searchParams.get('lang')).toBe('sv');
    expect((await begin(auth())).has('lang')).toBe(false);
  });

  it('a new sign-in makes a new verifier and state', async () => {
    const a = auth();
    const first = await begin(a);
    const second = await begin(a);
    expect(second.get('state')).not.toBe(first.get('state'));
    expect(second.get('code_challenge')).not.toBe(first.get('code_challenge'));
  });
});

describe('steps 2–3: back on the callback page', () => {
  it('checks the state, exchanges the code with the verifier, keeps the tokens (sessionStorage, not localStorage)', async () => {
    const { fetcher, sent } = tokenEndpoint([{ status: 200, body: TOKENS }]);
    const a = auth(fetcher);
    const params = await begin(a, '/cases');
    const verifier = JSON.parse(sessionStorage.getItem(PENDING_KEY)!).verifier;
    const back = await a.completeSignIn(`?code=the-code&state=${params.get('state')}`);
    expect(back).toBe('/cases');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(SETTINGS.tokenUrl);
    expect(Object.fromEntries(sent[0]!.form)).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: `${ORIGIN}/auth/callback`,
      client_id: 'web-client',
      code_verifier: verifier,
    });
    expect(a.signedIn()).toBe(true);
    expect(a.email()).toBe('coach@example.fi');
    expect(sessionStorage.getItem(PENDING_KEY)).toBeNull();
    expect(JSON.parse(sessionStorage.getItem(TOKENS_KEY)!)).toMatchObject({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      expiresAt: now + 3_600_000,
    });
    expect(localStorage.length).toBe(0);
    expect(hasCoachSession(sessionStorage)).toBe(true);
  });

  it.each([
    ['another state', (state: string) => `?code=c&state=${state}x`, 'state'],
    ['no state', () => '?code=c', 'state'],
    ['the coach cancelled', (state: string) => `?error=access_denied&state=${state}`, 'denied'],
  ])('refuses %s without asking the token endpoint, and still says where to go back', async (_name, search, reason) => {
    const { fetcher, sent } = tokenEndpoint([{ status: 200, body: TOKENS }]);
    const a = auth(fetcher);
    const params = await begin(a, '/#s=unsaved');
    const error = await a.completeSignIn(search(params.get('state')!)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).reason).toBe(reason);
    expect((error as SignInError).returnTo).toBe('/#s=unsaved');
    expect(sent).toEqual([]);
    expect(a.signedIn()).toBe(false);
  });

  it('a callback without a sign-in started in this tab (or a replayed one) is refused', async () => {
    const { fetcher } = tokenEndpoint([
      { status: 200, body: TOKENS },
      { status: 200, body: TOKENS },
    ]);
    const a = auth(fetcher);
    const params = await begin(a);
    await a.completeSignIn(`?code=c&state=${params.get('state')}`);
    await expect(a.completeSignIn(`?code=c&state=${params.get('state')}`)).rejects.toMatchObject({ reason: 'state' });
  });

  it('a sign-in that took longer than half an hour is refused', async () => {
    const a = auth(tokenEndpoint([{ status: 200, body: TOKENS }]).fetcher);
    const params = await begin(a);
    now += 31 * 60_000;
    await expect(a.completeSignIn(`?code=c&state=${params.get('state')}`)).rejects.toMatchObject({ reason: 'state' });
  });

  it('a code the token endpoint refuses ends in "exchange", with no tokens kept', async () => {
    const a = auth(tokenEndpoint([{ status: 400, body: { error: 'invalid_grant' } }]).fetcher);
    const params = await begin(a);
    await expect(a.completeSignIn(`?code=c&state=${params.get('state')}`)).rejects.toMatchObject({ reason: 'exchange' });
    expect(sessionStorage.getItem(TOKENS_KEY)).toBeNull();
  });
});

describe('step 4: the access token, refreshed', () => {
  async function signedIn(answers: { status: number; body: object }[]) {
    const endpoint = tokenEndpoint([{ status: 200, body: TOKENS }, ...answers]);
    const a = auth(endpoint.fetcher);
    const params = await begin(a);
    await a.completeSignIn(`?code=c&state=${params.get('state')}`);
    return { a, ...endpoint };
  }

  it('is used as it is while valid', async () => {
    const { a, sent } = await signedIn([]);
    expect(await a.accessToken()).toBe('access-1');
    expect(sent).toHaveLength(1);
  });

  it('is refreshed a minute before it runs out; the refresh token and ID token are kept when not sent again (Cognito)', async () => {
    const { a, sent } = await signedIn([{ status: 200, body: { access_token: 'access-2', expires_in: 3600, token_type: 'Bearer' } }]);
    now += 3600_000 - 30_000;
    expect(await a.accessToken()).toBe('access-2');
    expect(Object.fromEntries(sent[1]!.form)).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-1', client_id: 'web-client' });
    expect(a.tokens.get()).toMatchObject({ refreshToken: 'refresh-1', idToken: TOKENS.id_token });
  });

  it('several callers at once share one refresh', async () => {
    const { a, sent } = await signedIn([{ status: 200, body: { access_token: 'access-2', expires_in: 3600, token_type: 'Bearer' } }]);
    expect(await Promise.all([a.refresh(), a.refresh(), a.refresh()])).toEqual([true, true, true]);
    expect(sent).toHaveLength(2);
  });

  it('a refused refresh (e.g. the local server restarted) says: sign in again', async () => {
    const { a } = await signedIn([{ status: 400, body: { error: 'invalid_grant' } }]);
    now += 3600_000;
    expect(await a.accessToken()).toBeNull();
  });

  it('a reload keeps the coach signed in (same tab): the tokens are read back from sessionStorage', async () => {
    await signedIn([]);
    const again = auth();
    expect(again.signedIn()).toBe(true);
    expect(await again.accessToken()).toBe('access-1');
  });
});

describe('step 5: signing out', () => {
  it('forgets the tokens, revokes the refresh token, and returns the logout URL back to this site', async () => {
    const endpoint = tokenEndpoint([
      { status: 200, body: TOKENS },
      { status: 200, body: {} },
    ]);
    const a = auth(endpoint.fetcher);
    const params = await begin(a);
    await a.completeSignIn(`?code=c&state=${params.get('state')}`);
    const url = new URL((await a.signOut())!);
    expect(`${url.origin}${url.pathname}`).toBe(SETTINGS.logoutUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: 'web-client', logout_uri: `${ORIGIN}/` });
    expect(endpoint.sent[1]!.url).toBe(SETTINGS.revokeUrl);
    expect(Object.fromEntries(endpoint.sent[1]!.form)).toEqual({ token: 'refresh-1', client_id: 'web-client' });
    expect(a.signedIn()).toBe(false);
    expect(sessionStorage.length).toBe(0);
  });

  it('signs out even when the revoke request fails', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('offline');
    }) as unknown as typeof fetch;
    const a = auth(failing);
    a.tokens.set({ accessToken: 'a', idToken: 'i', refreshToken: 'r', expiresAt: now + 1000 });
    expect(await a.signOut()).toContain('/local/logout?');
    expect(a.signedIn()).toBe(false);
  });
});

describe('the settings and addresses', () => {
  const config = (auth: object) => vi.fn(async () => new Response(JSON.stringify({ auth }), { status: 200 })) as unknown as typeof fetch;

  it('root-relative endpoints (npm start) are resolved against the origin; absolute ones (Cognito) kept', async () => {
    const local = await loadAuthSettings(
      config({ ...SETTINGS, authorizeUrl: '/local/oauth2/authorize', tokenUrl: '/local/oauth2/token' }),
      ORIGIN,
    );
    expect(local.authorizeUrl).toBe(`${ORIGIN}/local/oauth2/authorize`);
    expect(local.tokenUrl).toBe(`${ORIGIN}/local/oauth2/token`);
    const hosted = 'https://x.auth.eu-north-1.amazoncognito.com';
    const cognito = await loadAuthSettings(
      config({
        ...SETTINGS,
        authorizeUrl: `${hosted}/oauth2/authorize`,
        tokenUrl: `${hosted}/oauth2/token`,
        revokeUrl: `${hosted}/oauth2/revoke`,
        logoutUrl: `${hosted}/logout`,
      }),
      'https://laskuri.example.fi',
    );
    expect(cognito.tokenUrl).toBe(`${hosted}/oauth2/token`);
    expect(cognito.logoutUrl).toBe(`${hosted}/logout`);
  });

  it('refuses a missing or odd configuration (no auth, plain http elsewhere, a javascript: URL)', async () => {
    await expect(
      loadAuthSettings(vi.fn(async () => new Response('', { status: 404 })) as unknown as typeof fetch, ORIGIN),
    ).rejects.toMatchObject({ reason: 'unavailable' });
    await expect(loadAuthSettings(config({ clientId: 'x' }), ORIGIN)).rejects.toMatchObject({ reason: 'unavailable' });
    await expect(loadAuthSettings(config({ ...SETTINGS, authorizeUrl: 'http://evil.example/authorize' }), ORIGIN)).rejects.toMatchObject({
      reason: 'unavailable',
    });
    await expect(loadAuthSettings(config({ ...SETTINGS, logoutUrl: 'javascript:alert(1)' }), ORIGIN)).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });

  it.each([
    ['/#s=abc', '/#s=abc'],
    ['/cases', '/cases'],
    ['//evil.example/', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/auth/callback?code=x', '/'],
    [42, '/'],
  ])('returns only inside the app: %s → %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it('reads the e-mail address from the ID token’s claims (display only), and survives a broken one', () => {
    expect(jwtClaims(idToken({ email: 'ääkkönen@example.fi' }))?.email).toBe('ääkkönen@example.fi');
    expect(jwtClaims('not a token')).toBeNull();
    expect(jwtClaims('a.!!!.c')).toBeNull();
  });
});

describe('the share fragment', () => {
  it.each([
    ['#share=abc_DEF-123', 'abc_DEF-123'],
    ['#share=', ''],
    ['#s=eyJ2IjoxfQ', null],
    ['', null],
    ['#s=x&share=tok', 'tok'],
  ])('%s → %s', (hash, token) => {
    expect(shareInHash(hash)).toBe(token);
  });
});
