import { createHash, randomBytes } from 'node:crypto';
import type { WebConfig } from '../../functions/contracts/sign-in.ts';
import type { SignInMessage } from '../../functions/local/sign-in-flow.ts';

/**
 * The web app's side of the sign-in, as a test drives it over HTTP against the local server: read
 * /config.json, open the authorize URL with PKCE, submit the e-mail address, type the one-time code the
 * server "prints" (into `signInCodes` here: start the server with `signInMessages: signInCodes.deliver`),
 * follow the redirect to the callback with the code, and exchange the code at the token endpoint.
 */

/** What `npm start` would print in its terminal: the codes of invited addresses, and the other attempts. */
export const signInCodes = {
  messages: [] as SignInMessage[],
  deliver(message: SignInMessage): void {
    signInCodes.messages.push(message);
  },
  /** The newest code for an address, or undefined when none was sent. */
  codeFor(email: string): string | undefined {
    const wanted = email.trim().toLowerCase();
    const found = signInCodes.messages.findLast((m) => m.kind === 'code' && m.email === wanted);
    return found?.kind === 'code' ? found.code : undefined;
  },
};

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
    // The app's language; these tests read the pages in English.
    lang: 'en',
  });
}

/** Submits the first step, the e-mail address; the answer is the code page (for any address). */
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

/** The hidden `attempt` of a code page. */
export function attemptOf(html: string): string {
  const attempt = /name="attempt" value="([^"]+)"/.exec(html)?.[1];
  if (!attempt) throw new Error(`no sign-in attempt in the page: ${html.slice(0, 300)}`);
  return attempt;
}

/** Submits the second step, a code, for the attempt the code page named. */
export async function submitCode(
  base: string,
  auth: WebConfig['auth'],
  email: string,
  attempt: string,
  code: string,
  challenge: string,
  state = 'state-123',
): Promise<Response> {
  const form = authorizeParams(base, auth, challenge, state);
  form.set('email', email);
  form.set('attempt', attempt);
  form.set('code', code);
  return fetch(new URL(auth.authorizeUrl, base), { method: 'POST', body: form, redirect: 'manual' });
}

/** Both steps with the code from the terminal: the answer is the redirect to the callback (or a page again). */
export async function signInWithCode(base: string, auth: WebConfig['auth'], email: string, challenge: string, state = 'state-123') {
  const page = await submitSignIn(base, auth, email, challenge, state);
  if (page.status !== 200) throw new Error(`the e-mail step answered ${page.status}: ${await page.text()}`);
  const attempt = attemptOf(await page.text());
  return submitCode(base, auth, email, attempt, signInCodes.codeFor(email) ?? '00000000', challenge, state);
}

export async function exchange(base: string, auth: WebConfig['auth'], params: Record<string, string>): Promise<Response> {
  return fetch(new URL(auth.tokenUrl, base), { method: 'POST', body: new URLSearchParams({ client_id: auth.clientId, ...params }) });
}

/** The whole flow for an invited coach: their tokens. */
export async function signIn(base: string, email: string): Promise<Tokens> {
  const auth = await webConfig(base);
  const { verifier, challenge } = pkce();
  const answer = await signInWithCode(base, auth, email, challenge);
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
