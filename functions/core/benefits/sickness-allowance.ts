import { countKelaWeekdays, monthDays } from '../calendar.ts';
import type { Work } from '../earnings.ts';
import { cents, D, type Dec, dec, max, min, money, percentOf, ZERO } from '../money.ts';
import { info, outcome, warning } from '../outcome.ts';
import type { CaseInput } from '../request.ts';
import type { BenefitOutcome, Explanation } from '../result.ts';
import type { RuleReader } from '../rules.ts';
import type { Bracket } from '../ruleset.ts';

type Input = NonNullable<CaseInput['benefits']['sicknessAllowance']>;

/** When a scenario gives no work days, the allowance is estimated for a Monday–Friday working week. */
const DEFAULT_WORK_DAYS_PER_WEEK = 5;

/** SVL 11:1: each bracket's percent of 1/divisor of the part of the annual income above its threshold. */
function dailyFromAnnualIncome(income: Dec, brackets: Bracket[], divisor: Dec): Dec {
  let total = ZERO;
  brackets.forEach((bracket, i) => {
    const from = dec(bracket.over);
    const next = brackets[i + 1];
    const to = next ? min(income, dec(next.over)) : income;
    if (to.gt(from)) total = total.plus(percentOf(to.minus(from), dec(bracket.percent)));
  });
  return total.div(divisor);
}

function hours(value: Dec): string {
  return value.toDecimalPlaces(2).toString();
}

/** Kela sickness allowance and partial sickness allowance for the month of `rules.date` (SVL 8 and 11 luku). */
export function prepareSicknessAllowance(rules: RuleReader, input: Input) {
  const minimum = rules.number('sicknessAllowanceMinimumDaily');
  const notes: Explanation[] = [];
  let daily: Dec;
  if (input.dailyAmount !== undefined) {
    daily = dec(input.dailyAmount);
    notes.push(info('sicknessDailyFromDecision', { dailyAmount: money(daily) }));
  } else {
    const annual = dec(input.annualIncome ?? '0');
    const deduction = rules.number('sicknessAllowanceWageDeductionPercent');
    const income = annual.minus(percentOf(annual, deduction));
    const formula = cents(
      dailyFromAnnualIncome(income, rules.brackets('sicknessAllowanceBrackets'), rules.number('sicknessAllowanceDivisor')),
    );
    daily = max(formula, minimum);
    notes.push(
      info('sicknessDailyEstimated', {
        annualIncome: money(annual),
        deductionPercent: deduction.toString(),
        incomeAfterDeduction: money(income),
        dailyAmount: money(daily),
        year: rules.date.slice(0, 4),
      }),
    );
    if (formula.lt(minimum)) notes.push(info('sicknessDailyMinimum', { minimum: money(minimum) }));
  }

  const sharePercent = rules.number('partialSicknessAllowanceSharePercent');
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
  const sources = rules.parameters();
  const month = rules.date.slice(0, 7);
  const paidFor = info('sicknessPaidForWeekdays', { weekdays, dailyAmount: money(daily), month, maximumDays });

  const band = fullTime ? { low: percentOf(fullTime, bandLowPercent), high: percentOf(fullTime, bandHighPercent) } : null;
  const fullTimeJob = fullTime?.gte(fullTimeMinimum) === true;

  /** SVL 8:11: a full-time job whose hours are cut to 40–60 %. */
  const partialAllowanceApplies = (work: Work): boolean =>
    fullTimeJob && band !== null && work.hoursPerWeek?.gte(band.low) === true && work.hoursPerWeek.lte(band.high);

  /** Why the partial allowance does not apply to this work. */
  function whyNotPartial(work: Work): Explanation {
    if (work.hoursPerWeek === null) return info('partialSicknessNeedsHours');
    if (!fullTimeJob || band === null) {
      return info('partialSicknessNeedsFullTimeJob', {
        minimumHours: hours(fullTimeMinimum),
        ...(fullTime ? { fullTimeHoursPerWeek: hours(fullTime) } : {}),
      });
    }
    return info('partialSicknessOutsideBand', {
      hoursPerWeek: hours(work.hoursPerWeek),
      minHours: hours(band.low),
      maxHours: hours(band.high),
    });
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

    if (partialAllowanceApplies(work) && band && fullTime && work.hoursPerWeek) {
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
              info('partialSicknessAllowanceApplies', {
                hoursPerWeek: hours(work.hoursPerWeek),
                fullTimeHoursPerWeek: hours(fullTime),
                minHours: hours(band.low),
                maxHours: hours(band.high),
                sharePercent: sharePercent.toString(),
                dailyAmount: money(partialDaily),
                weekdays,
                maximumDays: partialMaximumDays,
              }),
            ],
        sources,
      });
    }

    // Other work: no allowance for the days worked (the person is not unable to work on them).
    const workDays = work.workDaysPerWeek ?? DEFAULT_WORK_DAYS_PER_WEEK;
    const worked = countKelaWeekdays(days, workDays).worked;
    const paidDays = weekdays - worked;
    const explanations: Explanation[] = work.brief
      ? []
      : [
          ...notes,
          paidFor,
          ...(work.workDaysPerWeek === null ? [info('assumedWorkDaysPerWeek', { workDaysPerWeek: workDays })] : []),
          info('sicknessNotPaidForWorkDays', { workDaysPerWeek: workDays, workedDays: worked, paidDays, weekdays }),
          warning('regularWorkEndsSicknessAllowance'),
          whyNotPartial(work),
        ];
    return outcome(work, {
      benefit: 'sicknessAllowance',
      status: paidDays > 0 ? 'reduced' : 'notPayable',
      amount: daily.mul(paidDays),
      withoutWork,
      limit: null,
      maxHoursPerWeek: anyWorkChangesIt,
      explanations,
      sources,
    });
  }

  return { evaluate, weekdays };
}
