import { CalculationRequest, calculate, type RuleSet } from '#core/index.ts';
import { digestOf, type OutcomeDigest } from './digest.ts';

/**
 * The engine's side of outcome.ts: the digest of an input's outcome under a rule set. Only the routes that
 * save an input (savedContent) and a case saved under another rule set (ruleSetCheck) need it; the others
 * never load the engine or the calculation request's schema at cold start.
 */

/** The outcome digest of a (validated, dated) calculation input under `ruleSet`. */
export function outcomeDigest(ruleSet: RuleSet, input: CalculationRequest & { date: string }): OutcomeDigest {
  return digestOf(calculate(ruleSet, input));
}

/** A saved input's outcome under `ruleSet`; null when it cannot be computed (no date, no longer valid, out of the rules' dates). */
export function savedInputOutcome(ruleSet: RuleSet, saved: unknown): OutcomeDigest | null {
  try {
    const input = CalculationRequest.parse(saved);
    if (input.date === undefined) return null;
    return outcomeDigest(ruleSet, { ...input, date: input.date });
  } catch {
    return null;
  }
}
