import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodingFor } from '../../functions/local/compression.ts';
import { staticSite } from '../../functions/local/static.ts';

/** The built web app as `npm start` serves it: compressed as the browser accepts, cached as CloudFront caches it. */

const tmp = mkdtempSync(join(tmpdir(), 'tyo-etuudet-static-'));
const APP_JS = `export const text = ${JSON.stringify('Työ & etuudet – laskuri. '.repeat(400))};\n`;
const INDEX = `<!doctype html><html lang="fi"><head><script type="module" src="/assets/app-abc123.js"></script></head><body>${'<p>Työ & etuudet</p>'.repeat(80)}</body></html>`;
let server: Server;
let port = 0;

beforeAll(async () => {
  mkdirSync(join(tmp, 'assets'));
  writeFileSync(join(tmp, 'index.html'), INDEX);
  writeFileSync(join(tmp, 'assets', 'app-abc123.js'), APP_JS);
  writeFileSync(join(tmp, 'assets', 'tiny-abc123.js'), 'export {};\n');
  writeFileSync(join(tmp, 'assets', 'logo-abc123.png'), Buffer.alloc(4096, 7));
  const site = staticSite(tmp);
  server = createServer((req, res) => void site(req, res, new URL(req.url ?? '/', 'http://localhost').pathname, ''));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  await site.warm();
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

function get(path: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(
      { port, path, method, headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('compression', () => {
  it('sends brotli to a browser that accepts it, and the file decompresses to itself', async () => {
    const answer = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(APP_JS.length / 10);
    expect(brotliDecompressSync(answer.body).toString()).toBe(APP_JS);
  });

  it('sends gzip when brotli is not accepted, and the file itself when neither is', async () => {
    const gzipped = await get('/assets/app-abc123.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(APP_JS);
    for (const header of [undefined, 'identity', 'br;q=0, gzip;q=0', 'compress']) {
      const plain = await get('/assets/app-abc123.js', header);
      expect(plain.headers['content-encoding'], String(header)).toBeUndefined();
      expect(plain.body.toString()).toBe(APP_JS);
      expect(plain.headers.vary).toBe('Accept-Encoding');
    }
  });

  it('compresses pages too, but not small files or images', async () => {
    expect((await get('/', 'br')).headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync((await get('/cases', 'br')).body).toString()).toBe(INDEX);
    for (const path of ['/assets/tiny-abc123.js', '/assets/logo-abc123.png']) {
      const answer = await get(path, 'br');
      expect(answer.headers['content-encoding'], path).toBeUndefined();
      expect(answer.headers.vary, path).toBeUndefined();
    }
  });

  it('answers HEAD with the compressed length and no body', async () => {
    const head = await get('/assets/app-abc123.js', 'br', 'HEAD');
    const full = await get('/assets/app-abc123.js', 'br');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip;q=1', 'gzip'],
    ['br;q=1, gzip;q=1', 'br'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0', null],
    ['gzip;q=nonsense', null],
    ['', null],
  ])('chooses an encoding for Accept-Encoding %j: %s', (header, expected) => {
    expect(encodingFor(header)).toBe(expected);
  });
});

describe('caching, as CloudFront does', () => {
  it('keeps content-hashed files for a year as immutable, and revalidates index.html on every use', async () => {
    expect((await get('/assets/app-abc123.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/logo-abc123.png')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/rules']) expect((await get(path, 'br')).headers['cache-control'], path).toBe('no-cache');
  });
});
