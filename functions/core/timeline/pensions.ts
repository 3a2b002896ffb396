import { type Dec, money, ZERO } from '../money.ts';
import { info } from '../outcome.ts';
import type { BenefitOutcome, Explanation, Status } from '../result.ts';
import {
  exceedanceTolerated,
  holidayBonusOverLimit,
  mayBecomePartialOverTime,
  paymentResumes,
  restEndedPension,
  restMonth,
  withoutMonthAlone,
  withoutShortTime,
} from './explain.ts';

/**
 * The pensions over time (law 738/2009 and the providers' practice), for the earnings-related pension, the Kela
 * pension and the guarantee pension alike. Each month's own outcome says whether its counted earnings are over
 * the limit (`mayBecomePartial`: over a full pension's 40 % limit; `suspended`: over the rest limit). Then:
 *
 * - fewer months in a row over the limit than a rest lasts at least (3, 738/2009 § 6): paid as before
 *   (Keva: no need to act unless the limit is exceeded at least three months in a row; Kela: a short job can be
 *   a work trial);
 * - 3 or more months in a row over the rest limit: the pension rests for those months (738/2009 § 4), and is
 *   paid again from the first month under it, without a new assessment (HE 72/2009);
 * - a rest longer than 24 months (§ 6) ends the pension: `ended` from the 25th month, for the rest of the plan;
 * - a full earnings-related pension over its 40 % limit for 3 or more months in a row, but not resting: shown at
 *   the partial amount (TyEL 47 § 2 mom.: no right to a full pension while over 40 %), the cautious reading; the
 *   provider converts it only after a review, and no law or official page says after how many months.
 */

/** What the rules say in a month: the shortest and the longest rest (738/2009 § 6). */
export interface RestRules {
  restMinimumMonths: number;
  restMaximumMonths: number;
}

export interface PensionMonth {
  /** YYYY-MM */
  month: string;
  outcome: BenefitOutcome | undefined;
  rules: RestRules;
  /** The regular pay, which the limits test. */
  earnings: Dec;
  /** With the year's holiday bonuses spread over it: over the limit only because of them, the pension as a rule still goes on. */
  counted: Dec;
  /** A full earnings-related pension's partial amount and share, when it may become partial; else null. */
  partial: { amount: Dec; sharePercent: string } | null;
}

const isOver = (s: Status | undefined) => s === 'mayBecomePartial' || s === 'suspended';

/** Maximal runs [from, to] of consecutive indexes where `test` holds, within [from, to]. */
function runs(from: number, to: number, test: (i: number) => boolean): [number, number][] {
  const found: [number, number][] = [];
  let open = -1;
  for (let i = from; i <= to + 1; i += 1) {
    const inside = i <= to && test(i);
    if (inside && open < 0) open = i;
    if (!inside && open >= 0) {
      found.push([open, i - 1]);
      open = -1;
    }
  }
  return found;
}

const changed = (o: BenefitOutcome, status: Status, amount: string, explanations: Explanation[]): BenefitOutcome => ({
  ...o,
  status,
  monthlyAmount: amount,
  explanations,
});

