import type { Work } from '../earnings.ts';
import { cents, type Dec, dec, max, money, percentOf, ZERO } from '../money.ts';
import { info, outcome, warning } from '../outcome.ts';
import type { CaseInput } from '../request.ts';
import type { BenefitOutcome, Explanation } from '../result.ts';
import type { RuleReader } from '../rules.ts';

type Input = NonNullable<CaseInput['benefits']['kelaPension']>;
type EarningsRelated = CaseInput['benefits']['earningsRelatedPension'];

interface KelaCase {
  kela: Input;
  earningsRelated: EarningsRelated;
  livingWithPartner: boolean | undefined;
  /** The earnings-related pension's own limit, to say when it is higher than Kela's. */
  earningsRelatedLimit: Dec | null;
}

/** KEL 22 §: full national pension less a share of other pensions above the threshold; nothing under the minimum payable. */
function nationalPensionAmount(
  rules: RuleReader,
  otherPensions: Dec,
  livingWithPartner: boolean,
): { amount: Dec; full: Dec; threshold: Dec; reductionPercent: Dec; belowMinimum: boolean; minimum: Dec } {
  const full = rules.number(livingWithPartner ? 'nationalPensionFullWithPartner' : 'nationalPensionFullSingle');
  const threshold = rules.number('nationalPensionIncomeThreshold');
  const reductionPercent = rules.number('nationalPensionReductionPercent');
  const minimum = rules.number('nationalPensionMinimumPayable');
  const reduced = cents(full.minus(percentOf(max(otherPensions.minus(threshold), ZERO), reductionPercent)));
  const belowMinimum = reduced.lt(minimum);
  return { amount: belowMinimum ? ZERO : reduced, full, threshold, reductionPercent, belowMinimum, minimum };
}

/** Takuueläkelaki 7–8 §: the full guarantee pension less the other pensions; nothing under the minimum payable. */
function guaranteePensionAmount(rules: RuleReader, pensions: Dec): { amount: Dec; full: Dec; belowMinimum: boolean; minimum: Dec } {
  const full = rules.number('guaranteePensionFull');
  const minimum = rules.number('guaranteePensionMinimumPayable');
  const topUp = cents(full.minus(pensions));
  const belowMinimum = topUp.lt(minimum);
  return { amount: belowMinimum ? ZERO : topUp, full, belowMinimum, minimum };
}

/**
 * Kela disability pension or rehabilitation subsidy, the guarantee pension, and the highest disability
 * allowance paid while they rest (738/2009 §§ 2, 4 and 8). Kela's work test uses the euro minimum only.
 */
