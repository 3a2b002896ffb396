import { marginal } from '../../brackets.ts';
import { cents, type Dec, dec, max, percentOf, ZERO } from '../../money.ts';
import type { CaseInput } from '../../request.ts';
import type { RuleReader } from '../../rules.ts';

export type Input = NonNullable<CaseInput['benefits']['sicknessAllowance']>;

/** The daily allowance: from the decision, or estimated from the annual income. */
export type Daily =
  | { kind: 'decision'; daily: Dec }
  | {
      kind: 'estimated';
      daily: Dec;
      /** Wage income, from which the insurance contribution deduction is made (SVL 11:7). */
      wageIncome: Dec;
      deductionPercent: Dec;
      wageIncomeAfterDeduction: Dec;
      /** YEL or MYEL work income: no deduction (SVL 11:7, Kela). Null when none was given. */
      entrepreneurIncome: Dec | null;
      /** The annual income the formula is applied to. */
      annualIncome: Dec;
      /** The formula's amount, before the minimum. */
      formula: Dec;
      minimum: Dec;
      /** Up to this annual income there is no allowance based on earnings (SVL 7:1): the minimum is paid. */
      minimumAnnualIncome: Dec;
      /** The year whose formula was used: the year the entitlement began. */
      year: string;
    };

/**
 * SVL 11:1, 11:7 and 11:10. The formula is the one of the year the entitlement began (`formulaRules`, read on
 * that day: Kela applies the 2025 formula only to an entitlement that arises on or after 1.1.2025): the wage
 * income less the insurance contribution deduction of that year, plus YEL/MYEL income without a deduction,
 * through that year's brackets, divided by 300. Never less than the minimum daily allowance, which is the one
 * in force in the month paid (`rules`; the minimum is frozen at 31.99 € 2024–2027).
 */
export function dailyAllowance(rules: RuleReader, formulaRules: RuleReader, input: Input): Daily {
  const minimum = rules.number('sicknessAllowanceMinimumDaily');
  if (input.dailyAmount !== undefined) return { kind: 'decision', daily: dec(input.dailyAmount) };
  const wageIncome = dec(input.annualIncome ?? '0');
  const entrepreneurIncome = input.entrepreneurAnnualIncome !== undefined ? dec(input.entrepreneurAnnualIncome) : null;
  const deductionPercent = formulaRules.number('sicknessAllowanceWageDeductionPercent');
  const wageIncomeAfterDeduction = wageIncome.minus(percentOf(wageIncome, deductionPercent));
  const annualIncome = wageIncomeAfterDeduction.plus(entrepreneurIncome ?? ZERO);
  // SVL 11:1: each bracket's percent of the part of the annual income above its threshold, over the divisor.
  const formula = cents(
    marginal(annualIncome, formulaRules.brackets('sicknessAllowanceBrackets')).div(formulaRules.number('sicknessAllowanceDivisor')),
  );
  return {
    kind: 'estimated',
    daily: max(formula, minimum),
    wageIncome,
    deductionPercent,
    wageIncomeAfterDeduction,
    entrepreneurIncome,
    annualIncome,
    formula,
    minimum,
    minimumAnnualIncome: formulaRules.number('sicknessAllowanceMinimumAnnualIncome'),
    year: formulaRules.date.slice(0, 4),
  };
}
