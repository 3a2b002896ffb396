import type { WebConfig } from '#contracts/sign-in.ts';
import { CALLBACK_PATH, sessionStore, TOKENS_KEY } from './coach-entry.ts';
import { sameState, startPkce } from './pkce.ts';

/**
 * A coach's sign-in in the browser: the OAuth 2.0 authorization-code flow with PKCE against the endpoints
 * in GET /config.json (Cognito's hosted UI in AWS, the local issuer of `npm start`).
 *
 *  1. signInUrl(): a fresh verifier and state go to sessionStorage; the browser is sent to authorizeUrl.
 *  2. completeSignIn(): back on /auth/callback?code&state, the state is checked and the code exchanged
 *     (form POST to tokenUrl) for the tokens.
 *  3. accessToken() / refresh(): the access token for the case routes; refreshed with the refresh token.
 *  4. signOut(): the tokens are forgotten, the refresh token revoked, and the browser sent to logoutUrl.
 *
 * Tokens live in memory and in this tab's sessionStorage only (never localStorage), and are never logged.
 */

export type AuthSettings = WebConfig['auth'];

/** sessionStorage key of the verifier, state and return address while the browser is at the sign-in. */
export const PENDING_KEY = 'tyo-etuudet.auth.pending';

/** Refresh a minute before the access token runs out. */
const EXPIRY_MARGIN_MS = 60_000;

/** A sign-in that does not come back within half an hour is forgotten. */
const PENDING_LIFETIME_MS = 30 * 60_000;

export type SignInFailure = 'unavailable' | 'state' | 'denied' | 'exchange';

/** The sign-in could not start or finish. `returnTo`: where the coach was, so nothing typed is lost. */
export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly returnTo = '/',
  ) {
    super(`Sign-in failed: ${reason}`);
    this.name = 'SignInError';
  }
}

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken: string | null;
  /** When the access token runs out, in ms since the epoch. */
  expiresAt: number;
}

interface Pending {
  state: string;
  verifier: string;
  returnTo: string;
  createdAt: number;
}