/** One pension's months, over time. Months without the benefit stay without it. */
export function pensionOverTime(months: PensionMonth[]): (BenefitOutcome | undefined)[] {
  const result = months.map((m) => m.outcome);
  const last = months.length - 1;
  const status = (i: number) => months[i]!.outcome?.status;
  let endedFrom: number | null = null;
  const restarts: number[] = [];

  for (const [a, b] of runs(0, last, (i) => isOver(status(i)))) {
    const { restMinimumMonths, restMaximumMonths } = months[a]!.rules;
    const length = b - a + 1;
    if (length < restMinimumMonths) {
      for (let i = a; i <= b; i += 1) {
        const o = months[i]!.outcome!;
        const note = exceedanceTolerated({
          earnings: money(months[i]!.earnings),
          limit: o.earningsLimit ?? money(ZERO),
          monthsInRow: length,
          restMinimumMonths,
          untilPlanEnd: b === last,
        });
        result[i] = changed(o, 'continues', o.monthlyAmountWithoutWork, [...withoutMonthAlone(o.explanations), note]);
      }
      continue;
    }
    const resting = new Set<number>();
    for (const [c, d] of runs(a, b, (i) => status(i) === 'suspended')) {
      if (d - c + 1 < restMinimumMonths) continue;
      for (let i = c; i <= d; i += 1) {
        resting.add(i);
        const month = i - c + 1;
        if (month > restMaximumMonths) {
          endedFrom = endedFrom === null ? i : Math.min(endedFrom, i);
          break;
        }
        const o = months[i]!.outcome!;
        result[i] = changed(o, 'suspended', money(ZERO), [
          ...withoutShortTime(o.explanations),
          restMonth({ monthOfRest: month, monthsInRow: d - c + 1, restMaximumMonths }),
        ]);
      }
      if (d < last && endedFrom === null) restarts.push(d + 1);
    }
    // Over the 40 % limit of a full pension, for months in a row, without a rest: the partial amount, cautiously.
    for (let i = a; i <= b; i += 1) {
      if (resting.has(i)) continue;
      const { outcome: o, partial } = months[i]!;
      if (!o || !partial) continue;
      const words = o.status === 'mayBecomePartial' ? withoutShortTime(o.explanations) : withoutMonthAlone(o.explanations);
      result[i] = changed(o, 'mayBecomePartial', money(partial.amount), [
        ...words,
        mayBecomePartialOverTime({ monthsInRow: length, sharePercent: partial.sharePercent }),
      ]);
    }
    if (endedFrom !== null) break;
  }

  months.forEach((m, i) => {
    const o = result[i];
    if (
      o?.earningsLimit &&
      (o.status === 'continues' || o.status === 'mayBecomePartial') &&
      m.counted.gt(o.earningsLimit) &&
      m.earnings.lte(o.earningsLimit)
    )
      result[i] = {
        ...o,
        explanations: [...o.explanations, holidayBonusOverLimit({ countedEarnings: money(m.counted), limit: o.earningsLimit })],
      };
  });
  for (const i of restarts) {
    const o = result[i];
    if (o && (endedFrom === null || i < endedFrom)) result[i] = { ...o, explanations: [...o.explanations, paymentResumes()] };
  }
  if (endedFrom !== null) {
    const { restMaximumMonths } = months[endedFrom]!.rules;
    const note = restEndedPension({ restMaximumMonths, endedFrom: months[endedFrom]!.month });
    for (let i = endedFrom; i <= last; i += 1) {
      const o = months[i]!.outcome;
      if (o) result[i] = { ...changed(o, 'ended', money(ZERO), [note]), monthlyAmountWithoutWork: money(ZERO), earningsLimit: null };
    }
  }
  return result;
}

/**
 * The highest disability allowance is paid while the Kela pension rests, instead of the care allowance (738/2009
 * § 8). Each month's own outcome
 * pays it when the earnings are over Kela's limit; over time only in a run of months long enough to be a rest,
 * and at most for the rest's longest time, after which the Kela pension has ended.
 */
export function allowanceOverTime(allowances: (BenefitOutcome | undefined)[], rules: RestRules[]): (BenefitOutcome | undefined)[] {
  const result = [...allowances];
  let endedAt = Number.POSITIVE_INFINITY;
  for (const [a, b] of runs(0, allowances.length - 1, (i) => allowances[i]?.status === 'replaced')) {
    const { restMinimumMonths, restMaximumMonths } = rules[a]!;
    const length = b - a + 1;
    for (let i = a; i <= b; i += 1) {
      if (length >= restMinimumMonths && i - a < restMaximumMonths && i < endedAt) continue;
      // No rest: the care allowance goes on as without work (when its level is known), no disability allowance.
      const o = allowances[i]!;
      const care = o.monthlyAmountWithoutWork;
      result[i] =
        Number(care) > 0
          ? changed(o, 'continues', care, [info('careAllowanceWithinLimit', { careAllowance: care, amount: o.monthlyAmount })])
          : changed(o, 'notPayable', money(ZERO), [info('disabilityAllowanceOnlyDuringRest', { amount: o.monthlyAmount })]);
    }
    // A rest longer than its maximum ended the Kela pension: nothing rests any more, in this run or a later one.
    if (length >= restMinimumMonths && length > restMaximumMonths) endedAt = Math.min(endedAt, a + restMaximumMonths);
  }
  return result;
}
