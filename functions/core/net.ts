import { type Dec, dec, money, percentOf, ZERO } from './money.ts';
import { amountOf, info } from './outcome.ts';
import type { CaseInput } from './request.ts';
import type { Benefit, BenefitOutcome, Explanation } from './result.ts';
import type { RuleReader } from './rules.ts';

/** Benefits paid without tax: the disability allowance (vammaistuki). */
const TAX_FREE: readonly Benefit[] = ['disabilityAllowance'];

/**
 * A net estimate: wages less the withholding, the employee pension and unemployment contributions;
 * taxable benefits less their withholding. Null, with the reason, when a percentage it needs is missing.
 * The contribution rates are read once, when the case is prepared.
 */
export function prepareNetIncome(rules: RuleReader, tax: NonNullable<CaseInput['tax']>) {
  const pensionPercent = rules.number('employeePensionContributionPercent');
  const unemploymentPercent = rules.number('employeeUnemploymentInsurancePercent');
  const wagePercent = dec(tax.wageWithholdingPercent ?? '0')
    .plus(pensionPercent)
    .plus(unemploymentPercent);
  const benefitPercent = dec(tax.benefitWithholdingPercent ?? '0');

  return function netIncome(
    earnings: Dec,
    benefits: BenefitOutcome[],
    brief = false,
  ): { net: Dec | null; explanation: Explanation | null } {
    let taxable = ZERO;
    let taxFree = ZERO;
    for (const b of benefits) {
      if (TAX_FREE.includes(b.benefit)) taxFree = taxFree.plus(amountOf(b));
      else taxable = taxable.plus(amountOf(b));
    }
    const missing: string[] = [];
    if (earnings.gt(0) && tax.wageWithholdingPercent === undefined) missing.push('wageWithholdingPercent');
    if (taxable.gt(0) && tax.benefitWithholdingPercent === undefined) missing.push('benefitWithholdingPercent');
    if (missing.length > 0) return { net: null, explanation: brief ? null : info('netNotComputed', { missing: missing.join(',') }) };

    const netWage = earnings.minus(percentOf(earnings, wagePercent));
    const netBenefits = taxable.minus(percentOf(taxable, benefitPercent)).plus(taxFree);
    const net = netWage.plus(netBenefits);
    if (brief) return { net, explanation: null };
    return {
      net,
      explanation: info('netEstimate', {
        wageWithholdingPercent: tax.wageWithholdingPercent ?? '0',
        pensionContributionPercent: pensionPercent.toString(),
        unemploymentInsurancePercent: unemploymentPercent.toString(),
        benefitWithholdingPercent: tax.benefitWithholdingPercent ?? '0',
        netWage: money(netWage),
        netBenefits: money(netBenefits),
      }),
    };
  };
}
