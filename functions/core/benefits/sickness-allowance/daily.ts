import { cents, type Dec, dec, max, min, percentOf, ZERO } from '../../money.ts';
import type { CaseInput } from '../../request.ts';
import type { RuleReader } from '../../rules.ts';
import type { Bracket } from '../../ruleset.ts';

export type Input = NonNullable<CaseInput['benefits']['sicknessAllowance']>;

/** The daily allowance: from the decision, or estimated from the annual income. */
export type Daily =
  | { kind: 'decision'; daily: Dec }
  | {
      kind: 'estimated';
      daily: Dec;
      annualIncome: Dec;
      deductionPercent: Dec;
      incomeAfterDeduction: Dec;
      /** The formula's amount, before the minimum. */
      formula: Dec;
      minimum: Dec;
      /** The year whose formula was used. */
      year: string;
    };

/** SVL 11:1: each bracket's percent of 1/divisor of the part of the annual income above its threshold. */
function dailyFromAnnualIncome(income: Dec, brackets: Bracket[], divisor: Dec): Dec {
  let total = ZERO;
  brackets.forEach((bracket, i) => {
    const from = dec(bracket.over);
    const next = brackets[i + 1];
    const to = next ? min(income, dec(next.over)) : income;
    if (to.gt(from)) total = total.plus(percentOf(to.minus(from), dec(bracket.percent)));
  });
  return total.div(divisor);
}

/**
 * SVL 11:1, 11:7 and 11:10: the annual income less the insurance contribution deduction, through the
 * year's brackets, divided by 300; never less than the minimum daily allowance.
 */
export function dailyAllowance(rules: RuleReader, input: Input): Daily {
  const minimum = rules.number('sicknessAllowanceMinimumDaily');
  if (input.dailyAmount !== undefined) return { kind: 'decision', daily: dec(input.dailyAmount) };
  const annualIncome = dec(input.annualIncome ?? '0');
  const deductionPercent = rules.number('sicknessAllowanceWageDeductionPercent');
  const incomeAfterDeduction = annualIncome.minus(percentOf(annualIncome, deductionPercent));
  const formula = cents(
    dailyFromAnnualIncome(incomeAfterDeduction, rules.brackets('sicknessAllowanceBrackets'), rules.number('sicknessAllowanceDivisor')),
  );
  return {
    kind: 'estimated',
    daily: max(formula, minimum),
    annualIncome,
    deductionPercent,
    incomeAfterDeduction,
    formula,
    minimum,
    year: rules.date.slice(0, 4),
  };
}
