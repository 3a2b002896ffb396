import { countKelaWeekdays, monthDays } from '../../calendar.ts';
import type { Work } from '../../earnings.ts';
import { cents, D, dec, percentOf } from '../../money.ts';
import { outcome } from '../../outcome.ts';
import type { BenefitOutcome } from '../../result.ts';
import type { RuleReader } from '../../rules.ts';
import { dailyAllowance, type Input } from './daily.ts';
import { dailyNotes, type NotPartial, notPartialNote, paidForNote, partialNote, sectorFullTimeNote, workDaysNotes } from './explain.ts';

/** When a scenario gives no work days, the allowance is estimated for a Monday–Friday working week. */
const DEFAULT_WORK_DAYS_PER_WEEK = 5;

/**
 * Kela sickness allowance and partial sickness allowance for the month of `rules.date` (SVL 8 and 11 luku).
 * `formulaRules` are read on the day the entitlement began (the month calculated when not given): the daily
 * amount is fixed then, and the partial allowance is half of the allowance at the start of the incapacity.
 */
export function prepareSicknessAllowance(rules: RuleReader, formulaRules: RuleReader, input: Input) {
  const allowance = dailyAllowance(rules, formulaRules, input);
  const { daily } = allowance;
  const sharePercent = formulaRules.number('partialSicknessAllowanceSharePercent');
  const bandLowPercent = rules.number('partialSicknessAllowanceMinimumHoursPercent');
  const bandHighPercent = rules.number('partialSicknessAllowanceMaximumHoursPercent');
  const fullTimeMinimum = rules.number('fullTimeWorkMinimumHours');
  const partialMaximumDays = rules.number('partialSicknessAllowanceMaximumDays').toString();
  const maximumDays = rules.number('sicknessAllowanceMaximumDays').toString();
  const days = monthDays(rules.date, rules.list('kelaWeekdays'), rules.list('kelaWeekdayHolidays'));
  const weekdays = countKelaWeekdays(days, 0).weekdays;
  const withoutWork = daily.mul(weekdays);
  const partialDaily = cents(percentOf(daily, sharePercent));
  const fullTime = input.fullTimeHoursPerWeek !== undefined ? dec(input.fullTimeHoursPerWeek) : null;
  const sources = [...rules.parameters(), ...formulaRules.parameters()];
  const month = rules.date.slice(0, 7);
  const paidFor = paidForNote({ weekdays, daily, month, maximumDays });

  const band = fullTime ? { low: percentOf(fullTime, bandLowPercent), high: percentOf(fullTime, bandHighPercent) } : null;
  // SVL 8:11 4 mom.: full time is regular hours of at least 30 a week (or 30 on average over the balancing
  // period, which is what the coach gives then), or the sector's normal full-time hours, which may be fewer.
  const inSector = fullTime !== null && input.fullTimeInSector === true && fullTime.lt(fullTimeMinimum);
  const fullTimeJob = fullTime?.gte(fullTimeMinimum) === true || inSector;
  const notes = [
    ...dailyNotes(allowance, { startDate: input.entitlementStartDate ?? null, month }),
    ...(inSector && fullTime ? [sectorFullTimeNote(fullTime, fullTimeMinimum)] : []),
  ];

  /** SVL 8:11: the partial allowance is for a full-time job whose hours are cut to 40–60 %; otherwise, why not. */
  function partialCondition(work: Work): NotPartial | null {
    if (work.hoursPerWeek === null) return { reason: 'noHours' };
    if (!fullTimeJob || band === null) return { reason: 'notFullTime', minimumHours: fullTimeMinimum, fullTimeHoursPerWeek: fullTime };
    if (work.hoursPerWeek.lt(band.low) || work.hoursPerWeek.gt(band.high))
      return { reason: 'outsideBand', hoursPerWeek: work.hoursPerWeek, low: band.low, high: band.high };
    return null;
  }

  function evaluate(work: Work): BenefitOutcome {
    const working = work.monthlyEarnings.gt(0) || work.hoursPerWeek?.gt(0);
    const anyWorkChangesIt = work.hourlyWage ? dec(0) : null;
    if (!working) {
      return outcome(work, {
        benefit: 'sicknessAllowance',
        status: 'continues',
        amount: withoutWork,
        withoutWork,
        limit: null,
        maxHoursPerWeek: anyWorkChangesIt,
        explanations: work.brief ? [] : [...notes, paidFor],
        sources,
      });
    }

    const notPartial = partialCondition(work);
    if (notPartial === null && band && fullTime && work.hoursPerWeek) {
      return outcome(work, {
        benefit: 'partialSicknessAllowance',
        status: 'reduced',
        amount: partialDaily.mul(weekdays),
        withoutWork,
        limit: null,
        maxHoursPerWeek: band.high.toDecimalPlaces(1, D.ROUND_DOWN),
        explanations: work.brief
          ? []
          : [
              ...notes,
              partialNote({
                hoursPerWeek: work.hoursPerWeek,
                fullTime,
                low: band.low,
                high: band.high,
                sharePercent,
                partialDaily,
                weekdays,
                maximumDays: partialMaximumDays,
              }),
            ],
        sources,
      });
    }

    // Other work: no allowance for the days worked (the person is not unable to work on them).
    const workDaysPerWeek = work.workDaysPerWeek ?? DEFAULT_WORK_DAYS_PER_WEEK;
    const worked = countKelaWeekdays(days, workDaysPerWeek).worked;
    const paidDays = weekdays - worked;
    return outcome(work, {
      benefit: 'sicknessAllowance',
      status: paidDays > 0 ? 'reduced' : 'notPayable',
      amount: daily.mul(paidDays),
      withoutWork,
      limit: null,
      maxHoursPerWeek: anyWorkChangesIt,
      explanations: work.brief
        ? []
        : [
            ...notes,
            paidFor,
            ...workDaysNotes({ workDaysPerWeek, assumed: work.workDaysPerWeek === null, worked, paidDays, weekdays }),
            ...(notPartial ? [notPartialNote(notPartial)] : []),
          ],
      sources,
    });
  }

  return { evaluate, weekdays };
}
