import { positive } from '../brackets.ts';
import { cents, type Dec, min, percentOf, ZERO } from '../money.ts';
import type { ParameterName } from '../parameters.ts';
import type { RuleReader } from '../rules.ts';

/**
 * The contributions collected from earned income besides the taxes, each rounded to the cent as the Tax
 * Administration does. Ages are the age reached during the tax year (`null`: not known, and then the person
 * is taken to be of working age, 18–52, as in the Tax Administration's examples).
 */

/** Whether `age` lies within the ages the two parameters give (inclusive); an unknown age does. */
function inAgeBand(rules: RuleReader, age: number | null, minimum: ParameterName, maximum: ParameterName): boolean {
  if (age === null) return true;
  return rules.number(minimum).toNumber() <= age && age <= rules.number(maximum).toNumber();
}

/** Employee pension contribution on gross wages: TyEL 395/2006 153 §; the higher rate for ages 53–62 until 2025. */
export function employeePensionContribution(rules: RuleReader, wages: Dec, age: number | null): Dec {
  if (!inAgeBand(rules, age, 'employeePensionContributionMinimumAge', 'employeePensionContributionMaximumAge')) return ZERO;
  const higher = age !== null && inAgeBand(rules, age, 'employeePensionHigherRateMinimumAge', 'employeePensionHigherRateMaximumAge');
  const percent = rules.number(higher ? 'employeePensionContributionHigherPercent' : 'employeePensionContributionPercent');
  return cents(percentOf(wages, percent));
}

/** Employee unemployment insurance contribution on gross wages: laki 555/1998 18 §, ages 18–64. */
export function unemploymentInsuranceContribution(rules: RuleReader, wages: Dec, age: number | null): Dec {
  if (!inAgeBand(rules, age, 'employeeUnemploymentInsuranceMinimumAge', 'employeeUnemploymentInsuranceMaximumAge')) return ZERO;
  return cents(percentOf(wages, rules.number('employeeUnemploymentInsurancePercent')));
}

/** Whether the daily allowance contribution is charged at this age: SVL 1224/2004 18:5.2, ages 16–68. */
function paysDailyAllowanceContribution(rules: RuleReader, age: number | null): boolean {
  return inAgeBand(rules, age, 'dailyAllowanceContributionMinimumAge', 'dailyAllowanceContributionMaximumAge');
}

/** Daily allowance contribution: SVL 18:15 and 18:23 — on all wages once the year's wages reach the threshold. */
export function dailyAllowanceContribution(rules: RuleReader, wages: Dec, age: number | null): Dec {
  if (!paysDailyAllowanceContribution(rules, age) || wages.lt(rules.number('dailyAllowanceContributionThreshold'))) return ZERO;
  return cents(percentOf(wages, rules.number('dailyAllowanceContributionPercent')));
}

/**
 * Medical care contribution on taxable earned income: SVL 18:13 and 18:23. The higher rate applies to earned
 * income on which no daily allowance contribution is charged (pensions, benefits): taken here as the part of
 * taxable income above the wages, or all of it for someone past the daily allowance contribution's age.
 */
export function medicalCareContribution(rules: RuleReader, taxable: Dec, wages: Dec, age: number | null): Dec {
  const base = rules.number('medicalCareContributionPercent');
  const increase = rules.number('medicalCareContributionOtherIncomePercent').minus(base);
  const increaseBase = paysDailyAllowanceContribution(rules, age) ? positive(taxable.minus(wages)) : taxable;
  return cents(percentOf(taxable, base).plus(percentOf(increaseBase, increase)));
}

/** YLE tax: laki 484/2012 2 § — a percentage of net earned income above the threshold, capped; from age 18. */
export function yleTax(rules: RuleReader, netEarnedIncome: Dec, age: number | null): Dec {
  if (age !== null && age < rules.number('yleTaxMinimumAge').toNumber()) return ZERO;
  const tax = percentOf(positive(netEarnedIncome.minus(rules.number('yleTaxThreshold'))), rules.number('yleTaxPercent'));
  return cents(min(tax, rules.number('yleTaxMaximum')));
}

/** Additional state tax on pensions: TVL 124 § 4 mom — on pension income less the pension income deduction above the threshold. */
export function pensionAdditionalTax(rules: RuleReader, pensions: Dec, pensionIncomeDeduction: Dec): Dec {
  if (!pensions.isPositive()) return ZERO;
  const above = positive(pensions.minus(pensionIncomeDeduction).minus(rules.number('pensionAdditionalTaxThreshold')));
  return cents(percentOf(above, rules.number('pensionAdditionalTaxPercent')));
}
