/**
 * PKCE (RFC 7636) and the `state` parameter of the authorization-code flow: random values from the
 * browser's CSPRNG, the S256 challenge with WebCrypto, and a comparison of the returned state.
 */

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `bytes` random bytes as base64url: 32 bytes give 43 characters, the shortest verifier RFC 7636 allows. */
export function randomToken(bytes = 32, source: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  return base64Url(source.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 code challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
export async function s256(verifier: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export interface PkceStart {
  verifier: string;
  challenge: string;
  state: string;
}

/** A fresh verifier, its challenge and a state, for one sign-in. */
export async function startPkce(source: Crypto = globalThis.crypto): Promise<PkceStart> {
  const verifier = randomToken(32, source);
  return { verifier, challenge: await s256(verifier, source.subtle), state: randomToken(32, source) };
}

/** The state that came back is the one sent. Length-checked, then compared without an early exit. */
export function sameState(expected: string | null | undefined, received: string | null | undefined): boolean {
  if (!expected || !received || expected.length !== received.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i += 1) difference |= expected.charCodeAt(i) ^ received.charCodeAt(i);
  return difference === 0;
}
