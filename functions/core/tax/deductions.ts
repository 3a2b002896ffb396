import { marginal, positive } from '../brackets.ts';
import { MONTHS_PER_YEAR } from '../earnings.ts';
import { cents, type Dec, min, percentOf, ZERO } from '../money.ts';
import type { RuleReader } from '../rules.ts';

/** The deductions from earned income, in the order the law makes them, each rounded to the cent. */

/** Deduction for the cost of earning income: TVL 95 § — a fixed amount from wages, at most the wages. */
export function costOfEarningDeduction(rules: RuleReader, wages: Dec): Dec {
  return min(wages, rules.number('earnedIncomeCostDeduction'));
}

/** Earned income allowance (2023–2024): TVL 105 a § — accrues from wages, reduced by net earned income above a limit. */
export function earnedIncomeAllowance(rules: RuleReader, wages: Dec, netEarnedIncome: Dec): Dec {
  const maximum = rules.number('earnedIncomeAllowanceMaximum');
  if (!wages.isPositive() || maximum.isZero()) return ZERO; // none without wages; repealed from 2025
  const accrued = min(marginal(wages, rules.brackets('earnedIncomeAllowanceAccrual')), maximum);
  return cents(positive(accrued.minus(marginal(netEarnedIncome, rules.brackets('earnedIncomeAllowanceReduction')))));
}

/**
 * The full pension income deduction: TVL 100 § — the factor times the year's full national pension of a person
 * living alone (twelve times the monthly amount in force on 1 January), rounded up to the step.
 */
function fullPensionIncomeDeduction(rules: RuleReader): Dec {
  const yearly = rules.number('nationalPensionFullSingle').mul(MONTHS_PER_YEAR).mul(rules.number('pensionIncomeDeductionFactor'));
  const step = rules.number('pensionIncomeDeductionRoundingStep');
  return yearly.div(step).ceil().mul(step);
}

/**
 * Pension income deduction: TVL 100 § — the full amount, reduced by net earned income (wages included) above it
 * and, at another rate, above the second threshold; never more than the pension income itself.
 */
export function pensionIncomeDeduction(rules: RuleReader, pensions: Dec, netEarnedIncome: Dec): Dec {
  if (!pensions.isPositive()) return ZERO;
  const full = fullPensionIncomeDeduction(rules);
  const second = rules.number('pensionIncomeDeductionSecondThreshold');
  const firstReduction = percentOf(
    positive(min(netEarnedIncome, second).minus(full)),
    rules.number('pensionIncomeDeductionReductionPercent'),
  );
  const secondReduction = percentOf(positive(netEarnedIncome.minus(second)), rules.number('pensionIncomeDeductionSecondPercent'));
  return cents(min(pensions, positive(full.minus(firstReduction).minus(secondReduction))));
}

/** Basic deduction: TVL 106 § — made last; the whole income up to the maximum, reduced by a share of the excess. */
export function basicDeduction(rules: RuleReader, incomeLeft: Dec): Dec {
  const maximum = rules.number('basicDeductionMaximum');
  if (incomeLeft.lte(maximum)) return positive(incomeLeft);
  return cents(positive(maximum.minus(percentOf(incomeLeft.minus(maximum), rules.number('basicDeductionReductionPercent')))));
}
