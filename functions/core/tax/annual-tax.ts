import { positive } from '../brackets.ts';
import { cents, type Dec, dec, percentOf, ZERO } from '../money.ts';
import { RuleReader } from '../rules.ts';
import { entryAt, type RuleSet, type SourceRef } from '../ruleset.ts';
import {
  dailyAllowanceContribution,
  employeePensionContribution,
  medicalCareContribution,
  pensionAdditionalTax,
  unemploymentInsuranceContribution,
  yleTax,
} from './contributions.ts';
import { allocateCredit, type CreditAllocation, creditUsed, workIncomeCredit } from './credit.ts';
import { basicDeduction, costOfEarningDeduction, earnedIncomeAllowance, pensionIncomeDeduction } from './deductions.ts';
import { TaxRulesUnavailableError } from './errors.ts';
import { type Church, churchRate, municipalityRates, municipalRate } from './municipality.ts';
import { type YearRules, yearRules } from './year-rules.ts';

/**
 * The year's income tax and contributions of a person living in mainland Finland on earned income, as the Tax
 * Administration computes them (tuloverolaki 1535/1992, sairausvakuutuslaki 1224/2004, laki 484/2012). Since
 * 2023 the state, municipal and church taxes and the medical care contribution fall on one taxable income.
 *
 * Out of scope, and refused or left out rather than guessed: capital income, non-residents, Åland, deductions
 * a person must claim (travel, union fees, household credit), the credit's child increase, and part-year
 * residence. Ages are applied by the age reached during the year: a contribution that starts or ends at a
 * birthday is taken for the whole year when that age is inside its band.
 */

export interface AnnualIncome {
  /** Gross wages of the year (before tax and contributions). */
  wages: Dec;
  /** Earnings-related (työeläke) pensions, disability pension and rehabilitation subsidy included. */
  earningsRelatedPension: Dec;
  /** Kela's national pension and guarantee pension. */
  kelaPension: Dec;
  /** Taxable benefits that are not pensions, e.g. the sickness allowance. */
  benefits: Dec;
}

/**
 * Where the person lives on 1 January, and their church: the municipality as the Tax Administration writes it
 * (any case, with or without accents), looked up in the year's rate table; or the two rates in percent, for a
 * year whose table is not in the rules or when the caller knows them.
 */
type Residence = { municipality: string; church: Church } | { municipalPercent: string; churchPercent: string };

export interface TaxInput {
  year: number;
  income: AnnualIncome;
  residence: Residence;
  /** Unknown: the contributions of a person of working age (18–52) are applied, as in the Tax Administration's examples. */
  birthYear?: number;
}

export interface TaxResult {
  year: number;
  /** The age reached during the year; null when the birth year was not given. */
  age: number | null;
  /** The municipality as the rate table names it; null when the rates were given. */
  municipality: string | null;
  /** The rates used, in percent, and the day the table they come from took effect (null when given). */
  rates: { municipal: string; church: string; tableFrom: string | null };
  gross: Dec;
  deductions: {
    costOfEarning: Dec;
    employeePension: Dec;
    unemploymentInsurance: Dec;
    dailyAllowance: Dec;
    earnedIncomeAllowance: Dec;
    pensionIncome: Dec;
    basic: Dec;
  };
  /** Puhdas ansiotulo: earned income less the cost of earning it. */
  netEarnedIncome: Dec;
  /** Verotettava ansiotulo: the one taxable income of the state and municipal taxes. */
  taxableIncome: Dec;
  /** Each tax before the work income credit. */
  taxes: {
    state: Dec;
    municipal: Dec;
    church: Dec;
    medicalCare: Dec;
    dailyAllowance: Dec;
    yle: Dec;
    pensionAdditional: Dec;
  };
  credit: { workIncome: Dec; applied: CreditAllocation };
  /** Withheld from wages besides the tax. */
  employeeContributions: { pension: Dec; unemploymentInsurance: Dec };
  /** What the Tax Administration counts as the year's tax: taxes less the credit, with YLE tax and the daily allowance contribution. */
  totalTax: Dec;
  /** The total tax as a share of gross income, in percent, to two decimals. */
  taxPercent: Dec;
  /** The same share rounded up as on a tax card. */
  taxCardPercent: Dec;
  /** Gross income less the total tax and the employee contributions. */
  net: Dec;
  /** Every rule value used. */
  sources: SourceRef[];
}

/** The first day the rule set has the parameter, or null. */
function availableFrom(ruleSet: RuleSet, name: string): string | null {
  return ruleSet.parameters[name]?.values[0]?.from ?? null;
}

/** Throws TaxRulesUnavailableError when the year's tax rules are not in the rule set. */
function requireRules(ruleSet: RuleSet, year: number, date: string): void {
  const taxFrom = availableFrom(ruleSet, 'stateIncomeTaxScale');
  if (taxFrom === null || date < taxFrom) throw new TaxRulesUnavailableError(year, 'taxRules', taxFrom ?? '');
}

