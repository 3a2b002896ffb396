import { isIP } from 'node:net';

/**
 * The names the local server answers to. A page on any web site can make the browser send requests to
 * 127.0.0.1 under a name of its own (DNS rebinding: evil.example first resolves to the attacker, then to
 * 127.0.0.1), and the browser then treats the answers as evil.example's own. The `Host` header still says
 * evil.example, so every request whose Host is not one of ours is refused before anything else runs.
 *
 * Ours: localhost, 127.0.0.1 and [::1]; the address the server listens on when it is a specific one; and the
 * names the user adds (`ALLOWED_HOSTS=laptop.local,192.168.1.20 npm start`, for a demo on the local network).
 */

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** A host name as it appears in a Host header: lower case, an IPv6 address in brackets, no port. */
function normaliseName(name: string): string {
  const value = name.trim().toLowerCase();
  return isIP(value) === 6 ? `[${value}]` : value;
}

/** The host part of a Host header ("localhost:3210" → "localhost", "[::1]:3210" → "[::1]"), or null. */
function hostOf(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s/@]+)(?::(\d{1,5}))?$/.exec(header.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** The names the server answers to, for its listening address and the user's extra names. */
export function allowedHosts(listenHost: string, extra: readonly string[] = []): ReadonlySet<string> {
  const names = new Set(LOOPBACK_NAMES);
  const listening = normaliseName(listenHost);
  if (listening !== '' && listening !== '0.0.0.0' && listening !== '[::]') names.add(listening);
  for (const name of extra) if (name.trim() !== '') names.add(normaliseName(name));
  return names;
}

/** `ALLOWED_HOSTS` (comma- or space-separated) as a list of names. */
export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  const host = hostOf(header);
  return host !== null && allowed.has(host);
}
