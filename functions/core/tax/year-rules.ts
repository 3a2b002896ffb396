import { type Scale, scale } from '../brackets.ts';
import { MONTHS_PER_YEAR } from '../earnings.ts';
import { bounded, perObject } from '../memo.ts';
import { type Dec, dec, percentOf, ZERO } from '../money.ts';
import type { ParameterName } from '../parameters.ts';
import { RuleReader } from '../rules.ts';
import type { RuleSet, SourceRef } from '../ruleset.ts';

/**
 * One year's tax rules for a person of one age, read from the rule set once and kept: every figure parsed,
 * every percentage as a fraction, every scale prepared, and every age test already decided. The formulas
 * (deductions.ts, contributions.ts, credit.ts) read these; a chart of 401 points reads the rule set once.
 * Ages are the age reached during the tax year; unknown (null): a person of working age, 18–52, as in the Tax
 * Administration's examples.
 */
export interface YearRules {
  /** TVL 95 §: deducted from wages, at most the wages. */
  costOfEarning: Dec;
  /** TyEL 153 §: the employee's pension contribution as a fraction of wages; zero outside its ages. */
  employeePension: Dec;
  /** Laki 555/1998 18 §: the employee's unemployment insurance contribution as a fraction of wages; zero outside its ages. */
  unemploymentInsurance: Dec;
  /** SVL 18:15, 18:23: on all wages once the year's wages reach the threshold; null outside its ages. */
  dailyAllowance: { rate: Dec; threshold: Dec } | null;
  /** SVL 18:13, 18:23: the rate on all taxable income, the increase on income without the daily allowance contribution. */
  medicalCare: { rate: Dec; increase: Dec; increaseOnAll: boolean };
  /** TVL 105 a § (2023–2024): null once repealed (its maximum is zero). */
  earnedIncomeAllowance: { accrual: Scale; reduction: Scale; maximum: Dec } | null;
  /** TVL 100 §: the full deduction, and its reduction by net earned income as a scale (a rate above the full amount, another above the second threshold). */
  pensionIncome: { full: Dec; reduction: Scale };
  /** TVL 106 §: `ceiling` is the maximum plus the rate times the maximum, so that the reduced deduction is `ceiling − rate × income` (one operation less, exact). */
  basic: { maximum: Dec; rate: Dec; ceiling: Dec };
  /** TVL 124 § and the year's scale act. */
  state: Scale;
  /** TVL 125 §. */
  workIncomeCredit: { rate: Dec; maximum: Dec; reduction: Scale };
  /** Laki 484/2012 2 §: null under its age. */
  yle: { rate: Dec; threshold: Dec; maximum: Dec } | null;
  /** TVL 124 § 4 mom. */
  pensionAdditional: { rate: Dec; threshold: Dec };
  /** The tax card's percentage step. */
  taxCardStep: Dec;
  /** Every rule value read. */
  sources: SourceRef[];
}

const ONE = dec('1');
const fraction = (percent: Dec) => percentOf(percent, ONE);

