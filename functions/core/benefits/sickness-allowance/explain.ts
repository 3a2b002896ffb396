import { type Dec, money } from '../../money.ts';
import { info, warning } from '../../outcome.ts';
import type { Explanation } from '../../result.ts';
import type { Daily } from './daily.ts';

/** The words for the sickness allowances: explanation codes and their figures, from the amounts already computed. */

function hours(value: Dec): string {
  return value.toDecimalPlaces(2).toString();
}

/** The day the entitlement began, or that it was assumed to begin in the month calculated. */
export interface Entitlement {
  /** The start date given; null when it was not given (the month calculated is assumed). */
  startDate: string | null;
  month: string;
}

/** How the daily allowance was found, and by which year's formula. */
export function dailyNotes(d: Daily, entitlement: Entitlement): Explanation[] {
  if (d.kind === 'decision') return [info('sicknessDailyFromDecision', { dailyAmount: money(d.daily) })];
  const dailyAmount = money(d.daily);
  const estimate = d.entrepreneurIncome
    ? info('sicknessDailyEstimatedWithEntrepreneurIncome', {
        wageIncome: money(d.wageIncome),
        deductionPercent: d.deductionPercent.toString(),
        wageIncomeAfterDeduction: money(d.wageIncomeAfterDeduction),
        entrepreneurIncome: money(d.entrepreneurIncome),
        annualIncome: money(d.annualIncome),
        dailyAmount,
        year: d.year,
      })
    : info('sicknessDailyEstimated', {
        annualIncome: money(d.wageIncome),
        deductionPercent: d.deductionPercent.toString(),
        incomeAfterDeduction: money(d.wageIncomeAfterDeduction),
        dailyAmount,
        year: d.year,
      });
  const year = entitlement.startDate
    ? info('sicknessFormulaOfEntitlementYear', { entitlementStartDate: entitlement.startDate, year: d.year })
    : info('sicknessEntitlementAssumedThisMonth', { month: entitlement.month, year: d.year });
  const minimum = d.annualIncome.lte(d.minimumAnnualIncome)
    ? [
        info('sicknessNoEarningsBasedAllowance', {
          annualIncome: money(d.annualIncome),
          limit: money(d.minimumAnnualIncome),
          minimum: money(d.minimum),
        }),
      ]
    : d.formula.lt(d.minimum)
      ? [info('sicknessDailyMinimum', { minimum: money(d.minimum) })]
      : [];
  return [estimate, year, ...minimum];
}

/** A job under the usual full-time hours that the coach says is full time in its sector (SVL 8:11 4 mom.). */
export function sectorFullTimeNote(fullTime: Dec, minimumHours: Dec): Explanation {
  return info('partialSicknessSectorFullTime', { fullTimeHoursPerWeek: hours(fullTime), minimumHours: hours(minimumHours) });
}

export function paidForNote(f: { weekdays: number; daily: Dec; month: string; maximumDays: string }): Explanation {
  return info('sicknessPaidForWeekdays', { weekdays: f.weekdays, dailyAmount: money(f.daily), month: f.month, maximumDays: f.maximumDays });
}

/** Why the partial allowance does not apply to this work. */
export type NotPartial =
  | { reason: 'noHours' }
  | { reason: 'notFullTime'; minimumHours: Dec; fullTimeHoursPerWeek: Dec | null }
  | { reason: 'outsideBand'; hoursPerWeek: Dec; low: Dec; high: Dec };

export function notPartialNote(n: NotPartial): Explanation {
  switch (n.reason) {
    case 'noHours':
      return info('partialSicknessNeedsHours');
    case 'notFullTime':
      return info('partialSicknessNeedsFullTimeJob', {
        minimumHours: hours(n.minimumHours),
        ...(n.fullTimeHoursPerWeek ? { fullTimeHoursPerWeek: hours(n.fullTimeHoursPerWeek) } : {}),
      });
    case 'outsideBand':
      return info('partialSicknessOutsideBand', { hoursPerWeek: hours(n.hoursPerWeek), minHours: hours(n.low), maxHours: hours(n.high) });
  }
}

export function partialNote(f: {
  hoursPerWeek: Dec;
  fullTime: Dec;
  low: Dec;
  high: Dec;
  sharePercent: Dec;
  partialDaily: Dec;
  weekdays: number;
  maximumDays: string;
}): Explanation {
  return info('partialSicknessAllowanceApplies', {
    hoursPerWeek: hours(f.hoursPerWeek),
    fullTimeHoursPerWeek: hours(f.fullTime),
    minHours: hours(f.low),
    maxHours: hours(f.high),
    sharePercent: f.sharePercent.toString(),
    dailyAmount: money(f.partialDaily),
    weekdays: f.weekdays,
    maximumDays: f.maximumDays,
  });
}

/** Other work: no allowance for the days worked. */
export function workDaysNotes(f: {
  workDaysPerWeek: number;
  assumed: boolean;
  worked: number;
  paidDays: number;
  weekdays: number;
}): Explanation[] {
  return [
    ...(f.assumed ? [info('assumedWorkDaysPerWeek', { workDaysPerWeek: f.workDaysPerWeek })] : []),
    info('sicknessNotPaidForWorkDays', {
      workDaysPerWeek: f.workDaysPerWeek,
      workedDays: f.worked,
      paidDays: f.paidDays,
      weekdays: f.weekdays,
    }),
    warning('regularWorkEndsSicknessAllowance'),
  ];
}

/** The days counted toward a maximum by the end of this month (SVL 8:8 for the allowance, 8:12 for the partial one). */
export function daysCountedNote(which: 'full' | 'partial', daysCounted: number, maximumDays: number): Explanation {
  return info(which === 'full' ? 'sicknessDaysCounted' : 'partialSicknessDaysCounted', { daysCounted, maximumDays });
}

/**
 * The allowance's maximum: Kela pays it "until the end of the month preceding the month in which you would reach
 * the 300-day limit" (kela.fi/sickness-allowance), so nothing in the month of the 300th day or after it.
 */
export function maximumReachedNote(f: { maximumDays: number; daysCounted: number; reachedBefore: boolean }): Explanation {
  return warning('sicknessMaximumReached', f);
}

/** The partial allowance's own maximum: paid up to its 150th day, none after it. */
export function partialMaximumReachedNote(f: { maximumDays: number; reachedBefore: boolean; lastDay?: string }): Explanation {
  return warning('partialSicknessMaximumReached', f);
}
