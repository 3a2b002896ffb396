import { CalculationRequest, type CalculationRequestInput, SweepRequest } from '#core/request.ts';
import type { Messages } from '../i18n/types.ts';
import type { FormState } from './form.ts';
import { toRequest, toSweepRequest } from './form-request.ts';
import type { Formatters } from './numbers.ts';
import { errorsFrom, type Issue, issueMessage, type Validation } from './validation.ts';

export { errorsFrom, fieldLabel, issueMessage, sortErrors } from './validation.ts';

/**
 * The form checked with the API's own schemas (functions/core/request.ts, zod/mini). They are most of the
 * form's code, so this module is loaded just after the first paint (lib/calculator.svelte.ts), not with it,
 * and brings the wording of the problems (./validation.ts) with it.
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
  const income = sickness.basis === 'daily' ? sickness.dailyAmount : `${sickness.annualIncome}${sickness.entrepreneurIncome}`;
  if (sickness.on && income.trim() === '') {
    issues.push({ path: ['benefits', 'sicknessAllowance', 'dailyAmount'], params: { reason: 'required' } });
  }
  const parsed = CalculationRequest.safeParse(request);
  if (!parsed.success) issues.push(...(parsed.error.issues as Issue[]));
  if (issues.length === 0) return { request, usable: request, errors: {}, list: [] };
  return { request: null, usable: withValidOptions(request, issues), ...errorsFrom(issues, form, m, f) };
}

/**
 * The request without the options that have problems, so that one option being typed in does not hide the
 * others' results: only when every problem belongs to an option and the first one (the baseline every
 * change is counted from) is fine.
 */
function withValidOptions(request: CalculationRequestInput, issues: readonly Issue[]): CalculationRequestInput | null {
  const bad = new Set<number>();
  for (const issue of issues) {
    const [first, index] = issue.path;
    if (first !== 'scenarios' || typeof index !== 'number') return null;
    bad.add(index);
  }
  if (bad.has(0)) return null;
  const partial = { ...request, scenarios: request.scenarios.filter((_, i) => !bad.has(i)) };
  return CalculationRequest.safeParse(partial).success ? partial : null;
}

/**
 * The sweep request for the chart and the short answer, or null when the case or the chart's wage is not
 * valid. `wage`: the answer box's wage as it is being typed ('' while it is cleared), instead of the form's.
 */
export function validateSweep(
  form: FormState,
  m: Messages,
  f: Formatters,
  wage?: string | null,
): { request: ReturnType<typeof toSweepRequest> | null; error: string | null } {
  const request = toSweepRequest(form, wage ?? undefined);
  if (wage != null && wage.trim() === '') return { request: null, error: m.errors.required };
  const parsed = SweepRequest.safeParse(request);
  if (parsed.success) return { request, error: null };
  const wageIssue = parsed.error.issues.find((i) => i.path[0] === 'sweep');
  return { request: null, error: wageIssue ? issueMessage(wageIssue as Issue, 'money', m.errors, f, wage ?? form.chartWage) : null };
}