function read(ruleSet: RuleSet, year: number, age: number | null): YearRules {
  const rules = new RuleReader(ruleSet, `${year}-01-01`);
  const number = (name: ParameterName) => rules.number(name);
  const rate = (name: ParameterName) => fraction(rules.number(name));
  /** Whether `age` lies within the ages the two parameters give (inclusive); an unknown age does. */
  const inAges = (minimum: ParameterName, maximum: ParameterName) =>
    age === null || (number(minimum).toNumber() <= age && age <= number(maximum).toNumber());

  const pensionAges = inAges('employeePensionContributionMinimumAge', 'employeePensionContributionMaximumAge');
  // The higher rate of ages 53–62 (until 2025) needs a known age: an unknown one is taken as 18–52.
  const higher = age !== null && inAges('employeePensionHigherRateMinimumAge', 'employeePensionHigherRateMaximumAge');
  const pensionRate = rate(higher ? 'employeePensionContributionHigherPercent' : 'employeePensionContributionPercent');
  const unemploymentAges = inAges('employeeUnemploymentInsuranceMinimumAge', 'employeeUnemploymentInsuranceMaximumAge');
  const unemploymentRate = rate('employeeUnemploymentInsurancePercent');
  const dailyAges = inAges('dailyAllowanceContributionMinimumAge', 'dailyAllowanceContributionMaximumAge');
  const medicalRate = rate('medicalCareContributionPercent');
  const allowanceMaximum = number('earnedIncomeAllowanceMaximum');
  // "Turned 65 before the beginning of the tax year": at least 66 by its end.
  const older = age !== null && age > number('workIncomeCreditOlderAge').toNumber();
  const creditMaximum = number('workIncomeCreditMaximum');
  const yleAge = age === null || age >= number('yleTaxMinimumAge').toNumber();

  return {
    costOfEarning: number('earnedIncomeCostDeduction'),
    employeePension: pensionAges ? pensionRate : ZERO,
    unemploymentInsurance: unemploymentAges ? unemploymentRate : ZERO,
    dailyAllowance: dailyAges
      ? { rate: rate('dailyAllowanceContributionPercent'), threshold: number('dailyAllowanceContributionThreshold') }
      : null,
    medicalCare: {
      rate: medicalRate,
      increase: rate('medicalCareContributionOtherIncomePercent').minus(medicalRate),
      increaseOnAll: !dailyAges,
    },
    earnedIncomeAllowance: allowanceMaximum.isZero()
      ? null
      : {
          accrual: scale(rules.brackets('earnedIncomeAllowanceAccrual')),
          reduction: scale(rules.brackets('earnedIncomeAllowanceReduction')),
          maximum: allowanceMaximum,
        },
    pensionIncome: pensionIncomeRules(rules),
    basic: basicRules(number('basicDeductionMaximum'), rate('basicDeductionReductionPercent')),
    state: scale(rules.brackets('stateIncomeTaxScale')),
    workIncomeCredit: {
      rate: rate('workIncomeCreditPercent'),
      maximum: older ? creditMaximum.plus(number('workIncomeCreditOlderIncrease')) : creditMaximum,
      reduction: scale(rules.brackets('workIncomeCreditReduction')),
    },
    yle: yleAge ? { rate: rate('yleTaxPercent'), threshold: number('yleTaxThreshold'), maximum: number('yleTaxMaximum') } : null,
    pensionAdditional: { rate: rate('pensionAdditionalTaxPercent'), threshold: number('pensionAdditionalTaxThreshold') },
    taxCardStep: number('taxCardPercentStep'),
    sources: rules.sources(),
  };
}

function basicRules(maximum: Dec, rate: Dec): YearRules['basic'] {
  return { maximum, rate, ceiling: maximum.plus(maximum.mul(rate)) };
}

/**
 * TVL 100 §: the deduction is reduced by the first rate on net earned income above the full deduction (up to the
 * second threshold) and by the second rate above the second threshold: a bracket scale, prepared like the tax's.
 */
function pensionIncomeRules(rules: RuleReader): YearRules['pensionIncome'] {
  const full = fullPensionIncomeDeduction(rules);
  const first = { over: full.toString(), percent: rules.number('pensionIncomeDeductionReductionPercent').toString() };
  const second = rules.number('pensionIncomeDeductionSecondThreshold');
  const secondBracket = { over: second.toString(), percent: rules.number('pensionIncomeDeductionSecondPercent').toString() };
  // A second threshold at or below the full deduction leaves only the second rate (the first band is empty).
  return { full, reduction: scale(second.gt(full) ? [first, secondBracket] : [secondBracket]) };
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

/** Each rule set's year rules, by year and age (a bounded number per rule set: the rule sets never change). */
const cache = perObject((_ruleSet: RuleSet) => bounded<YearRules>(256));

/** The year's tax rules for a person of `age` (null: unknown), read once per rule set, year and age. */
export function yearRules(ruleSet: RuleSet, year: number, age: number | null): YearRules {
  return cache(ruleSet)(`${year}|${age ?? ''}`, () => read(ruleSet, year, age));
}
