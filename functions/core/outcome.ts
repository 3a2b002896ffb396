import { maxHoursWithin, type Work } from './earnings.ts';
import { cents, type Dec, dec, money } from './money.ts';
import type { ParameterName } from './parameters.ts';
import { LIMITS } from './request.ts';
import type { Benefit, BenefitOutcome, Explanation, ExplanationCode, ParamValue, Status } from './result.ts';

const MAX_HOURS = dec(LIMITS.hoursPerWeek.max);

export function info(code: ExplanationCode, params: Record<string, ParamValue> = {}): Explanation {
  return { code, severity: 'info', params };
}

export function warning(code: ExplanationCode, params: Record<string, ParamValue> = {}): Explanation {
  return { code, severity: 'warning', params };
}

export interface OutcomeParts {
  benefit: Benefit;
  status: Status;
  amount: Dec;
  withoutWork: Dec;
  /** The earnings up to which the benefit is paid as without work; null where no euro limit applies. */
  limit: Dec | null;
  suspensionLimit?: Dec | null;
  /** Overrides the hours computed from `limit` (e.g. the partial sickness allowance's hours band). */
  maxHoursPerWeek?: Dec | null;
  explanations: Explanation[];
  sources: ParameterName[];
}

/** An outcome's monthly amount as a decimal: its two-decimal text, parsed once (money.ts remembers it). */
export function amountOf(outcome: BenefitOutcome): Dec {
  return dec(outcome.monthlyAmount);
}

/** Assembles one benefit outcome, adding the headroom and the max hours at this scenario's wage. */
export function outcome(work: Work, parts: OutcomeParts): BenefitOutcome {
  const { limit } = parts;
  const maxHours = work.brief
    ? null
    : parts.maxHoursPerWeek !== undefined
      ? parts.maxHoursPerWeek
      : limit && work.hourlyWage
        ? maxHoursWithin(limit, work.hourlyWage, MAX_HOURS)
        : null;
  const amount = cents(parts.amount);
  return {
    benefit: parts.benefit,
    status: parts.status,
    monthlyAmount: money(amount),
    monthlyAmountWithoutWork: money(parts.withoutWork),
    earningsLimit: limit ? money(limit) : null,
    suspensionLimit: parts.suspensionLimit ? money(parts.suspensionLimit) : null,
    headroom: limit && !work.brief ? money(limit.minus(work.monthlyEarnings)) : null,
    maxHoursPerWeek: maxHours ? maxHours.toFixed(1) : null,
    explanations: parts.explanations,
    sources: parts.sources,
  };
}
