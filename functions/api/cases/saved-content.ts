import { CaseInputError } from '#core/case-issues.ts';
import type { CalculationRequest } from '#core/request.ts';
import { RuleDateError } from '#core/ruleset.ts';
import { badRequest } from '../http/errors.ts';
import { todayInHelsinki } from '../http/today.ts';
import { ruleSet } from '../ruleset.ts';
import type { OutcomeDigest } from './digest.ts';
import { outcomeDigest } from './outcome-now.ts';

/**
 * What is saved for a calculation input: the input with its date (today in Finland when left out, so the
 * case keeps its month), the rule set version and the digest of its outcome under it.
 */
export function savedContent(input: CalculationRequest): {
  input: CalculationRequest & { date: string };
  ruleSetVersion: string;
  outcome: OutcomeDigest;
} {
  const dated = { ...input, date: input.date ?? todayInHelsinki() };
  try {
    return { input: dated, ruleSetVersion: ruleSet.version, outcome: outcomeDigest(ruleSet, dated) };
  } catch (error) {
    if (error instanceof RuleDateError) {
      throw badRequest([
        {
          path: ['input', ...error.path],
          message: `must be ${error.validFrom} or later: the rules start on that date`,
          code: 'custom',
          params: { reason: 'beforeRuleSet', min: error.validFrom },
        },
      ]);
    }
    if (error instanceof CaseInputError) throw badRequest([{ ...error.issue, path: ['input', ...error.issue.path] }]);
    throw error;
  }
}
