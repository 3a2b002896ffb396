/**
 * The little the app shell needs to know before it loads the coach workspace (which is not part of the
 * initial download): is a coach signed in in this tab, is this the sign-in's callback, does the address
 * hold a share link. Kept tiny on purpose; everything else is in web/src/workspace/, loaded on demand.
 */

/** sessionStorage key of a signed-in coach's tokens (this tab only; never localStorage). */
export const TOKENS_KEY = 'tyo-etuudet.auth.tokens';

/** The fragment key of a read-only share link: `/#share=<token>` (the API's `path`). */
const SHARE_KEY = 'share';

/** The page the sign-in returns to (the API's REDIRECT_PATH, also in /config.json). */
export { REDIRECT_PATH as CALLBACK_PATH } from '#contracts/sign-in.ts';

/** The share link's token as written in a location hash, or null when the hash holds none. Not checked here. */
export function shareInHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_KEY);
}

/** sessionStorage, or null where the browser refuses it (some privacy modes throw on access). */
export function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** True when a coach has signed in in this tab (their tokens may still need a refresh). */
export function hasCoachSession(storage: Storage | null = sessionStore()): boolean {
  try {
    return storage?.getItem(TOKENS_KEY) != null;
  } catch {
    return false;
  }
}
