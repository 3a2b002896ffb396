import { info, warning } from '../outcome.ts';
import type { Explanation, ExplanationCode } from '../result.ts';

/** The words of the timeline: explanation codes and their figures, from what the months already decided. */

/**
 * The single-month notes that say what this month's earnings alone would do to a pension. Over time the months
 * in a row decide instead, so where the timeline changes a status these give way to its own notes.
 */
const MONTH_ALONE: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>([
  'withinLimit',
  'overFullPensionLimit',
  'fullPensionPaidUntilReview',
  'shortExceedanceMayBeTolerated',
  'overSuspensionLimit',
  'restartWithoutNewAssessment',
  'kelaWithinLimit',
  'kelaOverLimit',
  'kelaShortExceedanceMayBeTolerated',
  'guaranteeEarningsTestWhileKelaExempt',
]);

/** "A short time over the limit is usually tolerated": true of a single month, said otherwise over time. */
const SHORT_TIME: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>([
  'shortExceedanceMayBeTolerated',
  'kelaShortExceedanceMayBeTolerated',
]);

export function withoutMonthAlone(explanations: Explanation[]): Explanation[] {
  return explanations.filter((e) => !MONTH_ALONE.has(e.code));
}

export function withoutShortTime(explanations: Explanation[]): Explanation[] {
  return explanations.filter((e) => !SHORT_TIME.has(e.code));
}

/**
 * Over the limit for fewer months in a row than a rest lasts at least: paid as before. Keva: "Jos ansaintarajan
 * ylitys on tilapäistä, eikä se jatku vähintään kolmea perättäistä kuukautta, sinun ei tarvitse ottaa yhteyttä
 * Kevaan"; Kela: "Working for two months, for example, will not necessarily stop the payment of your pension";
 * law 738/2009 § 6: a rest lasts at least three months.
 */
export function exceedanceTolerated(f: {
  earnings: string;
  limit: string;
  monthsInRow: number;
  restMinimumMonths: number;
  untilPlanEnd: boolean;
}): Explanation {
  return info('exceedanceTolerated', f);
}

/** 738/2009 § 4 and § 6: over the rest limit for months in a row, the pension rests: at least 3, at most 24 months. */
export function restMonth(f: { monthOfRest: number; monthsInRow: number; restMaximumMonths: number }): Explanation {
  return warning('restMonth', f);
}

/** A rest that would outlast its maximum ends the pension (Kela: "When your disability pension has been suspended for two years and your work still continues, your disability pension will end"). */
export function restEndedPension(f: { restMaximumMonths: number; endedFrom: string }): Explanation {
  return warning('restEndedPension', f);
}

/** The first month under the limit after a rest: paid again, without a new assessment (HE 72/2009). */
export function paymentResumes(): Explanation {
  return info('paymentResumes');
}

/** A full pension over its 40 % limit for months in a row: the provider may review it (TyEL 47 §); when is not set. */
export function mayBecomePartialOverTime(f: { monthsInRow: number; sharePercent: string }): Explanation {
  return warning('mayBecomePartialOverTime', f);
}

/** The waiting period (SVL 8:7): the first day of illness and the 9 weekdays after it are not paid. */
export function waitingPeriod(f: { entitlementStartDate: string; firstPaidDay: string; waitingWeekdays: number }): Explanation {
  return info('sicknessWaitingPeriod', f);
}

/** Days before the plan counted from the start date, as if the allowance had been paid for every weekday since. */
export function daysUsedEstimated(f: { daysUsed: number; entitlementStartDate: string; month: string }): Explanation {
  return info('sicknessDaysUsedEstimated', f);
}

/** No start date: the days are counted from the plan's first month. */
export function countedFromPlanStart(month: string): Explanation {
  return info('sicknessCountedFromPlanStart', { month });
}

/** Over a limit only with the year's holiday bonuses spread over it: "Eläkettä ei pääsääntöisesti jätetä lepäämään, jos ansiot ylittyvät ainoastaan lomarahan takia" (Keva). */
export function holidayBonusOverLimit(f: { countedEarnings: string; limit: string }): Explanation {
  return warning('holidayBonusOverLimit', f);
}
