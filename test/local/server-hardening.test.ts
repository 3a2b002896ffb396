import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUseError } from '../../functions/local/data-dir.ts';
import { type LocalServer, startServer } from '../../functions/local/server.ts';
import { captureLogs } from '../api/events.ts';
import { fuzzRuns } from '../fuzz-runs.ts';
import { rawRequest } from './raw-http.ts';

/**
 * Issue 12, the local server against what a browser or a script can send: odd request targets, a foreign
 * Host (DNS rebinding), bodies over the limit, and a second server on the same data.
 */

const logs = captureLogs();
const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-hardening-'));
const dataDir = join(tmp, 'data');
let server: LocalServer;

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir, webDir: join(tmp, 'no-web'), allowedHosts: ['laptop.local', '192.168.1.20'] });
});
afterAll(async () => {
  await server?.close();
  logs.restore();
  rmSync(tmp, { recursive: true, force: true });
});

const get = (target: string, host = `127.0.0.1:${server.port}`) =>
  rawRequest(server.port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close`);
const alive = async () => (await fetch(`${server.url}/v1/health`)).status;

describe('odd request targets', () => {
  it.each([
    '//',
    '///',
    '//evil.example/',
    '//v1/health',
    '/v1//health',
    '/v1/cases//shares',
    '/\\evil.example',
    '*',
    'http://evil.example/v1/health',
    'v1/health',
    '/%',
    '/%zz',
    '/%ff%fe',
    '/v1/shared/%ff',
    '/v1/cases/%E0%A4%A',
    '/..',
    '/../../etc/passwd',
    '/local/oauth2/authorize?%',
    '/?a=%zz',
    `/${'a'.repeat(7000)}`,
  ])('answers %j without a 5xx, and the server keeps running', async (target) => {
    const answer = await get(target);
    expect(answer.status, answer.text.slice(0, 200)).not.toBeNull();
    expect(answer.status!).toBeLessThan(500);
    expect(await alive()).toBe(200);
  });

  it('answers 400 to a target with an empty path segment or one that is not a path, as curl --path-as-is sends it', async () => {
    for (const target of ['//', '//evil.example/', '/v1//health', '*', 'http://evil.example/v1/health']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(400);
      expect(answer.text).toContain('Bad request target');
    }
  });

  it('survives generated targets (any printable characters after a slash)', async () => {
    const target = fc
      .array(
        fc.oneof(fc.constantFrom('/', '%', '.', '?', '#', '\\', ';', '@', ':', '[', ']', '~'), fc.string({ minLength: 1, maxLength: 4 })),
        {
          maxLength: 12,
        },
      )
      .map((parts) => `/${parts.join('')}`.replace(/[^!-~]/g, 'x'));
    await fc.assert(
      fc.asyncProperty(target, async (t) => {
        const answer = await get(t);
        return answer.status !== null && answer.status < 500;
      }),
      { numRuns: Math.min(400, fuzzRuns(400)) },
    );
    expect(await alive()).toBe(200);
  });
});

describe('the Host header (DNS rebinding)', () => {
  const paths = ['/', '/v1/health', '/v1/cases', '/config.json', '/local/oauth2/authorize', '/local/.well-known/jwks.json'];

  it.each(paths)('refuses a foreign Host on %s with 421 and says how to allow a name', async (path) => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const answer = await get(path, host);
      expect(answer.status, `${host} ${path}`).toBe(421);
      expect(answer.text).toContain('ALLOWED_HOSTS');
    }
  });

  it('refuses a request without a Host header, or with a malformed one', async () => {
    expect((await rawRequest(server.port, 'GET /v1/health HTTP/1.0')).status).toBe(421);
    for (const host of ['', 'localhost:3210:1', 'user@localhost', 'localhost/x']) {
      expect((await get('/v1/health', host)).status, host).not.toBe(200);
    }
  });

  it('answers to localhost, 127.0.0.1 and [::1], with or without a port, and to the names the user added', async () => {
    for (const host of [
      'localhost',
      `localhost:${server.port}`,
      'LOCALHOST',
      '127.0.0.1',
      `[::1]:${server.port}`,
      'laptop.local',
      '192.168.1.20:8080',
    ]) {
      expect((await get('/v1/health', host)).status, host).toBe(200);
    }
  });
});

describe('bodies over the limit', () => {
  /** A body that sends `bytes` bytes and then never ends: only an answer given while it streams can arrive. */
  function endless(bytes: number): ReadableStream<Uint8Array> {
    return new ReadableStream({
      start(controller) {
        for (let sent = 0; sent < bytes; sent += 16 * 1024) controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
  }
  const post = (path: string, body: ReadableStream<Uint8Array>) =>
    fetch(`${server.url}${path}`, { method: 'POST', body, duplex: 'half', signal: AbortSignal.timeout(5000) } as RequestInit);

  it('refuses an API body once it passes 64 kB, while it is still streaming in, with the handler’s 413', async () => {
    const answer = await post('/v1/calculations', endless(128 * 1024));
    expect(answer.status).toBe(413);
    const body = await answer.json();
    expect(body.message).toBe('Request Entity Too Large');
    expect(body.issues[0].params).toEqual({ reason: 'bodyTooLarge', max: 65_536 });
    expect(await alive()).toBe(200);
  });

  it('refuses a sign-in form once it passes its limit, while it is still streaming in', async () => {
    const answer = await post('/local/oauth2/token', endless(64 * 1024));
    expect(answer.status).toBe(413);
    expect(await alive()).toBe(200);
  });

  it('answers a Content-Length over API Gateway’s 10 MB with 413 before any of the body arrives', async () => {
    const answer = await rawRequest(
      server.port,
      `POST /v1/calculations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${20 * 1024 * 1024}`,
    );
    expect(answer.status).toBe(413);
    expect(answer.text.toLowerCase()).toContain('connection: close');
  });

  it('answers a declared 1 MB body with the handler’s 413 before reading it', async () => {
    const answer = await rawRequest(server.port, `POST /v1/calculations HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${1024 * 1024}`);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('Request Entity Too Large');
    expect(answer.text).toContain('bodyTooLarge');
  });
});

describe('one server per data folder', () => {
  it('refuses a second server on the same data folder in the same process, and leaves the first one working', async () => {
    await expect(startServer({ port: 0, dataDir, webDir: join(tmp, 'no-web') })).rejects.toBeInstanceOf(DataDirInUseError);
    expect(await alive()).toBe(200);
  });
});
