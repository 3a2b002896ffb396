import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { CaseNotFoundError, ShareNotFoundError } from '../../store/errors.ts';
import { httpError } from '../http/errors.ts';

/**
 * Who is asking, and about what. The coach's id is the `sub` claim of the token that API Gateway's JWT
 * authorizer (in AWS) or the local issuer (in `npm start`) has verified; nothing else in the request can
 * name a coach. A missing claim is a 401 here too: defence in depth behind the authorizer.
 */

interface JwtContext {
  authorizer?: { jwt?: { claims?: Record<string, unknown> } };
}

/** Cognito's `sub` is a UUID; anything short and printable is accepted (the local issuer's too). */
const SUBJECT = /^[\x21-\x7e]{1,128}$/;

export function coachIdOf(event: APIGatewayProxyEventV2): string {
  const sub = (event.requestContext as unknown as JwtContext | undefined)?.authorizer?.jwt?.claims?.sub;
  if (typeof sub !== 'string' || !SUBJECT.test(sub)) throw httpError(401, { error: 'Sign-in required' });
  return sub;
}

/** Case ids are UUIDs made by the store: anything else names no case (404, without asking the table). */
const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Share tokens are 32 random bytes in base64url. */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function caseIdOf(event: APIGatewayProxyEventV2): string {
  const id = event.pathParameters?.caseId;
  if (typeof id !== 'string' || !CASE_ID.test(id)) throw new CaseNotFoundError();
  return id;
}

export function shareTokenOf(event: APIGatewayProxyEventV2): string {
  const token = event.pathParameters?.token;
  if (typeof token !== 'string' || !SHARE_TOKEN.test(token)) throw new ShareNotFoundError();
  return token;
}
