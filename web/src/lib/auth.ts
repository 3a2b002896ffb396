import {
  AuthorizationResponseError,
  type AuthorizationServer,
  allowInsecureRequests,
  authorizationCodeGrantRequest,
  type Client,
  calculatePKCECodeChallenge,
  clockSkew,
  customFetch,
  generateRandomCodeVerifier,
  generateRandomState,
  None,
  processAuthorizationCodeResponse,
  processRefreshTokenResponse,
  refreshTokenGrantRequest,
  revocationRequest,
  type TokenEndpointResponse,
  validateAuthResponse,
} from 'oauth4webapi';
import type { Lang } from '#contracts/languages.ts';
import { TOKEN_LIFETIME_SECONDS } from '#contracts/sign-in.ts';
import { type AuthSettings, type Fetch, loadAuthSettings, SignInError, safeReturnTo, text } from './auth-settings.ts';
import { jwtClaims, TokenStore, type Tokens } from './auth-tokens.ts';
import { sessionStore } from './coach-entry.ts';

/**
 * A coach's sign-in in the browser: the OAuth 2.0 authorization-code flow with PKCE against the endpoints
 * in GET /config.json (Cognito's hosted UI in AWS, the local issuer of `npm start`). The protocol itself
 * (PKCE, the state and callback checks, the token and revocation requests, the checks of the token
 * response and the ID token's claims) is oauth4webapi's; this module keeps what is the app's own: where
 * things are kept, where to come back to, and how a failure is told.
 *
 *  1. signInUrl(): a fresh verifier and state go to sessionStorage; the browser is sent to authorizeUrl.
 *  2. completeSignIn(): back on /auth/callback?code&state, the state is checked and the code exchanged
 *     (form POST to tokenUrl) for the tokens.
 *  3. accessToken() / refresh(): the access token for the case routes; refreshed with the refresh token.
 *  4. signOut(): the tokens are forgotten, the refresh token revoked, and the browser sent to logoutUrl.
 *
 * Where to sign in comes from auth-settings.ts; the tokens are kept by auth-tokens.ts, in memory and in
 * this tab's sessionStorage only (never localStorage), and are never logged.
 */

/** sessionStorage key of the verifier, state and return address while the browser is at the sign-in. */
export const PENDING_KEY = 'tyo-etuudet.auth.pending';

/** Refresh a minute before the access token runs out. */
const EXPIRY_MARGIN_MS = 60_000;

/** A sign-in that does not come back within half an hour is forgotten. */
const PENDING_LIFETIME_MS = 30 * 60_000;

interface Pending {
  state: string;
  verifier: string;
  returnTo: string;
  createdAt: number;
}

export interface AuthOptions {
  /** The app's origin, e.g. http://127.0.0.1:3210 */
  origin: string;
  storage?: Storage | null;
  fetch?: Fetch;
  now?: () => number;
  /** Where the settings come from (default: GET /config.json). */
  settings?: () => Promise<AuthSettings>;
}

/** The sign-in's endpoints as oauth4webapi names them (no discovery: /config.json says where they are). */
function serverOf(settings: AuthSettings): AuthorizationServer {
  return {
    issuer: settings.issuer,
    authorization_endpoint: settings.authorizeUrl,
    token_endpoint: settings.tokenUrl,
    revocation_endpoint: settings.revokeUrl,
  };
}

export class Auth {
  readonly tokens: TokenStore;
  readonly #origin: string;
  readonly #storage: Storage | null;
  readonly #fetch: Fetch;
  readonly #now: () => number;
  readonly #loadSettings: () => Promise<AuthSettings>;
  #settings: Promise<AuthSettings> | null = null;
  #refreshing: Promise<boolean> | null = null;

