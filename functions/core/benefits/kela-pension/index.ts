import type { Work } from '../../earnings.ts';
import { type Dec, ZERO } from '../../money.ts';
import { outcome } from '../../outcome.ts';
import type { CaseInput } from '../../request.ts';
import type { BenefitOutcome, Status } from '../../result.ts';
import type { RuleReader } from '../../rules.ts';
import { fixedTermIn, fixedTermNotes } from '../fixed-term.ts';
import { type Input, kelaAmounts } from './amounts.ts';
import {
  allowanceNotes,
  exemptNote,
  guaranteeNotes,
  guaranteeWhileExemptNote,
  limitNotes,
  nationalNotes,
  shortExceedanceNote,
  workTestNote,
} from './explain.ts';
import { type EarningsRelatedEnd, revisionNotes } from './revision.ts';

const CARE_ALLOWANCE = { basic: 'careAllowanceBasic', increased: 'careAllowanceIncreased', highest: 'careAllowanceHighest' } as const;

interface KelaCase {
  kela: Input;
  earningsRelated: CaseInput['benefits']['earningsRelatedPension'];
  livingWithPartner: boolean | undefined;
  /** The earnings-related pension's own limit, to say when it is higher than Kela's. */
  earningsRelatedLimit: Dec | null;
  /** The earnings-related pension has ended by this month: Kela revises its amounts without it (revision.ts). */
  earningsRelatedEnd: EarningsRelatedEnd | null;
}

/**
 * Kela disability pension or rehabilitation subsidy, the guarantee pension, and the highest disability
 * allowance paid while they rest (738/2009 §§ 2, 4 and 8). Kela's work test uses the euro minimum only.
 */
