import { bounded } from './memo.ts';
import { cents, D, type Dec, dec, min } from './money.ts';

/** Monthly gross earnings from weekly hours: hours × wage × 52 / 12, rounded to cents. */
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;
const HOURS_STEP = new D('0.1');

export function monthlyFromHours(hoursPerWeek: Dec, hourlyWage: Dec): Dec {
  return cents(hoursPerWeek.mul(hourlyWage).mul(WEEKS_PER_YEAR).div(MONTHS_PER_YEAR));
}

/**
 * The most hours a week, in steps of 0.1 h rounded down, whose monthly earnings at `hourlyWage` stay
 * within `limit` (at most `cap`). Checked against the same cent rounding the earnings get.
 */
export function maxHoursWithin(limit: Dec, hourlyWage: Dec, cap: Dec): Dec {
  // Pure, and asked again for every point of a sweep: remember recent answers (bounded).
  return searched(`${limit.toString()}|${hourlyWage.toString()}|${cap.toString()}`, () => searchMaxHours(limit, hourlyWage, cap));
}

const searched = bounded<Dec>(512);

function searchMaxHours(limit: Dec, hourlyWage: Dec, cap: Dec): Dec {
  if (hourlyWage.lte(0)) return cap;
  const exact = limit.mul(MONTHS_PER_YEAR).div(WEEKS_PER_YEAR).div(hourlyWage);
  let hours = min(exact.toDecimalPlaces(1, D.ROUND_DOWN), cap);
  while (hours.plus(HOURS_STEP).lte(cap) && monthlyFromHours(hours.plus(HOURS_STEP), hourlyWage).lte(limit)) hours = hours.plus(HOURS_STEP);
  while (hours.gt(0) && monthlyFromHours(hours, hourlyWage).gt(limit)) hours = hours.minus(HOURS_STEP);
  return hours.lt(0) ? dec(0) : hours;
}

/** A work scenario as the benefit rules see it. */
export interface Work {
  monthlyEarnings: Dec;
  hoursPerWeek: Dec | null;
  hourlyWage: Dec | null;
  workDaysPerWeek: number | null;
  /** For the chart's many points: statuses and amounts only, no explanations, headroom or max hours. */
  brief?: boolean;
}
