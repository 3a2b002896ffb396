import { text } from './auth-settings.ts';
import { TOKENS_KEY } from './coach-entry.ts';

/**
 * A signed-in coach's tokens: in memory and in this tab's sessionStorage only (never localStorage), never
 * logged; and the e-mail address read from the ID token for the header.
 */

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken: string | null;
  /** When the access token runs out, in ms since the epoch. */
  expiresAt: number;
}

/** The tokens in memory, mirrored to this tab's sessionStorage so that a reload keeps the coach signed in. */
export class TokenStore {
  #memory: Tokens | null | undefined;

  readonly storage: Storage | null;

  constructor(storage: Storage | null) {
    this.storage = storage;
  }

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
