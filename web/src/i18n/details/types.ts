import type { FieldText } from '../types.ts';

/** The fields shown once a benefit is ticked (components/benefits/): their figures from the decision letters. */
export const DETAIL_FIELD_KEYS = [
  'erpFixedTerm',
  'erpType',
  'erpMonthlyAmount',
  'erpEarningsLimit',
  'erpStabilisedEarnings',
  'erpEndsOn',
  'kelaFixedTerm',
  'kelaMonthlyAmount',
  'kelaGuaranteePension',
  'kelaCareAllowance',
  'kelaCareAllowanceLevel',
  'kelaExempt',
  'kelaEndsOn',
  'sicknessBasis',
  'sicknessDailyAmount',
  'sicknessAnnualIncome',
  'sicknessEntrepreneurIncome',
  'sicknessStartDate',
  'sicknessFullTimeHours',
  'sicknessFullTimeInSector',
] as const;

/**
 * The texts of the benefits' details (labels and where on the decision letter each figure is): most of the
 * form's words, none of them on the first paint of an empty form. A download of their own per language
 * (./load.ts), loaded with the form's checks just after the first paint; a language switch waits for them.
 */
export interface DetailMessages {
  fields: Record<(typeof DETAIL_FIELD_KEYS)[number], FieldText>;
}
