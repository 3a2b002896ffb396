import { createHash, randomBytes } from 'node:crypto';
import type { WebConfig } from '../../functions/contracts/sign-in.ts';

/**
 * The web app's side of the sign-in, as a test drives it over HTTP against the local server: read
 * /config.json, open the authorize URL with PKCE, submit the sign-in form, follow the redirect to the
 * callback with the code, and exchange the code at the token endpoint.
 */

export interface Tokens {
  id_token: string;
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
}

export const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

export async function webConfig(base: string): Promise<WebConfig['auth']> {
  return ((await (await fetch(`${base}/config.json`)).json()) as WebConfig).auth;
}

/** The authorization request's parameters, as the web app sends them. */
export function authorizeParams(base: string, auth: WebConfig['auth'], challenge: string, state = 'state-123'): URLSearchParams {
  return new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: new URL(auth.redirectPath, base).toString(),
    scope: auth.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
}

/** Submits the sign-in form; returns the redirect's Location (the callback with code and state). */
export async function submitSignIn(
  base: string,
  auth: WebConfig['auth'],
  email: string,
  challenge: string,
  state = 'state-123',
): Promise<Response> {
  const form = authorizeParams(base, auth, challenge, state);
  form.set('email', email);
  return fetch(new URL(auth.authorizeUrl, base), { method: 'POST', body: form, redirect: 'manual' });
}

export async function exchange(base: string, auth: WebConfig['auth'], params: Record<string, string>): Promise<Response> {
  return fetch(new URL(auth.tokenUrl, base), { method: 'POST', body: new URLSearchParams({ client_id: auth.clientId, ...params }) });
}

/** The whole flow for an invited coach: their tokens. */
export async function signIn(base: string, email: string): Promise<Tokens> {
  const auth = await webConfig(base);
  const { verifier, challenge } = pkce();
  const answer = await submitSignIn(base, auth, email, challenge);
  if (answer.status !== 302) throw new Error(`sign-in answered ${answer.status}: ${await answer.text()}`);
  const callback = new URL(answer.headers.get('location')!);
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code in ${callback}`);
  const tokens = await exchange(base, auth, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: new URL(auth.redirectPath, base).toString(),
    code_verifier: verifier,
  });
  if (tokens.status !== 200) throw new Error(`token endpoint answered ${tokens.status}: ${await tokens.text()}`);
  return (await tokens.json()) as Tokens;
}
