import { WEB_CONFIG_PATH, type WebConfig } from '#contracts/sign-in.ts';
import { CALLBACK_PATH } from './coach-entry.ts';

/**
 * Where the coach signs in (GET /config.json: Cognito's hosted UI in AWS, the local issuer of `npm start`),
 * where they come back to afterwards, and how a sign-in fails. Used by auth.ts.
 */

export type AuthSettings = WebConfig['auth'];

export type SignInFailure = 'unavailable' | 'state' | 'denied' | 'exchange';

/** The sign-in could not start or finish. `returnTo`: where the coach was, so nothing typed is lost. */
export class SignInError extends Error {
  readonly reason: SignInFailure;
  readonly returnTo: string;

  constructor(reason: SignInFailure, returnTo = '/') {
    super(`Sign-in failed: ${reason}`);
    this.name = 'SignInError';
    this.reason = reason;
    this.returnTo = returnTo;
  }
}

export type Fetch = typeof fetch;

/** A non-empty string. */
export const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** An address inside this app to come back to: a path on this origin, never another site or the callback. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === CALLBACK_PATH || value.startsWith(`${CALLBACK_PATH}?`) || value.startsWith(`${CALLBACK_PATH}#`)) return '/';
  return value.slice(0, 8000);
}

/** Reads /config.json: where to sign in. URLs are resolved against the origin (root-relative locally). */
export async function loadAuthSettings(fetcher: Fetch, origin: string): Promise<AuthSettings> {
  let body: unknown;
  try {
    const response = await fetcher(new URL(WEB_CONFIG_PATH, origin).toString(), {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-cache',
    });
    if (!response.ok) throw new Error(String(response.status));
    body = await response.json();
  } catch {
    throw new SignInError('unavailable');
  }
  const auth = (body as Partial<WebConfig> | null)?.auth;
  const keys = [
    'issuer',
    'clientId',
    'authorizeUrl',
    'tokenUrl',
    'revokeUrl',
    'logoutUrl',
    'redirectPath',
    'logoutRedirectPath',
    'scope',
  ] as const;
  if (!auth || !keys.every((k) => text(auth[k]))) throw new SignInError('unavailable');
  const resolve = (url: string) => {
    const resolved = new URL(url, origin);
    // https anywhere (Cognito), or this very origin (the local issuer over http).
    if (resolved.protocol !== 'https:' && resolved.origin !== new URL(origin).origin) throw new SignInError('unavailable');
    return resolved.toString();
  };
  return {
    ...auth,
    authorizeUrl: resolve(auth.authorizeUrl),
    tokenUrl: resolve(auth.tokenUrl),
    revokeUrl: resolve(auth.revokeUrl),
    logoutUrl: resolve(auth.logoutUrl),
  };
}
