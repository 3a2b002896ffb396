import { cents, type Dec, dec, max, percentOf } from '../../money.ts';
import type { CaseInput } from '../../request.ts';
import type { RuleReader } from '../../rules.ts';

export type Input = NonNullable<CaseInput['benefits']['earningsRelatedPension']>;

/** Where the limit came from: the decision, the stabilised earnings, or nothing (the euro minimum is used). */
type LimitBasis =
  | { kind: 'decision' }
  | { kind: 'stabilisedEarnings'; stabilisedEarnings: Dec; percent: Dec; personal: Dec }
  | { kind: 'unknown' };

export interface EarningsRelatedLimits {
  /** Earnings up to which the pension is paid as it is (full: 40 % limit; partial: 60 % limit). */
  limit: Dec;
  /** Earnings above which the pension is left to rest (738/2009 § 4: over the euro minimum and 60 %). */
  suspensionLimit: Dec;
  basis: LimitBasis;
  /** The euro minimum (738/2009 § 3). */
  minimum: Dec;
  /** The personal limit, when it was under the euro minimum and so raised to it. */
  raisedFrom: Dec | null;
  /** The decision gave only the euro minimum as the 40 % limit: the 60 % limit is unknown, the minimum assumed. */
  suspensionAssumedMinimum: boolean;
}

/**
 * 738/2009 § 3: the personal limit is 40 % (full pension) or 60 % (partial) of the stabilised earnings, but
 * always at least the euro minimum; § 4: above 60 % (and the euro minimum) the pension is left to rest.
 */
export function earningsRelatedLimits(rules: RuleReader, input: Input): EarningsRelatedLimits {
  const minimum = rules.number('minimumEarningsLimit');
  const fullPercent = rules.number('fullPensionEarningsLimitPercent');
  const partialPercent = rules.number('partialPensionEarningsLimitPercent');
  const full = input.type === 'full';
  const atLeastMinimum = (personal: Dec) => ({ limit: max(personal, minimum), raisedFrom: personal.lt(minimum) ? personal : null });
  const common = { minimum, suspensionAssumedMinimum: false };

  if (input.stabilisedEarnings !== undefined) {
    const stabilised = dec(input.stabilisedEarnings);
    const at60 = cents(percentOf(stabilised, partialPercent));
    const at40 = cents(percentOf(stabilised, fullPercent));
    const personal = input.earningsLimit !== undefined ? dec(input.earningsLimit) : full ? at40 : at60;
    const { limit, raisedFrom } = atLeastMinimum(personal);
    const basis: LimitBasis =
      input.earningsLimit !== undefined
        ? { kind: 'decision' }
        : { kind: 'stabilisedEarnings', stabilisedEarnings: stabilised, percent: full ? fullPercent : partialPercent, personal };
    return { ...common, limit, suspensionLimit: max(max(at60, minimum), limit), basis, raisedFrom };
  }

  if (input.earningsLimit !== undefined) {
    const { limit, raisedFrom } = atLeastMinimum(dec(input.earningsLimit));
    const basis: LimitBasis = { kind: 'decision' };
    if (!full) return { ...common, limit, suspensionLimit: limit, basis, raisedFrom };
    // The decision's 40 % limit gives the stabilised earnings, and so the 60 % limit, unless the limit is the
    // euro minimum itself: then the 60 % limit is unknown and the minimum is assumed (the cautious reading).
    if (limit.gt(minimum))
      return { ...common, limit, suspensionLimit: cents(limit.mul(partialPercent).div(fullPercent)), basis, raisedFrom };
    return { ...common, limit, suspensionLimit: limit, basis, raisedFrom, suspensionAssumedMinimum: true };
  }

  return { ...common, limit: minimum, suspensionLimit: minimum, basis: { kind: 'unknown' }, raisedFrom: null };
}
