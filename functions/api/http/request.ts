import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { MAX_BODY_BYTES } from '#contracts/limits.ts';
import { badRequest } from './errors.ts';
import type { Issue } from './issues.ts';
import './issues.ts';

/** The issue of a body over MAX_BODY_BYTES (the local server gives the same answer while the body streams in). */
export const BODY_TOO_LARGE: Issue = {
  path: [],
  message: `the body must be at most ${MAX_BODY_BYTES} bytes`,
  code: 'custom',
  params: { reason: 'bodyTooLarge', max: MAX_BODY_BYTES },
};

/** The body as JSON: present, at most MAX_BODY_BYTES, valid JSON. Any content type is accepted. */
function jsonBody(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): unknown {
  const raw = event.body;
  if (typeof raw !== 'string' || raw === '') {
    throw badRequest([{ path: [], message: 'a JSON body is required', code: 'custom', params: { reason: 'required' } }]);
  }
  const bytes = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
  if (bytes > MAX_BODY_BYTES) throw badRequest([BODY_TOO_LARGE]);
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest([{ path: [], message: 'the body is not valid JSON', code: 'custom', params: { reason: 'invalidJson' } }]);
  }
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
