import { BENEFITS, type Benefit, type ExplanationCode, type TimelineMonth, type TimelineResult } from '#core/result.ts';

/**
 * What the timeline view draws and says, from the API's answer: the benefits present, the income of each
 * month stacked by source, the months with a rest or an end, and which notes to put in words.
 */

/** The benefits any month has, in the engine's order. */
export function benefitsOf(result: TimelineResult): Benefit[] {
  const present = new Set(result.months.flatMap((m) => m.benefits.map((b) => b.benefit)));
  return BENEFITS.filter((b) => present.has(b));
}

export interface StackPart {
  key: 'earnings' | Benefit;
  amount: number;
}

/** A month's income before tax by source: pay (with the bonuses), then each benefit paid. */
export function stackOf(month: TimelineMonth): StackPart[] {
  const pay = Number(month.monthlyEarnings) + Number(month.holidayBonus) + Number(month.annualBonus);
  return [
    { key: 'earnings' as const, amount: pay },
    ...month.benefits.map((b) => ({ key: b.benefit, amount: Number(b.monthlyAmount) })),
  ].filter((p) => p.amount > 0);
}

const PENSIONS: readonly Benefit[] = ['earningsRelatedPension', 'kelaPension'];

/** A pension rests in this month. */
export const resting = (month: TimelineMonth) => month.benefits.some((b) => PENSIONS.includes(b.benefit) && b.status === 'suspended');

/** A benefit has ended by this month. */
export const ended = (month: TimelineMonth) => month.benefits.some((b) => b.status === 'ended');

/** Notes said every time they occur: each is news for its month. */
const NEWS: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>([
  'exceedanceTolerated',
  'kelaShortExceedanceMayBeTolerated',
  'paymentResumes',
  'restEndedPension',
  'fixedTermEndsThisMonth',
  'holidayBonusOverLimit',
  'holidayBonusSpread',
  'annualBonusNotCounted',
  'mayBecomePartialOverTime',
]);
/** Notes said when a benefit's status changes to what they explain (the first month of a rest, of an end). */
const ON_CHANGE: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>([
  'restMonth',
  'fixedTermEnded',
  'sicknessMaximumReached',
  'partialSicknessMaximumReached',
]);

/** Notes said in the first month of each run of months that carry them (the same benefit's month before did not). */
const ON_ONSET: ReadonlySet<ExplanationCode> = new Set<ExplanationCode>([
  'kelaRevisedAfterEarningsRelatedEnded',
  'guaranteeRevisedAfterEarningsRelatedEnded',
  'kelaDecisionAfterEarningsRelatedEnded',
  'guaranteeDecisionAfterEarningsRelatedEnded',
  'kelaRestsWithEarningsRelated',
  'kelaPaidWhileEarningsRelatedRests',
]);

export interface Note {
  benefit: Benefit | null;
  code: ExplanationCode;
  params: Record<string, unknown>;
}

/** Each month's notes: what changes, what is tolerated, what is beyond the verified rules (once). */
export function notesOf(result: TimelineResult): { month: string; notes: Note[] }[] {
  let beyondSaid = false;
  return result.months.flatMap((m, i) => {
    const before = result.months[i - 1];
    const notes: Note[] = [];
    for (const e of m.explanations) {
      if (e.code === 'beyondVerifiedDate' && !beyondSaid) {
        beyondSaid = true;
        notes.push({ benefit: null, code: e.code, params: e.params ?? {} });
      } else if (NEWS.has(e.code)) notes.push({ benefit: null, code: e.code, params: e.params ?? {} });
    }
    for (const b of m.benefits) {
      const previous = before?.benefits.find((x) => x.benefit === b.benefit);
      const changed = previous?.status !== b.status;
      const onset = (code: ExplanationCode) => ON_ONSET.has(code) && !previous?.explanations.some((e) => e.code === code);
      for (const e of b.explanations) {
        if (NEWS.has(e.code) || (ON_CHANGE.has(e.code) && changed) || onset(e.code))
          notes.push({ benefit: b.benefit, code: e.code, params: e.params ?? {} });
      }
    }
    return notes.length > 0 ? [{ month: m.month, notes }] : [];
  });
}
