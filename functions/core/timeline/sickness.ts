import type { SicknessMonth, SicknessOptions } from '../benefits/sickness-allowance/index.ts';
import { type MonthDay, monthDays } from '../calendar.ts';
import type { Work } from '../earnings.ts';
import type { CaseInput } from '../request.ts';
import type { BenefitOutcome, Explanation } from '../result.ts';
import { RuleReader } from '../rules.ts';
import type { RuleSet } from '../ruleset.ts';
import { addMonths } from '../timeline-request.ts';
import { countedFromPlanStart, daysUsedEstimated, waitingPeriod } from './explain.ts';

type Input = NonNullable<CaseInput['benefits']['sicknessAllowance']>;

/**
 * The sickness allowances over time: the days counted toward each maximum (SVL 8:8: 300 weekdays; 8:12: 150 for
 * the partial allowance, a maximum of its own), from the day the sick leave began and the days already counted.
 *
 * - With `entitlementStartDate`: nothing is paid for the waiting period, the first day of illness and the 9
 *   weekdays after it (SVL 8:7; kela.fi/sairauspaivaraha-omavastuu). The days counted before the plan are
 *   `daysUsed` when given, else every weekday from the first day paid to the plan's start (the person is taken
 *   to have been on the full allowance since), and the result says so.
 * - Without it: the allowance is taken to be paid from the plan's first day, its days counted from there (plus
 *   `daysUsed`).
 * - Kela pays the allowance "until the end of the month preceding the month in which you would reach the 300-day
 *   limit" (kela.fi/sickness-allowance): nothing in that month or after. The partial allowance is paid up to its
 *   150th day. Days worked do not count; partial allowance days count only toward their own maximum.
 */

interface SicknessPlanMonth {
  month: string;
  date: string;
  work: Work;
  evaluateMonth: (work: Work, options: SicknessOptions) => SicknessMonth;
}

/** Every day from the month of `from` to the month before `until`, with the weekday rules in force in each month. */
function daysBetween(ruleSet: RuleSet, fromMonth: string, untilMonth: string): MonthDay[] {
  const days: MonthDay[] = [];
  for (let month = fromMonth; month < untilMonth; month = addMonths(month, 1)) {
    const rules = new RuleReader(ruleSet, `${month}-01`);
    days.push(...monthDays(`${month}-01`, rules.list('kelaWeekdays'), rules.list('kelaWeekdayHolidays')));
  }
  return days;
}

/** The first day paid for: the 10th weekday after the first day of illness (that day and 9 weekdays are the waiting period). */
function firstPaidDay(ruleSet: RuleSet, start: string, waitingWeekdays: number): string {
  const from = start.slice(0, 7);
  // The waiting period is under two weeks of weekdays: three months hold it, whatever the holidays.
  for (const day of daysBetween(ruleSet, from, addMonths(from, 3)).filter((d) => d.date > start && d.kelaWeekday)) {
    waitingWeekdays -= 1;
    if (waitingWeekdays < 0) return day.date;
  }
  throw new Error(`no first day paid within three months of ${start}`);
}

export function sicknessOverTime(ruleSet: RuleSet, input: Input, months: SicknessPlanMonth[]): BenefitOutcome[] {
  const planStart = months[0]!.date;
  const start = input.entitlementStartDate;
  const used = { full: input.daysUsed ?? 0, partial: input.partialDaysUsed ?? 0 };
  const firstNotes: Explanation[] = [];
  let from: string | undefined;
  let waiting: Explanation | null = null;

  if (start === undefined) {
    firstNotes.push(countedFromPlanStart(months[0]!.month));
  } else {
    const waitingWeekdays = new RuleReader(ruleSet, start).number('sicknessAllowanceWaitingWeekdays').toNumber();
    const firstPaid = firstPaidDay(ruleSet, start, waitingWeekdays);
    if (firstPaid > planStart) {
      from = firstPaid;
      waiting = waitingPeriod({ entitlementStartDate: start, firstPaidDay: firstPaid, waitingWeekdays });
    } else if (input.daysUsed === undefined) {
      const before = daysBetween(ruleSet, firstPaid.slice(0, 7), months[0]!.month).filter((d) => d.kelaWeekday && d.date >= firstPaid);
      used.full = before.length;
      if (used.full > 0) firstNotes.push(daysUsedEstimated({ daysUsed: used.full, entitlementStartDate: start, month: months[0]!.month }));
    }
  }

  return months.map((m, i) => {
    const inWaiting = from !== undefined && m.month <= from.slice(0, 7);
    const { outcome, counted } = m.evaluateMonth(m.work, { ...(inWaiting ? { from } : {}), used: { ...used } });
    used.full += counted.full;
    used.partial += counted.partial;
    // Without a start date the plan's first day stands for it, formula year included: say that, not a date never given.
    const own =
      start === undefined ? outcome.explanations.filter((e) => e.code !== 'sicknessFormulaOfEntitlementYear') : outcome.explanations;
    const notes = [...(i === 0 ? firstNotes : []), ...(inWaiting && waiting ? [waiting] : [])];
    return { ...outcome, explanations: [...notes, ...own] };
  });
}