type Fetch = typeof fetch;

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

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
    const response = await fetcher(new URL('/config.json', origin).toString(), {
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
  const keys = ['clientId', 'authorizeUrl', 'tokenUrl', 'revokeUrl', 'logoutUrl', 'redirectPath', 'logoutRedirectPath', 'scope'] as const;
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

/** The tokens in memory, mirrored to this tab's sessionStorage so that a reload keeps the coach signed in. */
export class TokenStore {
  #memory: Tokens | null | undefined;

  constructor(readonly storage: Storage | null) {}

  get(): Tokens | null {
    if (this.#memory !== undefined) return this.#memory;
    let stored: Partial<Tokens> | null = null;
    try {
      stored = JSON.parse(this.storage?.getItem(TOKENS_KEY) ?? 'null') as Partial<Tokens> | null;
    } catch {
      stored = null;
    }
    this.#memory =
      stored && text(stored.accessToken) && text(stored.idToken) && typeof stored.expiresAt === 'number'
        ? {
            accessToken: stored.accessToken,
            idToken: stored.idToken,
            refreshToken: text(stored.refreshToken) ? stored.refreshToken : null,
            expiresAt: stored.expiresAt,
          }
        : null;
    return this.#memory;
  }

  set(tokens: Tokens): void {
    this.#memory = tokens;
    try {
      this.storage?.setItem(TOKENS_KEY, JSON.stringify(tokens));
    } catch {
      // Storage full or refused: the tokens still work in memory until the page is closed.
    }
  }

  clear(): void {
    this.#memory = null;
    try {
      this.storage?.removeItem(TOKENS_KEY);
    } catch {
      // nothing stored
    }
  }
}

/** The claims of a JWT, read without checking it (the API checks it); only for showing the e-mail address. */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims = JSON.parse(json) as unknown;
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface AuthOptions {
  /** The app's origin, e.g. http://127.0.0.1:3210 */
  origin: string;
  storage?: Storage | null;
  fetch?: Fetch;
  now?: () => number;
  crypto?: Crypto;
  /** Where the settings come from (default: GET /config.json). */
  settings?: () => Promise<AuthSettings>;
}

export class Auth {
  readonly tokens: TokenStore;
  readonly #origin: string;
  readonly #storage: Storage | null;
  readonly #fetch: Fetch;
  readonly #now: () => number;
  readonly #crypto: Crypto;
  readonly #loadSettings: () => Promise<AuthSettings>;
  #settings: Promise<AuthSettings> | null = null;
  #refreshing: Promise<boolean> | null = null;

  constructor(options: AuthOptions) {
    this.#origin = options.origin;
    this.#storage = options.storage === undefined ? sessionStore() : options.storage;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#now = options.now ?? Date.now;
    this.#crypto = options.crypto ?? globalThis.crypto;
    this.#loadSettings = options.settings ?? (() => loadAuthSettings(this.#fetch, this.#origin));
    this.tokens = new TokenStore(this.#storage);
  }

  /** The sign-in endpoints, read once (a failed read is tried again next time). */
  settings(): Promise<AuthSettings> {
    this.#settings ??= this.#loadSettings().catch((error: unknown) => {
      this.#settings = null;
      throw error;
    });
    return this.#settings;
  }

  signedIn(): boolean {
    return this.tokens.get() !== null;
  }

  /** The coach's e-mail address from the ID token, for the header. */
  email(): string | null {
    const tokens = this.tokens.get();
    const email = tokens ? jwtClaims(tokens.idToken)?.email : null;
    return typeof email === 'string' ? email : null;
  }

  #redirectUri(settings: AuthSettings): string {
    return new URL(settings.redirectPath, this.#origin).toString();
  }

  /** Step 1: the authorize URL to send the browser to. The verifier and state wait in sessionStorage. */
  async signInUrl(returnTo: string): Promise<string> {
    const settings = await this.settings();
    const { verifier, challenge, state } = await startPkce(this.#crypto);
    const pending: Pending = { state, verifier, returnTo: safeReturnTo(returnTo), createdAt: this.#now() };
    // Without sessionStorage the verifier would not survive the trip to the sign-in page.
    try {
      if (!this.#storage) throw new Error('no sessionStorage');
      this.#storage.setItem(PENDING_KEY, JSON.stringify(pending));
    } catch {
      throw new SignInError('unavailable', pending.returnTo);
    }
    const url = new URL(settings.authorizeUrl);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', settings.clientId);
    url.searchParams.set('redirect_uri', this.#redirectUri(settings));
    url.searchParams.set('scope', settings.scope);
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
    return url.toString();
  }

  #takePending(): Pending | null {
    try {
      const raw = this.#storage?.getItem(PENDING_KEY) ?? null;
      this.#storage?.removeItem(PENDING_KEY);
      const pending = JSON.parse(raw ?? 'null') as Partial<Pending> | null;
      if (!pending || !text(pending.state) || !text(pending.verifier) || typeof pending.createdAt !== 'number') return null;
      return { state: pending.state, verifier: pending.verifier, returnTo: safeReturnTo(pending.returnTo), createdAt: pending.createdAt };
    } catch {
      return null;
    }
  }

  /** Steps 2–3, on the callback page: checks the state, exchanges the code, keeps the tokens. Returns where to go back to. */
  async completeSignIn(search: string): Promise<string> {
    const params = new URLSearchParams(search);
    const pending = this.#takePending();
    const returnTo = pending?.returnTo ?? '/';
    if (!pending || this.#now() - pending.createdAt > PENDING_LIFETIME_MS || !sameState(pending.state, params.get('state'))) {
      throw new SignInError('state', returnTo);
    }
    const code = params.get('code');
    if (params.get('error') !== null || !code) throw new SignInError('denied', returnTo);
    let settings: AuthSettings;
    try {
      settings = await this.settings();
    } catch {
      throw new SignInError('unavailable', returnTo);
    }
    const tokens = await this.#tokenRequest(settings, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.#redirectUri(settings),
      client_id: settings.clientId,
      code_verifier: pending.verifier,
    });
    if (!tokens) throw new SignInError('exchange', returnTo);
    this.tokens.set(tokens);
    return returnTo;
  }

  async #tokenRequest(settings: AuthSettings, form: Record<string, string>, previous?: Tokens): Promise<Tokens | null> {
    const startedAt = this.#now();
    let body: Record<string, unknown>;
    try {
      const response = await this.#fetch(settings.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams(form).toString(),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
      if (!response.ok) return null;
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      return null;
    }
    const accessToken = body.access_token;
    const idToken = body.id_token ?? previous?.idToken;
    if (!text(accessToken) || !text(idToken)) return null;
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    const refreshToken = text(body.refresh_token) ? body.refresh_token : (previous?.refreshToken ?? null);
    return { accessToken, idToken, refreshToken, expiresAt: startedAt + lifetime * 1000 };
  }

  /** A usable access token: refreshed first when it has (nearly) run out; null when the coach must sign in. */
  async accessToken(): Promise<string | null> {
    const tokens = this.tokens.get();
    if (!tokens) return null;
    if (tokens.expiresAt - EXPIRY_MARGIN_MS > this.#now()) return tokens.accessToken;
    return (await this.refresh()) ? (this.tokens.get()?.accessToken ?? null) : null;
  }

  /** New tokens with the refresh token; several callers at once share one request. False: sign in again. */
  refresh(): Promise<boolean> {
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #refresh(): Promise<boolean> {
    const current = this.tokens.get();
    if (!current?.refreshToken) return false;
    let settings: AuthSettings;
    try {
      settings = await this.settings();
    } catch {
      return false;
    }
    const tokens = await this.#tokenRequest(
      settings,
      { grant_type: 'refresh_token', refresh_token: current.refreshToken, client_id: settings.clientId },
      current,
    );
    if (!tokens) return false;
    this.tokens.set(tokens);
    return true;
  }

  /** Forgets the tokens (they no longer work): the coach signs in again. */
  forget(): void {
    this.tokens.clear();
  }

  /** Step 5: forgets the tokens, revokes the refresh token, and returns the sign-out URL (null: no settings). */
  async signOut(): Promise<string | null> {
    const tokens = this.tokens.get();
    this.tokens.clear();
    try {
      this.#storage?.removeItem(PENDING_KEY);
    } catch {
      // nothing pending
    }
    let settings: AuthSettings;
    try {
      settings = await this.settings();
    } catch {
      return null;
    }
    if (tokens?.refreshToken) {
      try {
        await this.#fetch(settings.revokeUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token: tokens.refreshToken, client_id: settings.clientId }).toString(),
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
        });
      } catch {
        // The refresh token runs out by itself; signing out goes on.
      }
    }
    const url = new URL(settings.logoutUrl);
    url.searchParams.set('client_id', settings.clientId);
    url.searchParams.set('logout_uri', new URL(settings.logoutRedirectPath, this.#origin).toString());
    return url.toString();
  }
}
