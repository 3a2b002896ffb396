import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteCoach } from '../../functions/local/coaches.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { createThrottle } from '../../functions/local/throttle.ts';
import { captureLogs } from '../api/events.ts';
import { attemptOf, pkce, signInCodes, signInWithCode, submitCode, submitSignIn, webConfig } from '../api/sign-in.ts';

/** Issue 12, item 3: the local sign-in is throttled, and a code is hard to guess. */

const logs = captureLogs();
const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-sign-in-'));
let server: LocalServer;
let base = '';

beforeAll(async () => {
  const dataDir = join(tmp, 'data');
  inviteCoach(dataDir, 'coach@example.fi');
  inviteCoach(dataDir, 'other@example.fi');
  server = await startServer({ port: 0, dataDir, webDir: join(tmp, 'no-web'), signInMessages: signInCodes.deliver });
  base = server.url;
});
afterAll(async () => {
  await server?.close();
  logs.restore();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the one-time code', () => {
  it('is eight digits, printed for an invited address only, and lets the coach in once', async () => {
    const auth = await webConfig(base);
    const { challenge } = pkce();
    const page = await submitSignIn(base, auth, 'coach@example.fi', challenge);
    const code = signInCodes.codeFor('coach@example.fi')!;
    expect(code).toMatch(/^\d{8}$/);
    const attempt = attemptOf(await page.text());
    const answer = await submitCode(base, auth, 'coach@example.fi', attempt, code, challenge);
    expect(answer.status).toBe(302);
    const again = await submitCode(base, auth, 'coach@example.fi', attempt, code, challenge);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('This code is no longer valid. Get a new code.');
  });

  it('allows five tries: after five wrong codes even the right one is refused', async () => {
    const auth = await webConfig(base);
    const { challenge } = pkce();
    const attempt = attemptOf(await (await submitSignIn(base, auth, 'other@example.fi', challenge)).text());
    const right = signInCodes.codeFor('other@example.fi')!;
    const wrong = right === '11111111' ? '22222222' : '11111111';
    const texts: string[] = [];
    for (let i = 0; i < 5; i += 1) texts.push(await (await submitCode(base, auth, 'other@example.fi', attempt, wrong, challenge)).text());
    expect(texts.slice(0, 4).every((t) => t.includes('That is not the code.'))).toBe(true);
    expect(texts[4]).toContain('Too many wrong codes. Get a new code.');
    const late = await submitCode(base, auth, 'other@example.fi', attempt, right, challenge);
    expect(late.status).toBe(200);
  });

  it('is replaced by a newer code for the same address', async () => {
    const auth = await webConfig(base);
    const { challenge } = pkce();
    const first = attemptOf(await (await submitSignIn(base, auth, 'coach@example.fi', challenge)).text());
    const firstCode = signInCodes.codeFor('coach@example.fi')!;
    await submitSignIn(base, auth, 'coach@example.fi', challenge);
    expect((await submitCode(base, auth, 'coach@example.fi', first, firstCode, challenge)).status).toBe(200);
    expect((await signInWithCode(base, auth, 'coach@example.fi', challenge)).status).toBe(302);
  });
});

describe('throttling', () => {
  it('gives one address ten codes in 15 minutes, then 429 with Retry-After: the same for an address nobody invited', async () => {
    const auth = await webConfig(base);
    for (const email of ['limited@example.fi', 'other@example.fi']) {
      const statuses: number[] = [];
      // other@example.fi has asked for codes above already: count what is left of its ten.
      const before = signInCodes.messages.filter((m) => m.email === email).length;
      for (let i = before; i < 11; i += 1) statuses.push((await submitSignIn(base, auth, email, pkce().challenge)).status);
      expect(statuses.at(-1), email).toBe(429);
      expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    }
    const refused = await submitSignIn(base, auth, 'limited@example.fi', pkce().challenge);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(await refused.text()).toContain('Too many sign-in attempts. Wait 15 minutes, then try again.');
    // Another address is not held up.
    expect((await submitSignIn(base, auth, 'coach@example.fi', pkce().challenge)).status).toBe(200);
  });

  it('takes at most 60 sign-in steps a minute in all, whatever the addresses', async () => {
    const dataDir = join(tmp, 'busy');
    const busy = await startServer({ port: 0, dataDir, webDir: join(tmp, 'no-web'), signInMessages: signInCodes.deliver });
    try {
      const auth = await webConfig(busy.url);
      const statuses: number[] = [];
      for (let i = 0; i < 61; i += 1) statuses.push((await submitSignIn(busy.url, auth, `person${i}@example.fi`, pkce().challenge)).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(60);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await busy.close();
    }
  });

  it('counts within a sliding window (a unit test with a clock)', () => {
    let now = 0;
    const throttle = createThrottle({ limit: 2, windowMs: 60_000, now: () => now });
    expect(throttle.take('a').ok).toBe(true);
    now = 30_000;
    expect(throttle.take('a').ok).toBe(true);
    expect(throttle.take('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(throttle.take('b').ok).toBe(true);
    now = 60_001;
    expect(throttle.take('a').ok).toBe(true);
    expect(throttle.take('a').ok).toBe(false);
  });
});
