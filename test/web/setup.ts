// DOM matchers for the web tests (toBeInTheDocument, toHaveAccessibleDescription…), and their types.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// Parts of the page load a step after its first paint (lib/after-paint.ts, lazily imported modules): `findBy…`
// waits up to 5 s for them, not the library's 1 s, which a machine busy with the browser tests can overrun.
configure({ asyncUtilTimeout: 5_000 });

// jsdom's globals (ArrayBuffer, Uint8Array…) are its window's, while crypto is Node's: a digest comes back
// as an ArrayBuffer of another realm, which `instanceof ArrayBuffer` does not recognise (in a browser both
// are the page's). The sign-in (oauth4webapi's PKCE challenge) checks exactly that, so the digest is
// copied into this realm's ArrayBuffer here, as a browser would hand it over.
const digest = crypto.subtle.digest.bind(crypto.subtle);
crypto.subtle.digest = async (...args: Parameters<SubtleCrypto['digest']>) => {
  const bytes = new Uint8Array(await digest(...args));
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy.buffer;
};
