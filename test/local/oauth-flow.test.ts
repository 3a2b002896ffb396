import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InvitedCoach, inviteCoach } from '../../functions/local/coaches.ts';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../functions/local/issuer.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { captureLogs } from '../api/events.ts';
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
} from '../api/sign-in.ts';

/**
 * The local sign-in of `npm start` over real HTTP, as the web app and a browser use it: /config.json, the
 * authorization-code flow with PKCE shaped like Cognito's hosted UI (an address, then a one-time code),
 * the tokens, refresh and revocation, sign-out, and what it refuses.
 */

const logs = captureLogs();
const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-oauth-'));
const dataDir = join(tmp, 'data');
const webDir = join(tmp, 'no-web');
let server: LocalServer;
let base: string;
let coachA: InvitedCoach;

beforeAll(async () => {
  coachA = inviteCoach(dataDir, 'Coach.A@example.fi');
  inviteCoach(dataDir, 'coach.b@example.fi');
  server = await startServer({ port: 0, dataDir, webDir, signInMessages: signInCodes.deliver });
  base = server.url;
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
