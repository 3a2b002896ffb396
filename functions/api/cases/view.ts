import { CaseInputError } from '#core/case-issues.ts';
import type { CalculationRequest } from '#core/request.ts';
import { RuleDateError } from '#core/ruleset.ts';
import type { CaseRecord, CaseSummary, ListedCase, SharedCase, ShareRecord } from '../../store/items.ts';
import { badRequest } from '../http/errors.ts';
import { todayInHelsinki } from '../http/today.ts';
import { ruleSet } from '../ruleset.ts';
import type { CaseResponse, CaseSummaryResponse, SharedCaseResponse, ShareLink } from './answers.ts';
import { type OutcomeDigest, outcomeChangedNow, outcomeDigest, type RuleSetCheck, ruleSetCheck } from './outcome.ts';

/** How the web app opens a share link: a fragment, so the token never reaches a server log. */
export const SHARE_PATH_PREFIX = '/#share=';

export function sharePath(token: string): string {
  return `${SHARE_PATH_PREFIX}${token}`;
}

export function shareView(share: ShareRecord): ShareLink {
  return { token: share.token, path: sharePath(share.token), createdAt: share.createdAt, expiresAt: share.expiresAt };
}

/** A case in the list or opened: `check` is its comparison with the current rules (computed here when not given). */
export function summaryView(
  c: CaseSummary & Partial<Pick<ListedCase, 'input' | 'outcome'>>,
  check: RuleSetCheck | null = ruleSetCheck(ruleSet, { ruleSetVersion: c.ruleSetVersion, input: c.input, outcome: c.outcome }),
): CaseSummaryResponse {
  return {
    id: c.id,
    label: c.label,
    ruleSetVersion: c.ruleSetVersion,
    savedWithCurrentRules: c.ruleSetVersion === ruleSet.version,
    outcomeChanged: outcomeChangedNow(check),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
    expiresAt: c.expiresAt,
  };
}

export function caseView(c: CaseRecord): CaseResponse {
  const check = ruleSetCheck(ruleSet, c);
  return {
    ...summaryView(c, check),
    input: c.input as Record<string, unknown>,
    plan: (c.plan ?? null) as Record<string, unknown> | null,
    shares: c.shares.map(shareView),
    ruleSetCheck: check,
  };
}

export function sharedView(c: SharedCase): SharedCaseResponse {
  return {
    label: c.label,
    input: c.input as Record<string, unknown>,
    plan: (c.plan ?? null) as Record<string, unknown> | null,
    ruleSetVersion: c.ruleSetVersion,
    updatedAt: c.updatedAt,
    expiresAt: c.linkExpiresAt,
    ruleSetCheck: ruleSetCheck(ruleSet, c),
  };
}

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
