import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerResult } from 'aws-lambda';

/**
 * The HTTP API's origin check (infra/origin-verify.ts): a request is let in only when it carries the header
 * CloudFront adds to every request it sends to the API, with the value it was deployed with. API Gateway
 * answers 401 by itself when the header is missing, and caches this function's answer per header value, so
 * it runs about once an hour for CloudFront's traffic and once per wrong value for anyone else.
 *
 * Infrastructure, not product code: it knows nothing of the routes, and fails closed (no expected value, no
 * entry).
 */

/** The header's name, lower case as API Gateway hands headers over. */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** The environment variable that holds the expected value. */
export const ORIGIN_VERIFY_ENV = 'ORIGIN_VERIFY_VALUE';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Compares in constant time (on digests, so a length difference tells nothing either). */
export function originVerified(received: string | undefined, expected: string | undefined): boolean {
  if (!expected || received === undefined) return false;
  return timingSafeEqual(digest(received), digest(expected));
}

export const handler = async (event: APIGatewayRequestAuthorizerEventV2): Promise<APIGatewaySimpleAuthorizerResult> => ({
  isAuthorized: originVerified(event.headers?.[ORIGIN_VERIFY_HEADER], process.env[ORIGIN_VERIFY_ENV]),
});