export function prepareKelaPension(kelaRules: RuleReader, guaranteeRules: RuleReader, allowanceRules: RuleReader, c: KelaCase) {
  const limit = kelaRules.number('minimumEarningsLimit');
  const restMinimumMonths = kelaRules.number('restMinimumMonths').toString();
  const restMaximumMonths = kelaRules.number('restMaximumMonths').toString();
  const exempt = c.kela.exemptFromEarningsTest === true;
  // The allowance replaces the care allowance only while the Kela pension rests, which an exempt one never does.
  const receivesCareAllowance = c.kela.receivesCareAllowance === true || c.kela.careAllowanceLevel !== undefined;
  const allowanceDuringRest = receivesCareAllowance && !exempt;
  // The guarantee pension and the allowance paid during a rest turn on the same work test (738/2009 §§ 2 and 8).
  guaranteeRules.cite('minimumEarningsLimit');
  if (allowanceDuringRest) allowanceRules.cite('minimumEarningsLimit');

  const livingWithPartner = c.livingWithPartner === true;
  const before = kelaAmounts(kelaRules, guaranteeRules, c.kela, c.earningsRelated, livingWithPartner);
  const end = c.earningsRelatedEnd;
  const after = end ? kelaAmounts(kelaRules, guaranteeRules, c.kela, c.earningsRelated, livingWithPartner, true) : before;
  const revised = end !== null && kelaRules.date.slice(0, 7) >= end.revisedFrom;
  const { national, guarantee, partialOnly } = revised ? after : before;
  const revision = end ? revisionNotes(end, revised, before, after) : { national: [], guarantee: [] };
  const highestAllowance = allowanceDuringRest ? allowanceRules.number('disabilityAllowanceHighest') : null;
  // The care allowance the highest disability allowance replaces: known when its level is given.
  const careAllowance =
    allowanceDuringRest && c.kela.careAllowanceLevel !== undefined
      ? allowanceRules.number(CARE_ALLOWANCE[c.kela.careAllowanceLevel])
      : null;
  const careRange = allowanceDuringRest
    ? { lowest: allowanceRules.number('careAllowanceBasic'), top: allowanceRules.number('careAllowanceHighest') }
    : null;

  const kelaNotes = [
    ...nationalNotes(national, partialOnly, livingWithPartner),
    ...revision.national,
    ...(exempt || end ? [] : limitNotes(limit, c.earningsRelatedLimit)),
  ];
  const guaranteeWords = [...guaranteeNotes(guarantee), ...revision.guarantee];
  const kelaSources = kelaRules.parameters();
  const guaranteeSources = guaranteeRules.parameters();
  const allowanceSources = allowanceRules.parameters();

  const term = fixedTermIn(kelaRules.date, c.kela.endsOn);
  const termNotes = fixedTermNotes(term);

  /** After a fixed term's end date: nothing is paid, neither the pension nor what comes with it. */
  function ended(work: Work): BenefitOutcome[] {
    const stopped = (benefit: 'kelaPension' | 'guaranteePension' | 'disabilityAllowance', sources: typeof kelaSources) =>
      outcome(work, {
        benefit,
        status: 'ended',
        amount: ZERO,
        withoutWork: ZERO,
        limit: null,
        explanations: work.brief ? [] : termNotes,
        sources,
      });
    return [
      stopped('kelaPension', kelaSources),
      stopped('guaranteePension', guaranteeSources),
      ...(highestAllowance ? [stopped('disabilityAllowance', allowanceSources)] : []),
    ];
  }

  /** Paid as without work within the euro minimum; left to rest above it; not paid at all when there is nothing to pay. */
  const statusOf = (withoutWork: Dec, over: boolean): Status => (withoutWork.isZero() ? 'notPayable' : over ? 'suspended' : 'continues');

  function evaluate(work: Work): BenefitOutcome[] {
    if (term.kind === 'ended') return ended(work);
    const earnings = work.monthlyEarnings;
    const over = earnings.gt(limit);
    // Words for one scenario: a chart's points (brief) need none.
    const workTest = work.brief
      ? []
      : [workTestNote(over, { earnings, limit, fixedTerm: c.kela.fixedTerm, restMinimumMonths, restMaximumMonths })];
    // Said once, with the first Kela pension that is paid and would rest.
    const tolerated = (first: boolean) => (over && first ? [shortExceedanceNote()] : []);
    const nationalPaid = !national.amount.isZero();
    // A KEL 12 § 4 pension has no earnings test: it is paid whatever the earnings, with no limit to show.
    const nationalRests = over && !exempt;
    const outcomes: BenefitOutcome[] = [
      outcome(work, {
        benefit: 'kelaPension',
        status: statusOf(national.amount, nationalRests),
        amount: nationalRests ? ZERO : national.amount,
        withoutWork: national.amount,
        limit: exempt ? null : limit,
        explanations: work.brief
          ? []
          : [...termNotes, ...kelaNotes, ...(exempt ? [exemptNote()] : [...workTest, ...tolerated(nationalPaid)])],
        sources: kelaSources,
      }),
      outcome(work, {
        benefit: 'guaranteePension',
        status: statusOf(guarantee.amount, over),
        amount: over ? ZERO : guarantee.amount,
        withoutWork: guarantee.amount,
        limit,
        explanations: work.brief
          ? []
          : [
              ...termNotes,
              ...guaranteeWords,
              ...(exempt
                ? [guaranteeWhileExemptNote(over, { earnings, limit })]
                : [...workTest, ...tolerated(!nationalPaid && !guarantee.amount.isZero())]),
            ],
        sources: guaranteeSources,
      }),
    ];
    if (highestAllowance && careRange) {
      // One line for what Kela pays on top of the pension: the care allowance within the limit, the highest
      // disability allowance instead of it during a rest. Without the level the care allowance is not known:
      // nothing is shown for it, and the Why text says that the gain is smaller by it.
      const care = careAllowance ?? ZERO;
      outcomes.push(
        outcome(work, {
          benefit: 'disabilityAllowance',
          status: over ? 'replaced' : careAllowance ? 'continues' : 'notPayable',
          amount: over ? highestAllowance : care,
          withoutWork: care,
          limit: null,
          explanations: work.brief ? [] : allowanceNotes(over, { highest: highestAllowance, care: careAllowance, ...careRange }),
          sources: allowanceSources,
        }),
      );
    }
    return outcomes;
  }

  return { limit, evaluate };
}