/** The municipal and church rates: from the year's table, or as given; with the table's source when read from it. */
function ratesOf(
  ruleSet: RuleSet,
  year: number,
  date: string,
  residence: Residence,
): TaxResult['rates'] & { name: string | null; sources: SourceRef[] } {
  if ('municipalPercent' in residence) {
    return { name: null, municipal: residence.municipalPercent, church: residence.churchPercent, tableFrom: null, sources: [] };
  }
  const parameter = ruleSet.parameters.municipalTaxRates;
  if (!parameter || !entryAt(parameter, date)) {
    throw new TaxRulesUnavailableError(year, 'municipalRates', availableFrom(ruleSet, 'municipalTaxRates') ?? '');
  }
  const rules = new RuleReader(ruleSet, date);
  const { table, from } = rules.table('municipalTaxRates');
  const place = municipalityRates(table, rules.list('alandMunicipalities'), residence.municipality);
  return {
    name: place.name,
    municipal: municipalRate(place.rates),
    church: churchRate(place.rates, residence.church),
    tableFrom: from,
    sources: rules.sources(),
  };
}

const PERCENT = /^\d{1,2}(\.\d{1,2})?$/;

function checkPerson(input: Omit<TaxInput, 'income'>): void {
  if (!Number.isInteger(input.year)) throw new RangeError(`year must be a whole year, got ${input.year}`);
  if (
    'municipalPercent' in input.residence &&
    !(PERCENT.test(input.residence.municipalPercent) && PERCENT.test(input.residence.churchPercent))
  ) {
    throw new RangeError('municipalPercent and churchPercent must be percentages such as "7.50"');
  }
  if (input.birthYear !== undefined && (!Number.isInteger(input.birthYear) || input.birthYear > input.year)) {
    throw new RangeError(`birthYear must be a whole year not after ${input.year}`);
  }
}

const INCOME_KINDS = ['wages', 'earningsRelatedPension', 'kelaPension', 'benefits'] as const;

function checkIncome(income: AnnualIncome): void {
  for (const name of INCOME_KINDS) {
    const amount = income[name];
    if (!amount.isFinite() || amount.isNegative()) throw new RangeError(`income.${name} must be a non-negative amount`);
  }
}

const ONE = dec('1');

