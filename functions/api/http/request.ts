import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { MAX_BODY_BYTES } from '#contracts/limits.ts';
import { findDuplicateKey } from './duplicate-keys.ts';
import { badRequest, httpError } from './errors.ts';
import type { Issue } from './issues.ts';
import './issues.ts';

/** The issue of a body over MAX_BODY_BYTES (the local server gives the same answer while the body streams in). */
const BODY_TOO_LARGE: Issue = {
  path: [],
  message: `the body must be at most ${MAX_BODY_BYTES} bytes`,
  code: 'custom',
  params: { reason: 'bodyTooLarge', max: MAX_BODY_BYTES },
};

/**
 * Every answer to a body that is too large has the same status and shape: 413 with API Gateway's own `message`
 * (what it answers above its 10 MB, which no Lambda sees), and where our code answers, `error` and the issue.
 */
export const TOO_LARGE_BODY = {
  error: 'Request Entity Too Large',
  message: 'Request Entity Too Large',
  issues: [BODY_TOO_LARGE],
};

/** The body as JSON: present, at most MAX_BODY_BYTES, valid JSON, no key twice in one object. Any content type is accepted. */
function jsonBody(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): unknown {
  const raw = event.body;
  if (typeof raw !== 'string' || raw === '') {
    throw badRequest([{ path: [], message: 'a JSON body is required', code: 'custom', params: { reason: 'required' } }]);
  }
  const bytes = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
  if (bytes > MAX_BODY_BYTES) throw httpError(413, TOO_LARGE_BODY);
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest([{ path: [], message: 'the body is not valid JSON', code: 'custom', params: { reason: 'invalidJson' } }]);
  }
  // Never a silent last-wins: a key given twice in one object is refused by name.
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    throw badRequest([
      {
        path: duplicate.path,
        message: `the key "${duplicate.key}" is given twice in the same object: give it once`,
        code: 'custom',
        params: { reason: 'duplicateKey', key: duplicate.key },
      },
    ]);
  }
  return value;
}

/** The body, validated by `schema`. A ZodError is thrown on bad input and becomes a 400. */
export function parseBody<S extends z.core.$ZodType>(
  event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>,
  schema: S,
): z.output<S> {
  return z.parse(schema, jsonBody(event));
}

/** The query string, validated by `schema` (API Gateway joins repeated keys with commas). */
export function parseQuery<S extends z.core.$ZodType>(
  event: Pick<APIGatewayProxyEventV2, 'queryStringParameters'>,
  schema: S,
): z.output<S> {
  return z.parse(schema, { ...event.queryStringParameters });
}
