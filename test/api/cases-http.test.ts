import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InvitedCoach, inviteCoach, removeCoach } from '../../functions/local/coaches.ts';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../functions/local/issuer.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { captureLogs } from './events.ts';
import {
  attemptOf,
  authorizeParams,
  exchange,
  pkce,
  signIn,
  signInCodes,
  signInWithCode,
  submitCode,
  submitSignIn,
  type Tokens,
  webConfig,
} from './sign-in.ts';

/**
 * Saved cases through `npm start`'s server over real HTTP: the local sign-in (Cognito's flow), the
 * authorizer in front of the coach routes, coaches kept apart, share links, and data that survives a restart.
 */

const logs = captureLogs();
const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-cases-'));
const dataDir = join(tmp, 'data');
const webDir = join(tmp, 'no-web');
let server: LocalServer;
let base: string;
let coachA: InvitedCoach;
let tokensA: Tokens;
let tokensB: Tokens;

const input = {
  date: '2026-03-01',
  benefits: { earningsRelatedPension: { type: 'full', fixedTerm: false, monthlyAmount: '1200.00' } },
  scenarios: [
    { id: 'h10', hoursPerWeek: 10, hourlyWage: '13.50' },
    { id: 'h15', hoursPerWeek: 15, hourlyWage: '13.50' },
  ],
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
function api(path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? bearer(init.token) : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

/** A token signed with the local issuer's own key (read from the data folder), with any claims. */
async function forged(claims: JWTPayload, options: { key?: 'issuer' | 'other'; alg?: string } = {}): Promise<string> {
  const stored = JSON.parse(readFileSync(join(dataDir, 'auth', 'signing-key.json'), 'utf8')) as { kid: string; privateJwk: JWK };
  const key = options.key === 'other' ? (await generateKeyPair('RS256')).privateKey : await importJWK(stored.privateJwk, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: LOCAL_ISSUER,
    sub: coachA.sub,
    client_id: LOCAL_CLIENT_ID,
    token_use: 'access',
    iat: now,
    exp: now + 600,
    ...claims,
  })
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: stored.kid })
    .sign(key);
}

beforeAll(async () => {
  coachA = inviteCoach(dataDir, 'Coach.A@example.fi');
  inviteCoach(dataDir, 'coach.b@example.fi');
  server = await startServer({ port: 0, dataDir, webDir, signInMessages: signInCodes.deliver });
  base = server.url;
  tokensA = await signIn(base, 'coach.a@example.fi');
  tokensB = await signIn(base, 'coach.b@example.fi');
});

afterAll(async () => {
  await server?.close();
  logs.restore();
  rmSync(tmp, { recursive: true, force: true });
});

