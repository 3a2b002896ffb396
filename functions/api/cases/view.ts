import type { CaseRecord, CaseSummary, ListedCase, SharedCase, ShareRecord } from '../../store/items.ts';
import { ruleSet } from '../ruleset.ts';
import type { CaseResponse, CaseSummaryResponse, SharedCaseResponse, ShareLink } from './answers.ts';
import { outcomeChangedNow, type RuleSetCheck, ruleSetCheck } from './outcome.ts';

/** How the web app opens a share link: a fragment, so the token never reaches a server log. */
export const SHARE_PATH_PREFIX = '/#share=';

export function sharePath(token: string): string {
  return `${SHARE_PATH_PREFIX}${token}`;
}

export function shareView(share: ShareRecord): ShareLink {
  return { token: share.token, path: sharePath(share.token), createdAt: share.createdAt, expiresAt: share.expiresAt };
}

/** A case in the list or opened, with `check`, its comparison with the current rules (ruleSetCheck). */
export function summaryView(c: CaseSummary, check: RuleSetCheck | null): CaseSummaryResponse {
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

/** A case in the list: its summary and whether its outcome changes under the current rules. */
export async function listedView(c: ListedCase): Promise<CaseSummaryResponse> {
  return summaryView(c, await ruleSetCheck(ruleSet, c));
}

export async function caseView(c: CaseRecord): Promise<CaseResponse> {
  const check = await ruleSetCheck(ruleSet, c);
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
    ruleSetCheck: await ruleSetCheck(ruleSet, c),
  };
}
