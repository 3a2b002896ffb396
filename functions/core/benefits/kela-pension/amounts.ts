import { cents, centsDown, type Dec, dec, max, percentOf, ZERO } from '../../money.ts';
import type { CaseInput } from '../../request.ts';
import type { RuleReader } from '../../rules.ts';

export type Input = NonNullable<CaseInput['benefits']['kelaPension']>;
type EarningsRelated = CaseInput['benefits']['earningsRelatedPension'];

/** An amount paid without work taken from the decision, or none beside a partial earnings-related pension alone. */
type Given = { kind: 'decision'; amount: Dec } | { kind: 'notWithPartialPension'; amount: Dec };

interface Computed {
  kind: 'computed';
  amount: Dec;
  full: Dec;
  otherPensions: Dec;
  minimum: Dec;
  belowMinimum: boolean;
}

/** Kela's published limit of other pensions above which no national pension is paid (see the rule file). */
interface OverLimit {
  overLimit: Dec | null;
}

export type National = Given | (Computed & OverLimit & { threshold: Dec; reductionPercent: Dec });
export type Guarantee = Given | Computed;

/**
 * KEL 22 §: the full national pension less a share of the other pensions above the threshold; nothing under the
 * minimum payable. Fractions of a cent are dropped, as Kela's own tables show: 2019, 628.85 − ½ × (242.49 − 55.50)
 * = 535.355 → 535.35 with a guarantee pension of 6.68 (kela.fi, "Exempel på garantipension"); 2026, 787.07 − ½ ×
 * (325.15 − 66.50) = 657.745 → 657.74 with a guarantee pension of 8.01. Nothing either above Kela's own published
 * limit of other pensions (2024: 1 601.21 € living alone, 1 434.88 € with a partner), which lies a cent or two under
 * the point where the formula reaches the minimum (1 601.22, 1 434.90).
 */
function nationalPension(rules: RuleReader, otherPensions: Dec, livingWithPartner: boolean): National {
  const full = rules.number(livingWithPartner ? 'nationalPensionFullWithPartner' : 'nationalPensionFullSingle');
  const threshold = rules.number('nationalPensionIncomeThreshold');
  const reductionPercent = rules.number('nationalPensionReductionPercent');
  const minimum = rules.number('nationalPensionMinimumPayable');
  const limit = rules.number(
    livingWithPartner ? 'nationalPensionOtherPensionsLimitWithPartner' : 'nationalPensionOtherPensionsLimitSingle',
  );
  const reduced = centsDown(full.minus(percentOf(max(otherPensions.minus(threshold), ZERO), reductionPercent)));
  const belowMinimum = reduced.lt(minimum);
  // Named only where it decides: where the formula is already under the minimum, that is the reason given.
  const overLimit = otherPensions.gt(limit) && !belowMinimum ? limit : null;
  return {
    kind: 'computed',
    amount: belowMinimum || overLimit ? ZERO : reduced,
    full,
    otherPensions,
    minimum,
    belowMinimum,
    overLimit,
    threshold,
    reductionPercent,
  };
}

/** Takuueläkelaki 7–8 §: the full guarantee pension less the other pensions; paid when at least the minimum payable. */
function guaranteePension(rules: RuleReader, pensions: Dec): Guarantee {
  const full = rules.number('guaranteePensionFull');
  const minimum = rules.number('guaranteePensionMinimumPayable');
  const topUp = cents(full.minus(pensions));
  const belowMinimum = topUp.lt(minimum);
  return { kind: 'computed', amount: belowMinimum ? ZERO : topUp, full, otherPensions: pensions, minimum, belowMinimum };
}

/**
 * The national pension and the guarantee pension as paid without work: from the decision, or computed. After the
 * earnings-related pension has ended (`earningsRelatedEnded`), it is no longer among the other pensions.
 */
export function kelaAmounts(
  kelaRules: RuleReader,
  guaranteeRules: RuleReader,
  kela: Input,
  earningsRelated: EarningsRelated,
  livingWithPartner: boolean,
  earningsRelatedEnded = false,
): { national: National; guarantee: Guarantee; partialOnly: boolean } {
  const otherPensions = earningsRelated && !earningsRelatedEnded ? dec(earningsRelated.monthlyAmount) : ZERO;
  const partialOnly = earningsRelated?.type === 'partial';
  const national: National =
    kela.monthlyAmount !== undefined
      ? { kind: 'decision', amount: dec(kela.monthlyAmount) }
      : partialOnly
        ? { kind: 'notWithPartialPension', amount: ZERO }
        : nationalPension(kelaRules, otherPensions, livingWithPartner);
  const guarantee: Guarantee =
    kela.guaranteePension !== undefined
      ? { kind: 'decision', amount: dec(kela.guaranteePension) }
      : partialOnly
        ? { kind: 'notWithPartialPension', amount: ZERO }
        : guaranteePension(guaranteeRules, otherPensions.plus(national.amount));
  return { national, guarantee, partialOnly };
}