/** a + b, skipping a zero (most of a person's taxes and contributions are zero; a chart adds them 401 times). */
function add(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** The tax of one person in one year, for any income: see `prepareAnnualTax`. */
export interface AnnualTaxOf {
  (income: AnnualIncome): TaxResult;
  /**
   * What is withheld over the year: the total tax plus the employee pension and unemployment contributions, the
   * same figures as the full result's (one computation), for a chart that needs only the net.
   */
  withheld(income: AnnualIncome): Dec;
  /** Every rule value the tax of this person and year reads (the same list in every result). */
  readonly sources: SourceRef[];
}

/** The year's figures that every reading of the tax needs: the full result is built around them. */
interface Computed {
  gross: Dec;
  pensions: Dec;
  costOfEarning: Dec;
  netEarnedIncome: Dec;
  employeePension: Dec;
  unemploymentInsurance: Dec;
  dailyAllowance: Dec;
  allowance: Dec;
  pensionIncome: Dec;
  basic: Dec;
  taxableIncome: Dec;
  taxes: TaxResult['taxes'];
  workIncome: Dec;
  totalTax: Dec;
}

/** The year's tax of one income under prepared rules and rates (see `prepareAnnualTax`). */
function compute(rules: YearRules, municipalRate: Dec, churchRate: Dec, income: AnnualIncome): Computed {
  checkIncome(income);
  const { wages, earningsRelatedPension, kelaPension, benefits } = income;
  const pensions = add(earningsRelatedPension, kelaPension);
  const gross = add(add(wages, pensions), benefits);

  // Puhdas ansiotulo: earned income less the cost of earning it (TVL 95 §).
  const costOfEarning = costOfEarningDeduction(rules, wages);
  const netEarnedIncome = costOfEarning.isZero() ? gross : gross.minus(costOfEarning);
  // Compulsory contributions, deducted from net earned income (TVL 96 §).
  const employeePension = employeePensionContribution(rules, wages);
  const unemploymentInsurance = unemploymentInsuranceContribution(rules, wages);
  const dailyAllowance = dailyAllowanceContribution(rules, wages);
  // Deductions made in state and municipal taxation alike (TVL 105 a §, 100 §), then the basic deduction last (106 §).
  const allowance = earnedIncomeAllowance(rules, wages, netEarnedIncome);
  const pensionIncome = pensionIncomeDeduction(rules, pensions, netEarnedIncome);
  const deducted = add(add(add(employeePension, unemploymentInsurance), add(dailyAllowance, allowance)), pensionIncome);
  const beforeBasic = positive(deducted.isZero() ? netEarnedIncome : netEarnedIncome.minus(deducted));
  const basic = basicDeduction(rules, beforeBasic);
  const taxableIncome = positive(basic.isZero() ? beforeBasic : beforeBasic.minus(basic));

  // The taxes on taxable income: the state scale (TVL 124 § and the year's scale act), the municipal and church
  // rates of the Tax Administration's decision, the medical care contribution (SVL 18:13).
  const taxes = {
    state: cents(rules.state(taxableIncome)),
    municipal: cents(taxableIncome.mul(municipalRate)),
    church: churchRate.isZero() ? ZERO : cents(taxableIncome.mul(churchRate)),
    medicalCare: medicalCareContribution(rules, taxableIncome, wages),
    dailyAllowance,
    yle: yleTax(rules, netEarnedIncome),
    pensionAdditional: pensionAdditionalTax(rules, pensions, pensionIncome),
  };
  const workIncome = workIncomeCredit(rules, wages, netEarnedIncome);
  const used = creditUsed(workIncome, taxes);
  const onIncome = add(add(add(taxes.state, taxes.municipal), add(taxes.church, taxes.medicalCare)), taxes.pensionAdditional);
  const total = add(add(onIncome, taxes.dailyAllowance), taxes.yle);
  const totalTax = used.isZero() ? total : total.minus(used);
  return {
    gross,
    pensions,
    costOfEarning,
    netEarnedIncome,
    employeePension,
    unemploymentInsurance,
    dailyAllowance,
    allowance,
    pensionIncome,
    basic,
    taxableIncome,
    taxes,
    workIncome,
    totalTax,
  };
}

/**
 * Everything about the person and the year that does not depend on the income, resolved once: the year's rules
 * (year-rules.ts), the municipality's rates. The function it returns computes the tax of any income, as
 * `annualTax` does, without reading the rule set again: what a chart of many points or a timeline of many
 * months of the same person needs. Throws as `annualTax` does (unknown municipality, Åland, no rules).
 */
export function prepareAnnualTax(ruleSet: RuleSet, person: Omit<TaxInput, 'income'>): AnnualTaxOf {
  checkPerson(person);
  const { year } = person;
  const date = `${year}-01-01`;
  requireRules(ruleSet, year, date);
  const age = person.birthYear === undefined ? null : year - person.birthYear;
  const rules = yearRules(ruleSet, year, age);
  const { name, sources: rateSources, ...rates } = ratesOf(ruleSet, year, date, person.residence);
  const municipalRate = percentOf(dec(rates.municipal), ONE);
  const churchRate = percentOf(dec(rates.church), ONE);
  const sources = [...rules.sources, ...rateSources];

  const taxOf = (income: AnnualIncome): TaxResult => {
    const c = compute(rules, municipalRate, churchRate, income);
    const { gross, totalTax, employeePension, unemploymentInsurance } = c;
    // The total tax as a share of gross income: read only where shown, so computed on demand (once).
    let computedShare: Dec | undefined;
    const share = () => {
      computedShare ??= gross.isZero() ? ZERO : totalTax.div(gross).mul(100);
      return computedShare;
    };

    return {
      year,
      age,
      municipality: name,
      rates,
      gross,
      deductions: {
        costOfEarning: c.costOfEarning,
        employeePension,
        unemploymentInsurance,
        dailyAllowance: c.dailyAllowance,
        earnedIncomeAllowance: c.allowance,
        pensionIncome: c.pensionIncome,
        basic: c.basic,
      },
      netEarnedIncome: c.netEarnedIncome,
      taxableIncome: c.taxableIncome,
      taxes: c.taxes,
      credit: { workIncome: c.workIncome, applied: allocateCredit(c.workIncome, c.taxes) },
      employeeContributions: { pension: employeePension, unemploymentInsurance },
      totalTax,
      get taxPercent() {
        return cents(share());
      },
      get taxCardPercent() {
        return share().div(rules.taxCardStep).ceil().mul(rules.taxCardStep);
      },
      net: gross.minus(add(add(totalTax, employeePension), unemploymentInsurance)),
      sources,
    };
  };
  const withheld = (income: AnnualIncome): Dec => {
    const c = compute(rules, municipalRate, churchRate, income);
    return add(add(c.totalTax, c.employeePension), c.unemploymentInsurance);
  };
  return Object.assign(taxOf, { withheld, sources });
}

export function annualTax(ruleSet: RuleSet, input: TaxInput): TaxResult {
  const { income, ...person } = input;
  return prepareAnnualTax(ruleSet, person)(income);
}
