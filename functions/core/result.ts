import type { ParameterName } from './parameters.ts';
import type { SourceRef } from './ruleset.ts';

/** What the engine returns. Money is always a string with two decimals. */

export const BENEFITS = [
  'earningsRelatedPension',
  'kelaPension',
  'guaranteePension',
  'disabilityAllowance',
  'sicknessAllowance',
  'partialSicknessAllowance',
] as const;
export type Benefit = (typeof BENEFITS)[number];

/**
 * continues: paid as without work · mayBecomePartial: the pension provider may convert a full pension to a
 * partial one (half) · suspended: left to rest, nothing paid · reduced: paid, but less · notPayable: not paid
 * replaced: another benefit is paid instead (the highest disability allowance instead of the pensioners' care
 * allowance while a Kela pension rests, 738/2009 § 8) · notPayable: not paid
 * in this scenario for a reason other than a rest (conditions not met, amount under the minimum payable) ·
 * ended: no longer paid at all: a fixed-term benefit after its end date, a pension after two years of rest, a
 * sickness allowance after its maximum days.
 */
export const STATUSES = ['continues', 'mayBecomePartial', 'suspended', 'reduced', 'replaced', 'notPayable', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** Every explanation code the engine can emit. The web app words each one in fi / sv / en. */
export const EXPLANATION_CODES = [
  // rule set and case
  'beyondVerifiedDate',
  'unofficialFigures',
  'sicknessAllowanceWithDisabilityPension',
  'sicknessAllowanceWithPartialPension',
  // earnings and totals
  'earningsFromHours',
  'earningsGiven',
  'netEstimate',
  'netNotComputed',
  // the tax estimate from the tax rules (monthly-tax.ts)
  'taxEstimate',
  'taxEstimateOverridden',
  'taxNotEstimatedNoMunicipality',
  'taxNotEstimatedNoMunicipalRates',
  'taxNotEstimatedAland',
  // is the extra hour worth it (extra-hours.ts)
  'extraHourPaysLittle',
  'extraHourPaysNothing',
  'netFallsWithMoreHours',
  'moreHoursPayLittle',
  // earnings-related pension
  'limitFromDecision',
  'limitFromStabilisedEarnings',
  'limitIsEuroMinimum',
  'limitUnknownUsingMinimum',
  'suspensionLimitAssumedMinimum',
  'withinLimit',
  'overFullPensionLimit',
  'overSuspensionLimit',
  'restartWithoutNewAssessment',
  'shortExceedanceMayBeTolerated',
  'fullPensionPaidUntilReview',
  'newPensionAccrues',
  // a fixed-term benefit (earnings-related or Kela)
  'fixedTermEndsOn',
  'fixedTermEndsThisMonth',
  'fixedTermEnded',
  // Kela pension and guarantee pension
  'kelaAmountFromDecision',
  'kelaAmountComputed',
  'kelaBelowMinimumPayable',
  'kelaOverOtherPensionsLimit',
  'kelaNotWithPartialPension',
  'kelaLimitIsEuroMinimum',
  'kelaWithinLimit',
  'kelaOverLimit',
  'kelaShortExceedanceMayBeTolerated',
  'kelaExemptFromEarningsTest',
  'guaranteeEarningsTestWhileKelaExempt',
  'guaranteeAmountFromDecision',
  'guaranteeAmountComputed',
  'guaranteeBelowMinimumPayable',
  'guaranteeNotWithPartialPension',
  'kelaRevisedAfterEarningsRelatedEnded',
  'guaranteeRevisedAfterEarningsRelatedEnded',
  'kelaDecisionAfterEarningsRelatedEnded',
  'guaranteeDecisionAfterEarningsRelatedEnded',
  // disability allowance
  'disabilityAllowanceOnlyDuringRest',
  'disabilityAllowanceDuringRest',
  'disabilityAllowanceInsteadOfCare',
  'careAllowanceWithinLimit',
  'careAllowanceLevelUnknown',
  // sickness allowance
  'sicknessDailyFromDecision',
  'sicknessDailyEstimated',
  'sicknessDailyMinimum',
  'sicknessDailyEstimatedWithEntrepreneurIncome',
  'sicknessFormulaOfEntitlementYear',
  'sicknessEntitlementAssumedThisMonth',
  'sicknessNoEarningsBasedAllowance',
  'sicknessPaidForWeekdays',
  'sicknessNotPaidForWorkDays',
  'assumedWorkDaysPerWeek',
  'regularWorkEndsSicknessAllowance',
  'partialSicknessAllowanceApplies',
  'partialSicknessOutsideBand',
  'partialSicknessNeedsFullTimeJob',
  'partialSicknessNeedsHours',
  'partialSicknessSectorFullTime',
  'sicknessDaysCounted',
  'partialSicknessDaysCounted',
  'sicknessMaximumReached',
  'partialSicknessMaximumReached',
  // over time (POST /v1/timelines): the months in a row, rests, restarts, ends, the days counted
  'exceedanceTolerated',
  'restMonth',
  'restEndedPension',
  'paymentResumes',
  'mayBecomePartialOverTime',
  'kelaRestsWithEarningsRelated',
  'kelaPaidWhileEarningsRelatedRests',
  'sicknessWaitingPeriod',
  'sicknessDaysUsedEstimated',
  'sicknessCountedFromPlanStart',
  'holidayBonusSpread',
  'holidayBonusOverLimit',
  'annualBonusNotCounted',
  // over time: the year's net
  'yearNetEstimate',
  'yearNetFromWithholding',
  'yearNetNeedsMunicipality',
  'yearNetNoTaxRules',
  'yearNetNotForAland',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

export type ParamValue = string | number | boolean;

export interface Explanation {
  code: ExplanationCode;
  severity: 'info' | 'warning';
  params: Record<string, ParamValue>;
}

export interface BenefitOutcome {
  benefit: Benefit;
  status: Status;
  monthlyAmount: string;
  monthlyAmountWithoutWork: string;
  /** Monthly gross earnings up to which the benefit is paid as without work; null where no euro limit applies. */
  earningsLimit: string | null;
  /** For a full earnings-related pension: the higher limit above which the pension is left to rest. */
  suspensionLimit: string | null;
  /** earningsLimit − earnings; negative when over the limit. */
  headroom: string | null;
  /** The most hours a week at this scenario's wage that keep earnings within earningsLimit (0.1 h, rounded down). */
  maxHoursPerWeek: string | null;
  explanations: Explanation[];
  /** The rule parameters behind this outcome; their values and sources are in the result's `sources`. */
  sources: ParameterName[];
}

/**
 * How a net figure was obtained. taxRules: estimated from the tax rules (the scenario's `tax` block) ·
 * withholdingPercentages: from the withholding percentages typed in `tax`, which override the estimate.
 */
export const NET_METHODS = ['taxRules', 'withholdingPercentages'] as const;
export type NetMethod = (typeof NET_METHODS)[number];

interface Totals {
  grossIncome: string;
  /** Money in the pocket a month; null when it cannot be computed (the explanations say what to give). */
  netIncome: string | null;
  /** How netIncome was obtained; null when it is null. */
  netMethod: NetMethod | null;
  changeFromFirst: string;
  netChangeFromFirst: string | null;
}

/**
 * The income tax and contributions of one scenario, estimated from the tax rules on twelve times the month's
 * income (the Tax Administration's yearly figures), and the month's share of them. Annual amounts are euros a
 * year; monthly ones euros a month. Money is a string with two decimals, percentages a decimal string.
 */
export interface ScenarioTax {
  year: number;
  /** The municipality as the Tax Administration's table names it. */
  municipality: string;
  /** The rates used, in percent: the municipality's, and the parish's ("0" for a person outside the church). */
  rates: { municipal: string; church: string };
  /** Twelve times the month's taxable income, by kind. */
  annualIncome: { wages: string; earningsRelatedPension: string; kelaPension: string; benefits: string; total: string };
  /** The deductions made before the taxes, in the order the law makes them. */
  annualDeductions: {
    costOfEarning: string;
    employeeContributions: string;
    dailyAllowanceContribution: string;
    earnedIncomeAllowance: string;
    pensionIncome: string;
    basic: string;
  };
  /** The income the state, municipal and church taxes and the medical care contribution fall on. */
  annualTaxableIncome: string;
  /**
   * Each tax before the work income credit; `workIncomeCredit` is the part of the credit taken off them (what
   * they could absorb); `total` is the year's tax as the Tax Administration counts it: state + municipal +
   * church + medical care − credit + daily allowance contribution + YLE tax + additional pension tax.
   */
  annualTaxes: {
    state: string;
    municipal: string;
    church: string;
    medicalCare: string;
    dailyAllowance: string;
    yle: string;
    pensionAdditional: string;
    workIncomeCredit: string;
    total: string;
  };
  /** Withheld from wages besides the tax, not part of it: the employee pension and unemployment insurance contributions. */
  annualEmployeeContributions: { pension: string; unemploymentInsurance: string; total: string };
  /** The year's tax as a share of the year's taxable income, percent, two decimals. */
  taxPercent: string;
  /** The same share rounded up to the tax card's step. */
  taxCardPercent: string;
  /** The month's share of the tax and of the contributions (a twelfth, to the cent). */
  monthlyTax: string;
  monthlyEmployeeContributions: string;
  /** The month's tax-free income (the disability allowance), added to net as it is. */
  monthlyTaxFree: string;
  /** The month's gross income less monthlyTax and monthlyEmployeeContributions. */
  monthlyNet: string;
  /** monthlyNet less the first scenario's. */
  netChangeFromFirst: string;
  /** The rule parameters behind the estimate; their values and sources are in the result's `sources`. */
  sources: ParameterName[];
}

/** "Is the extra hour worth it": the same scenario with one more hour of work a week. */
export interface ExtraHour {
  /** The hours a week compared with the scenario's: one more. */
  hoursPerWeek: string;
  /** How much more is earned a month (the month's pay of one more hour a week: 52 ÷ 12 hours). */
  earningsChange: string;
  /** The change of gross income a month, benefits included (a benefit may fall). */
  grossIncomeChange: string;
  /** The change of money in the pocket a month; null when there is no net figure. */
  netIncomeChange: string | null;
  /** netIncomeChange per hour worked (over the 52 ÷ 12 hours a month the extra hour a week adds). */
  netPerHour: string | null;
  /** netIncomeChange as a share of earningsChange, percent, one decimal; negative when net falls. */
  keptPercent: string | null;
}

export interface ScenarioResult {
  id: string;
  label?: string;
  hoursPerWeek: string | null;
  hourlyWage: string | null;
  monthlyEarnings: string;
  benefits: BenefitOutcome[];
  totals: Totals;
  /** The estimate from the tax rules; null when it cannot be made (the explanations say why). */
  tax: ScenarioTax | null;
  /** One more hour a week; null for a scenario given as monthly earnings. */
  extraHour: ExtraHour | null;
  explanations: Explanation[];
}

export interface RuleSetStamp {
  version: string;
  label: string;
  verifiedUntil: string;
  warnings: Explanation[];
}

export interface CalculationResult {
  ruleSet: RuleSetStamp;
  date: string;
  scenarios: ScenarioResult[];
  /** Every rule value used, once, by parameter name: its value, status, source and legal reference. */
  sources: Partial<Record<ParameterName, SourceRef>>;
}

interface SweepPoint {
  hoursPerWeek: string;
  monthlyEarnings: string;
  benefits: { benefit: Benefit; status: Status; monthlyAmount: string }[];
  grossIncome: string;
  netIncome: string | null;
}

export interface SweepLimit {
  benefit: Benefit;
  kind: 'earningsLimit' | 'suspensionLimit';
  monthlyEarnings: string;
  maxHoursPerWeek: string;
}

/** A stretch of the hours range between two points of the sweep. */
export interface HoursRange {
  fromHours: string;
  toHours: string;
  /** Net income a month at fromHours and at toHours. */
  netIncomeFrom: string;
  netIncomeTo: string;
  /** Monthly gross earnings at fromHours and at toHours. */
  earningsFrom: string;
  earningsTo: string;
}

export interface SweepResult {
  ruleSet: RuleSetStamp;
  date: string;
  hourlyWage: string;
  limits: SweepLimit[];
  /** How the points' netIncome was obtained; null when there is none. */
  netMethod: NetMethod | null;
  points: SweepPoint[];
  /** Where net income falls as the hours rise: each a run of consecutive points, each lower than the one before. */
  netFalls: HoursRange[];
  /** Where net income rises by less than the share LITTLE_GAIN_PERCENT of the extra pay (extra-hours.ts), falls apart. */
  littleGains: HoursRange[];
  /** In words: where working more pays little or nothing, or why there is no net figure. */
  explanations: Explanation[];
}

// ── over time: POST /v1/timelines ────────────────────────────────────────────────────────────────────

export interface TimelineMonth {
  /** YYYY-MM */
  month: string;
  hoursPerWeek: string | null;
  hourlyWage: string | null;
  /** The month's regular pay, before tax. */
  monthlyEarnings: string;
  holidayBonus: string;
  annualBonus: string;
  /**
   * The regular pay plus a twelfth of the calendar year's holiday bonuses: the year's work income as the pension
   * providers spread it (a once-a-year bonus is not counted). The limits test the regular pay; a month over a limit
   * only with this share gets a warning (Keva: as a rule no rest for the holiday bonus alone).
   */
  countedEarnings: string;
  /** Each benefit's status and amount in this month, over time: after the months in a row, rests, restarts and ends. */
  benefits: BenefitOutcome[];
  /** Pay, bonuses and benefits of the month, before tax. */
  grossIncome: string;
  /** After tax: the month's share of its year's tax, or the withholding given; null with the year's reason. */
  netIncome: string | null;
  explanations: Explanation[];
}

interface TimelineYearNet {
  /** taxEstimate: the tax engine on the year's income in the plan · withholding: the percentages given. */
  method: 'taxEstimate' | 'withholding';
  /** Everything taken off the gross: grossIncome − netIncome. */
  deductions: string;
  /** Of it, the income tax with the contributions collected with it (health insurance, YLE tax), less credits; null for withholding. */
  tax: string | null;
  /** Of it, the employee's pension and unemployment insurance contributions withheld from pay; null for withholding. */
  employeeContributions: string | null;
}

export interface TimelineYear {
  year: number;
  /** How many months of the year the plan covers. */
  months: number;
  /** Pay and bonuses. */
  earnings: string;
  benefits: { benefit: Benefit; amount: string }[];
  grossIncome: string;
  netIncome: string | null;
  /** How the net was found; null when it was not (the explanations say why). */
  net: TimelineYearNet | null;
  explanations: Explanation[];
}

export interface TimelineResult {
  ruleSet: RuleSetStamp;
  /** The plan's first month, YYYY-MM. */
  start: string;
  months: TimelineMonth[];
  /** One per calendar year the plan touches. */
  years: TimelineYear[];
  totals: { grossIncome: string; netIncome: string | null };
  /** Every rule value used, once per parameter and date it took effect (a plan over a change of year uses both years' values). */
  sources: SourceRef[];
}
