import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

/**
 * Node http ⇄ API Gateway HTTP API (payload format 2.0), so that the local server runs the very Lambda
 * handlers. Mirrors what API Gateway does: repeated query keys joined with commas, cookies split out,
 * bodies that are not UTF-8 text base64-encoded, "simple" responses (an object or string) sent as JSON.
 */

export class PayloadTooLargeError extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`Request body larger than ${limit} bytes`);
    this.limit = limit;
  }
}

/** The Content-Length a request declares, or null when it has none (a chunked body) or a malformed one. */
export function declaredLength(req: IncomingMessage): number | null {
  const value = req.headers['content-length'];
  return value !== undefined && /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : null;
}

/**
 * The request body, at most `limit` bytes. A body that says it is larger (Content-Length) is refused before
 * a byte is read, and one that grows past the limit while it streams in is refused at that moment: no more
 * than `limit` bytes are ever held. The caller then answers (PayloadTooLargeError) with `Connection: close`;
 * Node reads and drops whatever the client still sends, so that the client receives the answer.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = declaredLength(req);
    if (declared !== null && declared > limit) return reject(new PayloadTooLargeError(limit));
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error?: Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        stop(new PayloadTooLargeError(limit));
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => stop();
    const onError = (error: Error) => stop(error);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bodyOf(buffer: Buffer): { body?: string; isBase64Encoded: boolean } {
  if (buffer.length === 0) return { isBase64Encoded: false };
  try {
    return { body: utf8.decode(buffer), isBase64Encoded: false };
  } catch {
    return { body: buffer.toString('base64'), isBase64Encoded: true };
  }
}

/**
 * The path and query of a request target, or null when it is not one a browser sends for a page: the origin
 * form ("/path?query") only (not "*", not "http://host/path"), without empty path segments ("//"), and one
 * that parses. Odd targets get a 400; none may throw where no one catches it.
 */
export function requestTarget(target: string | undefined): URL | null {
  if (target === undefined || !target.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(`http://localhost${target}`);
  } catch {
    return null;
  }
  return url.host === 'localhost' && !url.pathname.includes('//') ? url : null;
}

export function toEventV2(
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  routeKey: string,
  pathParameters?: Record<string, string>,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  const incoming = req.headers;
  for (const name in incoming) {
    const value = incoming[name];
    if (value === undefined || name === 'cookie') continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // Most API requests have no query: searchParams (a URLSearchParams made on first use) is read only when there is one.
  let queryStringParameters: Record<string, string> | undefined;
  if (url.search.length > 1) {
    const query = new Map<string, string[]>();
    for (const [key, value] of url.searchParams) query.set(key, [...(query.get(key) ?? []), value]);
    if (query.size > 0) queryStringParameters = Object.fromEntries([...query].map(([k, v]) => [k, v.join(',')]));
  }
  const cookies = incoming.cookie
    ?.split(';')
    .map((c) => c.trim())
    .filter(Boolean);
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies?.length ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(pathParameters && Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: req.headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...bodyOf(body),
  };
}

export function writeResultV2(res: ServerResponse, result: APIGatewayProxyResultV2): void {
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    // A "simple" response: API Gateway sends it as a 200 JSON body.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(typeof result === 'string' ? result : JSON.stringify(result));
    return;
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, String(value));
  if (result.cookies?.length) res.setHeader('Set-Cookie', result.cookies);
  res.statusCode = result.statusCode ?? 200;
  const body = result.body ?? '';
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}
