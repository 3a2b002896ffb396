import { randomUUID } from 'node:crypto';
import middy, { type MiddlewareObj, type Request } from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import httpSecurityHeaders from '@middy/http-security-headers';
import { normalizeHttpResponse } from '@middy/util';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { FALLBACK, ROUTES, type RouteName, routeKey } from '#contracts/routes.ts';
import { INTERNAL_ERROR_BODY, toHttpError } from './errors.ts';
import { log } from './log.ts';
import type { ApiResult } from './response.ts';

/**
 * The one middleware stack every handler runs in (middy: middlewares first, error handling last).
 *
 *   before:  access log (request id, timer)
 *   handler: parse with zod → call the engine → json(...)
 *   after:   security headers → request id header + one log line
 *   onError: map the error once (errors.ts) and render it → security headers → request id + log line
 */

export type ApiEvent = APIGatewayProxyEventV2;
export type ApiHandler = (event: ApiEvent, context: Context) => ApiResult | Promise<ApiResult>;
type ApiRequest = Request<ApiEvent, ApiResult>;
type ApiMiddleware = MiddlewareObj<ApiEvent, ApiResult>;

export const REQUEST_ID_HEADER = 'X-Request-Id';

const started = new WeakMap<object, { at: number; requestId: string }>();

/** The API Gateway request id when there is one, else a fresh one (tests, odd callers). */
function requestIdOf(event: ApiEvent | undefined): string {
  const id = event?.requestContext?.requestId;
  return typeof id === 'string' && id.length > 0 ? id : randomUUID();
}

function statusOf(request: ApiRequest): number {
  const response = request.response;
  return response && typeof response === 'object' && typeof response.statusCode === 'number' ? response.statusCode : 200;
}

/** Request id on every response (errors included), and one log line: method, route, status, ms, id. */
function accessLog(route: string): ApiMiddleware {
  const before = (request: ApiRequest) => {
    started.set(request, { at: performance.now(), requestId: requestIdOf(request.event) });
  };
  const finish = (request: ApiRequest) => {
    const start = started.get(request) ?? { at: performance.now(), requestId: requestIdOf(request.event) };
    if (request.response === undefined || request.response === null) return;
    normalizeHttpResponse(request);
    request.response.headers[REQUEST_ID_HEADER] = start.requestId;
    // HEAD is answered as GET, with the same status and headers and no body (RFC 9110 § 9.3.2).
    if (request.event?.requestContext?.http?.method === 'HEAD') request.response.body = '';
    log({
      level: 'info',
      msg: 'request',
      requestId: start.requestId,
      method: String(request.event?.requestContext?.http?.method ?? ''),
      route,
      status: statusOf(request),
      ms: Math.round((performance.now() - start.at) * 10) / 10,
    });
  };
  return { before, after: finish, onError: finish };
}

/**
 * Turns whatever was thrown into a JSON response with the right status: bad input → 400 with issues,
 * RuleDateError → 400 on `date`, HttpErrors as thrown, anything else → 500 (logged, never shown).
 */
function errorResponses(route: string): ApiMiddleware {
  const render = httpErrorHandler({ logger: false, fallbackMessage: INTERNAL_ERROR_BODY }).onError!;
  return {
    onError: async (request) => {
      if (request.response !== undefined) return;
      try {
        const { error, unexpected } = toHttpError(request.error);
        if (unexpected) {
          const original = request.error instanceof Error ? request.error : new Error(String(request.error));
          log({
            level: 'error',
            msg: 'unexpected error',
            requestId: started.get(request)?.requestId ?? requestIdOf(request.event),
            route,
            error: `${original.name}: ${original.message}`,
            ...(original.stack ? { stack: original.stack } : {}),
          });
        }
        request.error = error;
        await render(request as never);
        (request.response as unknown as ApiResult).headers['Cache-Control'] ??= 'no-store';
      } catch {
        request.response = { statusCode: 500, headers: { 'Content-Type': 'application/json' }, body: INTERNAL_ERROR_BODY };
      }
    },
  };
}

const securityHeaders = httpSecurityHeaders() as ApiMiddleware;

/** Wraps a route's handler in the shared stack. `name` is the route's name in routes.ts, or the fallback. */
export function apiHandler(name: RouteName | typeof FALLBACK.name, handler: ApiHandler) {
  const route = name === FALLBACK.name ? FALLBACK.routeKey : routeKey(ROUTES.find((r) => r.name === name)!);
  return middy<ApiEvent, ApiResult>().use(accessLog(route)).use(securityHeaders).use(errorResponses(route)).handler(handler);
}
