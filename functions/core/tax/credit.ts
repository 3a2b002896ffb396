import { marginal, positive } from '../brackets.ts';
import { cents, type Dec, min, percentOf, ZERO } from '../money.ts';
import type { RuleReader } from '../rules.ts';

/**
 * Work income credit (työtulovähennys): TVL 125 § — a share of wages up to a maximum (higher for someone who
 * turned 65 before the year began), reduced by net earned income (pensions and benefits included) above a limit.
 * Only wages earn it; a person with no wages gets none.
 */
export function workIncomeCredit(rules: RuleReader, wages: Dec, netEarnedIncome: Dec, age: number | null): Dec {
  if (!wages.isPositive()) return ZERO;
  let maximum = rules.number('workIncomeCreditMaximum');
  // "Turned 65 before the beginning of the tax year": at least 66 by its end.
  if (age !== null && age > rules.number('workIncomeCreditOlderAge').toNumber())
    maximum = maximum.plus(rules.number('workIncomeCreditOlderIncrease'));
  const earned = min(percentOf(wages, rules.number('workIncomeCreditPercent')), maximum);
  return cents(positive(earned.minus(marginal(netEarnedIncome, rules.brackets('workIncomeCreditReduction')))));
}

export interface CreditAllocation {
  state: Dec;
  municipal: Dec;
  church: Dec;
  medicalCare: Dec;
  /** The part of the credit no tax could absorb (lost). */
  unused: Dec;
}

/**
 * Where the credit is taken: TVL 125 § 1 mom — from the state income tax first; what it does not cover from the
 * municipal tax, the church tax and the medical care contribution in proportion to them. Each share is rounded
 * to the cent, the last one taking the remainder, so that the shares add up to the credit used.
 */
export function allocateCredit(credit: Dec, taxes: { state: Dec; municipal: Dec; church: Dec; medicalCare: Dec }): CreditAllocation {
  const fromState = min(credit, taxes.state);
  if (fromState.eq(credit)) return { state: fromState, municipal: ZERO, church: ZERO, medicalCare: ZERO, unused: ZERO };
  const others = taxes.municipal.plus(taxes.church).plus(taxes.medicalCare);
  const rest = min(credit.minus(fromState), others);
  const share = (tax: Dec) => (others.isZero() ? ZERO : cents(rest.mul(tax).div(others)));
  const municipal = share(taxes.municipal);
  const church = share(taxes.church);
  const medicalCare = rest.minus(municipal).minus(church);
  return { state: fromState, municipal, church, medicalCare, unused: credit.minus(fromState).minus(rest) };
}
