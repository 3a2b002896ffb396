import { type Dec, money } from '../../money.ts';
import { info, warning } from '../../outcome.ts';
import type { Explanation } from '../../result.ts';
import type { Guarantee, National } from './amounts.ts';

/** The words for the Kela pensions: explanation codes and their figures, from the amounts already computed. */

/** How the national pension without work was found. */
export function nationalNotes(national: National, partialOnly: boolean, livingWithPartner: boolean): Explanation[] {
  switch (national.kind) {
    case 'decision':
      return [
        info('kelaAmountFromDecision', { amount: money(national.amount) }),
        ...(partialOnly ? [warning('kelaNotWithPartialPension')] : []),
      ];
    case 'notWithPartialPension':
      return [info('kelaNotWithPartialPension')];
    case 'computed':
      return [
        info('kelaAmountComputed', {
          fullAmount: money(national.full),
          otherPensions: money(national.otherPensions),
          threshold: money(national.threshold),
          reductionPercent: national.reductionPercent.toString(),
          amount: money(national.amount),
          livingWithPartner,
        }),
        ...(national.overLimit
          ? [info('kelaOverOtherPensionsLimit', { limit: money(national.overLimit), livingWithPartner })]
          : national.belowMinimum
            ? [info('kelaBelowMinimumPayable', { minimum: money(national.minimum) })]
            : []),
      ];
  }
}

/** How the guarantee pension without work was found. */
export function guaranteeNotes(guarantee: Guarantee): Explanation[] {
  switch (guarantee.kind) {
    case 'decision':
      return [info('guaranteeAmountFromDecision', { amount: money(guarantee.amount) })];
    case 'notWithPartialPension':
      return [info('guaranteeNotWithPartialPension')];
    case 'computed':
      return [
        info('guaranteeAmountComputed', {
          fullAmount: money(guarantee.full),
          otherPensions: money(guarantee.otherPensions),
          amount: money(guarantee.amount),
        }),
        ...(guarantee.belowMinimum ? [info('guaranteeBelowMinimumPayable', { minimum: money(guarantee.minimum) })] : []),
      ];
  }
}

/** Kela's limit is the euro minimum, even when the earnings-related pension's own limit is higher (738/2009 § 5). */
export function limitNotes(limit: Dec, earningsRelatedLimit: Dec | null): Explanation[] {
  return earningsRelatedLimit?.gt(limit)
    ? [warning('kelaLimitIsEuroMinimum', { limit: money(limit), earningsRelatedLimit: money(earningsRelatedLimit) })]
    : [];
}

/** The work test (738/2009 §§ 2 and 5): within the euro minimum, or over it and left to rest. */
export function workTestNote(
  over: boolean,
  f: { earnings: Dec; limit: Dec; fixedTerm: boolean; restMinimumMonths: string; restMaximumMonths: string },
): Explanation {
  const figures = { earnings: money(f.earnings), limit: money(f.limit), fixedTerm: f.fixedTerm };
  return over
    ? warning('kelaOverLimit', { ...figures, restMinimumMonths: f.restMinimumMonths, restMaximumMonths: f.restMaximumMonths })
    : info('kelaWithinLimit', figures);
}

/**
 * Over the limit for a short time: Kela can treat a short job (e.g. two months) as a work trial; holiday pay is
 * spread over the year and a once-a-year bonus does not count (Kela; Keva's practice for the same law).
 */
export function shortExceedanceNote(): Explanation {
  return info('kelaShortExceedanceMayBeTolerated');
}

/** KEL 12 § 4: the pension is outside law 738/2009 (§ 2 mom. 2), so earnings do not stop it. */
export function exemptNote(): Explanation {
  return info('kelaExemptFromEarningsTest');
}

/**
 * 738/2009 § 2 mom. 3–4 apply the law to the guarantee pension of a person unable to work without the exception
 * that mom. 2 makes for the KEL 12 § 4 pension itself: the cautious reading keeps the euro limit for it.
 */
export function guaranteeWhileExemptNote(over: boolean, f: { earnings: Dec; limit: Dec }): Explanation {
  return warning('guaranteeEarningsTestWhileKelaExempt', { earnings: money(f.earnings), limit: money(f.limit), over });
}

/** The highest disability allowance, paid only while the Kela pension rests (738/2009 § 8). */
/**
 * The care allowance and the highest disability allowance (738/2009 § 8): within the limit the care allowance is
 * paid as before; during a rest the highest disability allowance instead of it, so the gain is the difference.
 * Without the care allowance's level, the gain shown is too large by it: said, with the range of the levels.
 */
export function allowanceNotes(over: boolean, a: { highest: Dec; care: Dec | null; lowest: Dec; top: Dec }): Explanation[] {
  const amount = money(a.highest);
  if (a.care) {
    return [
      over
        ? info('disabilityAllowanceInsteadOfCare', { amount, careAllowance: money(a.care), difference: money(a.highest.minus(a.care)) })
        : info('careAllowanceWithinLimit', { careAllowance: money(a.care), amount }),
    ];
  }
  return over
    ? [
        info('disabilityAllowanceDuringRest', { amount }),
        warning('careAllowanceLevelUnknown', { lowest: money(a.lowest), highest: money(a.top) }),
      ]
    : [info('disabilityAllowanceOnlyDuringRest', { amount })];
}
