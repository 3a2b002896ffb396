import { type Dec, dec, money, percentOf, ZERO } from './money.ts';
import { isTaxFree, type MonthlyTax, prepareMonthlyTax, type TaxEstimate } from './monthly-tax.ts';
import { amountOf, info } from './outcome.ts';
import type { CaseInput } from './request.ts';
import type { BenefitOutcome, Explanation, NetMethod } from './result.ts';
import type { RuleReader } from './rules.ts';
import type { RuleSet, SourceRef } from './ruleset.ts';

/**
 * Money in the pocket: one net figure per scenario, which every total, change, chart point and saved outcome
 * uses. It comes from the withholding percentages when the user typed any (they know their tax card: it wins,
 * and the result says so), else from the tax rules when the municipality is known (monthly-tax.ts), else it is
 * not computed, with the reason.
 */

export interface NetOutcome {
  net: Dec | null;
  /** How `net` was obtained; null when it is null. */
  method: NetMethod | null;
  /** The estimate from the tax rules when it can be made, also when typed percentages override it (not in brief mode: the net alone then). */
  estimate: MonthlyTax | null;
  explanations: Explanation[];
}

/** The net of one scenario. `brief` (the chart's points): the figure only, no explanations, no estimate beside typed percentages. */
export type NetOf = (earnings: Dec, benefits: readonly BenefitOutcome[], brief?: boolean) => NetOutcome;

type Tax = NonNullable<CaseInput['tax']>;

const ONE = dec('1');

function typedPercentages(tax: CaseInput['tax']): tax is Tax {
  return tax?.wageWithholdingPercent !== undefined || tax?.benefitWithholdingPercent !== undefined;
}

/**
 * A net from typed percentages: wages less the withholding, the employee pension and unemployment contributions;
 * taxable benefits less their withholding; tax-free benefits as they are. Null, with the reason, when a
 * percentage it needs is missing. The contribution rates are read once, when the case is prepared.
 */
function withholdingNet(rules: RuleReader, tax: Tax) {
  const pensionPercent = rules.number('employeePensionContributionPercent');
  const unemploymentPercent = rules.number('employeeUnemploymentInsurancePercent');
  const wagePercent = dec(tax.wageWithholdingPercent ?? '0')
    .plus(pensionPercent)
    .plus(unemploymentPercent);
  const benefitPercent = dec(tax.benefitWithholdingPercent ?? '0');
  // As fractions, once: x × (p ÷ 100) is x × p ÷ 100 exactly (a division by 100 of a decimal is exact), one operation less a point.
  const wageFraction = percentOf(wagePercent, ONE);
  const benefitFraction = percentOf(benefitPercent, ONE);

  return (earnings: Dec, benefits: readonly BenefitOutcome[], brief: boolean): { net: Dec | null; explanation: Explanation | null } => {
    let taxable = ZERO;
    let taxFree = ZERO;
    for (const b of benefits) {
      if (isTaxFree(b.benefit)) taxFree = taxFree.plus(amountOf(b));
      else taxable = taxable.plus(amountOf(b));
    }
    const missing: string[] = [];
    if (earnings.gt(0) && tax.wageWithholdingPercent === undefined) missing.push('wageWithholdingPercent');
    if (taxable.gt(0) && tax.benefitWithholdingPercent === undefined) missing.push('benefitWithholdingPercent');
    if (missing.length > 0) return { net: null, explanation: brief ? null : info('netNotComputed', { missing: missing.join(',') }) };

    const netWage = earnings.minus(earnings.mul(wageFraction));
    const netBenefits = taxable.minus(taxable.mul(benefitFraction)).plus(taxFree);
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

/** A month's net from typed withholding percentages, with its explanation. */
export type WithholdingNet = (
  earnings: Dec,
  benefits: readonly BenefitOutcome[],
  brief?: boolean,
) => { net: Dec | null; explanation: Explanation | null };

/** The typed-percentage net alone (a timeline's months, whose years are taxed by the tax engine otherwise); null without percentages. */
export function prepareWithholding(rules: () => RuleReader, tax: CaseInput['tax']): WithholdingNet | null {
  if (!typedPercentages(tax)) return null;
  const typed = withholdingNet(rules(), tax);
  return (earnings, benefits, brief = false) => typed(earnings, benefits, brief);
}

/** The estimate in words: the year's income, tax and contributions, the rates, and what is left a month. */
function estimateExplanation(estimate: MonthlyTax, input: Pick<CaseInput, 'tax' | 'person'>): Explanation {
  const { annual } = estimate;
  const contributions = annual.employeeContributions.pension.plus(annual.employeeContributions.unemploymentInsurance);
  return info('taxEstimate', {
    year: String(annual.year),
    annualIncome: money(annual.gross),
    annualTax: money(annual.totalTax),
    taxPercent: annual.taxPercent.toFixed(2),
    ...(contributions.isZero() ? {} : { annualContributions: money(contributions) }),
    municipalPercent: annual.rates.municipal,
    churchPercent: annual.rates.church,
    churchMember: input.tax?.churchMember === true,
    ageGiven: input.person?.birthYear !== undefined,
    monthlyNet: money(estimate.net),
    ...(estimate.taxFree.isZero() ? {} : { monthlyTaxFree: money(estimate.taxFree) }),
  });
}

/**
 * Prepares the net of a case in the month of `input.date`, once for all its scenarios. Throws a CaseInputError
 * (a 400) for a municipality the year's table does not have. `sources`: the rule values of the estimate.
 */
export function prepareNet(
  ruleSet: RuleSet,
  rules: () => RuleReader,
  input: Pick<CaseInput, 'tax' | 'person'> & { date: string },
): { netOf: NetOf; sources: SourceRef[]; method: NetMethod | null } {
  const estimate: TaxEstimate = prepareMonthlyTax(ruleSet, input);
  const tax = input.tax;
  const sources = estimate.available ? estimate.sources : [];

  if (typedPercentages(tax)) {
    const typed = withholdingNet(rules(), tax);
    // Said when the user gave a municipality and it could not be used; without one, the percentages are all they asked for.
    const unavailable = !estimate.available && estimate.municipalityGiven ? [estimate.reason] : [];
    const netOf: NetOf = (earnings, benefits, brief = false) => {
      const { net, explanation } = typed(earnings, benefits, brief);
      const method = net ? 'withholdingPercentages' : null;
      if (brief) return { net, method, estimate: null, explanations: [] };
      const estimated = estimate.available ? estimate.of(earnings, benefits) : null;
      const explanations = [...(explanation ? [explanation] : []), ...unavailable];
      if (estimated && net) explanations.push(info('taxEstimateOverridden', { estimatedMonthlyNet: money(estimated.net) }));
      return { net, method, estimate: estimated, explanations };
    };
    return { netOf, sources, method: 'withholdingPercentages' };
  }

  if (!estimate.available) {
    const netOf: NetOf = (_earnings, _benefits, brief = false) => ({
      net: null,
      method: null,
      estimate: null,
      explanations: brief ? [] : [estimate.reason],
    });
    return { netOf, sources, method: null };
  }

  const netOf: NetOf = (earnings, benefits, brief = false) => {
    if (brief) return { net: estimate.net(earnings, benefits), method: 'taxRules', estimate: null, explanations: [] };
    const estimated = estimate.of(earnings, benefits);
    return {
      net: estimated.net,
      method: 'taxRules',
      estimate: estimated,
      explanations: [estimateExplanation(estimated, input)],
    };
  };
  return { netOf, sources, method: 'taxRules' };
}
