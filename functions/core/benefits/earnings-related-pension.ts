import type { Work } from '../earnings.ts';
import { cents, type Dec, dec, max, money, percentOf, ZERO } from '../money.ts';
import { info, outcome, warning } from '../outcome.ts';
import type { CaseInput } from '../request.ts';
import type { BenefitOutcome, Explanation } from '../result.ts';
import type { RuleReader } from '../rules.ts';

type Input = NonNullable<CaseInput['benefits']['earningsRelatedPension']>;

export interface EarningsRelatedLimits {
  /** Earnings up to which the pension is paid as it is (full: 40 % limit; partial: 60 % limit). */
  limit: Dec;
  /** Earnings above which the pension is left to rest (738/2009 § 4: over the euro minimum and 60 %). */
  suspensionLimit: Dec;
  notes: Explanation[];
}

/** 738/2009 § 3: the personal limit is a share of the stabilised earnings, but always at least the euro minimum. */
function earningsRelatedLimits(rules: RuleReader, input: Input): EarningsRelatedLimits {
  const minimum = rules.number('minimumEarningsLimit');
  const fullPercent = rules.number('fullPensionEarningsLimitPercent');
  const partialPercent = rules.number('partialPensionEarningsLimitPercent');
  const full = input.type === 'full';
  const notes: Explanation[] = [];
  const atLeastMinimum = (amount: Dec): Dec => {
    if (amount.lt(minimum)) notes.push(info('limitIsEuroMinimum', { minimum: money(minimum), personal: money(amount) }));
    return max(amount, minimum);
  };

  if (input.stabilisedEarnings !== undefined) {
    const stabilised = dec(input.stabilisedEarnings);
    const at60 = cents(percentOf(stabilised, partialPercent));
    const at40 = cents(percentOf(stabilised, fullPercent));
    const suspensionLimit = max(at60, minimum);
    let limit: Dec;
    if (input.earningsLimit !== undefined) {
      limit = atLeastMinimum(dec(input.earningsLimit));
      notes.push(info('limitFromDecision', { limit: money(limit) }));
    } else {
      const own = full ? at40 : at60;
      notes.push(
        info('limitFromStabilisedEarnings', {
          stabilisedEarnings: money(stabilised),
          percent: (full ? fullPercent : partialPercent).toString(),
          limit: money(own),
        }),
      );
      limit = atLeastMinimum(own);
    }
    return { limit, suspensionLimit: max(suspensionLimit, limit), notes };
  }

  if (input.earningsLimit !== undefined) {
    const limit = atLeastMinimum(dec(input.earningsLimit));
    notes.push(info('limitFromDecision', { limit: money(limit) }));
    if (!full) return { limit, suspensionLimit: limit, notes };
    // The decision's 40 % limit gives the stabilised earnings, and so the 60 % limit, unless the limit is the
    // euro minimum itself: then the 60 % limit is unknown and the minimum is assumed (the cautious reading).
    if (limit.gt(minimum)) {
      return { limit, suspensionLimit: cents(limit.mul(partialPercent).div(fullPercent)), notes };
    }
    notes.push(warning('suspensionLimitAssumedMinimum', { minimum: money(minimum) }));
    return { limit, suspensionLimit: limit, notes };
  }

  notes.push(warning('limitUnknownUsingMinimum', { minimum: money(minimum) }));
  return { limit: minimum, suspensionLimit: minimum, notes };
}

/**
 * Earnings-related disability pension or rehabilitation subsidy, full or partial (TyEL 47 §, 738/2009 §§ 3–4).
 * Returns the limits (the Kela rules compare against them) and the evaluator for one work scenario.
 */
export function prepareEarningsRelatedPension(rules: RuleReader, input: Input) {
  const { limit, suspensionLimit, notes } = earningsRelatedLimits(rules, input);
  const sharePercent = rules.number('partialPensionSharePercent');
  const restMinimum = rules.number('restMinimumMonths').toString();
  const restMaximum = rules.number('restMaximumMonths').toString();
  const accrualPercent = rules.number('pensionAccrualDuringPensionPercent');
  const amount = dec(input.monthlyAmount);
  const full = input.type === 'full';
  const sources = rules.parameters();
  const limitText = money(limit);
  const suspensionText = money(suspensionLimit);

  function explain(status: BenefitOutcome['status'], earnings: Dec): Explanation[] {
    const figures = {
      earnings: money(earnings),
      limit: limitText,
      suspensionLimit: suspensionText,
      fixedTerm: input.fixedTerm,
      type: input.type,
    };
    const said: Explanation[] = [];
    if (status === 'continues') said.push(info('withinLimit', figures));
    if (status === 'mayBecomePartial') {
      said.push(warning('overFullPensionLimit', { ...figures, sharePercent: sharePercent.toString() }));
      said.push(info('shortExceedanceMayBeTolerated', { restMinimumMonths: restMinimum }));
    }
    if (status === 'suspended') {
      said.push(warning('overSuspensionLimit', { ...figures, restMinimumMonths: restMinimum, restMaximumMonths: restMaximum }));
      said.push(info('restartWithoutNewAssessment'));
      said.push(info('shortExceedanceMayBeTolerated', { restMinimumMonths: restMinimum }));
    }
    if (earnings.gt(0)) {
      said.push(
        info('newPensionAccrues', {
          percent: accrualPercent.toString(),
          monthlyPensionPerYearOfWork: money(percentOf(earnings, accrualPercent)),
        }),
      );
    }
    return said;
  }

  function evaluate(work: Work): BenefitOutcome {
    const earnings = work.monthlyEarnings;
    let status: BenefitOutcome['status'];
    let paid: Dec;
    if (earnings.lte(limit)) {
      status = 'continues';
      paid = amount;
    } else if (full && earnings.lte(suspensionLimit)) {
      status = 'mayBecomePartial';
      paid = cents(percentOf(amount, sharePercent));
    } else {
      status = 'suspended';
      paid = ZERO;
    }
    const explanations: Explanation[] = work.brief ? [] : [...notes, ...explain(status, earnings)];
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

  return { limit, suspensionLimit, evaluate };
}
