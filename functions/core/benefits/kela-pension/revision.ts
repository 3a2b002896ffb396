import { money } from '../../money.ts';
import { info, warning } from '../../outcome.ts';
import type { CaseInput } from '../../request.ts';
import type { Explanation } from '../../result.ts';
import { addMonths } from '../../timeline-request.ts';
import type { Guarantee, National } from './amounts.ts';

/**
 * The national pension is reduced by the earnings-related pension (KEL 22 §; ETK: "Jokainen työeläke-euro pienentää
 * täyttä kansaneläkettä 50 sentillä") and the guarantee pension by all other pensions (TaEL 8 §). When the
 * earnings-related pension ends (a fixed-term subsidy on its end date, or a rest longer than 24 months), Kela
 * revises both (KEL 24 §, TaEL 10 §) once it learns of the change: the person must report it (kela.fi,
 * "Näin ilmoitat muutoksista, jotka vaikuttavat takuueläkkeeseen": "jos … niiden määrä muuttuu"). The month from
 * which a revision takes effect was not found in the stored law texts, so the revised amount is shown from the month
 * after the first month without the earnings-related pension, the later reading (see rules/research/kela-beside-earnings-related.md).
 */
export interface EarningsRelatedEnd {
  /** The first month the earnings-related pension is no longer paid, because it has ended (YYYY-MM). */
  endedFrom: string;
  /** The first month shown with Kela's revised amounts (YYYY-MM). */
  revisedFrom: string;
}

type EarningsRelated = CaseInput['benefits']['earningsRelatedPension'];

/**
 * The earnings-related pension's end as of the month of `date`, if it has ended by then: a fixed-term subsidy's
 * end date, or (from a timeline) the month a rest outlasted its maximum, whichever is first. A partial pension
 * alone gives no national or guarantee pension, before or after (so: none).
 */
export function earningsRelatedEndIn(date: string, pension: EarningsRelated, endedOverTime?: string): EarningsRelatedEnd | null {
  if (pension?.type !== 'full') return null;
  const candidates = [pension.endsOn ? addMonths(pension.endsOn.slice(0, 7), 1) : null, endedOverTime ?? null].filter(
    (m): m is string => m !== null,
  );
  if (candidates.length === 0) return null;
  const endedFrom = candidates.sort()[0]!;
  if (date.slice(0, 7) < endedFrom) return null;
  return { endedFrom, revisedFrom: addMonths(endedFrom, 1) };
}

type Revised = 'kelaRevisedAfterEarningsRelatedEnded' | 'guaranteeRevisedAfterEarningsRelatedEnded';
type FromDecision = 'kelaDecisionAfterEarningsRelatedEnded' | 'guaranteeDecisionAfterEarningsRelatedEnded';

/**
 * What one of Kela's amounts becomes without the earnings-related pension: from X to Y, shown from the month after
 * the end; or, for an amount typed from Kela's decision (which may count pensions the calculator does not know),
 * only that Kela revises it.
 */
function revisionNote(
  end: EarningsRelatedEnd,
  revised: boolean,
  from: National | Guarantee,
  to: National | Guarantee,
  codes: { computed: Revised; decision: FromDecision },
): Explanation[] {
  if (from.kind === 'decision') return [warning(codes.decision, { endedFrom: end.endedFrom })];
  if (from.amount.eq(to.amount)) return [];
  const f = { endedFrom: end.endedFrom, revisedFrom: end.revisedFrom, before: money(from.amount), after: money(to.amount), revised };
  return [info(codes.computed, f)];
}

/** The revision's words for the national and the guarantee pension. */
export function revisionNotes(
  end: EarningsRelatedEnd,
  revised: boolean,
  before: { national: National; guarantee: Guarantee },
  after: { national: National; guarantee: Guarantee },
): { national: Explanation[]; guarantee: Explanation[] } {
  return {
    national: revisionNote(end, revised, before.national, after.national, {
      computed: 'kelaRevisedAfterEarningsRelatedEnded',
      decision: 'kelaDecisionAfterEarningsRelatedEnded',
    }),
    guarantee: revisionNote(end, revised, before.guarantee, after.guarantee, {
      computed: 'guaranteeRevisedAfterEarningsRelatedEnded',
      decision: 'guaranteeDecisionAfterEarningsRelatedEnded',
    }),
  };
}
