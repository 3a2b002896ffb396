import { positive } from '../brackets.ts';
import { cents, type Dec, min, ZERO } from '../money.ts';
import type { YearRules } from './year-rules.ts';

/**
 * The contributions collected from earned income besides the taxes, each rounded to the cent as the Tax
 * Administration does. Which apply at the person's age is decided once, in year-rules.ts.
 */

/** Employee pension contribution on gross wages: TyEL 395/2006 153 §; the higher rate for ages 53–62 until 2025. */
export function employeePensionContribution(rules: YearRules, wages: Dec): Dec {
  return cents(wages.mul(rules.employeePension));
}

/** Employee unemployment insurance contribution on gross wages: laki 555/1998 18 §, ages 18–64. */
export function unemploymentInsuranceContribution(rules: YearRules, wages: Dec): Dec {
  return cents(wages.mul(rules.unemploymentInsurance));
}

/** Daily allowance contribution: SVL 18:15 and 18:23 — on all wages once the year's wages reach the threshold (ages 16–68, SVL 18:5.2). */
export function dailyAllowanceContribution(rules: YearRules, wages: Dec): Dec {
  const daily = rules.dailyAllowance;
  if (daily === null || wages.lt(daily.threshold)) return ZERO;
  return cents(wages.mul(daily.rate));
}

/**
 * Medical care contribution on taxable earned income: SVL 18:13 and 18:23. The higher rate applies to earned
 * income on which no daily allowance contribution is charged (pensions, benefits): taken here as the part of
 * taxable income above the wages, or all of it for someone past the daily allowance contribution's age.
 * The basic part and the increase are each rounded to the cent: the Tax Administration's 2024 example of a
 * 16 000 € pension (939.31 €) reproduces only so (0.51 % and 0.97 % of 4 355.14 € = 22.21 + 42.24, not 1.48 % = 64.46).
 */
export function medicalCareContribution(rules: YearRules, taxable: Dec, wages: Dec): Dec {
  const { rate, increase, increaseOnAll } = rules.medicalCare;
  const increaseBase = increaseOnAll ? taxable : positive(taxable.minus(wages));
  const base = cents(taxable.mul(rate));
  return increaseBase.isZero() || increase.isZero() ? base : base.plus(cents(increaseBase.mul(increase)));
}

/** YLE tax: laki 484/2012 2 § — a percentage of net earned income above the threshold, capped; from age 18. */
export function yleTax(rules: YearRules, netEarnedIncome: Dec): Dec {
  const yle = rules.yle;
  if (yle === null || netEarnedIncome.lte(yle.threshold)) return ZERO;
  return cents(min(netEarnedIncome.minus(yle.threshold).mul(yle.rate), yle.maximum));
}

/** Additional state tax on pensions: TVL 124 § 4 mom — on pension income less the pension income deduction above the threshold. */
export function pensionAdditionalTax(rules: YearRules, pensions: Dec, pensionIncomeDeduction: Dec): Dec {
  const { rate, threshold } = rules.pensionAdditional;
  if (pensions.lte(threshold)) return ZERO; // the deduction only lowers what is above
  const above = pensions.minus(pensionIncomeDeduction).minus(threshold);
  return above.isPositive() ? cents(above.mul(rate)) : ZERO;
}
