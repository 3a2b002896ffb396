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
 * in this scenario for a reason other than a rest (conditions not met, amount under the minimum payable) ·
 * ended: no longer paid at all: a fixed-term benefit after its end date, a pension after two years of rest, a
 * sickness allowance after its maximum days.
 */
export const STATUSES = ['continues', 'mayBecomePartial', 'suspended', 'reduced', 'notPayable', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** Every explanation code the engine can emit. The web app words each one in fi / sv / en. */
export const EXPLANATION_CODES = [
  // rule set and case
  'beyondVerifiedDate',
  'unofficialFigures',
  'sicknessAllowanceWithDisabilityPension',
  // earnings and totals
  'earningsFromHours',
  'earningsGiven',
  'netEstimate',
  'netNotComputed',
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
  // disability allowance
  'disabilityAllowanceOnlyDuringRest',
  'disabilityAllowanceDuringRest',
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

interface Totals {
  grossIncome: string;
  /** Net estimate; null when a withholding percentage it needs was not given. */
  netIncome: string | null;
  changeFromFirst: string;
  netChangeFromFirst: string | null;
}

export interface ScenarioResult {
  id: string;
  label?: string;
  hoursPerWeek: string | null;
  hourlyWage: string | null;
  monthlyEarnings: string;
  benefits: BenefitOutcome[];
  totals: Totals;
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

export interface SweepResult {
  ruleSet: RuleSetStamp;
  date: string;
  hourlyWage: string;
  limits: SweepLimit[];
  points: SweepPoint[];
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
