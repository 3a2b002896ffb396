import { CaseInputError } from './case-issues.ts';
import { MONTHS_PER_YEAR } from './earnings.ts';
import { cents, type Dec, money, ZERO } from './money.ts';
import { amountOf, info } from './outcome.ts';
import type { CaseInput } from './request.ts';
import type { Benefit, BenefitOutcome, Explanation, ScenarioTax } from './result.ts';
import type { RuleSet, SourceRef } from './ruleset.ts';
import { type AnnualIncome, type AnnualTaxOf, prepareAnnualTax, type TaxResult } from './tax/annual-tax.ts';
import { AlandOutOfScopeError, TaxRulesUnavailableError, UnknownMunicipalityError } from './tax/errors.ts';

/**
 * The tax of one month of a scenario, estimated with the tax engine (tax/annual-tax.ts) on twelve times the
 * month's income, as if the month went on all year: the Tax Administration's own yearly figures, of which the
 * month bears a twelfth. Used by the side-by-side calculation, the hours chart and (per month) the timeline.
 */

/**
 * How each benefit is taxed: as an earnings-related pension (rehabilitation subsidy included), as a Kela pension
 * (national and guarantee pension: both pension income, TVL 100 §), as another taxable benefit (the sickness
 * allowance: earned income, but no pension income deduction), or not at all (the disability allowance under
 * law 570/2007, tax-free by TVL 92 § 10). A new benefit must be placed here before it compiles.
 */
const TAX_TREATMENT: Record<Benefit, keyof AnnualIncome | 'taxFree'> = {
  earningsRelatedPension: 'earningsRelatedPension',
  kelaPension: 'kelaPension',
  guaranteePension: 'kelaPension',
  disabilityAllowance: 'taxFree',
  sicknessAllowance: 'benefits',
  partialSicknessAllowance: 'benefits',
};

/** Whether a benefit is paid without tax. */
export function isTaxFree(benefit: Benefit): boolean {
  return TAX_TREATMENT[benefit] === 'taxFree';
}

/** One month's tax: the year's figures it is a twelfth of, and the month's amounts (each to the cent). */
export interface MonthlyTax {
  /** Twelve times the month's taxable income, by kind. */
  income: AnnualIncome;
  /** The year's tax on that income. */
  annual: TaxResult;
  /** The month's gross income: earnings, taxable benefits and tax-free benefits. */
  gross: Dec;
  taxFree: Dec;
  /** A twelfth of the year's tax, and of the tax with the employee contributions, less that tax (computed when read). */
  readonly tax: Dec;
  readonly contributions: Dec;
  /** gross − tax − contributions. */
  net: Dec;
}

type MonthlyTaxOf = (earnings: Dec, benefits: readonly BenefitOutcome[]) => MonthlyTax;

/** Either the month's tax can be estimated, or the reason why not (an explanation naming what to give). */
export type TaxEstimate =
  | {
      available: true;
      of: MonthlyTaxOf;
      /** The month's net alone, the same figure as `of(…).net` (a chart's points read nothing else). */
      net: (earnings: Dec, benefits: readonly BenefitOutcome[]) => Dec;
      sources: SourceRef[];
    }
  | { available: false; reason: Explanation; municipalityGiven: boolean };

const MONTHS = MONTHS_PER_YEAR;

/** Twelve times a month's amount (most kinds are zero for most people). */
const yearOf = (monthly: Dec) => (monthly.isZero() ? ZERO : monthly.mul(MONTHS));

/** a + b, skipping a zero. */
const add = (a: Dec, b: Dec) => (b.isZero() ? a : a.isZero() ? b : a.plus(b));

/** The month's income by how it is taxed, and the tax-free part. */
function monthIncome(earnings: Dec, benefits: readonly BenefitOutcome[]): { income: AnnualIncome; taxFree: Dec } {
  const income = { wages: earnings, earningsRelatedPension: ZERO, kelaPension: ZERO, benefits: ZERO };
  let taxFree = ZERO;
  for (const b of benefits) {
    const kind = TAX_TREATMENT[b.benefit];
    if (kind === 'taxFree') taxFree = add(taxFree, amountOf(b));
    else income[kind] = add(income[kind], amountOf(b));
  }
  return { income, taxFree };
}

const yearly = (income: AnnualIncome): AnnualIncome => ({
  wages: yearOf(income.wages),
  earningsRelatedPension: yearOf(income.earningsRelatedPension),
  kelaPension: yearOf(income.kelaPension),
  benefits: yearOf(income.benefits),
});

/** The month's gross income: every kind, taxable or not. */
const grossOf = (income: AnnualIncome, taxFree: Dec) =>
  add(add(add(income.wages, income.earningsRelatedPension), add(income.kelaPension, income.benefits)), taxFree);

/** A twelfth of what the year withholds (the tax and the contributions), rounded together, so that gross − withheld is the month's net exactly. */
const monthlyWithheld = (annual: Dec) => (annual.isZero() ? annual : cents(annual.div(MONTHS)));

