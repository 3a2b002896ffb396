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

/**
 * The text of the last few amounts written, by the decimal itself: a benefit's amount without work, its limits and
 * mostly its amount are the same (immutable) decimal at every point of a chart, so each is written once, not 401
 * times. A handful of references, compared by identity: cheaper than a map, and a fresh amount only takes a slot.
 */
const RECENT = 8;
const recentValues: (Dec | null)[] = new Array(RECENT).fill(null);
const recentTexts: string[] = new Array(RECENT).fill('');
let nextSlot = 0;

function moneyText(value: Dec): string {
  for (let i = 0; i < RECENT; i += 1) if (recentValues[i] === value) return recentTexts[i]!;
  const text = money(value);
  recentValues[nextSlot] = value;
  recentTexts[nextSlot] = text;
  nextSlot = (nextSlot + 1) % RECENT;
  return text;
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
    monthlyAmount: moneyText(amount),
    monthlyAmountWithoutWork: moneyText(parts.withoutWork),
    earningsLimit: limit ? moneyText(limit) : null,
    suspensionLimit: parts.suspensionLimit ? moneyText(parts.suspensionLimit) : null,
    headroom: limit && !work.brief ? money(limit.minus(work.monthlyEarnings)) : null,
    maxHoursPerWeek: maxHours ? maxHours.toFixed(1) : null,
    explanations: parts.explanations,
    sources: parts.sources,
  };
}
