import { info } from '../outcome.ts';
import type { BenefitOutcome } from '../result.ts';

/**
 * The Kela pensions beside the earnings-related pension over time (research: rules/research/kela-beside-earnings-related.md).
 *
 * - A rest longer than its maximum ends the earnings-related pension (738/2009 § 6). From then on the national and
 *   guarantee pensions are no longer reduced by it (KEL 22 §, TaEL 8 §): Kela revises them once it learns of the
 *   change (KEL 24 §, TaEL 10 §; the person must report it). The months from the end are computed again, with the
 *   end known (`recompute`: benefits/kela-pension/revision.ts shows the revised amounts from the month after).
 *   A fixed-term subsidy's end date is already known to each month's own calculation.
 * - While it rests or may become partial, an ordinary Kela pension rests too: every earnings-related limit is at
 *   least the euro minimum, Kela's limit (738/2009 §§ 3–5), so the same earnings are over Kela's limit for at least
 *   the same months in a row. Nothing is recomputed; the words say why. A KEL 12 § 4 pension has no earnings test
 *   and is paid: whether Kela counts a resting pension was not found, so its amount is kept and the words say to ask.
 */

const KELA_SIDE = new Set<BenefitOutcome['benefit']>(['kelaPension', 'guaranteePension']);

/** The month (index) the earnings-related pension ended over time, not by its own month's calculation (a fixed term). */
export function endedOverTime(single: BenefitOutcome[][], earningsRelated: (BenefitOutcome | undefined)[]): number | null {
  const i = earningsRelated.findIndex(
    (o, j) => o?.status === 'ended' && single[j]!.find((s) => s.benefit === 'earningsRelatedPension')?.status !== 'ended',
  );
  return i < 0 ? null : i;
}

/** Each month's pensions from `from` on, with the Kela side's outcomes of `recompute` (the end known) instead. */
export function withKelaRecomputed(
  single: BenefitOutcome[][],
  from: number,
  recompute: (i: number) => BenefitOutcome[],
): BenefitOutcome[][] {
  return single.map((outcomes, i) => {
    if (i < from) return outcomes;
    const again = recompute(i).filter((o) => KELA_SIDE.has(o.benefit));
    return outcomes.map((o) => (KELA_SIDE.has(o.benefit) ? (again.find((a) => a.benefit === o.benefit) ?? o) : o));
  });
}

const notInFull = (o: BenefitOutcome | undefined) => o?.status === 'suspended' || o?.status === 'mayBecomePartial';

/**
 * The words for the months the earnings-related pension is not paid in full over time: said on the national pension
 * (or the guarantee pension, when only it is paid without work).
 */
export function kelaBesideRest(
  earningsRelated: (BenefitOutcome | undefined)[],
  kela: (BenefitOutcome | undefined)[],
  guarantee: (BenefitOutcome | undefined)[],
): { kela: (BenefitOutcome | undefined)[]; guarantee: (BenefitOutcome | undefined)[] } {
  const k = [...kela];
  const g = [...guarantee];
  earningsRelated.forEach((e, i) => {
    if (!notInFull(e)) return;
    const [list, o] = k[i] && Number(k[i]!.monthlyAmountWithoutWork) > 0 ? [k, k[i]!] : [g, g[i]];
    if (!o || Number(o.monthlyAmountWithoutWork) === 0) return;
    if (o.status === 'suspended' && o.earningsLimit)
      list[i] = { ...o, explanations: [...o.explanations, info('kelaRestsWithEarningsRelated', { limit: o.earningsLimit })] };
    else if (o.status === 'continues' && list === k)
      list[i] = { ...o, explanations: [...o.explanations, info('kelaPaidWhileEarningsRelatedRests')] };
  });
  return { kela: k, guarantee: g };
}