export function prepareKelaPension(kelaRules: RuleReader, guaranteeRules: RuleReader, allowanceRules: RuleReader, c: KelaCase) {
  const limit = kelaRules.number('minimumEarningsLimit');
  const restMinimum = kelaRules.number('restMinimumMonths').toString();
  const restMaximum = kelaRules.number('restMaximumMonths').toString();
  // The guarantee pension and the allowance paid during a rest turn on the same work test (738/2009 §§ 2 and 8).
  guaranteeRules.number('minimumEarningsLimit');
  if (c.kela.receivesCareAllowance) allowanceRules.number('minimumEarningsLimit');
  const otherPensions = c.earningsRelated ? dec(c.earningsRelated.monthlyAmount) : ZERO;
  const partialOnly = c.earningsRelated?.type === 'partial';

  // The national pension as paid without work.
  const kelaNotes: Explanation[] = [];
  let national: Dec;
  if (c.kela.monthlyAmount !== undefined) {
    national = dec(c.kela.monthlyAmount);
    kelaNotes.push(info('kelaAmountFromDecision', { amount: money(national) }));
    if (partialOnly) kelaNotes.push(warning('kelaNotWithPartialPension'));
  } else if (partialOnly) {
    national = ZERO;
    kelaNotes.push(info('kelaNotWithPartialPension'));
  } else {
    const computed = nationalPensionAmount(kelaRules, otherPensions, c.livingWithPartner === true);
    national = computed.amount;
    kelaNotes.push(
      info('kelaAmountComputed', {
        fullAmount: money(computed.full),
        otherPensions: money(otherPensions),
        threshold: money(computed.threshold),
        reductionPercent: computed.reductionPercent.toString(),
        amount: money(computed.amount),
        livingWithPartner: c.livingWithPartner === true,
      }),
    );
    if (computed.belowMinimum) kelaNotes.push(info('kelaBelowMinimumPayable', { minimum: money(computed.minimum) }));
  }
  if (c.earningsRelatedLimit?.gt(limit)) {
    kelaNotes.push(warning('kelaLimitIsEuroMinimum', { limit: money(limit), earningsRelatedLimit: money(c.earningsRelatedLimit) }));
  }

  // The guarantee pension as paid without work.
  const guaranteeNotes: Explanation[] = [];
  let guarantee: Dec;
  if (c.kela.guaranteePension !== undefined) {
    guarantee = dec(c.kela.guaranteePension);
    guaranteeNotes.push(info('guaranteeAmountFromDecision', { amount: money(guarantee) }));
  } else if (partialOnly) {
    guarantee = ZERO;
    guaranteeNotes.push(info('guaranteeNotWithPartialPension'));
  } else {
    const pensions = otherPensions.plus(national);
    const computed = guaranteePensionAmount(guaranteeRules, pensions);
    guarantee = computed.amount;
    guaranteeNotes.push(
      info('guaranteeAmountComputed', { fullAmount: money(computed.full), otherPensions: money(pensions), amount: money(computed.amount) }),
    );
    if (computed.belowMinimum) guaranteeNotes.push(info('guaranteeBelowMinimumPayable', { minimum: money(computed.minimum) }));
  }

  const highestAllowance = c.kela.receivesCareAllowance ? allowanceRules.number('disabilityAllowanceHighest') : null;
  const kelaSources = kelaRules.parameters();
  const guaranteeSources = guaranteeRules.parameters();
  const allowanceSources = allowanceRules.parameters();

  function evaluate(work: Work): BenefitOutcome[] {
    const earnings = work.monthlyEarnings;
    const over = earnings.gt(limit);
    const said = (notes: Explanation[]): Explanation[] => {
      if (work.brief) return [];
      const figures = { earnings: money(earnings), limit: money(limit), fixedTerm: c.kela.fixedTerm };
      const test = over
        ? warning('kelaOverLimit', { ...figures, restMinimumMonths: restMinimum, restMaximumMonths: restMaximum })
        : info('kelaWithinLimit', figures);
      return [...notes, test];
    };
    const statusOf = (withoutWork: Dec): BenefitOutcome['status'] =>
      withoutWork.isZero() ? 'notPayable' : over ? 'suspended' : 'continues';
    const outcomes: BenefitOutcome[] = [
      outcome(work, {
        benefit: 'kelaPension',
        status: statusOf(national),
        amount: over ? ZERO : national,
        withoutWork: national,
        limit,
        explanations: said(kelaNotes),
        sources: kelaSources,
      }),
      outcome(work, {
        benefit: 'guaranteePension',
        status: statusOf(guarantee),
        amount: over ? ZERO : guarantee,
        withoutWork: guarantee,
        limit,
        explanations: said(guaranteeNotes),
        sources: guaranteeSources,
      }),
    ];
    if (highestAllowance) {
      outcomes.push(
        outcome(work, {
          benefit: 'disabilityAllowance',
          status: over ? 'continues' : 'notPayable',
          amount: over ? highestAllowance : ZERO,
          withoutWork: ZERO,
          limit: null,
          explanations: work.brief
            ? []
            : [info(over ? 'disabilityAllowanceDuringRest' : 'disabilityAllowanceOnlyDuringRest', { amount: money(highestAllowance) })],
          sources: allowanceSources,
        }),
      );
    }
    return outcomes;
  }

  return { limit, evaluate };
}
