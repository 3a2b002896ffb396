import { type Dec, money, percentOf } from '../../money.ts';
import { info, warning } from '../../outcome.ts';
import type { Explanation, Status } from '../../result.ts';
import type { EarningsRelatedLimits, Input } from './limits.ts';

/** The words for the earnings-related pension: explanation codes and their figures, from the amounts already computed. */

/** Where the limit came from, and when it is the euro minimum. */
export function limitNotes(l: EarningsRelatedLimits): Explanation[] {
  const minimum = money(l.minimum);
  const raised = l.raisedFrom ? [info('limitIsEuroMinimum', { minimum, personal: money(l.raisedFrom) })] : [];
  switch (l.basis.kind) {
    case 'stabilisedEarnings':
      return [
        info('limitFromStabilisedEarnings', {
          stabilisedEarnings: money(l.basis.stabilisedEarnings),
          percent: l.basis.percent.toString(),
          limit: money(l.basis.personal),
        }),
        ...raised,
      ];
    case 'decision':
      return [
        ...raised,
        info('limitFromDecision', { limit: money(l.limit) }),
        ...(l.suspensionAssumedMinimum ? [warning('suspensionLimitAssumedMinimum', { minimum })] : []),
      ];
    case 'unknown':
      return [warning('limitUnknownUsingMinimum', { minimum })];
  }
}

export interface OutcomeFacts {
  status: Status;
  earnings: Dec;
  limits: EarningsRelatedLimits;
  input: Input;
  sharePercent: Dec;
  restMinimumMonths: string;
  restMaximumMonths: string;
  accrualPercent: Dec;
}

/** What the earnings do to the pension (TyEL 47 §, 738/2009 §§ 3–4, 6 and 9). */
export function outcomeNotes(f: OutcomeFacts): Explanation[] {
  const figures = {
    earnings: money(f.earnings),
    limit: money(f.limits.limit),
    suspensionLimit: money(f.limits.suspensionLimit),
    fixedTerm: f.input.fixedTerm,
    type: f.input.type,
  };
  const tolerated = info('shortExceedanceMayBeTolerated', { restMinimumMonths: f.restMinimumMonths });
  const said: Explanation[] = [];
  if (f.status === 'continues') said.push(info('withinLimit', figures));
  if (f.status === 'mayBecomePartial') {
    said.push(warning('overFullPensionLimit', { ...figures, sharePercent: f.sharePercent.toString() }));
    // TyEL 47 § 1 mom.: the right to the pension is reviewed on application or at the provider's initiative.
    said.push(info('fullPensionPaidUntilReview', { sharePercent: f.sharePercent.toString() }));
    said.push(tolerated);
  }
  if (f.status === 'suspended') {
    said.push(
      warning('overSuspensionLimit', { ...figures, restMinimumMonths: f.restMinimumMonths, restMaximumMonths: f.restMaximumMonths }),
    );
    said.push(info('restartWithoutNewAssessment'));
    said.push(tolerated);
  }
  if (f.earnings.gt(0)) {
    said.push(
      info('newPensionAccrues', {
        percent: f.accrualPercent.toString(),
        monthlyPensionPerYearOfWork: money(percentOf(f.earnings, f.accrualPercent)),
      }),
    );
  }
  return said;
}
