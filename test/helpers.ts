import {
  type BenefitOutcome,
  CalculationRequest,
  type CalculationRequestInput,
  type CalculationResult,
  calculate,
  type TimelineResult,
} from '../functions/core/index.ts';
import type { Benefit } from '../functions/core/result.ts';
import { timeline } from '../functions/core/timeline/index.ts';
import { TimelineRequest, type TimelineRequestInput } from '../functions/core/timeline-request.ts';
import { loadRuleSet } from '../rules/load.ts';

/** The repository's own rule set, validated once for all tests. */
export const ruleSet = loadRuleSet();

/** Runs a request through the shared schema and the engine, as the API does. */
export function run(input: CalculationRequestInput & { date: string }): CalculationResult {
  const parsed = CalculationRequest.parse(input);
  return calculate(ruleSet, { ...parsed, date: input.date });
}

/** The outcome of one benefit in one scenario (first scenario unless named). */
export function outcomeOf(result: CalculationResult, benefit: Benefit | 'sickness', scenarioId?: string): BenefitOutcome {
  const scenario = scenarioId ? result.scenarios.find((s) => s.id === scenarioId) : result.scenarios[0];
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  const found = scenario.benefits.find((b) =>
    benefit === 'sickness' ? b.benefit === 'sicknessAllowance' || b.benefit === 'partialSicknessAllowance' : b.benefit === benefit,
  );
  if (!found) throw new Error(`no ${benefit} in scenario ${scenario.id}: ${scenario.benefits.map((b) => b.benefit).join(', ')}`);
  return found;
}

export function codes(outcome: { explanations: { code: string }[] }): string[] {
  return outcome.explanations.map((e) => e.code);
}

/** One scenario of given monthly earnings. */
export const earning = (monthlyEarnings: string, id = 's') => [{ id, monthlyEarnings }];

/** The first day of the month after the rule set's verified date: still computed, with a warning. */
export function monthAfterVerified(): string {
  const [year, month] = ruleSet.verifiedUntil.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Runs a timeline request through the shared schema and the engine, as the API does. */
export function runTimeline(input: TimelineRequestInput): TimelineResult {
  return timeline(ruleSet, TimelineRequest.parse(input));
}

/** One benefit's status and amount in every month of a timeline ('-' where the month has none). */
export function track(result: TimelineResult, benefit: Benefit | 'sickness'): string[] {
  return result.months.map((m) => {
    const found = m.benefits.find((b) =>
      benefit === 'sickness' ? b.benefit === 'sicknessAllowance' || b.benefit === 'partialSicknessAllowance' : b.benefit === benefit,
    );
    return found ? `${found.status} ${found.monthlyAmount}` : '-';
  });
}

/** The benefit's outcome in the timeline's month number `index` (0-based). */
export function monthOutcome(result: TimelineResult, index: number, benefit: Benefit | 'sickness'): BenefitOutcome {
  const month = result.months[index];
  const found = month?.benefits.find((b) =>
    benefit === 'sickness' ? b.benefit === 'sicknessAllowance' || b.benefit === 'partialSicknessAllowance' : b.benefit === benefit,
  );
  if (!found) throw new Error(`no ${benefit} in month ${index}`);
  return found;
}

/** `count` months of the same monthly earnings. */
export const monthsOf = (count: number, monthlyEarnings: string) => Array.from({ length: count }, () => ({ monthlyEarnings }));
