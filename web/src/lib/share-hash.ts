import { FRAGMENT_KEY } from './share-format.ts';

/**
 * Where the input sits in the address (#s=…). Apart from the encoder (share.ts), which loads just after the
 * first paint: reading the address is needed at once, writing it only once the form has changed.
 */

/** The encoded state in a location hash ("#s=…"), or null when the hash holds none. */
export function stateInHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY);
}

export function hashFor(encoded: string): string {
  return `#${FRAGMENT_KEY}=${encoded}`;
}
