import type { Work } from '../../earnings.ts';
import { cents, type Dec, dec, percentOf, ZERO } from '../../money.ts';
import { outcome } from '../../outcome.ts';
import type { BenefitOutcome, Status } from '../../result.ts';
import type { RuleReader } from '../../rules.ts';
import { fixedTermIn, fixedTermNotes } from '../fixed-term.ts';
import { limitNotes, outcomeNotes } from './explain.ts';
import { earningsRelatedLimits, type Input } from './limits.ts';

/**
 * Earnings-related disability pension or rehabilitation subsidy, full or partial (TyEL 47 §, 738/2009 §§ 3–4).
 * Returns the limits (the Kela rules compare against them) and the evaluator for one work scenario.
 */
export function prepareEarningsRelatedPension(rules: RuleReader, input: Input) {
  const limits = earningsRelatedLimits(rules, input);
  const { limit, suspensionLimit } = limits;
  const sharePercent = rules.number('partialPensionSharePercent');
  const restMinimumMonths = rules.number('restMinimumMonths').toString();
  const restMaximumMonths = rules.number('restMaximumMonths').toString();
  const accrualPercent = rules.number('pensionAccrualDuringPensionPercent');
  const amount = dec(input.monthlyAmount);
  const full = input.type === 'full';
  const sources = rules.parameters();
  const notes = limitNotes(limits);
  const term = fixedTermIn(rules.date, input.endsOn);
  const termNotes = fixedTermNotes(term);
  const partialAmount = cents(percentOf(amount, sharePercent));

  /**
   * Within the limit the pension is paid as it is; a full pension between the 40 % and 60 % limits may become a
   * partial one (shown at the partial amount, the cautious reading); above the rest limit it is left to rest.
   */
  function decide(earnings: Dec): { status: Status; paid: Dec } {
    if (earnings.lte(limit)) return { status: 'continues', paid: amount };
    if (full && earnings.lte(suspensionLimit)) return { status: 'mayBecomePartial', paid: partialAmount };
    return { status: 'suspended', paid: ZERO };
  }

  function evaluate(work: Work): BenefitOutcome {
    // After a fixed term's end date nothing is paid, whatever the earnings: there is no limit to keep.
    if (term.kind === 'ended') {
      return outcome(work, {
        benefit: 'earningsRelatedPension',
        status: 'ended',
        amount: ZERO,
        withoutWork: ZERO,
        limit: null,
        explanations: work.brief ? [] : termNotes,
        sources,
      });
    }
    const earnings = work.monthlyEarnings;
    const { status, paid } = decide(earnings);
    const explanations = work.brief
      ? []
      : [
          ...termNotes,
          ...notes,
          ...outcomeNotes({ status, earnings, limits, input, sharePercent, restMinimumMonths, restMaximumMonths, accrualPercent }),
        ];
    return outcome(work, {
      benefit: 'earningsRelatedPension',
      status,
      amount: paid,
      withoutWork: amount,
      limit,
      suspensionLimit: full ? suspensionLimit : null,
      explanations,
      sources,
    });
  }

  /** What the timeline needs to show a month at another status than this month's earnings alone give. */
  return { limit, suspensionLimit, evaluate, full, partialAmount, sharePercent };
}
