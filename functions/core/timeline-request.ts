import * as z from 'zod/mini';
import { MAX_TIMELINE_MONTHS } from '#contracts/limits.ts';
import { entitlementAfterMonth, monthEnd } from './case-issues.ts';
import { CaseFields, householdNeeded, LIMITS, WorkFields, workGiven } from './request.ts';
import { decimalInput } from './request-fields.ts';

/**
 * The timeline request (POST /v1/timelines): the same case as a calculation, and a plan of up to 36 months of
 * work from `start`. One schema for the API and the web app, like request.ts; zod/mini.
 */

export { MAX_TIMELINE_MONTHS };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month written YYYY-MM. */
const MonthInput = z
  .string({ error: 'must be a month written YYYY-MM' })
  .check(z.regex(MONTH, { error: 'must be a month written YYYY-MM' }));

/** One month of the plan: its work, as a scenario gives it, and what is paid once in it. */
export const TimelineMonthInput = z
  .strictObject({
    ...WorkFields,
    /** Holiday bonus (lomaraha) paid in this month: income of the month, but spread over the year for the pensions' earnings limits. */
    holidayBonus: z.optional(decimalInput(LIMITS.monthlyEarnings)),
    /** A bonus paid once a year (e.g. a performance bonus): income of the month, not counted for the pensions' earnings limits. */
    annualBonus: z.optional(decimalInput(LIMITS.monthlyEarnings)),
  })
  .check(workGiven);

const { date: _date, ...caseFields } = CaseFields;

/** The month `offset` months after `start` (YYYY-MM). */
export function addMonths(start: string, offset: number): string {
  const [year, month] = start.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type Plan = {
  start: string;
  months: { annualBonus?: string | undefined }[];
  benefits: { sicknessAllowance?: { entitlementStartDate?: string | undefined } | undefined };
  person?: { birthYear?: number | undefined } | undefined;
};

/**
 * What only the whole plan can check: one once-a-year bonus per calendar year (a second one is not paid once a
 * year), a sick leave that began by the end of the plan's first month, a birth year not after the plan begins.
 */
const planChecks = z.superRefine((plan: Plan, ctx) => {
  if (!MONTH.test(plan.start)) return;
  const bonusYears = new Map<string, number>();
  plan.months.forEach((m, i) => {
    if (m.annualBonus === undefined) return;
    const year = addMonths(plan.start, i).slice(0, 4);
    const first = bonusYears.get(year);
    if (first === undefined) bonusYears.set(year, i);
    else
      ctx.issues.push({
        code: 'custom',
        path: ['months', i, 'annualBonus'],
        input: m.annualBonus,
        message: `the plan already has a once-a-year bonus in ${year} (month ${first + 1}): add this one to the month's earnings`,
        params: { reason: 'onePerYear', year },
      });
  });
  const start = plan.benefits.sicknessAllowance?.entitlementStartDate;
  const last = monthEnd(`${plan.start}-01`);
  if (start !== undefined && start > last)
    ctx.issues.push({
      ...entitlementAfterMonth(start, last),
      input: start,
      message: `must be on or before ${last}, the last day of the plan's first month`,
    });
  const birthYear = plan.person?.birthYear;
  const year = Number(plan.start.slice(0, 4));
  if (birthYear !== undefined && birthYear > year)
    ctx.issues.push({
      code: 'custom',
      path: ['person', 'birthYear'],
      input: birthYear,
      message: `must not be after ${year}, the year the plan starts`,
      params: { reason: 'tooLarge', max: String(year) },
    });
});

/** The plan itself: its first month and its months (also what a saved case keeps of a plan). */
export const PlanFields = {
  /** The plan's first month. */
  start: MonthInput,
  months: z
    .array(TimelineMonthInput, { error: 'must be a list of months' })
    .check(
      z.minLength(1, { error: 'give at least one month' }),
      z.maxLength(MAX_TIMELINE_MONTHS, { error: `give at most ${MAX_TIMELINE_MONTHS} months` }),
    ),
};

export const TimelineRequest = z
  .strictObject({
    ...caseFields,
    ...PlanFields,
  })
  .check(z.superRefine(householdNeeded), planChecks);

export type TimelineRequest = z.output<typeof TimelineRequest>;
export type TimelineRequestInput = z.input<typeof TimelineRequest>;
export type TimelineMonthInput = z.output<typeof TimelineMonthInput>;
