import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from '#contracts/security-headers.ts';
import { type Compressor, createCompressor, encodingFor } from './compression.ts';
import { placeholderPage } from './placeholder.ts';

/**
 * The built web app (dist/web, from `npm run build`) with a single-page-app fallback: a path without a
 * file extension that is not a file gets index.html. Without a build, a placeholder page.
 *
 * As CloudFront serves it in AWS: text files compressed (brotli, else gzip, as the browser accepts;
 * compression.ts), content-hashed files under /assets/ cached for a year as immutable, everything else
 * (index.html) revalidated on every use.
 *
 * Every answer carries the security headers CloudFront adds in AWS (functions/contracts/security-headers.ts), the
 * Content-Security-Policy included, so a violation shows up locally before anything is deployed. The
 * local sign-in is on this same origin, so connect-src stays 'self'.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const BASE_HEADERS = securityHeaders();

/** The placeholder page has one inline style and nothing else: its own, as strict, policy. */
const PLACEHOLDER_HEADERS = {
  ...BASE_HEADERS,
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

async function fileAt(path: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

export interface StaticSite {
  (req: IncomingMessage, res: ServerResponse, pathname: string, apiBase: string): Promise<void>;
  /** Compresses the build's text files ahead of their first request (in the background, off the event loop). */
  warm(): Promise<void>;
}

export function staticSite(root: string, compressor: Compressor = createCompressor()): StaticSite {
  const rootDir = normalize(root);
  const serve = async (req: IncomingMessage, res: ServerResponse, pathname: string, apiBase: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return plain(res, 400, 'Bad path');
    }
    const target = normalize(join(rootDir, relative));
    if (target !== rootDir && !target.startsWith(rootDir + sep)) return plain(res, 404, 'Not found');

    const indexFile = join(rootDir, 'index.html');
    let file = target.endsWith(sep) || target === rootDir ? indexFile : target;
    let found = await fileAt(file);
    if (found === null && extname(relative) === '') {
      file = indexFile;
      found = await fileAt(file);
      if (found === null) {
        res.writeHead(200, { ...PLACEHOLDER_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
        return void res.end(req.method === 'HEAD' ? undefined : placeholderPage(apiBase));
      }
    }
    if (found === null) return plain(res, 404, 'Not found');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      ...BASE_HEADERS,
      'Content-Type': type,
      'Cache-Control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const compressible = compressor.compressible(type, found.size);
    if (compressible) headers.Vary = 'Accept-Encoding';
    const encoding = compressible ? encodingFor(req.headers['accept-encoding']) : null;
    if (encoding !== null) {
      const body = await compressor.compressed(file, found, encoding);
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(found.size) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
  return Object.assign(serve, { warm: () => compressor.warm(rootDir, (name) => TYPES[extname(name).toLowerCase()]) });
}
