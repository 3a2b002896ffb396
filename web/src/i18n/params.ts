import type { ExplanationCode } from '#core/result.ts';

/**
 * The parameters the engine sends with each explanation code, and what kind of figure each one is, so
 * that it can be shown in the locale's format. A test runs the engine and checks this list against what it
 * really sends; the catalogs can only use the parameters listed here (a type error otherwise).
 * A kind ending in "?" is sent only sometimes.
 */
export type ParamKind =
  | 'money'
  | 'hours'
  | 'percent'
  | 'count'
  | 'bool'
  | 'date'
  | 'month'
  | 'year'
  | 'pensionType'
  | 'parameterList'
  | 'fieldList';

export const EXPLANATION_PARAMS = {
  beyondVerifiedDate: { date: 'date', verifiedUntil: 'date' },
  unofficialFigures: { parameters: 'parameterList' },
  sicknessAllowanceWithDisabilityPension: {},
  sicknessAllowanceWithPartialPension: {},
  earningsFromHours: { hoursPerWeek: 'hours', hourlyWage: 'money', monthlyEarnings: 'money' },
  earningsGiven: { monthlyEarnings: 'money' },
  netEstimate: {
    wageWithholdingPercent: 'percent',
    pensionContributionPercent: 'percent',
    unemploymentInsurancePercent: 'percent',
    benefitWithholdingPercent: 'percent',
    netWage: 'money',
    netBenefits: 'money',
  },
  netNotComputed: { missing: 'fieldList' },
  taxEstimate: {
    year: 'year',
    annualIncome: 'money',
    annualTax: 'money',
    taxPercent: 'percent',
    annualContributions: 'money?',
    municipalPercent: 'percent',
    churchPercent: 'percent',
    churchMember: 'bool',
    ageGiven: 'bool',
    monthlyNet: 'money',
    monthlyTaxFree: 'money?',
  },
  taxEstimateOverridden: { estimatedMonthlyNet: 'money' },
  taxNotEstimatedNoMunicipality: {},
  taxNotEstimatedNoMunicipalRates: { year: 'year' },
  taxNotEstimatedAland: {},
  extraHourPaysLittle: {
    hoursPerWeek: 'hours',
    nextHoursPerWeek: 'hours',
    earningsChange: 'money',
    netChange: 'money',
    keptPercent: 'percent',
  },
  extraHourPaysNothing: { hoursPerWeek: 'hours', nextHoursPerWeek: 'hours', earningsChange: 'money', netChange: 'money' },
  netFallsWithMoreHours: { fromHours: 'hours', toHours: 'hours', netLoss: 'money' },
  moreHoursPayLittle: { fromHours: 'hours', toHours: 'hours', keptPercent: 'percent' },
  limitFromDecision: { limit: 'money' },
  limitFromStabilisedEarnings: { stabilisedEarnings: 'money', percent: 'percent', limit: 'money' },
  limitIsEuroMinimum: { minimum: 'money', personal: 'money' },
  limitUnknownUsingMinimum: { minimum: 'money' },
  suspensionLimitAssumedMinimum: { minimum: 'money' },
  withinLimit: { earnings: 'money', limit: 'money', suspensionLimit: 'money', fixedTerm: 'bool', type: 'pensionType' },
  overFullPensionLimit: {
    earnings: 'money',
    limit: 'money',
    suspensionLimit: 'money',
    fixedTerm: 'bool',
    type: 'pensionType',
    sharePercent: 'percent',
  },
  overSuspensionLimit: {
    earnings: 'money',
    limit: 'money',
    suspensionLimit: 'money',
    fixedTerm: 'bool',
    type: 'pensionType',
    restMinimumMonths: 'count',
    restMaximumMonths: 'count',
  },
  restartWithoutNewAssessment: {},
  shortExceedanceMayBeTolerated: { restMinimumMonths: 'count' },
  fullPensionPaidUntilReview: { sharePercent: 'percent' },
  newPensionAccrues: { percent: 'percent', monthlyPensionPerYearOfWork: 'money' },
  kelaAmountFromDecision: { amount: 'money' },
  kelaAmountComputed: {
    fullAmount: 'money',
    otherPensions: 'money',
    threshold: 'money',
    reductionPercent: 'percent',
    amount: 'money',
    livingWithPartner: 'bool',
  },
  kelaBelowMinimumPayable: { minimum: 'money' },
  kelaOverOtherPensionsLimit: { limit: 'money', livingWithPartner: 'bool' },
  kelaNotWithPartialPension: {},
  kelaLimitIsEuroMinimum: { limit: 'money', earningsRelatedLimit: 'money' },
  kelaWithinLimit: { earnings: 'money', limit: 'money', fixedTerm: 'bool' },
  kelaOverLimit: { earnings: 'money', limit: 'money', fixedTerm: 'bool', restMinimumMonths: 'count', restMaximumMonths: 'count' },
  kelaShortExceedanceMayBeTolerated: {},
  kelaExemptFromEarningsTest: {},
  guaranteeEarningsTestWhileKelaExempt: { earnings: 'money', limit: 'money', over: 'bool' },
  guaranteeAmountFromDecision: { amount: 'money' },
  guaranteeAmountComputed: { fullAmount: 'money', otherPensions: 'money', amount: 'money' },
  guaranteeBelowMinimumPayable: { minimum: 'money' },
  guaranteeNotWithPartialPension: {},
  kelaRevisedAfterEarningsRelatedEnded: { endedFrom: 'month', revisedFrom: 'month', before: 'money', after: 'money', revised: 'bool' },
  guaranteeRevisedAfterEarningsRelatedEnded: {
    endedFrom: 'month',
    revisedFrom: 'month',
    before: 'money',
    after: 'money',
    revised: 'bool',
  },
  kelaDecisionAfterEarningsRelatedEnded: { endedFrom: 'month' },
  guaranteeDecisionAfterEarningsRelatedEnded: { endedFrom: 'month' },
  disabilityAllowanceOnlyDuringRest: { amount: 'money' },
  disabilityAllowanceDuringRest: { amount: 'money' },
  disabilityAllowanceInsteadOfCare: { amount: 'money', careAllowance: 'money', difference: 'money' },
  careAllowanceWithinLimit: { careAllowance: 'money', amount: 'money' },
  careAllowanceLevelUnknown: { lowest: 'money', highest: 'money' },
  sicknessDailyFromDecision: { dailyAmount: 'money' },
  sicknessDailyEstimated: {
    annualIncome: 'money',
    deductionPercent: 'percent',
    incomeAfterDeduction: 'money',
    dailyAmount: 'money',
    year: 'year',
  },
  sicknessDailyMinimum: { minimum: 'money' },
  sicknessDailyEstimatedWithEntrepreneurIncome: {
    wageIncome: 'money',
    deductionPercent: 'percent',
    wageIncomeAfterDeduction: 'money',
    entrepreneurIncome: 'money',
    annualIncome: 'money',
    dailyAmount: 'money',
    year: 'year',
  },
  sicknessFormulaOfEntitlementYear: { entitlementStartDate: 'date', year: 'year' },
  sicknessEntitlementAssumedThisMonth: { month: 'month', year: 'year' },
  sicknessNoEarningsBasedAllowance: { annualIncome: 'money', limit: 'money', minimum: 'money' },
  sicknessPaidForWeekdays: { weekdays: 'count', dailyAmount: 'money', month: 'month', maximumDays: 'count' },
  sicknessNotPaidForWorkDays: { workDaysPerWeek: 'count', workedDays: 'count', paidDays: 'count', weekdays: 'count' },
  assumedWorkDaysPerWeek: { workDaysPerWeek: 'count' },
  regularWorkEndsSicknessAllowance: {},
  partialSicknessAllowanceApplies: {
    hoursPerWeek: 'hours',
    fullTimeHoursPerWeek: 'hours',
    minHours: 'hours',
    maxHours: 'hours',
    sharePercent: 'percent',
    dailyAmount: 'money',
    weekdays: 'count',
    maximumDays: 'count',
  },
  partialSicknessOutsideBand: { hoursPerWeek: 'hours', minHours: 'hours', maxHours: 'hours' },
  partialSicknessNeedsFullTimeJob: { minimumHours: 'hours', fullTimeHoursPerWeek: 'hours?' },
  partialSicknessNeedsHours: {},
  partialSicknessSectorFullTime: { fullTimeHoursPerWeek: 'hours', minimumHours: 'hours' },
  fixedTermEndsOn: { endsOn: 'date' },
  fixedTermEndsThisMonth: { endsOn: 'date' },
  fixedTermEnded: { endsOn: 'date' },
  sicknessDaysCounted: { daysCounted: 'count', maximumDays: 'count' },
  partialSicknessDaysCounted: { daysCounted: 'count', maximumDays: 'count' },
  sicknessMaximumReached: { maximumDays: 'count', daysCounted: 'count', reachedBefore: 'bool' },
  partialSicknessMaximumReached: { maximumDays: 'count', reachedBefore: 'bool', lastDay: 'date?' },
  exceedanceTolerated: { earnings: 'money', limit: 'money', monthsInRow: 'count', restMinimumMonths: 'count', untilPlanEnd: 'bool' },
  restMonth: { monthOfRest: 'count', monthsInRow: 'count', restMaximumMonths: 'count' },
  restEndedPension: { restMaximumMonths: 'count', endedFrom: 'month' },
  paymentResumes: {},
  mayBecomePartialOverTime: { monthsInRow: 'count', sharePercent: 'percent' },
  kelaRestsWithEarningsRelated: { limit: 'money' },
  kelaPaidWhileEarningsRelatedRests: {},
  sicknessWaitingPeriod: { entitlementStartDate: 'date', firstPaidDay: 'date', waitingWeekdays: 'count' },
  sicknessDaysUsedEstimated: { daysUsed: 'count', entitlementStartDate: 'date', month: 'month' },
  sicknessCountedFromPlanStart: { month: 'month' },
  holidayBonusSpread: { holidayBonus: 'money', year: 'year', monthlyShare: 'money' },
  holidayBonusOverLimit: { countedEarnings: 'money', limit: 'money' },
  annualBonusNotCounted: { annualBonus: 'money' },
  yearNetEstimate: { year: 'year', months: 'count', taxPercent: 'percent', fullYear: 'bool' },
  yearNetFromWithholding: { year: 'year' },
  yearNetNeedsMunicipality: {},
  yearNetNoTaxRules: { year: 'year', availableFrom: 'date' },
  yearNetNotForAland: {},
} as const satisfies Record<ExplanationCode, Record<string, ParamKind | `${ParamKind}?`>>;

type Spec = typeof EXPLANATION_PARAMS;
type Strip<K> = K extends `${infer Base}?` ? Base : K;
type ValueOf<K> = Strip<K> extends 'bool' ? boolean : Strip<K> extends 'pensionType' ? 'full' | 'partial' : string;
type Required<S> = { [P in keyof S as S[P] extends `${string}?` ? never : P]: ValueOf<S[P]> };
type Optional<S> = { [P in keyof S as S[P] extends `${string}?` ? P : never]?: ValueOf<S[P]> };

/** The parameters of one code as a catalog's message receives them: figures already in the locale's format. */
type FormattedParams<C extends ExplanationCode> = Required<Spec[C]> & Optional<Spec[C]>;

/** One message per explanation code. */
export type ExplanationMessages = { [C in ExplanationCode]: (p: FormattedParams<C>) => string };

/** The codes whose text is in the main catalog (Messages.results), because it is shown at once beside the results. */
type EagerExplanationCode = 'beyondVerifiedDate';

/**
 * A language's module in ./explanations/ (loaded with the "why" section): a message for every other code.
 * A missing code, a code of the main catalog, or a parameter the code does not have is a type error.
 */
export type ExplanationCatalog = Omit<ExplanationMessages, EagerExplanationCode>;
