import * as z from 'zod/mini';
import { LABEL_MAX_LENGTH } from '#contracts/limits.ts';
import { CalculationRequest } from '#core/request.ts';
import { PlanFields } from '#core/timeline-request.ts';
import { containsIdentityCode, invisibleLabelReason } from './identity-code.ts';

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

const INVISIBLE_MESSAGES = {
  invisible: 'must contain visible characters, not only spaces or zero-width characters',
  bidiControl: 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they make the label read differently',
} as const;

/** The issues of one label: an identity code, nothing visible, or bidi controls. */
function labelIssues(label: string, path: (string | number)[], ctx: { addIssue(issue: z.core.$ZodRawIssue): void }) {
  const invisible = invisibleLabelReason(label);
  if (invisible)
    ctx.addIssue({ code: 'custom', path, message: INVISIBLE_MESSAGES[invisible], params: { reason: invisible }, input: label });
  if (containsIdentityCode(label)) ctx.addIssue({ ...identityCodeIssue(path), input: label });
}

/** A pseudonymous label: 1–80 characters after trimming, never a henkilötunnus. */
export const CaseLabel = z.string({ error: 'must be text' }).check(
  z.trim(),
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(LABEL_MAX_LENGTH, { error: `must be at most ${LABEL_MAX_LENGTH} characters` }),
  z.superRefine((label, ctx) => labelIssues(label, [], ctx)),
  z.meta({
    description: `A pseudonymous label, ${LABEL_MAX_LENGTH} characters at most: no names or ID numbers (a personal identity code is refused with params.reason "personalIdentityCode", also with another dash, spaces or no separator); visible characters (params.reason "invisible"), no bidirectional controls (params.reason "bidiControl")`,
  }),
);

/** No scenario label may hold an identity code, bidi controls or nothing visible either (the scenario schema is the core's). */
function scenarioLabels(
  value: { input?: { scenarios: { label?: string | undefined }[] } | undefined },
  ctx: z.core.$RefinementCtx<{ input?: { scenarios: { label?: string | undefined }[] } | undefined }>,
) {
  value.input?.scenarios.forEach((s, i) => {
    // An empty scenario label means "no label" (the option's own name is shown).
    if (s.label !== undefined && s.label !== '') labelIssues(s.label, ['input', 'scenarios', i, 'label'], ctx);
  });
}

/**
 * The plan over time saved with a case (optional): the timeline request's `start` and `months`, checked as
 * POST /v1/timelines checks them; with the saved input it makes the timeline request again.
 */
export const CasePlan = z.strictObject(PlanFields).check(
  z.meta({
    description:
      'The plan over time, as POST /v1/timelines takes it: start (YYYY-MM) and 1–36 months; the saved input’s case with it is the timeline request',
  }),
);

export const CreateCaseRequest = z
  .strictObject({ label: CaseLabel, input: CalculationRequest, plan: z.optional(CasePlan) })
  .check(z.superRefine(scenarioLabels));
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
    plan: z
      .optional(z.nullable(CasePlan))
      .check(z.meta({ description: 'A new plan over time; null removes the saved one; left out, it stays' })),
  })
  .check(z.superRefine(scenarioLabels));
export type UpdateCaseRequest = z.output<typeof UpdateCaseRequest>;
