import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * The local issuer's RS256 signing key, made once and kept in <dataDir>/auth/signing-key.json (owner-only),
 * so tokens stay valid across restarts of `npm start`.
 */

interface StoredKey {
  kid: string;
  privateJwk: JWK;
}

const keyFile = (dataDir: string) => join(dataDir, 'auth', 'signing-key.json');

export async function loadOrCreateKey(dataDir: string): Promise<StoredKey> {
  const file = keyFile(dataDir);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
    if (typeof stored.kid === 'string' && stored.privateJwk?.kty === 'RSA' && typeof stored.privateJwk.d === 'string') return stored;
    throw new Error(`${file} is not a signing key: delete it to make a new one (signed-in coaches then sign in again)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(privateJwk);
  const stored: StoredKey = { kid, privateJwk: { ...privateJwk, kid, alg: 'RS256', use: 'sig' } };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(stored)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return stored;
}

/** The key as the JWKS endpoint publishes it: the public part only. */
export function publicJwk(privateJwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = privateJwk;
  return { kty, n, e, kid, alg, use } as JWK;
}