function monthly(taxOf: AnnualTaxOf): { of: MonthlyTaxOf; net: (earnings: Dec, benefits: readonly BenefitOutcome[]) => Dec } {
  const of: MonthlyTaxOf = (earnings, benefits) => {
    const { income, taxFree } = monthIncome(earnings, benefits);
    const year = yearly(income);
    const annual = taxOf(year);
    const { pension, unemploymentInsurance } = annual.employeeContributions;
    const withheld = monthlyWithheld(add(add(annual.totalTax, pension), unemploymentInsurance));
    const gross = grossOf(income, taxFree);
    // The split of `withheld` is shown, not needed for net: computed when read (a chart reads only net).
    const tax = () => cents(annual.totalTax.div(MONTHS));
    return {
      income: year,
      annual,
      gross,
      taxFree,
      get tax() {
        return tax();
      },
      get contributions() {
        return withheld.minus(tax());
      },
      net: gross.minus(withheld),
    };
  };
  const net = (earnings: Dec, benefits: readonly BenefitOutcome[]): Dec => {
    const { income, taxFree } = monthIncome(earnings, benefits);
    return grossOf(income, taxFree).minus(monthlyWithheld(taxOf.withheld(yearly(income))));
  };
  return { of, net };
}

/**
 * Prepares the estimate for a case in the month of `date` (its year's rules), once for all its scenarios.
 * An unknown municipality is the caller's mistake: a CaseInputError (400) on tax.municipality with the closest
 * names. A year without tax rules, a municipality of Åland or no municipality at all is not: the estimate is
 * unavailable, with the reason.
 */
export function prepareMonthlyTax(ruleSet: RuleSet, input: Pick<CaseInput, 'tax' | 'person'> & { date: string }): TaxEstimate {
  const municipality = input.tax?.municipality;
  if (municipality === undefined) return { available: false, reason: info('taxNotEstimatedNoMunicipality'), municipalityGiven: false };
  const year = Number(input.date.slice(0, 4));
  const church = input.tax?.churchMember ? (input.tax.church ?? 'lutheran') : 'none';
  const birthYear = input.person?.birthYear;
  try {
    const taxOf = prepareAnnualTax(ruleSet, {
      year,
      residence: { municipality, church },
      ...(birthYear === undefined ? {} : { birthYear }),
    });
    return { available: true, ...monthly(taxOf), sources: taxOf.sources };
  } catch (error) {
    if (error instanceof UnknownMunicipalityError) throw new CaseInputError(unknownMunicipality(error, year));
    if (error instanceof AlandOutOfScopeError) return { available: false, reason: info('taxNotEstimatedAland'), municipalityGiven: true };
    if (error instanceof TaxRulesUnavailableError) {
      // The tax rules start with the rule set (2023), so only the municipal rates can be missing for a valid month.
      return { available: false, reason: info('taxNotEstimatedNoMunicipalRates', { year: String(year) }), municipalityGiven: true };
    }
    throw error;
  }
}

function unknownMunicipality(error: UnknownMunicipalityError, year: number) {
  const { suggestions } = error;
  return {
    code: 'custom' as const,
    path: ['tax', 'municipality'],
    message: `is not a municipality in the Tax Administration's table of ${year}${suggestions.length > 0 ? `: did you mean ${suggestions.join(', ')}?` : ''}`,
    params: { reason: 'unknownMunicipality', suggestions, year },
  };
}

/** The estimate as the result shows it. `first` is the first scenario's net, for the change. */
export function scenarioTax(estimate: MonthlyTax, first: Dec): ScenarioTax {
  const { annual, income } = estimate;
  const { taxes, deductions, employeeContributions: contributions } = annual;
  const creditUsed = annual.credit.workIncome.minus(annual.credit.applied.unused);
  return {
    year: annual.year,
    municipality: annual.municipality ?? '',
    rates: { municipal: annual.rates.municipal, church: annual.rates.church },
    annualIncome: {
      wages: money(income.wages),
      earningsRelatedPension: money(income.earningsRelatedPension),
      kelaPension: money(income.kelaPension),
      benefits: money(income.benefits),
      total: money(annual.gross),
    },
    annualDeductions: {
      costOfEarning: money(deductions.costOfEarning),
      employeeContributions: money(contributions.pension.plus(contributions.unemploymentInsurance)),
      dailyAllowanceContribution: money(deductions.dailyAllowance),
      earnedIncomeAllowance: money(deductions.earnedIncomeAllowance),
      pensionIncome: money(deductions.pensionIncome),
      basic: money(deductions.basic),
    },
    annualTaxableIncome: money(annual.taxableIncome),
    annualTaxes: {
      state: money(taxes.state),
      municipal: money(taxes.municipal),
      church: money(taxes.church),
      medicalCare: money(taxes.medicalCare),
      dailyAllowance: money(taxes.dailyAllowance),
      yle: money(taxes.yle),
      pensionAdditional: money(taxes.pensionAdditional),
      workIncomeCredit: money(creditUsed),
      total: money(annual.totalTax),
    },
    annualEmployeeContributions: {
      pension: money(contributions.pension),
      unemploymentInsurance: money(contributions.unemploymentInsurance),
      total: money(contributions.pension.plus(contributions.unemploymentInsurance)),
    },
    taxPercent: annual.taxPercent.toFixed(2),
    taxCardPercent: annual.taxCardPercent.toString(),
    monthlyTax: money(estimate.tax),
    monthlyEmployeeContributions: money(estimate.contributions),
    monthlyTaxFree: money(estimate.taxFree),
    monthlyNet: money(estimate.net),
    netChangeFromFirst: money(estimate.net.minus(first)),
    sources: annual.sources.map((s) => s.parameter),
  };
}
