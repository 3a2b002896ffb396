import { createError, type HttpError } from '@middy/util';
import { $ZodError } from 'zod/v4/core';
import { CaseInputError } from '#core/case-issues.ts';
import { RuleDateError } from '#core/ruleset.ts';
import {
  CaseLimitError,
  CaseNotFoundError,
  InvalidCursorError,
  ShareLimitError,
  ShareNotFoundError,
  VersionConflictError,
} from '../../store/errors.ts';
import { fromZod, type Issue, MAX_ISSUES } from './issues.ts';

/**
 * Errors are thrown anywhere (schemas, the engine, handlers) and turned into responses in one place:
 * `toHttpError` below, used by the stack's error middleware. Every body is JSON: `{ error }`, for a
 * 400 `{ error, issues: [{ path, message, code?, params? }] }`, for a 409 `{ error, currentVersion }`.
 */

export function httpError(
  statusCode: number,
  body: { error: string; issues?: Issue[] } & Record<string, unknown>,
  headers?: Record<string, string>,
): HttpError {
  const error = createError(statusCode, JSON.stringify(body), { expose: true });
  if (headers) error.headers = headers;
  return error;
}

export function badRequest(issues: Issue[]): HttpError {
  const shown = issues.slice(0, MAX_ISSUES);
  const error =
    issues.length > shown.length
      ? `Invalid request (the first ${shown.length} of ${issues.length} problems are listed)`
      : 'Invalid request';
  return httpError(400, { error, issues: shown });
}

export const INTERNAL_ERROR_BODY = JSON.stringify({ error: 'Internal error' });

function isHttpError(error: unknown): error is HttpError {
  return error instanceof Error && typeof (error as HttpError).statusCode === 'number' && typeof (error as HttpError).expose === 'boolean';
}

/** Maps anything thrown while answering a request to an exposable HttpError with a JSON body. */
export function toHttpError(error: unknown): { error: HttpError; unexpected: boolean } {
  if (error instanceof $ZodError) return { error: badRequest(fromZod(error.issues)), unexpected: false };
  if (error instanceof CaseInputError) return { error: badRequest([error.issue]), unexpected: false };
  if (error instanceof RuleDateError) {
    return {
      error: badRequest([
        {
          path: error.path,
          message: `must be ${error.validFrom} or later: the rules start on that date`,
          code: 'custom',
          params: { reason: 'beforeRuleSet', min: error.validFrom },
        },
      ]),
      unexpected: false,
    };
  }
  // The store's refusals. Another coach's case is "not found" too: never a 403 that confirms it exists.
  if (error instanceof CaseNotFoundError) return { error: httpError(404, { error: 'No such case' }), unexpected: false };
  if (error instanceof ShareNotFoundError)
    return { error: httpError(404, { error: 'No such share link, or it has expired or been revoked' }), unexpected: false };
  if (error instanceof VersionConflictError) {
    return {
      error: httpError(409, {
        error: 'The case was saved elsewhere since you opened it: reload it to see the latest version',
        currentVersion: error.currentVersion,
      }),
      unexpected: false,
    };
  }
  if (error instanceof CaseLimitError) {
    return {
      error: httpError(403, {
        error: `You have ${error.limit} saved cases, the most one coach can keep. Delete cases you no longer need, then save again.`,
        reason: 'caseLimit',
        limit: error.limit,
      }),
      unexpected: false,
    };
  }
  if (error instanceof ShareLimitError) {
    return {
      error: httpError(403, {
        error: `You have ${error.limit} working share links, the most one coach can have. Revoke links you no longer need, then try again.`,
        reason: 'shareLimit',
        limit: error.limit,
      }),
      unexpected: false,
    };
  }
  if (error instanceof InvalidCursorError) {
    return {
      error: badRequest([
        {
          path: ['cursor'],
          message: 'is not a cursor of the case list: use nextCursor as given',
          code: 'custom',
          params: { reason: 'invalidCursor' },
        },
      ]),
      unexpected: false,
    };
  }
  if (isHttpError(error) && error.expose) {
    const unexpected = error.statusCode >= 500;
    if (error.message.startsWith('{')) return { error, unexpected };
    const wrapped = httpError(error.statusCode, { error: error.message });
    if (error.headers) wrapped.headers = error.headers;
    return { error: wrapped, unexpected };
  }
  return { error: createError(500, INTERNAL_ERROR_BODY, { expose: true }), unexpected: true };
}
