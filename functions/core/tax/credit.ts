import { positive } from '../brackets.ts';
import { cents, type Dec, min, ZERO } from '../money.ts';
import type { YearRules } from './year-rules.ts';

/**
 * Work income credit (työtulovähennys): TVL 125 § — a share of wages up to a maximum (higher for someone who
 * turned 65 before the year began), reduced by net earned income (pensions and benefits included) above a limit.
 * Only wages earn it; a person with no wages gets none.
 */
export function workIncomeCredit(rules: YearRules, wages: Dec, netEarnedIncome: Dec): Dec {
  if (!wages.isPositive()) return ZERO;
  // The maximum is the higher one for someone who turned 65 before the year began (decided in year-rules.ts).
  const { rate, maximum, reduction } = rules.workIncomeCredit;
  const earned = min(wages.mul(rate), maximum);
  return cents(positive(earned.minus(reduction(netEarnedIncome))));
}

/**
 * The part of the credit the taxes absorb (TVL 125 § 1 mom): the state tax first, then the municipal and church
 * taxes and the medical care contribution; what none of them covers is lost. The same figure as
 * `credit − allocateCredit(credit, taxes).unused`, without the split.
 */
export function creditUsed(credit: Dec, taxes: { state: Dec; municipal: Dec; church: Dec; medicalCare: Dec }): Dec {
  if (credit.isZero()) return ZERO;
  if (credit.lte(taxes.state)) return credit;
  const others = taxes.municipal.plus(taxes.church).plus(taxes.medicalCare);
  return min(credit, taxes.state.plus(others));
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
  // The shares are read only where the credit is shown in detail: computed on demand (a chart needs only `unused`).
  let split: { municipal: Dec; church: Dec; medicalCare: Dec } | undefined;
  const shares = () => {
    if (split) return split;
    const municipal = share(taxes.municipal);
    const church = share(taxes.church);
    split = { municipal, church, medicalCare: rest.minus(municipal).minus(church) };
    return split;
  };
  return {
    state: fromState,
    get municipal() {
      return shares().municipal;
    },
    get church() {
      return shares().church;
    },
    get medicalCare() {
      return shares().medicalCare;
    },
    unused: credit.minus(fromState).minus(rest),
  };
}
