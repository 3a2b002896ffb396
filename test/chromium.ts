import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests and the bench's Lighthouse run use: CHROME_PATH, else /usr/bin/chromium,
 * else the one @sparticuz/chromium unpacks from node_modules (so `npm ci` alone is enough, as in CI).
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

/** Flags for a quiet headless browser that reaches nothing but the page under test. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
