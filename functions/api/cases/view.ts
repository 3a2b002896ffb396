import type { CaseRecord, CaseSummary, ListedCase, SharedCase } from '../../store/items.ts';
import { RULE_SET_VERSION } from '../ruleset-version.ts';
import type { CaseResponse, CaseSummaryResponse, SharedCaseResponse } from './answers.ts';
import { outcomeChangedNow, type RuleSetCheck, ruleSetCheck } from './outcome.ts';
import { shareView } from './share-view.ts';

/**
 * A saved case against the rules in use (outcome.ts): null when it was saved under them, which needs only
 * their version; the rule set itself is loaded only for a case saved under others.
 */
async function checkNow(saved: { ruleSetVersion: string; input: unknown; outcome: unknown }): Promise<RuleSetCheck | null> {
  if (saved.ruleSetVersion === RULE_SET_VERSION) return null;
  const { ruleSet } = await import('../ruleset.ts');
  return ruleSetCheck(ruleSet, saved);
}

/** A case in the list or opened, with `check`, its comparison with the current rules (ruleSetCheck). */
export function summaryView(c: CaseSummary, check: RuleSetCheck | null): CaseSummaryResponse {
  return {
    id: c.id,
    label: c.label,
    ruleSetVersion: c.ruleSetVersion,
    savedWithCurrentRules: c.ruleSetVersion === RULE_SET_VERSION,
    outcomeChanged: outcomeChangedNow(check),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
    expiresAt: c.expiresAt,
  };
}

/** A case in the list: its summary and whether its outcome changes under the current rules. */
export async function listedView(c: ListedCase): Promise<CaseSummaryResponse> {
  return summaryView(c, await checkNow(c));
}

export async function caseView(c: CaseRecord): Promise<CaseResponse> {
  const check = await checkNow(c);
  return {
    ...summaryView(c, check),
    input: c.input as Record<string, unknown>,
    plan: (c.plan ?? null) as Record<string, unknown> | null,
    shares: c.shares.map(shareView),
    ruleSetCheck: check,
  };
}

export async function sharedView(c: SharedCase): Promise<SharedCaseResponse> {
  return {
    label: c.label,
    input: c.input as Record<string, unknown>,
    plan: (c.plan ?? null) as Record<string, unknown> | null,
    ruleSetVersion: c.ruleSetVersion,
    updatedAt: c.updatedAt,
    expiresAt: c.linkExpiresAt,
    ruleSetCheck: await checkNow(c),
  };
}
