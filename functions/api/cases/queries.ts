import * as z from 'zod/mini';
import { CASE_PAGE_SIZE, MAX_CASE_PAGE_SIZE } from '#contracts/limits.ts';

/**
 * The case and share routes' small request schemas: the case list's and a deletion's query, a share link's
 * (empty) body. Apart from schemas.ts, whose case schemas hold the whole calculation request, so that the
 * routes that take no calculation input do not build it at cold start.
 */

const VERSION_TEXT = /^[1-9]\d{0,14}$/;

export const DeleteCaseQuery = z.strictObject({
  version: z
    .optional(z.string().check(z.regex(VERSION_TEXT, { error: 'must be a version number' })))
    .check(z.meta({ description: 'Delete only if the case is still at this version; else 409' })),
});

const PAGE_SIZE_TEXT = /^[1-9]\d{0,2}$/;

export const ListCasesQuery = z.strictObject({
  limit: z
    .optional(
      z.string().check(
        z.regex(PAGE_SIZE_TEXT, { error: `must be a whole number from 1 to ${MAX_CASE_PAGE_SIZE}` }),
        z.refine((v) => Number(v) <= MAX_CASE_PAGE_SIZE, { error: `must be a whole number from 1 to ${MAX_CASE_PAGE_SIZE}` }),
      ),
    )
    .check(z.meta({ description: `How many cases a page has: 1–${MAX_CASE_PAGE_SIZE}, ${CASE_PAGE_SIZE} when left out` })),
  cursor: z
    .optional(z.string().check(z.maxLength(200, { error: 'is not a cursor of the case list' })))
    .check(z.meta({ description: 'The nextCursor of the previous page; the first page when left out' })),
});

/** A share link creation takes no fields; an empty object (or no body) is accepted. */
export const CreateShareRequest = z.strictObject({});
