import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { API_GATEWAY_MAX_PAYLOAD_BYTES } from '#contracts/limits.ts';

/**
 * Node http ⇄ API Gateway HTTP API (payload format 2.0), so that the local server runs the very Lambda
 * handlers. Mirrors what API Gateway does: repeated query keys joined with commas, cookies split out,
 * bodies that are not UTF-8 text base64-encoded, "simple" responses (an object or string) sent as JSON.
 */

/** API Gateway's own payload limit; larger requests get 413 before any handler runs. */
const MAX_REQUEST_BYTES = API_GATEWAY_MAX_PAYLOAD_BYTES;

export class PayloadTooLargeError extends Error {
  constructor() {
    super(`Request body larger than ${MAX_REQUEST_BYTES} bytes`);
  }
}

export async function readBody(req: IncomingMessage, limit = MAX_REQUEST_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Past the limit, keep reading (and dropping) so that the client receives the 413.
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new PayloadTooLargeError();
  return Buffer.concat(chunks);
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

export function toEventV2(
  req: IncomingMessage,
  body: Buffer,
  routeKey: string,
  pathParameters?: Record<string, string>,
): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'cookie') continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query = new Map<string, string[]>();
  for (const [key, value] of url.searchParams) query.set(key, [...(query.get(key) ?? []), value]);
  const cookies = req.headers.cookie
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
    ...(query.size > 0 ? { queryStringParameters: Object.fromEntries([...query].map(([k, v]) => [k, v.join(',')])) } : {}),
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
