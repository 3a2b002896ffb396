import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InvitedCoach, inviteCoach, removeCoach } from '../../functions/local/coaches.ts';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../functions/local/issuer.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { captureLogs } from './events.ts';
import { exchange, signIn, signInCodes, type Tokens, webConfig } from './sign-in.ts';

/**
 * Saved cases through `npm start`'s server over real HTTP (the sign-in itself: test/local/oauth-flow.test.ts): the
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
      expect(write.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
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
