import { positive } from '../brackets.ts';
import { cents, type Dec, min, ZERO } from '../money.ts';
import type { YearRules } from './year-rules.ts';

/** The deductions from earned income, in the order the law makes them, each rounded to the cent. */

/** Deduction for the cost of earning income: TVL 95 § — a fixed amount from wages, at most the wages. */
export function costOfEarningDeduction(rules: YearRules, wages: Dec): Dec {
  return min(wages, rules.costOfEarning);
}

/** Earned income allowance (2023–2024): TVL 105 a § — accrues from wages, reduced by net earned income above a limit. */
export function earnedIncomeAllowance(rules: YearRules, wages: Dec, netEarnedIncome: Dec): Dec {
  const allowance = rules.earnedIncomeAllowance;
  if (!wages.isPositive() || allowance === null) return ZERO; // none without wages; repealed from 2025
  const accrued = min(allowance.accrual(wages), allowance.maximum);
  return cents(positive(accrued.minus(allowance.reduction(netEarnedIncome))));
}

/**
 * Pension income deduction: TVL 100 § — the full amount (the factor times the year's full national pension,
 * year-rules.ts), reduced by net earned income (wages included) above it and, at another rate, above the second
 * threshold; never more than the pension income itself.
 */
export function pensionIncomeDeduction(rules: YearRules, pensions: Dec, netEarnedIncome: Dec): Dec {
  if (!pensions.isPositive()) return ZERO;
  const { full, reduction } = rules.pensionIncome;
  const reduced = reduction(netEarnedIncome);
  return cents(min(pensions, reduced.isZero() ? full : positive(full.minus(reduced))));
}

/** Basic deduction: TVL 106 § — made last; the whole income up to the maximum, reduced by a share of the excess. */
export function basicDeduction(rules: YearRules, incomeLeft: Dec): Dec {
  const { maximum, rate, ceiling } = rules.basic;
  if (incomeLeft.lte(maximum)) return positive(incomeLeft);
  // maximum − (income − maximum) × rate, written as ceiling − income × rate.
  return cents(positive(ceiling.minus(incomeLeft.mul(rate))));
}
