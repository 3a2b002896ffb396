import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { logSink } from '../../functions/api/http/log.ts';

/** An API Gateway HTTP API (payload 2.0) event, as Lambda receives it. */
export function apiEvent(opts: {
  method: string;
  path: string;
  body?: string | object;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  base64?: boolean;
  requestId?: string | null;
  routeKey?: string;
  pathParameters?: Record<string, string>;
  /** The verified JWT claims API Gateway's authorizer hands on (coach routes). */
  claims?: Record<string, string>;
}): APIGatewayProxyEventV2 {
  const text = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const query = opts.query ? new URLSearchParams(opts.query).toString() : '';
  const requestId = opts.requestId === undefined ? 'test-request-id' : opts.requestId;
  return {
    version: '2.0',
    routeKey: opts.routeKey ?? `${opts.method} ${opts.path}`,
    rawPath: opts.path,
    rawQueryString: query,
    headers: { 'content-type': 'application/json', ...opts.headers },
    ...(opts.query ? { queryStringParameters: opts.query } : {}),
    ...(opts.pathParameters ? { pathParameters: opts.pathParameters } : {}),
    requestContext: {
      ...(opts.claims ? { authorizer: { jwt: { claims: opts.claims, scopes: null } } } : {}),
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.test',
      domainPrefix: 'api',
      http: { method: opts.method, path: opts.path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'vitest' },
      requestId: requestId as string,
      routeKey: opts.routeKey ?? `${opts.method} ${opts.path}`,
      stage: '$default',
      time: '23/Nov/2026:12:00:00 +0000',
      timeEpoch: 1795435200000,
    },
    ...(text === undefined ? {} : { body: opts.base64 ? Buffer.from(text).toString('base64') : text }),
    isBase64Encoded: Boolean(opts.base64),
  };
}

const context = { awsRequestId: 'test', functionName: 'test' } as Context;

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  json: any;
}

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

/** Calls a handler as Lambda would and reads its answer (header names lower-cased). */
export async function invoke(handler: Handler, event: APIGatewayProxyEventV2): Promise<Answer> {
  const result = (await handler(event, context)) as { statusCode: number; headers?: Record<string, unknown>; body?: string };
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const body = result.body ?? '';
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: result.statusCode, headers, body, json };
}

/** Collects the log lines written while the test runs, instead of printing them. */
export function captureLogs(): { lines: string[]; restore(): void } {
  const original = logSink.write;
  const lines: string[] = [];
  logSink.write = (line) => {
    lines.push(line);
  };
  return {
    lines,
    restore: () => {
      logSink.write = original;
    },
  };
}
