/**
 * Every legal parameter the engine reads, and the unit its rule file must declare.
 * The figures themselves live in rules/*.yaml; the loader refuses a rule set that lacks one of these.
 */
export const PARAMETER_UNITS = {
  // rules/earnings-limits.yaml — law 738/2009 on returning to work while on a disability pension
  minimumEarningsLimit: 'EUR',
  fullPensionEarningsLimitPercent: 'percent',
  partialPensionEarningsLimitPercent: 'percent',
  restMinimumMonths: 'months',
  restMaximumMonths: 'months',
  // rules/earnings-related-pension.yaml — TyEL and the other earnings-related pension acts
  partialPensionSharePercent: 'percent',
  pensionAccrualDuringPensionPercent: 'percent',
  // rules/kela-pension.yaml — national pension act 568/2007
  nationalPensionFullSingle: 'EUR',
  nationalPensionFullWithPartner: 'EUR',
  nationalPensionIncomeThreshold: 'EUR',
  nationalPensionReductionPercent: 'percent',
  nationalPensionMinimumPayable: 'EUR',
  nationalPensionOtherPensionsLimitSingle: 'EUR',
  nationalPensionOtherPensionsLimitWithPartner: 'EUR',
  // rules/guarantee-pension.yaml — guarantee pension act 703/2010
  guaranteePensionFull: 'EUR',
  guaranteePensionMinimumPayable: 'EUR',
  // rules/disability-allowance.yaml — act on disability benefits 570/2007, 738/2009 § 8
  disabilityAllowanceHighest: 'EUR',
  careAllowanceBasic: 'EUR',
  careAllowanceIncreased: 'EUR',
  careAllowanceHighest: 'EUR',
  // rules/sickness-allowance.yaml — health insurance act 1224/2004
  sicknessAllowanceMinimumDaily: 'EUR',
  sicknessAllowanceMinimumAnnualIncome: 'EUR',
  sicknessAllowanceBrackets: 'brackets',
  sicknessAllowanceDivisor: 'count',
  sicknessAllowanceWageDeductionPercent: 'percent',
  sicknessAllowanceMaximumDays: 'days',
  sicknessAllowanceWaitingWeekdays: 'days',
  partialSicknessAllowanceSharePercent: 'percent',
  partialSicknessAllowanceMinimumHoursPercent: 'percent',
  partialSicknessAllowanceMaximumHoursPercent: 'percent',
  partialSicknessAllowanceMaximumDays: 'days',
  fullTimeWorkMinimumHours: 'hours',
  kelaWeekdays: 'isoWeekdays',
  kelaWeekdayHolidays: 'holidays',
  // rules/payroll.yaml — employee contributions withheld from wages, with their ages
  employeePensionContributionPercent: 'percent',
  employeePensionContributionHigherPercent: 'percent',
  employeePensionHigherRateMinimumAge: 'years',
  employeePensionHigherRateMaximumAge: 'years',
  employeePensionContributionMinimumAge: 'years',
  employeePensionContributionMaximumAge: 'years',
  employeeUnemploymentInsurancePercent: 'percent',
  employeeUnemploymentInsuranceMinimumAge: 'years',
  employeeUnemploymentInsuranceMaximumAge: 'years',
  // rules/tax.yaml — income tax on earned income (tuloverolaki 1535/1992) and the contributions collected with it
  stateIncomeTaxScale: 'brackets',
  earnedIncomeCostDeduction: 'EUR',
  earnedIncomeAllowanceAccrual: 'brackets',
  earnedIncomeAllowanceMaximum: 'EUR',
  earnedIncomeAllowanceReduction: 'brackets',
  pensionIncomeDeductionFactor: 'count',
  pensionIncomeDeductionRoundingStep: 'EUR',
  pensionIncomeDeductionReductionPercent: 'percent',
  pensionIncomeDeductionSecondThreshold: 'EUR',
  pensionIncomeDeductionSecondPercent: 'percent',
  basicDeductionMaximum: 'EUR',
  basicDeductionReductionPercent: 'percent',
  workIncomeCreditPercent: 'percent',
  workIncomeCreditMaximum: 'EUR',
  workIncomeCreditOlderIncrease: 'EUR',
  workIncomeCreditOlderAge: 'years',
  workIncomeCreditReduction: 'brackets',
  medicalCareContributionPercent: 'percent',
  medicalCareContributionOtherIncomePercent: 'percent',
  dailyAllowanceContributionPercent: 'percent',
  dailyAllowanceContributionThreshold: 'EUR',
  dailyAllowanceContributionMinimumAge: 'years',
  dailyAllowanceContributionMaximumAge: 'years',
  yleTaxPercent: 'percent',
  yleTaxThreshold: 'EUR',
  yleTaxMaximum: 'EUR',
  yleTaxMinimumAge: 'years',
  pensionAdditionalTaxPercent: 'percent',
  pensionAdditionalTaxThreshold: 'EUR',
  taxCardPercentStep: 'percent',
  // rules/municipal-tax-rates.yaml — the Tax Administration's yearly decision on municipal and parish rates
  municipalTaxRates: 'municipalRates',
  alandMunicipalities: 'names',
} as const;

export type ParameterName = keyof typeof PARAMETER_UNITS;
export type Unit =
  | 'EUR'
  | 'percent'
  | 'months'
  | 'days'
  | 'hours'
  | 'count'
  | 'years'
  | 'brackets'
  | 'isoWeekdays'
  | 'holidays'
  | 'names'
  | 'municipalRates';

export const PARAMETER_NAMES = Object.keys(PARAMETER_UNITS) as ParameterName[];
