import { CaseInputError } from '../case-issues.ts';
import { MONTHS_PER_YEAR } from '../earnings.ts';
import type { Dec } from '../money.ts';
import type { CaseInput } from '../request.ts';
import type { SourceRef } from '../ruleset.ts';
import { type AnnualIncome, annualTax } from '../tax/annual-tax.ts';
import { AlandOutOfScopeError, TaxRulesUnavailableError, UnknownMunicipalityError } from '../tax/errors.ts';

/**
 * The one place the timeline calls the tax engine (functions/core/tax). A year of the plan is taxed as the
 * average of its months in the plan, as the calculation taxes a month: the average month's income times
 * twelve through `annualTax`, then that year's tax times the months in the plan over twelve. For a whole
 * calendar year in the plan that is the tax on the year's own income; for part of a year it assumes the
 * months outside the plan are like the plan's. When the calculation's "tax of one month" function (issue 15)
 * lands, this call becomes that function on the average month.
 */

export type YearTax =
  | { kind: 'estimate'; tax: Dec; contributions: Dec; sources: SourceRef[] }
  | { kind: 'noTaxRules'; availableFrom: string }
  | { kind: 'aland' };

export function taxOfPlanYear(
  ruleSet: Parameters<typeof annualTax>[0],
  c: {
    year: number;
    months: number;
    income: AnnualIncome;
    tax: NonNullable<CaseInput['tax']> & { municipality: string };
    birthYear?: number;
  },
): YearTax {
  const toYear = (amount: Dec) => amount.mul(MONTHS_PER_YEAR).div(c.months);
  const toPlan = (amount: Dec) => amount.mul(c.months).div(MONTHS_PER_YEAR);
  const income: AnnualIncome = {
    wages: toYear(c.income.wages),
    earningsRelatedPension: toYear(c.income.earningsRelatedPension),
    kelaPension: toYear(c.income.kelaPension),
    benefits: toYear(c.income.benefits),
  };
  const church = c.tax.churchMember ? (c.tax.church ?? 'lutheran') : 'none';
  try {
    const result = annualTax(ruleSet, {
      year: c.year,
      income,
      residence: { municipality: c.tax.municipality, church },
      ...(c.birthYear !== undefined ? { birthYear: c.birthYear } : {}),
    });
    const { pension, unemploymentInsurance } = result.employeeContributions;
    return {
      kind: 'estimate',
      tax: toPlan(result.totalTax),
      contributions: toPlan(pension.plus(unemploymentInsurance)),
      sources: result.sources.map((s) => narrowed(s, result.municipality)),
    };
  } catch (error) {
    if (error instanceof TaxRulesUnavailableError) return { kind: 'noTaxRules', availableFrom: error.availableFrom };
    if (error instanceof AlandOutOfScopeError) return { kind: 'aland' };
    if (error instanceof UnknownMunicipalityError) {
      throw new CaseInputError({
        code: 'custom',
        path: ['tax', 'municipality'],
        input: error.municipality,
        message: `is not a municipality in the Tax Administration's list of ${c.year}${error.suggestions.length > 0 ? `; did you mean ${error.suggestions.join(', ')}?` : ''}`,
        params: { reason: 'unknownMunicipality', suggestions: error.suggestions },
      });
    }
    throw error;
  }
}

/** The municipal rate table as a source, narrowed to the person's municipality: the rates used, not 300 others. */
function narrowed(source: SourceRef, municipality: string | null): SourceRef {
  if (source.parameter !== 'municipalTaxRates' || municipality === null || typeof source.value !== 'object' || Array.isArray(source.value))
    return source;
  const rates = source.value[municipality];
  return rates ? { ...source, value: { [municipality]: rates } } : source;
}