describe('GET /config.json: where the web app signs in', () => {
  it('points at the local issuer, with the same fields Cognito’s configuration has in AWS', async () => {
    const answer = await fetch(`${base}/config.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(await answer.json()).toEqual({
      auth: {
        provider: 'local',
        issuer: LOCAL_ISSUER,
        clientId: LOCAL_CLIENT_ID,
        authorizeUrl: '/local/oauth2/authorize',
        tokenUrl: '/local/oauth2/token',
        revokeUrl: '/local/oauth2/revoke',
        logoutUrl: '/local/logout',
        redirectPath: '/auth/callback',
        logoutRedirectPath: '/',
        scope: 'openid email',
      },
    });
  });
});

describe('the local sign-in (authorization code with PKCE, as Cognito’s hosted UI)', () => {
  it('shows a sign-in page that says it is the local development sign-in, with a labelled e-mail field', async () => {
    const auth = await webConfig(base);
    const page = await fetch(`${base}${auth.authorizeUrl}?${authorizeParams(base, auth, pkce().challenge)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await page.text();
    expect(html).toContain('Local development sign-in');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<label for="email">[^<]+<\/label>\s*<input id="email" name="email" type="email"/);
    expect(html).toContain('name="code_challenge"');
    expect(html).toContain('npm run coach -- add');
  });

  it('answers an address that is not invited exactly as an invited one, sends it no code, and lets no code in', async () => {
    const auth = await webConfig(base);
    const { challenge } = pkce();
    const pageFor = async (email: string) => {
      const answer = await submitSignIn(base, auth, email, challenge);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('location')).toBeNull();
      return answer.text();
    };
    const invited = await pageFor('coach.b@example.fi');
    const stranger = await pageFor('stranger@example.fi');
    const neutral = (html: string, email: string) => html.replace(attemptOf(html), 'ATTEMPT').replaceAll(email, 'EMAIL');
    expect(neutral(stranger, 'stranger@example.fi')).toBe(neutral(invited, 'coach.b@example.fi'));
    expect(stranger).toContain('If <strong>stranger@example.fi</strong> is an invited coach, an eight-digit code is now in the terminal');
    expect(signInCodes.codeFor('stranger@example.fi')).toBeUndefined();
    expect(signInCodes.messages.at(-1)).toEqual({ kind: 'notInvited', email: 'stranger@example.fi' });
    for (const code of ['00000000', '12345678', signInCodes.codeFor('coach.b@example.fi')!]) {
      const answer = await submitCode(base, auth, 'stranger@example.fi', attemptOf(stranger), code, challenge);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain('That is not the code.');
    }
  });

  it('says the same about a malformed address whoever asks, and nothing about who is invited', async () => {
    const auth = await webConfig(base);
    const answer = await submitSignIn(base, auth, 'not an address', pkce().challenge);
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain('Type an e-mail address, such as coach@example.fi.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toMatch(/invited so far|is not an invited coach/);
  });

  it('redirects to the callback with a code and the state, and the code gives Cognito-shaped RS256 tokens', async () => {
    const auth = await webConfig(base);
    const { verifier, challenge } = pkce();
    const answer = await signInWithCode(base, auth, 'COACH.A@example.fi', challenge, 'xyz');
    expect(answer.status).toBe(302);
    const callback = new URL(answer.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${base}/auth/callback`);
    expect(callback.searchParams.get('state')).toBe('xyz');
    const code = callback.searchParams.get('code')!;
    const tokens = await exchange(base, auth, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${base}/auth/callback`,
      code_verifier: verifier,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toBe('no-store');
    const body = (await tokens.json()) as Tokens;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, refresh_token: expect.any(String) });
    const id = decodeJwt(body.id_token);
    const access = decodeJwt(body.access_token);
    expect(id).toMatchObject({ iss: LOCAL_ISSUER, aud: LOCAL_CLIENT_ID, sub: coachA.sub, email: 'coach.a@example.fi', token_use: 'id' });
    expect(access).toMatchObject({
      iss: LOCAL_ISSUER,
      client_id: LOCAL_CLIENT_ID,
      sub: coachA.sub,
      token_use: 'access',
      scope: 'openid email',
    });
    expect(access.exp! - access.iat!).toBe(3600);
    const header = decodeProtectedHeader(body.access_token);
    expect(header.alg).toBe('RS256');
    const jwks = (await (await fetch(`${base}/local/.well-known/jwks.json`)).json()) as { keys: JWK[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([header.kid]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    // A code works once.
    const again = await exchange(base, auth, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${base}/auth/callback`,
      code_verifier: verifier,
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'invalid_grant' });
  });

  it.each([
    { name: 'a wrong code_verifier', change: (p: Record<string, string>) => ({ ...p, code_verifier: pkce().verifier }) },
    { name: 'no code_verifier', change: ({ code_verifier: _v, ...p }: Record<string, string>) => p },
    { name: 'another redirect_uri', change: (p: Record<string, string>) => ({ ...p, redirect_uri: `${base}/elsewhere` }) },
    { name: 'another client', change: (p: Record<string, string>) => ({ ...p, client_id: 'other' }) },
  ])('refuses a code with $name', async ({ change }) => {
    const auth = await webConfig(base);
    const { verifier, challenge } = pkce();
    const code = new URL((await signInWithCode(base, auth, coachA.email, challenge)).headers.get('location')!).searchParams.get('code')!;
    const params = change({
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${base}/auth/callback`,
      code_verifier: verifier,
      client_id: auth.clientId,
    });
    const answer = await fetch(new URL(auth.tokenUrl, base), { method: 'POST', body: new URLSearchParams(params) });
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toMatch(/^invalid_(grant|client)$/);
  });

  it('refuses requests it cannot send back (unknown client, a redirect_uri elsewhere) on its own page', async () => {
    const auth = await webConfig(base);
    const params = authorizeParams(base, auth, pkce().challenge);
    params.set('client_id', 'someone-else');
    expect((await fetch(`${base}${auth.authorizeUrl}?${params}`)).status).toBe(400);
    const elsewhere = authorizeParams(base, auth, pkce().challenge);
    elsewhere.set('redirect_uri', 'https://evil.example/auth/callback');
    const answer = await fetch(`${base}${auth.authorizeUrl}?${elsewhere}`, { redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('location')).toBeNull();
  });

  it('sends other bad requests back to the app with an OAuth error: no PKCE, another response type, an unknown scope', async () => {
    const auth = await webConfig(base);
    for (const [key, value, error] of [
      ['code_challenge_method', 'plain', 'invalid_request'],
      ['response_type', 'token', 'unsupported_response_type'],
      ['scope', 'openid aws.cognito.signin.user.admin', 'invalid_scope'],
    ] as const) {
      const params = authorizeParams(base, auth, pkce().challenge, 's1');
      params.set(key, value);
      const answer = await fetch(`${base}${auth.authorizeUrl}?${params}`, { redirect: 'manual' });
      expect(answer.status, key).toBe(302);
      const back = new URL(answer.headers.get('location')!);
      expect(back.pathname).toBe('/auth/callback');
      expect(back.searchParams.get('error')).toBe(error);
      expect(back.searchParams.get('state')).toBe('s1');
    }
  });

  it('refreshes tokens with the refresh token until it is revoked', async () => {
    const auth = await webConfig(base);
    const { refresh_token } = await signIn(base, coachA.email);
    const refreshed = await exchange(base, auth, { grant_type: 'refresh_token', refresh_token });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as Tokens;
    expect(decodeJwt(body.access_token).sub).toBe(coachA.sub);
    expect(body).not.toHaveProperty('refresh_token');
    expect(
      (
        await fetch(new URL(auth.revokeUrl, base), {
          method: 'POST',
          body: new URLSearchParams({ token: refresh_token, client_id: auth.clientId }),
        })
      ).status,
    ).toBe(200);
    expect((await exchange(base, auth, { grant_type: 'refresh_token', refresh_token })).status).toBe(400);
  });

  it('signs out to the app’s page, and refuses any other logout_uri', async () => {
    const auth = await webConfig(base);
    const out = await fetch(`${base}${auth.logoutUrl}?client_id=${auth.clientId}&logout_uri=${encodeURIComponent(`${base}/`)}`, {
      redirect: 'manual',
    });
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${base}/`);
    const evil = await fetch(
      `${base}${auth.logoutUrl}?client_id=${auth.clientId}&logout_uri=${encodeURIComponent('https://evil.example/')}`,
      { redirect: 'manual' },
    );
    expect(evil.status).toBe(400);
  });

  /** This machine's first non-loopback IPv4 address, if it has one. */
  const lanAddress = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

  it.runIf(lanAddress)('answers the sign-in only from this computer: from another address it is 403 (there is no password)', async () => {
    const open = await startServer({
      port: 0,
      host: '0.0.0.0',
      allowedHosts: [lanAddress!],
      dataDir: join(tmp, 'lan'),
      webDir,
      signInMessages: signInCodes.deliver,
    });
    try {
      const remote = `http://${lanAddress}:${open.port}`;
      const auth = await webConfig(remote);
      const page = await fetch(`${remote}${auth.authorizeUrl}?${authorizeParams(remote, auth, pkce().challenge)}`);
      expect(page.status).toBe(403);
      expect(await page.text()).toContain('only answers requests from this computer');
      expect(
        (await fetch(`${remote}${auth.tokenUrl}`, { method: 'POST', body: new URLSearchParams({ client_id: auth.clientId }) })).status,
      ).toBe(403);
      expect((await fetch(`${remote}/v1/health`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('keeps its signing key in the data folder, readable by its owner only', () => {
    expect(statSync(join(dataDir, 'auth', 'signing-key.json')).mode & 0o077).toBe(0);
  });
});

describe('the authorizer in front of the coach routes (as API Gateway’s JWT authorizer)', () => {
  const coachRoutes = [
    { method: 'GET', path: '/v1/cases' },
    { method: 'POST', path: '/v1/cases', body: { label: 'x', input } },
    { method: 'GET', path: '/v1/cases/00000000-0000-4000-8000-000000000000' },
    { method: 'PUT', path: '/v1/cases/00000000-0000-4000-8000-000000000000', body: { version: 1, label: 'x' } },
    { method: 'DELETE', path: '/v1/cases/00000000-0000-4000-8000-000000000000' },
    { method: 'POST', path: '/v1/cases/00000000-0000-4000-8000-000000000000/shares' },
    { method: 'DELETE', path: `/v1/cases/00000000-0000-4000-8000-000000000000/shares/${'a'.repeat(43)}` },
  ];

  const refused = async (token: string | undefined, headers: Record<string, string> = {}) => {
    const before = logs.lines.length;
    for (const route of coachRoutes) {
      const answer = await api(route.path, { method: route.method, ...(token !== undefined ? { token } : {}), body: route.body, headers });
      expect(answer.status, `${route.method} ${route.path}`).toBe(401);
      expect(await answer.json()).toMatchObject({ error: 'Unauthorized' });
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    }
    // The handlers never ran (each writes a log line per request).
    expect(logs.lines.slice(before)).toEqual([]);
  };

  it('answers 401 without a token, and no handler runs', () => refused(undefined));
  it('answers 401 to a malformed token', () => refused('not.a.jwt'));
  it('answers 401 to a token that is not a JWT at all', () => refused(undefined, { authorization: 'Basic Y29hY2g6c2VjcmV0' }));
  it('answers 401 to an expired token', async () =>
    refused(await forged({ iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })));
  it('answers 401 to a token signed with another key', async () => refused(await forged({}, { key: 'other' })));
  it('answers 401 to a token from another issuer', async () =>
    refused(await forged({ iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc' })));
  it('answers 401 to a token for another client (audience)', async () => refused(await forged({ client_id: 'another-app' })));
  it('answers 401 to a token issued in the future', async () =>
    refused(await forged({ iat: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 7200 })));
  it('answers 401 to a token without exp', async () => refused(await forged({ exp: undefined })));
  it('answers 401 to an unsigned token (alg none)', async () => {
    const [, payload] = (await forged({})).split('.');
    await refused(`${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`);
  });
  it('answers 401 to a share token used as a bearer token', async () => {
    const id = (await (await api('/v1/cases', { method: 'POST', token: tokensA.access_token, body: { label: 'jaettu', input } })).json())
      .id as string;
    const share = await (await api(`/v1/cases/${id}/shares`, { method: 'POST', token: tokensA.access_token })).json();
    await refused(share.token);
  });

  it('lets the access token or the ID token in (aud or client_id, as API Gateway), with or without "Bearer "', async () => {
    for (const token of [tokensA.access_token, tokensA.id_token]) expect((await api('/v1/cases', { token })).status).toBe(200);
    expect((await api('/v1/cases', { headers: { authorization: tokensA.access_token } })).status).toBe(200);
  });

  it('keeps public routes public', async () => {
    expect((await api('/v1/health')).status).toBe(200);
    expect((await api(`/v1/shared/${'a'.repeat(43)}`)).status).toBe(404);
  });

  it('stops letting a removed coach sign in', async () => {
    const c = inviteCoach(dataDir, 'leaving@example.fi');
    expect(decodeJwt((await signIn(base, 'leaving@example.fi')).access_token).sub).toBe(c.sub);
    removeCoach(dataDir, 'leaving@example.fi');
    await expect(signIn(base, 'leaving@example.fi')).rejects.toThrow(/sign-in answered 200/);
  });

  it('shuts a removed coach out at once: their tokens open nothing, and their refresh token gives no new ones', async () => {
    inviteCoach(dataDir, 'removed@example.fi');
    const tokens = await signIn(base, 'removed@example.fi');
    expect((await api('/v1/cases', { token: tokens.access_token })).status).toBe(200);
    removeCoach(dataDir, 'removed@example.fi');
    for (const token of [tokens.access_token, tokens.id_token]) {
      const answer = await api('/v1/cases', { token });
      expect(answer.status).toBe(401);
      expect(await answer.json()).toMatchObject({ error: 'Unauthorized' });
    }
    const auth = await webConfig(base);
    expect((await exchange(base, auth, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).status).toBe(400);
    // Invited again: a new coach id, and the old tokens still open nothing.
    inviteCoach(dataDir, 'removed@example.fi');
    expect((await api('/v1/cases', { token: tokens.access_token })).status).toBe(401);
  });
});

describe('saved cases over HTTP', () => {
  it('keeps coaches apart: B cannot list, read, change or delete A’s case (404 / an empty list)', async () => {
    const created = await api('/v1/cases', { method: 'POST', token: tokensA.access_token, body: { label: 'A:n asiakas', input } });
    expect(created.status).toBe(201);
    const id = (await created.json()).id as string;
    expect((await (await api('/v1/cases', { token: tokensB.access_token })).json()).cases).toEqual([]);
    expect((await api(`/v1/cases/${id}`, { token: tokensB.access_token })).status).toBe(404);
    expect((await api(`/v1/cases/${id}`, { method: 'PUT', token: tokensB.access_token, body: { version: 1, label: 'B' } })).status).toBe(
      404,
    );
    expect((await api(`/v1/cases/${id}`, { method: 'DELETE', token: tokensB.access_token })).status).toBe(404);
    expect((await api(`/v1/cases/${id}/shares`, { method: 'POST', token: tokensB.access_token })).status).toBe(404);
    const mine = await (await api(`/v1/cases/${id}`, { token: tokensA.access_token })).json();
    expect(mine).toMatchObject({ label: 'A:n asiakas', version: 1 });
  });

  it('refuses a stale save with 409 and the current version', async () => {
    const id = (await (await api('/v1/cases', { method: 'POST', token: tokensA.access_token, body: { label: 'lukitus', input } })).json())
      .id as string;
    expect(
      (await api(`/v1/cases/${id}`, { method: 'PUT', token: tokensA.access_token, body: { version: 1, label: 'tab 1' } })).status,
    ).toBe(200);
    const stale = await api(`/v1/cases/${id}`, { method: 'PUT', token: tokensA.access_token, body: { version: 1, label: 'tab 2' } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).currentVersion).toBe(2);
  });

  it('refuses a label with a personal identity code', async () => {
    const answer = await api('/v1/cases', {
      method: 'POST',
      token: tokensA.access_token,
      body: { label: 'Matti Meikäläinen 131052-308T', input },
    });
    expect(answer.status).toBe(400);
    expect((await answer.json()).issues[0].params.reason).toBe('personalIdentityCode');
  });

  it('opens a share link without a token, read-only: no method but GET, and 404 once revoked', async () => {
    const id = (await (await api('/v1/cases', { method: 'POST', token: tokensA.access_token, body: { label: 'jaettava', input } })).json())
      .id as string;
    const share = await (await api(`/v1/cases/${id}/shares`, { method: 'POST', token: tokensA.access_token })).json();
    const read = await api(`/v1/shared/${share.token}`);
    expect(read.status).toBe(200);
    expect((await read.json()).label).toBe('jaettava');
    for (const method of ['PUT', 'DELETE', 'POST']) {
      const write = await api(`/v1/shared/${share.token}`, { method, body: { label: 'muutettu' } });
      expect(write.status, method).toBe(405);
      expect(write.headers.get('allow')).toBe('GET, OPTIONS');
    }
    expect((await (await api(`/v1/shared/${share.token}`)).json()).label).toBe('jaettava');
    expect((await api(`/v1/cases/${id}/shares/${share.token}`, { method: 'DELETE', token: tokensA.access_token })).status).toBe(204);
    expect((await api(`/v1/shared/${share.token}`)).status).toBe(404);
  });
});

describe('a restart of npm start', () => {
  it('keeps the saved cases, the share links, the invited coaches and the signing key (tokens stay valid)', async () => {
    const created = await (
      await api('/v1/cases', { method: 'POST', token: tokensA.access_token, body: { label: 'ennen uudelleenkäynnistystä', input } })
    ).json();
    const share = await (await api(`/v1/cases/${created.id}/shares`, { method: 'POST', token: tokensA.access_token })).json();

    await server.close();
    server = await startServer({ port: 0, dataDir, webDir, signInMessages: signInCodes.deliver });
    base = server.url;

    const reopened = await api(`/v1/cases/${created.id}`, { token: tokensA.access_token });
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toMatchObject({ id: created.id, label: 'ennen uudelleenkäynnistystä', version: 1, input: created.input });
    const again = await signIn(base, coachA.email);
    const listed = await (await api('/v1/cases', { token: again.access_token })).json();
    expect(listed.cases.map((c: { id: string }) => c.id)).toContain(created.id);
    expect((await (await api(`/v1/shared/${share.token}`)).json()).label).toBe('ennen uudelleenkäynnistystä');
    expect((await api('/v1/cases', { token: tokensB.access_token })).status).toBe(200);
  });
});
