import { countKelaWeekdays, type MonthDay, monthDays } from '../../calendar.ts';
import type { Work } from '../../earnings.ts';
import { cents, D, dec, percentOf, ZERO } from '../../money.ts';
import { outcome } from '../../outcome.ts';
import type { BenefitOutcome, Explanation } from '../../result.ts';
import type { RuleReader } from '../../rules.ts';
import { dailyAllowance, type Input } from './daily.ts';
import {
  dailyNotes,
  daysCountedNote,
  maximumReachedNote,
  type NotPartial,
  notPartialNote,
  paidForNote,
  partialMaximumReachedNote,
  partialNote,
  sectorFullTimeNote,
  workDaysNotes,
} from './explain.ts';

/** Which days of the month count, over time (a timeline's months, or a month whose earlier days the case gives). */
export interface SicknessOptions {
  /** The first day the allowance is paid for, when the waiting period ends in this month: earlier days are not. */
  from?: string;
  /** Days counted toward each maximum before this month (SVL 8:8, 8:12): the maxima apply when given. */
  used?: { full: number; partial: number };
}

/** A month's outcome, and the days it adds to each count. */
export interface SicknessMonth {
  outcome: BenefitOutcome;
  counted: { full: number; partial: number };
}

/** The `n`th Kela weekday (1-based) among the days. */
function nthWeekday(days: readonly MonthDay[], n: number): string {
  let seen = 0;
  for (const day of days) if (day.kelaWeekday && ++seen === n) return day.date;
  throw new Error(`no weekday number ${n} in the month`);
}

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
  const partialMaximumDays = rules.number('partialSicknessAllowanceMaximumDays').toNumber();
  const maximumDays = rules.number('sicknessAllowanceMaximumDays').toNumber();
  const waitingWeekdays = rules.number('sicknessAllowanceWaitingWeekdays').toNumber();
  const days = monthDays(rules.date, rules.list('kelaWeekdays'), rules.list('kelaWeekdayHolidays'));
  const weekdays = countKelaWeekdays(days, 0).weekdays;
  const partialDaily = cents(percentOf(daily, sharePercent));
  const fullTime = input.fullTimeHoursPerWeek !== undefined ? dec(input.fullTimeHoursPerWeek) : null;
  const sources = [...rules.parameters(), ...formulaRules.parameters()];
  const month = rules.date.slice(0, 7);

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

  /** The month's Kela weekdays on or after `from` (the first day paid for, when the waiting period ends in this month). */
  function daysFrom(from: string | undefined): readonly MonthDay[] {
    return from === undefined ? days : days.filter((d) => d.date >= from);
  }

  function evaluateMonth(work: Work, options: SicknessOptions = {}): SicknessMonth {
    const { used } = options;
    const window = daysFrom(options.from);
    const weekdays = countKelaWeekdays(window, 0).weekdays;
    const withoutWork = daily.mul(weekdays);
    const fullReached = used !== undefined && used.full >= maximumDays;
    const working = work.monthlyEarnings.gt(0) || work.hoursPerWeek?.gt(0);
    const anyWorkChangesIt = work.hourlyWage ? dec(0) : null;
    const common = { limit: null, sources };
    // Words for one scenario: a chart's points (brief) need none, so none are made for them.
    const brief = work.brief === true;
    const paidFor = brief ? [] : [paidForNote({ weekdays, daily, month, maximumDays: String(maximumDays) })];

    /** SVL 8:8 and Kela: paid at most up to the end of the month before the one in which the 300th day would fall. */
    const fullAllowance = (paidDays: number, status: 'continues' | 'reduced', words: Explanation[]): SicknessMonth => {
      const counted = { full: paidDays, partial: 0 };
      if (used && (fullReached || used.full + paidDays >= maximumDays) && (paidDays > 0 || fullReached)) {
        return {
          outcome: outcome(work, {
            benefit: 'sicknessAllowance',
            status: 'ended',
            amount: ZERO,
            withoutWork: ZERO,
            ...common,
            explanations: brief ? [] : [...notes, maximumReachedNote({ maximumDays, daysCounted: used.full, reachedBefore: fullReached })],
          }),
          counted,
        };
      }
      const countedNote = used && !brief ? [daysCountedNote('full', used.full + paidDays, maximumDays)] : [];
      return {
        outcome: outcome(work, {
          benefit: 'sicknessAllowance',
          status: paidDays > 0 ? status : 'notPayable',
          amount: daily.mul(paidDays),
          withoutWork,
          ...common,
          maxHoursPerWeek: anyWorkChangesIt,
          explanations: brief ? [] : [...notes, ...paidFor, ...words, ...countedNote],
        }),
        counted,
      };
    };

    if (!working) return fullAllowance(weekdays, 'continues', []);

    const notPartial = partialCondition(work);
    if (notPartial === null && band && fullTime && work.hoursPerWeek) {
      // SVL 8:12: at most 150 weekdays of the partial allowance, its own maximum; paid up to the 150th day.
      const left = used ? Math.max(partialMaximumDays - used.partial, 0) : weekdays;
      const paid = Math.min(weekdays, left);
      const fullWithoutWork = fullReached ? ZERO : withoutWork;
      const lastDay = used && paid > 0 && used.partial + paid >= partialMaximumDays ? nthWeekday(window, paid) : null;
      const limitNotes =
        used && !brief
          ? paid === 0
            ? [partialMaximumReachedNote({ maximumDays: partialMaximumDays, reachedBefore: true })]
            : [
                daysCountedNote('partial', used.partial + paid, partialMaximumDays),
                ...(lastDay ? [partialMaximumReachedNote({ maximumDays: partialMaximumDays, reachedBefore: false, lastDay })] : []),
              ]
          : [];
      const applies = brief
        ? null
        : partialNote({
            hoursPerWeek: work.hoursPerWeek,
            fullTime,
            low: band.low,
            high: band.high,
            sharePercent,
            partialDaily,
            weekdays: paid,
            maximumDays: String(partialMaximumDays),
          });
      return {
        outcome: outcome(work, {
          benefit: 'partialSicknessAllowance',
          status: paid === 0 ? 'ended' : 'reduced',
          amount: partialDaily.mul(paid),
          withoutWork: fullWithoutWork,
          ...common,
          maxHoursPerWeek: paid === 0 ? null : band.high.toDecimalPlaces(1, D.ROUND_DOWN),
          explanations: brief || !applies ? [] : [...notes, ...(paid === 0 ? [] : [applies]), ...limitNotes],
        }),
        counted: { full: 0, partial: paid },
      };
    }

    // Other work: no allowance for the days worked (the person is not unable to work on them).
    const workDaysPerWeek = work.workDaysPerWeek ?? DEFAULT_WORK_DAYS_PER_WEEK;
    const worked = countKelaWeekdays(window, workDaysPerWeek).worked;
    const paidDays = weekdays - worked;
    return fullAllowance(
      paidDays,
      'reduced',
      brief
        ? []
        : [
            ...workDaysNotes({ workDaysPerWeek, assumed: work.workDaysPerWeek === null, worked, paidDays, weekdays }),
            ...(notPartial ? [notPartialNote(notPartial)] : []),
          ],
    );
  }

  /** The days already counted toward the maxima, when the case gives them; without them the maxima are not counted. */
  const given =
    input.daysUsed !== undefined || input.partialDaysUsed !== undefined
      ? { full: input.daysUsed ?? 0, partial: input.partialDaysUsed ?? 0 }
      : undefined;

  function evaluate(work: Work): BenefitOutcome {
    return evaluateMonth(work, given ? { used: given } : {}).outcome;
  }

  return { evaluate, evaluateMonth, weekdays, days, waitingWeekdays };
}
