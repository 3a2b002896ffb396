import * as z from 'zod/mini';
import { CASE_PAGE_SIZE, LABEL_MAX_LENGTH, MAX_CASE_PAGE_SIZE } from '#contracts/limits.ts';
import { CalculationRequest } from '#core/request.ts';
import { containsIdentityCode } from './identity-code.ts';

/**
 * Saved cases and share links: the request schemas (strict, at the trust boundary), in zod/mini like the
 * core's, so that a case Lambda does not load zod's classic API at cold start. The answers' schemas, for the
 * OpenAPI document only, are in answers.ts. `input` is exactly the calculation request of
 * functions/core/request.ts; a saved input always has its date (today in Finland when left out), so a
 * reopened case computes the same month.
 */

const IDENTITY_CODE_MESSAGE = 'must not contain a personal identity code (henkilötunnus): use a label without names or ID numbers';

function identityCodeIssue(path: (string | number)[]) {
  return { code: 'custom' as const, path, message: IDENTITY_CODE_MESSAGE, params: { reason: 'personalIdentityCode' } };
}

/** A pseudonymous label: 1–80 characters after trimming, never a henkilötunnus. */
export const CaseLabel = z.string({ error: 'must be text' }).check(
  z.trim(),
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(LABEL_MAX_LENGTH, { error: `must be at most ${LABEL_MAX_LENGTH} characters` }),
  z.superRefine((label, ctx) => {
    if (containsIdentityCode(label)) ctx.addIssue({ ...identityCodeIssue([]), input: label });
  }),
  z.meta({
    description: `A pseudonymous label, ${LABEL_MAX_LENGTH} characters at most: no names or ID numbers (a personal identity code is refused with params.reason "personalIdentityCode")`,
  }),
);

/** No scenario label may hold an identity code either (the scenario schema is the core's). */
function scenarioLabels(
  value: { input?: { scenarios: { label?: string | undefined }[] } | undefined },
  ctx: z.core.$RefinementCtx<{ input?: { scenarios: { label?: string | undefined }[] } | undefined }>,
) {
  value.input?.scenarios.forEach((s, i) => {
    if (s.label !== undefined && containsIdentityCode(s.label))
      ctx.addIssue({ ...identityCodeIssue(['input', 'scenarios', i, 'label']), input: s.label });
  });
}

export const CreateCaseRequest = z.strictObject({ label: CaseLabel, input: CalculationRequest }).check(z.superRefine(scenarioLabels));
export type CreateCaseRequest = z.output<typeof CreateCaseRequest>;

const CaseVersion = z
  .int({ error: 'must be the whole version number the case was read with' })
  .check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER));

export const UpdateCaseRequest = z
  .strictObject({
    version: CaseVersion.check(
      z.meta({ description: 'The version the case was read with; the save is refused with 409 if it has changed since' }),
    ),
    label: z.optional(CaseLabel),
    input: z.optional(CalculationRequest),
  })
  .check(z.superRefine(scenarioLabels));
export type UpdateCaseRequest = z.output<typeof UpdateCaseRequest>;

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