  constructor(options: AuthOptions) {
    this.#origin = options.origin;
    this.#storage = options.storage === undefined ? sessionStore() : options.storage;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#now = options.now ?? Date.now;
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

  /** This app as the sign-in's public client; the ID token's times are checked against this app's clock. */
  #client(settings: AuthSettings): Client {
    return { client_id: settings.clientId, [clockSkew]: Math.round((this.#now() - Date.now()) / 1000) };
  }

  /**
   * How oauth4webapi sends a request: with this app's fetch, no cookies, no referrer, nothing cached; plain
   * http only to this very origin (the local issuer), which loadAuthSettings has already made sure of.
   */
  #requestOptions(url: string) {
    const fetcher = this.#fetch;
    return {
      [customFetch]: (target: string, init: RequestInit) =>
        fetcher(target, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' }),
      [allowInsecureRequests]: new URL(url).protocol === 'http:',
    };
  }

  /**
   * Step 1: the authorize URL to send the browser to. The verifier and state wait in sessionStorage. `lang`, the
   * app's language, asks for the sign-in page in it (Cognito's managed login and the local sign-in read `lang`).
   */
  async signInUrl(returnTo: string, lang?: Lang): Promise<string> {
    const settings = await this.settings();
    const verifier = generateRandomCodeVerifier();
    const state = generateRandomState();
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
    url.searchParams.set('code_challenge', await calculatePKCECodeChallenge(verifier));
    url.searchParams.set('code_challenge_method', 'S256');
    if (lang) url.searchParams.set('lang', lang);
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
    const pending = this.#takePending();
    const returnTo = pending?.returnTo ?? '/';
    if (!pending || this.#now() - pending.createdAt > PENDING_LIFETIME_MS) throw new SignInError('state', returnTo);
    let settings: AuthSettings;
    try {
      settings = await this.settings();
    } catch {
      throw new SignInError('unavailable', returnTo);
    }
    const server = serverOf(settings);
    const client = this.#client(settings);
    let callback: URLSearchParams;
    try {
      // The state sent, and no error: else the coach cancelled (or the sign-in refused them).
      callback = validateAuthResponse(server, client, new URLSearchParams(search), pending.state);
    } catch (error) {
      throw new SignInError(error instanceof AuthorizationResponseError ? 'denied' : 'state', returnTo);
    }
    if (!callback.get('code')) throw new SignInError('denied', returnTo);
    const startedAt = this.#now();
    let tokens: Tokens;
    try {
      const response = await authorizationCodeGrantRequest(
        server,
        client,
        None(),
        callback,
        this.#redirectUri(settings),
        pending.verifier,
        this.#requestOptions(settings.tokenUrl),
      );
      tokens = this.#tokensFrom(await processAuthorizationCodeResponse(server, client, response, { requireIdToken: true }), startedAt);
    } catch {
      throw new SignInError('exchange', returnTo);
    }
    this.tokens.set(tokens);
    return returnTo;
  }

  /** The tokens of a token response checked by oauth4webapi; a refresh may leave out the ID and refresh tokens (Cognito). */
  #tokensFrom(body: TokenEndpointResponse, startedAt: number, previous?: Tokens): Tokens {
    const idToken = body.id_token ?? previous?.idToken;
    if (!idToken) throw new Error('no ID token');
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : TOKEN_LIFETIME_SECONDS;
    return {
      accessToken: body.access_token,
      idToken,
      refreshToken: body.refresh_token ?? previous?.refreshToken ?? null,
      expiresAt: startedAt + lifetime * 1000,
    };
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
    try {
      const settings = await this.settings();
      const server = serverOf(settings);
      const client = this.#client(settings);
      const startedAt = this.#now();
      const response = await refreshTokenGrantRequest(
        server,
        client,
        None(),
        current.refreshToken,
        this.#requestOptions(settings.tokenUrl),
      );
      this.tokens.set(this.#tokensFrom(await processRefreshTokenResponse(server, client, response), startedAt, current));
      return true;
    } catch {
      return false;
    }
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
        await revocationRequest(
          serverOf(settings),
          this.#client(settings),
          None(),
          tokens.refreshToken,
          this.#requestOptions(settings.revokeUrl),
        );
      } catch {
        // The refresh token runs out by itself; signing out goes on.
      }
    }
    // Cognito's own sign-out endpoint (not OpenID's end_session): client_id and where to come back to.
    const url = new URL(settings.logoutUrl);
    url.searchParams.set('client_id', settings.clientId);
    url.searchParams.set('logout_uri', new URL(settings.logoutRedirectPath, this.#origin).toString());
    return url.toString();
  }
}
