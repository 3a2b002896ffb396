import { MONTHS_PER_YEAR, monthlyFromHours, WEEKS_PER_YEAR, type Work } from './earnings.ts';
import { cents, D, type Dec, money } from './money.ts';
import { info, warning } from './outcome.ts';
import type { Explanation, ExtraHour, HoursRange } from './result.ts';

/**
 * "Is the extra hour worth it?": what one more hour of work a week leaves in the pocket, and, across the hours
 * chart, where net income falls or rises by little when the hours rise. Both read the same net figure as the
 * totals (net.ts), so a benefit that stops, a contribution that starts at a threshold and the progressive tax
 * all count.
 */

/**
 * Working more "pays little" where net income keeps less than this share, in percent, of the extra pay. Not a
 * legal figure: a product threshold for what to point out (a quarter: well below what wages keep under the
 * ordinary marginal tax, so only benefit cuts, thresholds and the like are pointed out).
 */
const LITTLE_GAIN_PERCENT = 25;

/** At most this many stretches of each kind are put in words; the lists in the result are complete. */
const WORDED_RANGES = 5;

const HUNDRED = new D(100);
const ONE_HOUR = new D(1);
/** The hours of work a month that one more hour a week adds: 52 ÷ 12. */
const HOURS_A_MONTH = new D(WEEKS_PER_YEAR).div(MONTHS_PER_YEAR);

/** The part of a scenario this needs: its gross and net, and how to evaluate the same case with other work. */
interface Evaluated {
  gross: Dec;
  net: Dec | null;
}

/**
 * The same scenario with one more hour a week, and, where it leaves little or nothing in the pocket, why that
 * matters. Null for a scenario given as monthly earnings (no hours to add).
 */
export function extraHourOf(
  work: Work,
  now: Evaluated,
  evaluate: (work: Work) => Evaluated,
): { extraHour: ExtraHour; explanation: Explanation | null } | null {
  if (work.hoursPerWeek === null || work.hourlyWage === null) return null;
  const hoursPerWeek = work.hoursPerWeek.plus(ONE_HOUR);
  const monthlyEarnings = monthlyFromHours(hoursPerWeek, work.hourlyWage);
  const next = evaluate({ ...work, hoursPerWeek, monthlyEarnings, brief: true });
  const earningsChange = monthlyEarnings.minus(work.monthlyEarnings);
  const netChange = next.net && now.net ? next.net.minus(now.net) : null;
  const kept = netChange && earningsChange.isPositive() ? netChange.div(earningsChange).mul(HUNDRED) : null;
  const extraHour: ExtraHour = {
    hoursPerWeek: hoursPerWeek.toString(),
    earningsChange: money(earningsChange),
    grossIncomeChange: money(next.gross.minus(now.gross)),
    netIncomeChange: netChange ? money(netChange) : null,
    netPerHour: netChange ? money(cents(netChange.div(HOURS_A_MONTH))) : null,
    keptPercent: kept ? kept.toFixed(1, D.ROUND_HALF_UP) : null,
  };
  if (netChange === null || kept === null) return { extraHour, explanation: null };
  const params = {
    hoursPerWeek: work.hoursPerWeek.toString(),
    nextHoursPerWeek: hoursPerWeek.toString(),
    earningsChange: money(earningsChange),
    netChange: money(netChange),
  };
  if (!netChange.isPositive()) return { extraHour, explanation: warning('extraHourPaysNothing', params) };
  if (kept.lt(LITTLE_GAIN_PERCENT)) {
    return { extraHour, explanation: info('extraHourPaysLittle', { ...params, keptPercent: kept.toFixed(0, D.ROUND_HALF_UP) }) };
  }
  return { extraHour, explanation: null };
}

/** One point of the hours chart, as the analysis needs it. */
export interface SweptPoint {
  hoursPerWeek: Dec;
  monthlyEarnings: Dec;
  net: Dec | null;
}

function range(from: SweptPoint, to: SweptPoint): HoursRange {
  return {
    fromHours: from.hoursPerWeek.toString(),
    toHours: to.hoursPerWeek.toString(),
    netIncomeFrom: money(from.net!),
    netIncomeTo: money(to.net!),
    earningsFrom: money(from.monthlyEarnings),
    earningsTo: money(to.monthlyEarnings),
  };
}

/** Runs of consecutive steps for which `step(before, after)` holds, as ranges from the point before the first step to the last point. */
function runs(points: readonly SweptPoint[], step: (before: SweptPoint, after: SweptPoint) => boolean): HoursRange[] {
  const found: HoursRange[] = [];
  let start: number | null = null;
  for (let i = 1; i <= points.length; i += 1) {
    const holds = i < points.length && step(points[i - 1]!, points[i]!);
    if (holds && start === null) start = i - 1;
    if (!holds && start !== null) {
      found.push(range(points[start]!, points[i - 1]!));
      start = null;
    }
  }
  return found;
}

/** Net falls from one point to the next. */
function falls(before: SweptPoint, after: SweptPoint): boolean {
  if (before.net === null || after.net === null) return false;
  return after.net.lt(before.net);
}

/** Net rises (or stays), but by less than LITTLE_GAIN_PERCENT of the extra pay. */
function gainsLittle(before: SweptPoint, after: SweptPoint): boolean {
  if (before.net === null || after.net === null || after.net.lt(before.net)) return false;
  const earned = after.monthlyEarnings.minus(before.monthlyEarnings);
  return earned.isPositive() && after.net.minus(before.net).mul(HUNDRED).lt(earned.mul(LITTLE_GAIN_PERCENT));
}

/** Where, across the chart's points (hours rising), net income falls, and where it rises by little; in words too. */
export function hoursAnalysis(points: readonly SweptPoint[]): {
  netFalls: HoursRange[];
  littleGains: HoursRange[];
  explanations: Explanation[];
} {
  const netFalls = runs(points, falls);
  const littleGains = runs(points, gainsLittle);
  const explanations = [
    ...netFalls.slice(0, WORDED_RANGES).map((r) =>
      warning('netFallsWithMoreHours', {
        fromHours: r.fromHours,
        toHours: r.toHours,
        netLoss: money(new D(r.netIncomeFrom).minus(r.netIncomeTo)),
      }),
    ),
    ...littleGains.slice(0, WORDED_RANGES).map((r) => {
      const kept = new D(r.netIncomeTo).minus(r.netIncomeFrom).div(new D(r.earningsTo).minus(r.earningsFrom)).mul(HUNDRED);
      return info('moreHoursPayLittle', { fromHours: r.fromHours, toHours: r.toHours, keptPercent: kept.toFixed(0, D.ROUND_HALF_UP) });
    }),
  ];
  return { netFalls, littleGains, explanations };
}
