import { CalculationRequest, SweepRequest } from '#core/request.ts';
import type { Messages } from '../i18n/types.ts';
import { type FormState, toRequest, toSweepRequest } from './form.ts';
import type { Formatters } from './numbers.ts';
import { errorsFrom, type Issue, issueMessage, type Validation } from './validation.ts';

/**
 * The form checked with the API's own schemas (functions/core/request.ts, zod/mini). They are most of the
 * form's code, so this module is loaded just after the first paint (lib/calculator.svelte.ts), not with it.
 */

/** Checks the form with the API's own schema. An empty required amount gets "required", not "not a number". */
export function validate(form: FormState, m: Messages, f: Formatters): Validation {
  const request = toRequest(form);
  const issues: Issue[] = [];
  // An empty pension amount is "missing", not "not a number".
  if (form.case.erp.on && form.case.erp.monthlyAmount.trim() === '') {
    issues.push({ path: ['benefits', 'earningsRelatedPension', 'monthlyAmount'], params: { reason: 'required' } });
  }
  const sickness = form.case.sickness;
  if (sickness.on && (sickness.basis === 'daily' ? sickness.dailyAmount : sickness.annualIncome).trim() === '') {
    issues.push({ path: ['benefits', 'sicknessAllowance', 'dailyAmount'], params: { reason: 'required' } });
  }
  const parsed = CalculationRequest.safeParse(request);
  if (!parsed.success) issues.push(...(parsed.error.issues as Issue[]));
  if (issues.length === 0) return { request, errors: {}, list: [] };
  return { request: null, ...errorsFrom(issues, form, m, f) };
}

/** The sweep request for the chart, or null when the chart's wage is not valid. */
export function validateSweep(
  form: FormState,
  m: Messages,
  f: Formatters,
): { request: ReturnType<typeof toSweepRequest> | null; error: string | null } {
  const request = toSweepRequest(form);
  const parsed = SweepRequest.safeParse(request);
  if (parsed.success) return { request, error: null };
  const wageIssue = parsed.error.issues.find((i) => i.path[0] === 'sweep');
  return { request: null, error: wageIssue ? issueMessage(wageIssue as Issue, 'money', m.errors, f) : null };
}
